// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/tenant/TenantGenerator.h"

#include "sandbox/tenant/Rng.h"
#include "sandbox/tenant/TenantCatalog.h"

#include <algorithm>
#include <array>

namespace passcode::sandbox {

namespace {

enum class History : quint8
{
    None,
    PendingReset,
    DoneResetRecent,
    DoneResetOld,
    OtherAudit
};

struct Slot
{
    PlatformRow row = PlatformRow::WindowsDesktop;
    ManagementState state = ManagementState::Managed;
    Connectivity connectivity = Connectivity::Online;
    quint16 setFlags = 0;
    History history = History::None;
    bool happy = true;                    ///< forced showcase slot: no failure flags unless setFlags says so
    OwnerType owner = OwnerType::Unknown; ///< Unknown: chosen by the row's mix
};

constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

enum GenSalt : quint64
{
    SaltSlot = 401,
    SaltFill,
    SaltUserGen,
    SaltHistory
};

constexpr std::array<int, kPlatformRowCount> kRowWeights = {220, 20, 50, 393, 3,  3,  3, 3, 8,
                                                            20,  50, 15, 60,  50, 80, 7, 15};

std::vector<Slot> showcase()
{
    std::vector<Slot> out;
    for (int r = 1; r <= kPlatformRowCount; ++r) {
        Slot s;
        s.row = PlatformRow(r);
        if (s.row == PlatformRow::IosDevice)
            s.owner = OwnerType::Company;
        out.push_back(s);
    }
    const std::array<std::pair<ManagementState, PlatformRow>, 5> blocking = {{
        {ManagementState::RetirePending, PlatformRow::IosDevice},
        {ManagementState::RetireIssued, PlatformRow::AndroidFullyManaged},
        {ManagementState::WipePending, PlatformRow::AndroidDedicated},
        {ManagementState::WipeIssued, PlatformRow::AndroidPersonalWorkProfile},
        {ManagementState::DeletePending, PlatformRow::WinMobileCuNotJoined},
    }};
    for (const auto &[state, row] : blocking) {
        Slot s;
        s.row = row;
        s.state = state;
        out.push_back(s);
    }
    auto special = [&](PlatformRow row, Connectivity c, quint16 flags, History h = History::None) {
        Slot s;
        s.row = row;
        s.connectivity = c;
        s.setFlags = flags;
        s.history = h;
        out.push_back(s);
    };
    special(PlatformRow::AndroidDedicated, Connectivity::Stale, 0, History::PendingReset);
    special(PlatformRow::AndroidPersonalWorkProfile, Connectivity::Online, FlagResetTokenInactive);
    special(PlatformRow::AndroidFullyManaged, Connectivity::Online, FlagNoPasscodePolicy);
    special(PlatformRow::IosDevice, Connectivity::Online, FlagWrongUnlockToken);
    special(PlatformRow::AndroidAdminLegacy, Connectivity::Online, FlagNoPasscodePolicy);
    special(PlatformRow::IosDevice, Connectivity::NeverSynced, 0);
    special(PlatformRow::AndroidAosp, Connectivity::Stale, 0);
    special(PlatformRow::AndroidCorporateWorkProfile, Connectivity::Online, 0, History::DoneResetRecent);
    special(PlatformRow::WinPhoneLegacyNotJoined, Connectivity::Slow, 0);
    special(PlatformRow::IosDevice, Connectivity::Stale, 0, History::PendingReset);
    Slot personalIos;
    personalIos.row = PlatformRow::IosDevice;
    personalIos.owner = OwnerType::Personal;
    out.push_back(personalIos);
    return out;
}

bool supportsPasscodeAction(PlatformRow row)
{
    switch (row) {
    case PlatformRow::IosDevice:
    case PlatformRow::WinPhoneLegacyNotJoined:
    case PlatformRow::WinMobileCuJoined:
    case PlatformRow::WinMobileCuNotJoined:
    case PlatformRow::AndroidAdminLegacy:
    case PlatformRow::AndroidDedicated:
    case PlatformRow::AndroidAosp:
    case PlatformRow::AndroidFullyManaged:
    case PlatformRow::AndroidCorporateWorkProfile:
    case PlatformRow::AndroidPersonalWorkProfile:
        return true;
    default:
        return false;
    }
}

bool isAndroidWithPolicyChoice(PlatformRow row)
{
    switch (row) {
    case PlatformRow::AndroidAdminLegacy:
    case PlatformRow::AndroidDedicated:
    case PlatformRow::AndroidAosp:
    case PlatformRow::AndroidFullyManaged:
    case PlatformRow::AndroidCorporateWorkProfile:
    case PlatformRow::AndroidPersonalWorkProfile:
        return true;
    default:
        return false;
    }
}

Slot randomSlot(Rng &rng)
{
    Slot s;
    s.happy = false;
    s.row = PlatformRow(int(rng.weighted(kRowWeights)) + 1);
    if (rng.chance(0.02)) {
        constexpr std::array<ManagementState, 5> states = {
            ManagementState::RetirePending, ManagementState::RetireIssued, ManagementState::WipePending,
            ManagementState::WipeIssued, ManagementState::DeletePending};
        s.state = rng.pick(states);
    }
    const std::array<int, 4> connectivity = {80, 10, 8, 2};
    s.connectivity = Connectivity(rng.weighted(connectivity));
    if (isAndroidWithPolicyChoice(s.row) && rng.chance(0.08))
        s.setFlags |= FlagNoPasscodePolicy;
    if (s.row == PlatformRow::AndroidPersonalWorkProfile && rng.chance(0.15))
        s.setFlags |= FlagResetTokenInactive;
    if (s.row == PlatformRow::IosDevice && rng.chance(0.03))
        s.setFlags |= FlagWrongUnlockToken;
    const bool offline = s.connectivity == Connectivity::Stale || s.connectivity == Connectivity::NeverSynced;
    if (supportsPasscodeAction(s.row)) {
        if (offline && rng.chance(0.25))
            s.history = History::PendingReset;
        else if (!offline && rng.chance(0.015))
            s.history = History::DoneResetRecent;
        else if (!offline && rng.chance(0.01))
            s.history = History::DoneResetOld;
    }
    if (s.history == History::None && rng.chance(0.01))
        s.history = History::OtherAudit;
    return s;
}

template<typename T>
const T &pickFrom(Rng &rng, std::span<const T> items)
{
    return items[rng.below(quint32(items.size()))];
}

/** Fills the platform-specific fields of \a d for its row. */
void fillPlatform(DeviceRecord &d, const Slot &slot, Rng &rng)
{
    auto owner = [&](double companyShare) {
        if (slot.owner != OwnerType::Unknown)
            return slot.owner;
        return rng.chance(companyShare) ? OwnerType::Company : OwnerType::Personal;
    };
    auto registered = [&](JoinType join) {
        d.join = join;
        if (join != JoinType::Unknown)
            d.flags |= FlagAzureAdRegistered;
    };
    d.agent = ManagementAgent::Mdm;
    switch (d.row) {
    case PlatformRow::IosDevice: {
        const bool ipad = !slot.happy && rng.chance(0.25); // showcase iOS devices are iPhones
        d.type = ipad ? DeviceType::IPad : DeviceType::IPhone;
        d.model = &pickFrom(rng, ipad ? catalog::iPads() : catalog::iPhones());
        d.osVersion = pickFrom(rng, ipad ? catalog::ipadosVersions() : catalog::iosVersions());
        const std::array<int, 4> kinds = {50, 10, 30, 10};
        const std::array<EnrollmentType, 4> types = {
            EnrollmentType::AppleBulkWithUser, EnrollmentType::AppleBulkWithoutUser,
            EnrollmentType::UserEnrollment, EnrollmentType::DeviceEnrollmentManager};
        d.enrollment = slot.happy && slot.owner == OwnerType::Company ? EnrollmentType::AppleBulkWithUser
                                                                      : types[rng.weighted(kinds)];
        if (slot.owner == OwnerType::Personal)
            d.enrollment = EnrollmentType::UserEnrollment;
        if (d.enrollment == EnrollmentType::AppleBulkWithUser ||
            d.enrollment == EnrollmentType::AppleBulkWithoutUser)
            d.flags |= FlagSupervised;
        if (d.enrollment == EnrollmentType::AppleBulkWithoutUser ||
            d.enrollment == EnrollmentType::DeviceEnrollmentManager)
            d.flags |= FlagUserless;
        d.owner = d.enrollment == EnrollmentType::UserEnrollment ? owner(0.5) : OwnerType::Company;
        registered(d.has(FlagUserless) ? JoinType::Unknown : JoinType::AzureAdRegistered);
        break;
    }
    case PlatformRow::IosUserEnrollment: {
        const bool ipad = rng.chance(0.2);
        d.type = ipad ? DeviceType::IPad : DeviceType::IPhone;
        d.model = &pickFrom(rng, ipad ? catalog::iPads() : catalog::iPhones());
        d.osVersion = pickFrom(rng, ipad ? catalog::ipadosVersions() : catalog::iosVersions());
        const std::array<int, 3> kinds = {50, 15, 35};
        const std::array<EnrollmentType, 3> types = {EnrollmentType::AppleUserEnrollment,
                                                     EnrollmentType::AppleUserEnrollmentWithServiceAccount,
                                                     EnrollmentType::AppleAccountDrivenUserEnrollment};
        d.enrollment = types[rng.weighted(kinds)];
        d.owner = OwnerType::Personal;
        registered(JoinType::AzureAdRegistered);
        break;
    }
    case PlatformRow::MacOs:
        d.type = DeviceType::MacMdm;
        d.model = &pickFrom(rng, catalog::macs());
        d.osVersion = pickFrom(rng, catalog::macosVersions());
        d.enrollment = rng.chance(0.6) ? EnrollmentType::AppleBulkWithUser : EnrollmentType::UserEnrollment;
        if (d.enrollment == EnrollmentType::AppleBulkWithUser)
            d.flags |= FlagSupervised;
        d.owner = d.enrollment == EnrollmentType::AppleBulkWithUser ? OwnerType::Company : owner(0.7);
        registered(rng.chance(0.7) ? JoinType::AzureAdRegistered : JoinType::Unknown);
        break;
    case PlatformRow::WindowsDesktop: {
        d.type = DeviceType::Desktop;
        d.model = &pickFrom(rng, catalog::windowsPcs());
        d.osVersion =
            pickFrom(rng, rng.chance(0.35) ? catalog::windows10Versions() : catalog::windows11Versions());
        const std::array<int, 3> joins = {55, 35, 10};
        const std::array<JoinType, 3> types = {JoinType::AzureAdJoined, JoinType::HybridAzureAdJoined,
                                               JoinType::AzureAdRegistered};
        registered(types[rng.weighted(joins)]);
        if (d.join == JoinType::AzureAdJoined) {
            d.enrollment = EnrollmentType::WindowsAzureAdJoin;
            d.owner = OwnerType::Company;
            if (rng.chance(0.6))
                d.flags |= FlagAutopilot;
        } else if (d.join == JoinType::HybridAzureAdJoined) {
            const bool coManaged = rng.chance(0.5);
            d.enrollment =
                coManaged ? EnrollmentType::WindowsCoManagement : EnrollmentType::WindowsAutoEnrollment;
            d.agent = coManaged ? ManagementAgent::ConfigurationManagerClientMdm : ManagementAgent::Mdm;
            d.owner = OwnerType::Company;
        } else {
            d.enrollment = EnrollmentType::UserEnrollment;
            d.owner = owner(0.2);
        }
        d.nameStyle = quint8(rng.below(3));
        break;
    }
    case PlatformRow::WinPhoneLegacyNotJoined:
    case PlatformRow::WinMobileCuJoined:
    case PlatformRow::WinMobileCuNotJoined:
    case PlatformRow::WinMobilePreCuJoined: {
        d.type = DeviceType::WindowsPhone;
        d.model = &pickFrom(rng, catalog::windowsPhones());
        const bool joined =
            d.row == PlatformRow::WinMobileCuJoined || d.row == PlatformRow::WinMobilePreCuJoined;
        if (d.row == PlatformRow::WinPhoneLegacyNotJoined)
            d.osVersion = pickFrom(rng, rng.chance(0.6) ? catalog::windowsPhone81Versions()
                                                        : catalog::windowsMobilePreCuVersions());
        else if (d.row == PlatformRow::WinMobilePreCuJoined)
            d.osVersion = pickFrom(rng, catalog::windowsMobilePreCuVersions());
        else
            d.osVersion = pickFrom(rng, catalog::windowsMobileCuVersions());
        registered(joined ? JoinType::AzureAdJoined : JoinType::Unknown);
        d.enrollment = joined ? EnrollmentType::WindowsAzureAdJoin : EnrollmentType::UserEnrollment;
        d.owner = owner(0.8);
        break;
    }
    case PlatformRow::AndroidAdminLegacy:
    case PlatformRow::AndroidAdminModern:
        d.type = DeviceType::Android;
        d.model = &pickFrom(rng, d.row == PlatformRow::AndroidAdminLegacy ? catalog::androidLegacyPhones()
                                                                          : catalog::androidAdminPhones());
        d.osVersion =
            pickFrom(rng, d.row == PlatformRow::AndroidAdminLegacy ? catalog::androidLegacyVersions()
                                                                   : catalog::androidAdminModernVersions());
        d.enrollment = EnrollmentType::UserEnrollment;
        d.owner = owner(0.4);
        registered(JoinType::AzureAdRegistered);
        break;
    case PlatformRow::AndroidDedicated:
        d.type = DeviceType::AndroidEnterprise;
        d.model = &pickFrom(rng, catalog::androidRugged());
        d.osVersion = pickFrom(rng, catalog::androidEnterpriseVersions());
        d.enrollment = EnrollmentType::AndroidEnterpriseDedicatedDevice;
        d.agent = ManagementAgent::GoogleCloudDpc;
        d.owner = OwnerType::Company;
        d.flags |= FlagUserless;
        registered(JoinType::Unknown);
        d.nameStyle = quint8(rng.below(2));
        break;
    case PlatformRow::AndroidAosp:
        d.type = DeviceType::AndroidEnterprise;
        d.model = &pickFrom(rng, catalog::aospDevices());
        d.osVersion = pickFrom(rng, catalog::aospVersions());
        d.enrollment = rng.chance(0.5) ? EnrollmentType::AndroidAospUserOwnedDeviceEnrollment
                                       : EnrollmentType::AndroidAospUserlessDeviceEnrollment;
        if (d.enrollment == EnrollmentType::AndroidAospUserlessDeviceEnrollment)
            d.flags |= FlagUserless;
        d.agent = ManagementAgent::IntuneAosp;
        d.owner = OwnerType::Company;
        registered(d.has(FlagUserless) ? JoinType::Unknown : JoinType::AzureAdRegistered);
        break;
    case PlatformRow::AndroidFullyManaged:
    case PlatformRow::AndroidCorporateWorkProfile:
        d.type = DeviceType::AndroidEnterprise;
        d.model = &pickFrom(rng, catalog::androidBusinessPhones());
        d.osVersion = pickFrom(rng, catalog::androidEnterpriseVersions());
        d.enrollment = d.row == PlatformRow::AndroidFullyManaged
                           ? EnrollmentType::AndroidEnterpriseFullyManaged
                           : EnrollmentType::AndroidEnterpriseCorporateWorkProfile;
        d.agent = ManagementAgent::GoogleCloudDpc;
        d.owner = OwnerType::Company;
        registered(JoinType::AzureAdRegistered);
        break;
    case PlatformRow::AndroidPersonalWorkProfile:
    case PlatformRow::AndroidLegacyWorkProfile:
        d.type = DeviceType::AndroidForWork;
        d.model =
            &pickFrom(rng, d.row == PlatformRow::AndroidPersonalWorkProfile ? catalog::androidBusinessPhones()
                                                                            : catalog::android7Phones());
        d.osVersion =
            pickFrom(rng, d.row == PlatformRow::AndroidPersonalWorkProfile ? catalog::workProfile8Versions()
                                                                           : catalog::workProfile7Versions());
        d.enrollment = EnrollmentType::UserEnrollment;
        d.owner = OwnerType::Personal;
        registered(JoinType::AzureAdRegistered);
        break;
    case PlatformRow::Other: {
        const int kind = int(rng.below(10));
        if (kind < 5) {
            d.type = DeviceType::Linux;
            d.model = &pickFrom(rng, catalog::linuxPcs());
            d.osVersion = pickFrom(rng, catalog::linuxVersions());
            d.enrollment = EnrollmentType::UserEnrollment;
            d.agent = ManagementAgent::Mdm;
            registered(JoinType::AzureAdRegistered);
            d.nameStyle = quint8(rng.below(2));
        } else if (kind < 8) {
            d.type = DeviceType::ChromeOs;
            d.model = &pickFrom(rng, catalog::chromebooks());
            d.osVersion = pickFrom(rng, catalog::chromeOsVersions());
            d.enrollment = EnrollmentType::Unknown;
            d.agent = ManagementAgent::Google;
            registered(JoinType::Unknown);
        } else {
            d.type = DeviceType::Unknown;
            d.model = &pickFrom(rng, catalog::watches());
            d.osVersion = pickFrom(rng, catalog::tizenVersions());
            d.enrollment = EnrollmentType::Unknown;
            d.agent = ManagementAgent::Eas;
            registered(JoinType::Unknown);
        }
        d.owner = owner(0.7);
        break;
    }
    }
}

} // namespace

qsizetype TenantGenerator::showcaseSize()
{
    return qsizetype(showcase().size());
}

GeneratedTenant TenantGenerator::generate(quint64 seed, qsizetype deviceCount, qint64 tenantStartMs)
{
    deviceCount = std::max<qsizetype>(deviceCount, 1);
    GeneratedTenant out{DeviceStore(seed, tenantStartMs), {}};
    DeviceStore &store = out.store;
    const qsizetype userCount = std::max<qsizetype>(24, deviceCount * 2 / 3);
    store.reserve(deviceCount, userCount);

    // Users: (locale, first, last) drawn per index; a repeated name pair gets a numeric UPN suffix.
    std::array<std::array<std::array<quint16, 32>, 32>, 2> seen{};
    for (qsizetype u = 0; u < userCount; ++u) {
        Rng rng = Rng::forField(seed, quint64(u), SaltUserGen);
        UserRecord user;
        user.french = rng.chance(0.6) ? 1 : 0;
        const auto firsts = user.french ? catalog::frenchFirstNames() : catalog::englishFirstNames();
        const auto lasts = user.french ? catalog::frenchLastNames() : catalog::englishLastNames();
        user.first = quint8(rng.below(quint32(std::min<std::size_t>(firsts.size(), 32))));
        user.last = quint8(rng.below(quint32(std::min<std::size_t>(lasts.size(), 32))));
        quint16 &count = seen[user.french][user.first][user.last];
        user.suffix = count == 0 ? 0 : quint16(count + 1);
        ++count;
        store.addUser(user);
    }

    const std::vector<Slot> fixed = showcase();
    for (qsizetype i = 0; i < deviceCount; ++i) {
        Rng slotRng = Rng::forField(seed, quint64(i), SaltSlot);
        const Slot slot = i < qsizetype(fixed.size()) ? fixed[std::size_t(i)] : randomSlot(slotRng);
        Rng rng = Rng::forField(seed, quint64(i), SaltFill);

        DeviceRecord d;
        d.row = slot.row;
        d.state = slot.state;
        d.connectivity = slot.connectivity;
        fillPlatform(d, slot, rng);
        d.flags |= slot.setFlags;
        d.flags |= FlagEncrypted;
        if (d.type == DeviceType::Desktop && rng.chance(0.1))
            d.flags &= quint16(~FlagEncrypted);
        if (d.model->tac && (slot.happy || rng.chance(d.type == DeviceType::IPad ? 0.4 : 0.97)))
            d.flags |= FlagCellular;
        d.userIndex = d.has(FlagUserless) ? 0 : i < userCount ? quint32(i) : rng.below(quint32(userCount));

        d.syncPeriodMinutes = quint16(rng.range(420, 540));
        d.enrolledMs = tenantStartMs - rng.range(20, 900) * kDay - rng.range(0, 86399) * 1000;
        switch (d.connectivity) {
        case Connectivity::Online:
        case Connectivity::Slow:
            d.lastSyncMs = tenantStartMs - rng.range(0, d.syncPeriodMinutes * 60) * 1000;
            break;
        case Connectivity::Stale:
            d.lastSyncMs = tenantStartMs - rng.range(8, 70) * kDay - rng.range(0, 86399) * 1000;
            d.enrolledMs = std::min(d.enrolledMs, d.lastSyncMs - 10 * kDay);
            break;
        case Connectivity::NeverSynced:
            d.lastSyncMs = kNeverMs;
            d.enrolledMs = tenantStartMs - rng.range(1, 30) * kDay - rng.range(0, 86399) * 1000;
            break;
        }
        if (d.connectivity == Connectivity::NeverSynced)
            d.compliance = ComplianceState::Unknown;
        else {
            const std::array<int, 4> compliance = {3, 82, 10, 5};
            d.compliance = ComplianceState(rng.weighted(compliance));
            if (d.connectivity == Connectivity::Stale && rng.chance(0.6))
                d.compliance = ComplianceState::Noncompliant;
        }
        store.addDevice(d);

        // The tenant's past: actions already sent before the sandbox started.
        Rng hist = Rng::forField(seed, quint64(i), SaltHistory);
        const RemoteActionKind passcodeKind = d.row == PlatformRow::WinMobileCuJoined
                                                  ? RemoteActionKind::RecoverPasscode
                                                  : RemoteActionKind::ResetPasscode;
        auto add = [&](RemoteActionKind kind, qint64 ago) {
            out.history.push_back(
                GeneratedAction{quint32(i), kind, tenantStartMs - ago,
                                quint8(hist.below(quint32(catalog::technicians().size())))});
        };
        switch (slot.history) {
        case History::None:
            break;
        case History::PendingReset:
            add(passcodeKind, hist.range(10, 3 * 24 * 60) * kMinute);
            break;
        case History::DoneResetRecent:
            add(passcodeKind, hist.range(60, 6 * 24 * 60) * kMinute);
            break;
        case History::DoneResetOld:
            add(passcodeKind, hist.range(8, 25) * kDay);
            break;
        case History::OtherAudit: {
            constexpr std::array<RemoteActionKind, 5> kinds = {
                RemoteActionKind::RebootNow, RemoteActionKind::LocateDevice,
                RemoteActionKind::RemoveCompanyData, RemoteActionKind::FactoryReset,
                RemoteActionKind::RotateLocalAdminPassword};
            add(hist.pick(kinds), hist.range(1, 30) * kDay);
            break;
        }
        }
    }
    store.finish();
    std::stable_sort(
        out.history.begin(), out.history.end(),
        [](const GeneratedAction &a, const GeneratedAction &b) { return a.requestMs < b.requestMs; });
    return out;
}

} // namespace passcode::sandbox
