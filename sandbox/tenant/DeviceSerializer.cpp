// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/tenant/DeviceSerializer.h"

#include "sandbox/http/JsonWriter.h"
#include "sandbox/tenant/ActionSimulator.h"
#include "sandbox/tenant/DeviceStore.h"
#include "sandbox/tenant/IntuneRoles.h"
#include "sandbox/tenant/IsoTime.h"
#include "sandbox/tenant/TenantCatalog.h"

#include <array>
#include <iterator>
#include <span>

namespace passcode::sandbox {

namespace {

enum Availability : quint8
{
    V1 = 1,
    Beta = 2,
    Both = 3
};

struct Ctx
{
    const DeviceSerializer::Context &c;
    qsizetype i;
    const DeviceRecord &d;
    bool realNonDefault;
};

using Writer = void (*)(JsonWriter &, const Ctx &);

struct Prop
{
    const char *name;
    quint8 availability;
    bool nonDefault;
    Writer write;
};

constexpr qint64 kEndOfTime = 253402300799000LL; // 9999-12-31T23:59:59Z

void date(JsonWriter &w, qint64 ms)
{
    w.string(IsoTime::format(ms));
}

void strOrNull(JsonWriter &w, const QByteArray &v)
{
    if (v.isEmpty())
        w.null();
    else
        w.string(v);
}

bool isWindows(const DeviceRecord &d)
{
    return d.type == DeviceType::Desktop;
}

QByteArray upn(const Ctx &x)
{
    return x.d.has(FlagUserless) ? QByteArray() : x.c.store->userPrincipalName(x.d.userIndex);
}

QByteArrayView chassis(const DeviceRecord &d)
{
    switch (d.model->kind) {
    case NameKind::WindowsPc:
    case NameKind::LinuxPc:
    case NameKind::Chromebook: {
        const QByteArrayView model(d.model->model);
        return model.startsWith("OptiPlex") ? "desktop" : "laptop";
    }
    case NameKind::Mac:
        return QByteArrayView(d.model->model).startsWith("MacBook") ? "laptop" : "desktop";
    case NameKind::IPhone:
    case NameKind::AndroidPhone:
    case NameKind::WinPhone:
    case NameKind::Rugged:
        return "phone";
    case NameKind::IPad:
        return "tablet";
    case NameKind::Headset:
    case NameKind::Watch:
        return "mobileOther";
    }
    return "unknown";
}

void writeResults(JsonWriter &w, const Ctx &x)
{
    w.beginArray();
    for (const ActionSimulator::Result &r : x.c.actions->results(x.i, x.c.nowMs)) {
        w.beginObject();
        const bool lock = r.kind == RemoteActionKind::RemoteLock;
        w.field("@odata.type", lock ? "#microsoft.graph.remoteLockActionResult"
                                    : "#microsoft.graph.resetPasscodeActionResult");
        w.field("actionName", remoteActionName(r.kind));
        w.field("actionState", actionStateName(r.state));
        w.key("startDateTime");
        date(w, r.startMs);
        w.key("lastUpdatedDateTime");
        date(w, r.lastUpdatedMs);
        // A LIST never carries the secret: it is read with a GET by id.
        const bool secretVisible = x.c.singleGet && !r.secret.isEmpty();
        if (lock) {
            w.fieldOrNull("unlockPin", r.secret, !secretVisible);
        } else {
            w.fieldOrNull("passcode", r.secret, !secretVisible);
            w.field("errorCode", qint64(r.errorCode));
        }
        w.endObject();
    }
    w.endArray();
}

void writeHardware(JsonWriter &w, const Ctx &x)
{
    if (!x.realNonDefault) {
        w.null();
        return;
    }
    const DeviceStore &s = *x.c.store;
    w.beginObject();
    w.field("serialNumber", s.serialNumber(x.i));
    w.field("totalStorageSpace", s.totalStorageBytes(x.i));
    w.field("freeStorageSpace", s.freeStorageBytes(x.i));
    w.field("imei", s.imei(x.i));
    w.field("meid", "");
    w.field("manufacturer", x.d.model->manufacturer);
    w.field("model", x.d.model->model);
    w.field("phoneNumber", s.phoneNumber(x.i));
    w.field("subscriberCarrier", s.subscriberCarrier(x.i));
    w.field("wifiMac", s.wifiMacAddress(x.i));
    w.field("isSupervised", x.d.has(FlagSupervised));
    w.field("isEncrypted", x.d.has(FlagEncrypted));
    w.field("isSharedDevice", x.d.enrollment == EnrollmentType::AppleBulkWithoutUser);
    w.field("operatingSystemLanguage", x.c.store->isFrench(x.i) ? "fr-FR" : "en-GB");
    w.field("batteryHealthPercentage", isWindows(x.d) ? 0 : 87);
    w.field("batteryChargeCycles", isWindows(x.d) ? 0 : 312);
    w.endObject();
}

// The property table, in the order Graph writes them.
const Prop kProps[] = {
        {"id", Both, false, [](JsonWriter &w, const Ctx &x) { w.string(x.c.store->id(x.i)); }},
        {"userId", Both, false,
         [](JsonWriter &w, const Ctx &x) {
             strOrNull(w, x.d.has(FlagUserless) ? QByteArray() : x.c.store->userId(x.d.userIndex));
         }},
        {"deviceName", Both, false, [](JsonWriter &w, const Ctx &x) { w.string(x.c.store->deviceName(x.i)); }},
        {"ownerType", Beta, false, [](JsonWriter &w, const Ctx &x) { w.string(ownerTypeName(x.d.owner)); }},
        {"managedDeviceOwnerType", Both, false,
         [](JsonWriter &w, const Ctx &x) { w.string(ownerTypeName(x.d.owner)); }},
        {"managementState", Both, false,
         [](JsonWriter &w, const Ctx &x) { w.string(managementStateName(x.d.state)); }},
        {"enrolledDateTime", Both, false, [](JsonWriter &w, const Ctx &x) { date(w, x.d.enrolledMs); }},
        {"lastSyncDateTime", Both, false,
         [](JsonWriter &w, const Ctx &x) { date(w, DeviceSerializer::lastSyncMs(x.c, x.i)); }},
        {"chassisType", Beta, false, [](JsonWriter &w, const Ctx &x) { w.string(chassis(x.d)); }},
        {"operatingSystem", Both, false,
         [](JsonWriter &w, const Ctx &x) { w.string(x.c.store->operatingSystem(x.i)); }},
        {"deviceType", Beta, false, [](JsonWriter &w, const Ctx &x) { w.string(deviceTypeName(x.d.type)); }},
        {"complianceState", Both, false,
         [](JsonWriter &w, const Ctx &x) { w.string(complianceStateName(x.d.compliance)); }},
        {"jailBroken", Both, false,
         [](JsonWriter &w, const Ctx &x) { w.string(isWindows(x.d) ? "Unknown" : "False"); }},
        {"managementAgent", Both, false,
         [](JsonWriter &w, const Ctx &x) { w.string(managementAgentName(x.d.agent, x.c.style)); }},
        {"osVersion", Both, false, [](JsonWriter &w, const Ctx &x) { w.string(QByteArrayView(x.d.osVersion)); }},
        {"easActivated", Both, false, [](JsonWriter &w, const Ctx &x) { w.boolean(x.d.agent == ManagementAgent::Eas); }},
        {"easDeviceId", Both, false, [](JsonWriter &w, const Ctx &) { w.string(QByteArrayView("")); }},
        {"easActivationDateTime", Both, false, [](JsonWriter &w, const Ctx &) { date(w, kNeverMs); }},
        {"aadRegistered", Beta, false,
         [](JsonWriter &w, const Ctx &x) { w.boolean(x.d.has(FlagAzureAdRegistered)); }},
        {"azureADRegistered", Both, false,
         [](JsonWriter &w, const Ctx &x) { w.boolean(x.d.has(FlagAzureAdRegistered)); }},
        {"deviceEnrollmentType", Both, false,
         [](JsonWriter &w, const Ctx &x) { w.string(enrollmentTypeName(x.d.enrollment, x.c.style)); }},
        {"lostModeState", Beta, false, [](JsonWriter &w, const Ctx &) { w.string(QByteArrayView("disabled")); }},
        {"activationLockBypassCode", Both, true,
         [](JsonWriter &w, const Ctx &x) {
             strOrNull(w, x.realNonDefault ? x.c.store->activationLockBypassCode(x.i) : QByteArray());
         }},
        {"emailAddress", Both, false, [](JsonWriter &w, const Ctx &x) { w.string(upn(x)); }},
        {"azureActiveDirectoryDeviceId", Beta, false,
         [](JsonWriter &w, const Ctx &x) { w.string(x.c.store->azureAdDeviceId(x.i)); }},
        {"azureADDeviceId", Both, false,
         [](JsonWriter &w, const Ctx &x) { w.string(x.c.store->azureAdDeviceId(x.i)); }},
        {"deviceRegistrationState", Both, false,
         [](JsonWriter &w, const Ctx &) { w.string(QByteArrayView("registered")); }},
        {"deviceCategoryDisplayName", Both, false,
         [](JsonWriter &w, const Ctx &x) { w.string(x.c.store->deviceCategory(x.i)); }},
        {"isSupervised", Both, false, [](JsonWriter &w, const Ctx &x) { w.boolean(x.d.has(FlagSupervised)); }},
        {"exchangeLastSuccessfulSyncDateTime", Both, false, [](JsonWriter &w, const Ctx &) { date(w, kNeverMs); }},
        {"exchangeAccessState", Both, false, [](JsonWriter &w, const Ctx &) { w.string(QByteArrayView("none")); }},
        {"exchangeAccessStateReason", Both, false,
         [](JsonWriter &w, const Ctx &) { w.string(QByteArrayView("none")); }},
        {"remoteAssistanceSessionUrl", Both, false, [](JsonWriter &w, const Ctx &) { w.null(); }},
        {"remoteAssistanceSessionErrorDetails", Both, false, [](JsonWriter &w, const Ctx &) { w.null(); }},
        {"isEncrypted", Both, false, [](JsonWriter &w, const Ctx &x) { w.boolean(x.d.has(FlagEncrypted)); }},
        {"userPrincipalName", Both, false, [](JsonWriter &w, const Ctx &x) { w.string(upn(x)); }},
        {"model", Both, false, [](JsonWriter &w, const Ctx &x) { w.string(QByteArrayView(x.d.model->model)); }},
        {"manufacturer", Both, false,
         [](JsonWriter &w, const Ctx &x) { w.string(QByteArrayView(x.d.model->manufacturer)); }},
        {"imei", Both, false, [](JsonWriter &w, const Ctx &x) { w.string(x.c.store->imei(x.i)); }},
        {"complianceGracePeriodExpirationDateTime", Both, false,
         [](JsonWriter &w, const Ctx &x) {
             const bool grace = x.d.compliance == ComplianceState::InGracePeriod ||
                                x.d.compliance == ComplianceState::Noncompliant;
             date(w, grace ? x.c.store->tenantStartMs() + 3LL * 86400000 : kEndOfTime);
         }},
        {"serialNumber", Both, false, [](JsonWriter &w, const Ctx &x) { w.string(x.c.store->serialNumber(x.i)); }},
        {"phoneNumber", Both, false, [](JsonWriter &w, const Ctx &x) { w.string(x.c.store->phoneNumber(x.i)); }},
        {"androidSecurityPatchLevel", Both, false,
         [](JsonWriter &w, const Ctx &x) { w.string(x.c.store->androidPatchLevel(x.i)); }},
        {"userDisplayName", Both, false,
         [](JsonWriter &w, const Ctx &x) {
             strOrNull(w, x.d.has(FlagUserless) ? QByteArray() : x.c.store->userDisplayName(x.d.userIndex));
         }},
        {"configurationManagerClientEnabledFeatures", Both, false,
         [](JsonWriter &w, const Ctx &x) {
             if (x.d.agent != ManagementAgent::ConfigurationManagerClientMdm) {
                 w.null();
                 return;
             }
             w.beginObject();
             w.field("inventory", true);
             w.field("modernApps", false);
             w.field("resourceAccess", false);
             w.field("deviceConfiguration", false);
             w.field("compliancePolicy", true);
             w.field("windowsUpdateForBusiness", false);
             w.endObject();
         }},
        {"wiFiMacAddress", Both, false, [](JsonWriter &w, const Ctx &x) { w.string(x.c.store->wifiMacAddress(x.i)); }},
        {"deviceHealthAttestationState", Both, false, [](JsonWriter &w, const Ctx &) { w.null(); }},
        {"subscriberCarrier", Both, false,
         [](JsonWriter &w, const Ctx &x) { w.string(x.c.store->subscriberCarrier(x.i)); }},
        {"meid", Both, false, [](JsonWriter &w, const Ctx &) { w.string(QByteArrayView("")); }},
        {"totalStorageSpaceInBytes", Both, false,
         [](JsonWriter &w, const Ctx &x) { w.number(x.c.store->totalStorageBytes(x.i)); }},
        {"freeStorageSpaceInBytes", Both, false,
         [](JsonWriter &w, const Ctx &x) { w.number(x.c.store->freeStorageBytes(x.i)); }},
        {"managedDeviceName", Both, false,
         [](JsonWriter &w, const Ctx &x) { w.string(x.c.store->managedDeviceName(x.i)); }},
        {"partnerReportedThreatState", Both, false,
         [](JsonWriter &w, const Ctx &) { w.string(QByteArrayView("unknown")); }},
        {"retireAfterDateTime", Beta, false, [](JsonWriter &w, const Ctx &) { date(w, kNeverMs); }},
        {"usersLoggedOn", Beta, false,
         [](JsonWriter &w, const Ctx &x) {
             w.beginArray();
             if (isWindows(x.d) && !x.d.has(FlagUserless)) {
                 w.beginObject();
                 w.field("userId", x.c.store->userId(x.d.userIndex));
                 w.key("lastLogOnDateTime");
                 date(w, DeviceSerializer::lastSyncMs(x.c, x.i));
                 w.endObject();
             }
             w.endArray();
         }},
        {"preferMdmOverGroupPolicyAppliedDateTime", Beta, false, [](JsonWriter &w, const Ctx &) { date(w, kNeverMs); }},
        {"autopilotEnrolled", Beta, false, [](JsonWriter &w, const Ctx &x) { w.boolean(x.d.has(FlagAutopilot)); }},
        {"requireUserEnrollmentApproval", Both, false, [](JsonWriter &w, const Ctx &) { w.boolean(false); }},
        {"managementCertificateExpirationDate", Both, false,
         [](JsonWriter &w, const Ctx &x) {
             // The MDM certificate lasts a year and is renewed: the next anniversary after the tenant's start.
             constexpr qint64 year = 365LL * 86400000;
             const qint64 start = x.c.store->tenantStartMs();
             qint64 expiry = x.d.enrolledMs + year;
             if (expiry <= start)
                 expiry += ((start - expiry) / year + 1) * year;
             date(w, expiry);
         }},
        {"iccid", Both, true,
         [](JsonWriter &w, const Ctx &x) { strOrNull(w, x.realNonDefault ? x.c.store->iccid(x.i) : QByteArray()); }},
        {"udid", Both, true,
         [](JsonWriter &w, const Ctx &x) { strOrNull(w, x.realNonDefault ? x.c.store->udid(x.i) : QByteArray()); }},
        {"roleScopeTagIds", Beta, false,
         [](JsonWriter &w, const Ctx &x) {
             w.beginArray();
             for (const QByteArray &tag : IntuneRoles::scopeTagIds(*x.c.store, x.i))
                 w.string(tag);
             w.endArray();
         }},
        {"windowsActiveMalwareCount", Beta, false, [](JsonWriter &w, const Ctx &) { w.number(qint64(0)); }},
        {"windowsRemediatedMalwareCount", Beta, false, [](JsonWriter &w, const Ctx &) { w.number(qint64(0)); }},
        {"notes", Both, true,
         [](JsonWriter &w, const Ctx &x) { strOrNull(w, x.realNonDefault ? x.c.store->notes(x.i) : QByteArray()); }},
        {"configurationManagerClientHealthState", Beta, false, [](JsonWriter &w, const Ctx &) { w.null(); }},
        {"configurationManagerClientInformation", Beta, false, [](JsonWriter &w, const Ctx &) { w.null(); }},
        {"ethernetMacAddress", Both, true,
         [](JsonWriter &w, const Ctx &x) {
             strOrNull(w, x.realNonDefault ? x.c.store->ethernetMacAddress(x.i) : QByteArray());
         }},
        {"physicalMemoryInBytes", Both, true,
         [](JsonWriter &w, const Ctx &x) { w.number(x.realNonDefault ? x.c.store->physicalMemoryBytes(x.i) : 0); }},
        {"processorArchitecture", Beta, false,
         [](JsonWriter &w, const Ctx &x) {
             w.string(isWindows(x.d) ? "x64" : x.d.type == DeviceType::MacMdm ? "arM64" : "unknown");
         }},
        {"specificationVersion", Beta, false,
         [](JsonWriter &w, const Ctx &x) { strOrNull(w, isWindows(x.d) ? QByteArray("2.0") : QByteArray()); }},
        {"joinType", Beta, false, [](JsonWriter &w, const Ctx &x) { w.string(joinTypeName(x.d.join)); }},
        {"skuFamily", Beta, false,
         [](JsonWriter &w, const Ctx &x) { w.string(isWindows(x.d) ? "Enterprise" : ""); }},
        {"skuNumber", Beta, false, [](JsonWriter &w, const Ctx &x) { w.number(qint64(isWindows(x.d) ? 4 : 0)); }},
        {"managementFeatures", Beta, false, [](JsonWriter &w, const Ctx &) { w.string(QByteArrayView("none")); }},
        {"chromeOSDeviceInfo", Beta, false,
         [](JsonWriter &w, const Ctx &) {
             w.beginArray();
             w.endArray();
         }},
        {"enrollmentProfileName", Both, false,
         [](JsonWriter &w, const Ctx &x) { w.string(x.c.store->enrollmentProfileName(x.i)); }},
        {"bootstrapTokenEscrowed", Beta, false,
         [](JsonWriter &w, const Ctx &x) {
             w.boolean(x.d.type == DeviceType::MacMdm && x.d.has(FlagSupervised));
         }},
        {"deviceFirmwareConfigurationInterfaceManaged", Beta, false,
         [](JsonWriter &w, const Ctx &) { w.boolean(false); }},
        {"enrolledByUserPrincipalName", Beta, false, [](JsonWriter &w, const Ctx &x) { strOrNull(w, upn(x)); }},
        {"securityPatchLevel", Beta, false,
         [](JsonWriter &w, const Ctx &x) { strOrNull(w, x.c.store->androidPatchLevel(x.i)); }},
        {"hardwareInformation", Beta, true, writeHardware},
        {"cloudPcRemoteActionResults", Beta, false,
         [](JsonWriter &w, const Ctx &) {
             w.beginArray();
             w.endArray();
         }},
        {"deviceActionResults", Both, false, writeResults},
};
static_assert(std::size(kProps) <= DevicePropertySet::kMax);

std::span<const Prop> props()
{
    return kProps;
}

bool available(const Prop &p, bool beta)
{
    return (p.availability & (beta ? Beta : V1)) != 0;
}

} // namespace

DevicePropertySet DevicePropertySet::all(bool beta)
{
    DevicePropertySet set;
    const auto &table = props();
    for (std::size_t k = 0; k < table.size(); ++k)
        set.m_bits.set(k, available(table[k], beta));
    return set;
}

std::optional<DevicePropertySet> DevicePropertySet::parse(const QString &select, bool beta, QString *unknown)
{
    DevicePropertySet set;
    set.m_explicit = true;
    const auto &table = props();
    set.m_bits.set(0); // id is always written
    for (const QString &raw : select.split(u',')) {
        const QString name = raw.trimmed();
        if (name.isEmpty())
            continue;
        bool found = false;
        for (std::size_t k = 0; k < table.size(); ++k) {
            if (available(table[k], beta) && name == QLatin1String(table[k].name)) {
                set.m_bits.set(k);
                found = true;
                break;
            }
        }
        if (!found) {
            if (unknown)
                *unknown = name;
            return std::nullopt;
        }
    }
    return set;
}

QByteArray DevicePropertySet::selectText() const
{
    QByteArray out;
    const auto &table = props();
    for (std::size_t k = 0; k < table.size(); ++k) {
        if (!m_bits.test(k))
            continue;
        if (!out.isEmpty())
            out += ',';
        out += table[k].name;
    }
    return out;
}

qint64 DeviceSerializer::lastSyncMs(const Context &ctx, qsizetype index)
{
    const qint64 periodic = ctx.store->lastSyncMs(index, ctx.nowMs);
    const qint64 byAction = ctx.actions ? ctx.actions->lastActionCheckInMs(index, ctx.nowMs) : kNeverMs;
    return std::max(periodic, byAction);
}

void DeviceSerializer::write(JsonWriter &json, qsizetype index, const DevicePropertySet &select,
                             const Context &ctx)
{
    const Ctx x{ctx, index, ctx.store->record(index), false};
    json.beginObject();
    json.field("@odata.type", "#microsoft.graph.managedDevice");
    const auto &table = props();
    for (std::size_t k = 0; k < table.size(); ++k) {
        if (!select.contains(k))
            continue;
        const Prop &p = table[k];
        json.key(p.name);
        if (p.nonDefault) {
            const Ctx real{ctx, index, x.d, ctx.singleGet && select.explicitSelect()};
            p.write(json, real);
        } else {
            p.write(json, x);
        }
    }
    json.endObject();
}

} // namespace passcode::sandbox
