// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/actions/ActionState.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace passcode::devices {

/** managedDeviceOwnerType. */
enum class Ownership
{
    Unknown,
    Company,
    Personal
};

/** managementState; Other is a string this build does not know. */
enum class ManagementState
{
    Managed,
    RetirePending,
    RetireFailed,
    WipePending,
    WipeFailed,
    Unhealthy,
    DeletePending,
    RetireIssued,
    WipeIssued,
    WipeCanceled,
    RetireCanceled,
    Discovered,
    Unknown,
    Other,
};

/** deviceEnrollmentType, v1.0 plus the beta Android Enterprise / AOSP / account-driven members. */
enum class EnrollmentType
{
    Unknown,
    UserEnrollment,
    DeviceEnrollmentManager,
    AppleBulkWithUser,
    AppleBulkWithoutUser,
    WindowsAzureADJoin,
    WindowsBulkUserless,
    WindowsAutoEnrollment,
    WindowsBulkAzureDomainJoin,
    WindowsCoManagement,
    WindowsAzureADJoinUsingDeviceAuth,
    AppleUserEnrollment,
    AppleUserEnrollmentWithServiceAccount,
    AppleAccountDrivenUserEnrollment,
    AndroidEnterpriseDedicatedDevice,
    AndroidEnterpriseFullyManaged,
    AndroidEnterpriseCorporateWorkProfile,
    AndroidAOSPUserOwnedDeviceEnrollment,
    AndroidAOSPUserlessDeviceEnrollment,
    Other,
};

/** beta joinType; NotReported when the answer had no joinType (v1.0). */
enum class JoinType
{
    NotReported,
    Unknown,
    AzureADJoined,
    AzureADRegistered,
    HybridAzureADJoined,
    Other
};

/** complianceState. */
enum class ComplianceState
{
    Unknown,
    Compliant,
    Noncompliant,
    Conflict,
    Error,
    InGracePeriod,
    ConfigManager,
    Other
};

/** The derived type of a deviceActionResult element, from its "@odata.type". */
enum class ActionResultType
{
    Base,
    ResetPasscode,
    RemoteLock,
    Other
};

/**
 * One element of managedDevice.deviceActionResults. For a resetPasscodeActionResult, passcode and errorCode
 * are filled. The passcode is a secret: it lives in memory only, and no code path may log, persist or journal
 * it.
 */
struct DeviceActionResult
{
    ActionResultType type = ActionResultType::Base;
    QString odataType;
    QString actionName;
    actions::ActionState actionState = actions::ActionState::None;
    QDateTime startDateTime;
    QDateTime lastUpdatedDateTime;
    std::optional<QString> passcode;
    int errorCode = 0;
};

/**
 * A managed device as the device list and the Overview show it (Graph managedDevice, v1.0 or beta). Enum
 * fields keep the raw Graph string when it is not one this build knows (the *Raw members), so nothing is
 * lost.
 */
struct Device
{
    QString id;
    QString deviceName;
    QString operatingSystem;
    QString osVersion;
    Ownership ownership = Ownership::Unknown;
    QString managementAgent; ///< managementAgentType member, kept as text (display only)
    ManagementState managementState = ManagementState::Managed;
    EnrollmentType enrollmentType = EnrollmentType::Unknown;
    JoinType joinType = JoinType::NotReported;
    std::optional<bool> azureADRegistered;
    ComplianceState compliance = ComplianceState::Unknown;
    QString deviceType; ///< beta deviceType member ("androidForWork", "iPhone"...); empty from v1.0
    QString userPrincipalName;
    QString userDisplayName;
    QDateTime lastSyncDateTime;
    QDateTime enrolledDateTime;
    QString model;
    QString manufacturer;
    QString serialNumber;
    QString imei;
    QString phoneNumber;
    QString managementStateRaw; ///< set when managementState is Other
    QString enrollmentTypeRaw;  ///< set when enrollmentType is Other
    QList<DeviceActionResult> actionResults;
};

QString toGraphString(Ownership value);
QString toGraphString(ManagementState value);
QString toGraphString(EnrollmentType value);
QString toGraphString(JoinType value);
QString toGraphString(ComplianceState value);

/** Translated display text for the device list and Overview ("Corporate", "Android Enterprise fully
 * managed"). */
QString displayText(Ownership value);
QString displayText(ManagementState value);
QString displayText(EnrollmentType value);
QString displayText(JoinType value);
QString displayText(ComplianceState value);

/** The most recent resetPasscodeActionResult of the device, if any (by startDateTime). */
std::optional<DeviceActionResult> latestPasscodeResult(const Device &device);

} // namespace passcode::devices

// Every member moves by memcpy (QString, QDateTime and QList are relocatable): lists of devices grow without
// moving each one.
Q_DECLARE_TYPEINFO(passcode::devices::Device, Q_RELOCATABLE_TYPE);
Q_DECLARE_METATYPE(passcode::devices::Device)
