// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <limits>

namespace passcode::sandbox {

/** The rows of ../shared/reference/passcode-support.md; every generated device belongs to exactly one. */
enum class PlatformRow : quint8
{
    IosDevice = 1,               ///< 1 iOS/iPadOS device or ADE enrollment
    IosUserEnrollment,           ///< 2 iOS/iPadOS User Enrollment
    MacOs,                       ///< 3 macOS
    WindowsDesktop,              ///< 4 Windows 10/11 desktop
    WinPhoneLegacyNotJoined,     ///< 5 Windows Phone 8.1 / W10 Mobile before Creators Update, not joined
    WinMobileCuJoined,           ///< 6 W10 Mobile Creators Update+, Azure AD joined
    WinMobileCuNotJoined,        ///< 7 W10 Mobile Creators Update+, not joined
    WinMobilePreCuJoined,        ///< 8 W10 Mobile before Creators Update, joined
    AndroidAdminLegacy,          ///< 9 Android device administrator before 7.0
    AndroidAdminModern,          ///< 10 Android device administrator 7.0+
    AndroidDedicated,            ///< 11 Android Enterprise dedicated (COSU)
    AndroidAosp,                 ///< 12 AOSP
    AndroidFullyManaged,         ///< 13 Android Enterprise fully managed (COBO)
    AndroidCorporateWorkProfile, ///< 14 COPE
    AndroidPersonalWorkProfile,  ///< 15 personally-owned work profile, Android 8.0+
    AndroidLegacyWorkProfile,    ///< 16 work profile before Android 8.0
    Other,                       ///< 17 other or unknown platform
};
inline constexpr int kPlatformRowCount = 17;

/** deviceEnrollmentType members the sandbox produces (beta names; v1.0 maps the newer ones). */
enum class EnrollmentType : quint8
{
    Unknown,
    UserEnrollment,
    DeviceEnrollmentManager,
    AppleBulkWithUser,
    AppleBulkWithoutUser,
    WindowsAzureAdJoin,
    WindowsAutoEnrollment,
    WindowsCoManagement,
    AppleUserEnrollment,
    AppleUserEnrollmentWithServiceAccount,
    AndroidEnterpriseDedicatedDevice,
    AndroidEnterpriseFullyManaged,
    AndroidEnterpriseCorporateWorkProfile,
    AndroidAospUserlessDeviceEnrollment,
    AndroidAospUserOwnedDeviceEnrollment,
    AppleAccountDrivenUserEnrollment,
};

enum class ManagementAgent : quint8
{
    Mdm,
    Eas,
    ConfigurationManagerClientMdm,
    GoogleCloudDpc,
    IntuneAosp,
    Google
};
enum class JoinType : quint8
{
    Unknown,
    AzureAdJoined,
    AzureAdRegistered,
    HybridAzureAdJoined
};
enum class OwnerType : quint8
{
    Unknown,
    Company,
    Personal
};
enum class ManagementState : quint8
{
    Managed,
    RetirePending,
    RetireIssued,
    WipePending,
    WipeIssued,
    DeletePending
};
enum class ComplianceState : quint8
{
    Unknown,
    Compliant,
    Noncompliant,
    InGracePeriod
};
enum class DeviceType : quint8
{
    Desktop,
    WindowsPhone,
    MacMdm,
    IPhone,
    IPad,
    Android,
    AndroidForWork,
    AndroidEnterprise,
    ChromeOs,
    Linux,
    Unknown,
};

/** How a device answers Intune: it decides when (and whether) a remote action leaves "pending". */
enum class Connectivity : quint8
{
    Online,      ///< checks in within minutes of a push notification
    Slow,        ///< checks in at its next periodic sync (up to 8 hours)
    Stale,       ///< last seen weeks ago; never checks in, actions stay pending
    NeverSynced, ///< enrolled but never synced (lastSyncDateTime 0001-01-01); actions stay pending
};

/** Per-device boolean facts. */
enum DeviceFlag : quint16
{
    FlagAzureAdRegistered = 1 << 0,
    FlagSupervised = 1 << 1,
    FlagEncrypted = 1 << 2,
    FlagNoPasscodePolicy = 1 << 3,   ///< Android: no passcode policy, a reset fails
    FlagResetTokenInactive = 1 << 4, ///< work profile: reset token never activated, reset ends notSupported
    FlagWrongUnlockToken = 1 << 5,   ///< iOS: Intune holds a wrong unlock token, removal fails
    FlagUserless = 1 << 6,
    FlagCellular = 1 << 7,
    FlagAutopilot = 1 << 8,
};

struct ModelInfo;

/**
 * One generated device, kept compact (about 56 bytes): strings such as names, serials and IMEIs are derived
 * from (seed, index) when they are written, so 100,000 devices take a few megabytes.
 */
struct DeviceRecord
{
    qint64 enrolledMs = 0;
    qint64 lastSyncMs =
        0; ///< the last sync at generation; for Online/Slow devices, the phase of the sync period
    const ModelInfo *model = nullptr;
    const char *osVersion = "";
    quint32 userIndex = 0; ///< index into the user table; meaningless with FlagUserless
    quint16 flags = 0;
    quint16 syncPeriodMinutes = 480;
    PlatformRow row = PlatformRow::Other;
    EnrollmentType enrollment = EnrollmentType::Unknown;
    ManagementAgent agent = ManagementAgent::Mdm;
    JoinType join = JoinType::Unknown;
    OwnerType owner = OwnerType::Company;
    ManagementState state = ManagementState::Managed;
    ComplianceState compliance = ComplianceState::Compliant;
    DeviceType type = DeviceType::Unknown;
    Connectivity connectivity = Connectivity::Online;
    quint8 nameStyle = 0;

    bool has(DeviceFlag f) const { return (flags & f) != 0; }
};

/** A user of the tenant: names are indexes into the catalog; the UPN gets a numeric suffix when needed. */
struct UserRecord
{
    quint8 french = 1;
    quint8 first = 0;
    quint8 last = 0;
    quint16 suffix = 0; ///< 0: none, else appended to the UPN's local part (camille.martin2)
};

inline constexpr qint64 kNeverMs = std::numeric_limits<qint64>::min();

} // namespace passcode::sandbox
