// SPDX-License-Identifier: GPL-3.0-or-later
// Graph strings and display text of the Device enums, one table per enum.
#include "core/devices/DeviceEnums.h"
#include "core/devices/Device.h"

#include <QCoreApplication>

#include <algorithm>

namespace passcode::devices {
namespace {

template<typename E>
struct EnumRow
{
    E value;
    const char *graph;
    const char *display;
};

constexpr EnumRow<Ownership> kOwnership[] = {
    {Ownership::Unknown, "unknown", QT_TRANSLATE_NOOP("Device", "Unknown")},
    {Ownership::Company, "company", QT_TRANSLATE_NOOP("Device", "Corporate")},
    {Ownership::Personal, "personal", QT_TRANSLATE_NOOP("Device", "Personal")},
};

constexpr EnumRow<ManagementState> kManagementState[] = {
    {ManagementState::Managed, "managed", QT_TRANSLATE_NOOP("Device", "Managed")},
    {ManagementState::RetirePending, "retirePending", QT_TRANSLATE_NOOP("Device", "Retire pending")},
    {ManagementState::RetireFailed, "retireFailed", QT_TRANSLATE_NOOP("Device", "Retire failed")},
    {ManagementState::WipePending, "wipePending", QT_TRANSLATE_NOOP("Device", "Wipe pending")},
    {ManagementState::WipeFailed, "wipeFailed", QT_TRANSLATE_NOOP("Device", "Wipe failed")},
    {ManagementState::Unhealthy, "unhealthy", QT_TRANSLATE_NOOP("Device", "Unhealthy")},
    {ManagementState::DeletePending, "deletePending", QT_TRANSLATE_NOOP("Device", "Delete pending")},
    {ManagementState::RetireIssued, "retireIssued", QT_TRANSLATE_NOOP("Device", "Retire issued")},
    {ManagementState::WipeIssued, "wipeIssued", QT_TRANSLATE_NOOP("Device", "Wipe issued")},
    {ManagementState::WipeCanceled, "wipeCanceled", QT_TRANSLATE_NOOP("Device", "Wipe canceled")},
    {ManagementState::RetireCanceled, "retireCanceled", QT_TRANSLATE_NOOP("Device", "Retire canceled")},
    {ManagementState::Discovered, "discovered", QT_TRANSLATE_NOOP("Device", "Discovered")},
    {ManagementState::Unknown, "unknownFutureValue", QT_TRANSLATE_NOOP("Device", "Unknown")},
    {ManagementState::Other, "", QT_TRANSLATE_NOOP("Device", "Other")},
};

constexpr EnumRow<EnrollmentType> kEnrollmentType[] = {
    {EnrollmentType::Unknown, "unknown", QT_TRANSLATE_NOOP("Device", "Unknown")},
    {EnrollmentType::UserEnrollment, "userEnrollment", QT_TRANSLATE_NOOP("Device", "User enrollment")},
    {EnrollmentType::DeviceEnrollmentManager, "deviceEnrollmentManager",
     QT_TRANSLATE_NOOP("Device", "Device enrollment manager")},
    {EnrollmentType::AppleBulkWithUser, "appleBulkWithUser",
     QT_TRANSLATE_NOOP("Device", "Apple automated enrollment with user affinity")},
    {EnrollmentType::AppleBulkWithoutUser, "appleBulkWithoutUser",
     QT_TRANSLATE_NOOP("Device", "Apple automated enrollment without user affinity")},
    {EnrollmentType::WindowsAzureADJoin, "windowsAzureADJoin",
     QT_TRANSLATE_NOOP("Device", "Windows Azure AD join")},
    {EnrollmentType::WindowsBulkUserless, "windowsBulkUserless",
     QT_TRANSLATE_NOOP("Device", "Windows bulk enrollment, userless")},
    {EnrollmentType::WindowsAutoEnrollment, "windowsAutoEnrollment",
     QT_TRANSLATE_NOOP("Device", "Windows automatic enrollment")},
    {EnrollmentType::WindowsBulkAzureDomainJoin, "windowsBulkAzureDomainJoin",
     QT_TRANSLATE_NOOP("Device", "Windows bulk Azure domain join")},
    {EnrollmentType::WindowsCoManagement, "windowsCoManagement",
     QT_TRANSLATE_NOOP("Device", "Windows co-management")},
    {EnrollmentType::WindowsAzureADJoinUsingDeviceAuth, "windowsAzureADJoinUsingDeviceAuth",
     QT_TRANSLATE_NOOP("Device", "Windows Azure AD join using device authentication")},
    {EnrollmentType::AppleUserEnrollment, "appleUserEnrollment",
     QT_TRANSLATE_NOOP("Device", "Apple User Enrollment")},
    {EnrollmentType::AppleUserEnrollmentWithServiceAccount, "appleUserEnrollmentWithServiceAccount",
     QT_TRANSLATE_NOOP("Device", "Apple User Enrollment with service account")},
    {EnrollmentType::AppleAccountDrivenUserEnrollment, "appleAccountDrivenUserEnrollment",
     QT_TRANSLATE_NOOP("Device", "Apple account-driven User Enrollment")},
    {EnrollmentType::AndroidEnterpriseDedicatedDevice, "androidEnterpriseDedicatedDevice",
     QT_TRANSLATE_NOOP("Device", "Android Enterprise dedicated device")},
    {EnrollmentType::AndroidEnterpriseFullyManaged, "androidEnterpriseFullyManaged",
     QT_TRANSLATE_NOOP("Device", "Android Enterprise fully managed")},
    {EnrollmentType::AndroidEnterpriseCorporateWorkProfile, "androidEnterpriseCorporateWorkProfile",
     QT_TRANSLATE_NOOP("Device", "Android Enterprise corporate-owned work profile")},
    {EnrollmentType::AndroidAOSPUserOwnedDeviceEnrollment, "androidAOSPUserOwnedDeviceEnrollment",
     QT_TRANSLATE_NOOP("Device", "Android (AOSP) user-associated")},
    {EnrollmentType::AndroidAOSPUserlessDeviceEnrollment, "androidAOSPUserlessDeviceEnrollment",
     QT_TRANSLATE_NOOP("Device", "Android (AOSP) userless")},
    {EnrollmentType::Other, "", QT_TRANSLATE_NOOP("Device", "Other")},
};

constexpr EnumRow<JoinType> kJoinType[] = {
    {JoinType::NotReported, "", QT_TRANSLATE_NOOP("Device", "Not reported")},
    {JoinType::Unknown, "unknown", QT_TRANSLATE_NOOP("Device", "Unknown")},
    {JoinType::AzureADJoined, "azureADJoined", QT_TRANSLATE_NOOP("Device", "Microsoft Entra joined")},
    {JoinType::AzureADRegistered, "azureADRegistered",
     QT_TRANSLATE_NOOP("Device", "Microsoft Entra registered")},
    {JoinType::HybridAzureADJoined, "hybridAzureADJoined",
     QT_TRANSLATE_NOOP("Device", "Microsoft Entra hybrid joined")},
    {JoinType::Other, "", QT_TRANSLATE_NOOP("Device", "Other")},
};

constexpr EnumRow<ComplianceState> kCompliance[] = {
    {ComplianceState::Unknown, "unknown", QT_TRANSLATE_NOOP("Device", "Unknown")},
    {ComplianceState::Compliant, "compliant", QT_TRANSLATE_NOOP("Device", "Compliant")},
    {ComplianceState::Noncompliant, "noncompliant", QT_TRANSLATE_NOOP("Device", "Noncompliant")},
    {ComplianceState::Conflict, "conflict", QT_TRANSLATE_NOOP("Device", "Conflict")},
    {ComplianceState::Error, "error", QT_TRANSLATE_NOOP("Device", "Error")},
    {ComplianceState::InGracePeriod, "inGracePeriod", QT_TRANSLATE_NOOP("Device", "In grace period")},
    {ComplianceState::ConfigManager, "configManager", QT_TRANSLATE_NOOP("Device", "Configuration Manager")},
    {ComplianceState::Other, "", QT_TRANSLATE_NOOP("Device", "Other")},
};

template<typename E, std::size_t N>
const EnumRow<E> *findRow(const EnumRow<E> (&table)[N], E value)
{
    const auto *it =
        std::find_if(std::begin(table), std::end(table), [value](const auto &r) { return r.value == value; });
    return it == std::end(table) ? nullptr : it;
}

template<typename E, std::size_t N>
QString graphOf(const EnumRow<E> (&table)[N], E value)
{
    const auto *row = findRow(table, value);
    return row ? QString::fromLatin1(row->graph) : QString();
}

template<typename E, std::size_t N>
QString displayOf(const EnumRow<E> (&table)[N], E value)
{
    const auto *row = findRow(table, value);
    return row ? QCoreApplication::translate("Device", row->display) : QString();
}

template<typename E, std::size_t N>
std::optional<E> parseOf(const EnumRow<E> (&table)[N], QStringView text)
{
    if (text.isEmpty())
        return std::nullopt;
    for (const auto &row : table) {
        if (row.graph[0] != '\0' && text.compare(QLatin1String(row.graph), Qt::CaseInsensitive) == 0)
            return row.value;
    }
    return std::nullopt;
}

} // namespace

QString toGraphString(Ownership value)
{
    return graphOf(kOwnership, value);
}
QString toGraphString(ManagementState value)
{
    return graphOf(kManagementState, value);
}
QString toGraphString(EnrollmentType value)
{
    return graphOf(kEnrollmentType, value);
}
QString toGraphString(JoinType value)
{
    return graphOf(kJoinType, value);
}
QString toGraphString(ComplianceState value)
{
    return graphOf(kCompliance, value);
}

QString displayText(Ownership value)
{
    return displayOf(kOwnership, value);
}
QString displayText(ManagementState value)
{
    return displayOf(kManagementState, value);
}
QString displayText(EnrollmentType value)
{
    return displayOf(kEnrollmentType, value);
}
QString displayText(JoinType value)
{
    return displayOf(kJoinType, value);
}
QString displayText(ComplianceState value)
{
    return displayOf(kCompliance, value);
}

std::optional<Ownership> parseOwnership(QStringView text)
{
    return parseOf(kOwnership, text);
}
std::optional<ManagementState> parseManagementState(QStringView text)
{
    if (text.compare(u"unknownFutureValue", Qt::CaseInsensitive) == 0)
        return ManagementState::Unknown;
    return parseOf(kManagementState, text);
}
std::optional<EnrollmentType> parseEnrollmentType(QStringView text)
{
    return parseOf(kEnrollmentType, text);
}
std::optional<JoinType> parseJoinType(QStringView text)
{
    return parseOf(kJoinType, text);
}
std::optional<ComplianceState> parseComplianceState(QStringView text)
{
    return parseOf(kCompliance, text);
}

std::optional<DeviceActionResult> latestPasscodeResult(const Device &device)
{
    std::optional<DeviceActionResult> latest;
    for (const auto &r : device.actionResults) {
        if (r.type != ActionResultType::ResetPasscode)
            continue;
        if (!latest || r.startDateTime > latest->startDateTime)
            latest = r;
    }
    return latest;
}

} // namespace passcode::devices
