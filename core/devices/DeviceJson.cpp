// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/devices/DeviceJson.h"

#include "core/common/JsonReader.h"
#include "core/common/Numbers.h"
#include "core/devices/DeviceEnums.h"
#include "core/devices/FieldReader.h"
#include "core/devices/LiteJson.h"

#include <cstring>
#include <limits>

#include <QHash>
#include <QJsonDocument>

namespace passcode::devices {
namespace {

using detail::FieldReader;
using detail::LiteObject;
using detail::LiteValue;
using detail::readLite;

/** Members whose texts repeat across devices (and that DeviceDirectory interns), or enum members. */
bool cachedKey(QByteArrayView key)
{
    static constexpr QByteArrayView keys[] = {
        "operatingSystem",
        "osVersion",
        "managedDeviceOwnerType",
        "ownerType",
        "managementAgent",
        "managementState",
        "deviceEnrollmentType",
        "joinType",
        "complianceState",
        "deviceType",
        "model",
        "manufacturer",
        "userPrincipalName",
        "userDisplayName",
    };
    for (const QByteArrayView k : keys) {
        if (k.size() == key.size() && std::memcmp(k.data(), key.data(), size_t(k.size())) == 0)
            return true;
    }
    return false;
}

ActionResultType resultTypeOf(QStringView odataType)
{
    QStringView t = odataType;
    if (t.startsWith(u'#'))
        t = t.mid(1);
    if (t.isEmpty() || t == u"microsoft.graph.deviceActionResult")
        return ActionResultType::Base;
    if (t == u"microsoft.graph.resetPasscodeActionResult")
        return ActionResultType::ResetPasscode;
    if (t == u"microsoft.graph.remoteLockActionResult")
        return ActionResultType::RemoteLock;
    return ActionResultType::Other;
}

} // namespace

DeviceActionResult DeviceJson::parseActionResult(const QJsonObject &object, QStringList *problems)
{
    const FieldReader<QJsonObject> in(object, problems);
    DeviceActionResult r;
    r.odataType = in.string(QLatin1String("@odata.type"));
    r.type = resultTypeOf(r.odataType);
    r.actionName = in.string(QLatin1String("actionName"));
    // A base-typed element that carries the reset action's name or fields is still a reset result.
    if (r.type == ActionResultType::Base &&
        (r.actionName.compare(u"resetPasscode", Qt::CaseInsensitive) == 0 ||
         r.actionName.compare(u"recoverPasscode", Qt::CaseInsensitive) == 0 || object.contains(u"passcode")))
        r.type = ActionResultType::ResetPasscode;
    r.actionState = in.enumeration(
        QLatin1String("actionState"),
        [](const QString &t) -> std::optional<actions::ActionState> {
            bool ok = false;
            const auto s = actions::actionStateFromGraph(t, &ok);
            return ok ? std::optional(s) : std::nullopt;
        },
        actions::ActionState::None);
    r.startDateTime = in.dateTime(QLatin1String("startDateTime"));
    r.lastUpdatedDateTime = in.dateTime(QLatin1String("lastUpdatedDateTime"));
    if (r.type == ActionResultType::ResetPasscode) {
        const QJsonValue passcode = object.value(u"passcode");
        if (passcode.isString() && !passcode.toString().isEmpty())
            r.passcode = passcode.toString();
        else if (!passcode.isUndefined() && !passcode.isNull() && !passcode.isString())
            in.problem(QLatin1String("passcode"), tr("expected text"));
        r.errorCode = in.integer(QLatin1String("errorCode"));
    }
    return r;
}

DeviceJson::Parsed DeviceJson::parseDevice(const QJsonObject &object)
{
    return parseDeviceFrom(object);
}

template<typename Object>
DeviceJson::Parsed DeviceJson::parseDeviceFrom(const Object &object)
{
    Parsed out;
    const FieldReader<Object> in(object, &out.problems);
    Device d;
    d.id = in.string(QLatin1String("id")).trimmed();
    if (d.id.isEmpty()) {
        out.problems.append(tr("id: missing; the device was skipped"));
        return out;
    }
    d.deviceName = in.string(QLatin1String("deviceName"));
    d.operatingSystem = in.string(QLatin1String("operatingSystem"));
    d.osVersion = in.string(QLatin1String("osVersion"));
    // beta has ownerType next to managedDeviceOwnerType; either may be present.
    const auto ownerKey = object.contains(u"managedDeviceOwnerType") ? QLatin1String("managedDeviceOwnerType")
                                                                     : QLatin1String("ownerType");
    d.ownership = in.enumeration(ownerKey, parseOwnership, Ownership::Unknown);
    d.managementAgent = in.string(QLatin1String("managementAgent"));
    d.managementState = in.enumeration(QLatin1String("managementState"), parseManagementState,
                                       ManagementState::Managed, &d.managementStateRaw);
    if (!d.managementStateRaw.isEmpty())
        d.managementState = ManagementState::Other;
    d.enrollmentType = in.enumeration(QLatin1String("deviceEnrollmentType"), parseEnrollmentType,
                                      EnrollmentType::Unknown, &d.enrollmentTypeRaw);
    if (!d.enrollmentTypeRaw.isEmpty()) {
        // v1.0 without "Prefer: include-unknown-enum-members" sends the newer members as unknownFutureValue.
        d.enrollmentType =
            d.enrollmentTypeRaw == u"unknownFutureValue" ? EnrollmentType::Unknown : EnrollmentType::Other;
        if (d.enrollmentType == EnrollmentType::Unknown)
            out.problems.removeLast();
    }
    if (object.contains(u"joinType"))
        d.joinType = in.enumeration(QLatin1String("joinType"), parseJoinType, JoinType::Other);
    d.azureADRegistered = in.boolean(QLatin1String("azureADRegistered"));
    if (!d.azureADRegistered)
        d.azureADRegistered = in.boolean(QLatin1String("aadRegistered"));
    d.compliance =
        in.enumeration(QLatin1String("complianceState"), parseComplianceState, ComplianceState::Other);
    if (!object.contains(u"complianceState") || object.value(u"complianceState").isNull())
        d.compliance = ComplianceState::Unknown;
    d.deviceType = in.string(QLatin1String("deviceType"));
    d.userPrincipalName = in.string(QLatin1String("userPrincipalName"));
    d.userDisplayName = in.string(QLatin1String("userDisplayName"));
    d.lastSyncDateTime = in.dateTime(QLatin1String("lastSyncDateTime"));
    d.enrolledDateTime = in.dateTime(QLatin1String("enrolledDateTime"));
    d.model = in.string(QLatin1String("model"));
    d.manufacturer = in.string(QLatin1String("manufacturer"));
    d.serialNumber = in.string(QLatin1String("serialNumber"));
    d.imei = in.string(QLatin1String("imei"));
    d.phoneNumber = in.string(QLatin1String("phoneNumber"));

    const auto results = object.value(u"deviceActionResults");
    if (results.isArray()) {
        const QJsonArray array = results.toArray();
        d.actionResults.reserve(array.size());
        for (const QJsonValue &element : array) {
            if (!element.isObject()) {
                in.problem(QLatin1String("deviceActionResults"), tr("an element is not an object"));
                continue;
            }
            d.actionResults.append(parseActionResult(element.toObject(), &out.problems));
        }
    } else if (!results.isUndefined() && !results.isNull()) {
        in.problem(QLatin1String("deviceActionResults"), tr("expected a list"));
    }
    out.device = std::move(d);
    return out;
}

std::optional<DeviceJson::Page> DeviceJson::parsePage(const QJsonObject &page)
{
    const QJsonValue value = page.value(u"value");
    if (!value.isArray())
        return std::nullopt;
    Page out;
    const QJsonArray array = value.toArray();
    out.devices.reserve(array.size());
    int index = 0;
    for (const QJsonValue &element : array) {
        if (!element.isObject()) {
            ++out.skipped;
            out.problems.append(tr("item %1: not an object; skipped").arg(index));
        } else {
            addToPage(out, parseDevice(element.toObject()), index);
        }
        ++index;
    }
    const QJsonValue next = page.value(u"@odata.nextLink");
    if (next.isString())
        out.nextLink = next.toString();
    // A count out of qint64's range (1e300) is clamped, not converted (undefined behaviour; found by fuzzing,
    // tests/fuzz/device_json); a negative one is no count.
    const QJsonValue count = page.value(u"@odata.count");
    if (count.isDouble() && count.toDouble() >= 0)
        out.totalCount = clampToInt64(count.toDouble(), 0, std::numeric_limits<qint64>::max());
    return out;
}

void DeviceJson::addToPage(Page &page, Parsed parsed, int index)
{
    const QString prefix = parsed.device ? parsed.device->id : tr("item %1").arg(index);
    for (const QString &p : std::as_const(parsed.problems))
        page.problems.append(prefix + QStringLiteral(": ") + p);
    if (parsed.device)
        page.devices.append(std::move(*parsed.device));
    else
        ++page.skipped;
}

std::optional<DeviceJson::Page> DeviceJson::parseValueArray(QByteArrayView json, QJsonParseError *error,
                                                            TextPool *texts)
{
    JsonReader reader(json);
    Page out;
    LiteObject object;
    TextPool pageTexts;
    TextPool &strings = texts ? *texts : pageTexts;
    const auto failed = [&]() -> std::optional<Page> {
        if (error)
            *error = reader.error();
        return std::nullopt;
    };
    if (!reader.beginArray())
        return failed();
    bool firstElement = true;
    int index = 0;
    while (reader.nextElement(firstElement)) {
        if (reader.peek() != JsonReader::Token::Object) {
            if (!reader.skipValue())
                return failed();
            ++out.skipped;
            out.problems.append(tr("item %1: not an object; skipped").arg(index));
            ++index;
            continue;
        }
        reader.beginObject();
        object.clear();
        bool firstMember = true;
        QByteArrayView key;
        bool keyEscaped = false;
        while (reader.nextMember(firstMember, &key, &keyEscaped)) {
            LiteValue value;
            const qsizetype start = reader.offset();
            if (!readLite(reader, &value))
                return failed();
            if (value.isArray() || value.isObject()) // a nested value: point at its text
                value = LiteValue(value.isArray() ? LiteValue::Type::Array : LiteValue::Type::Object,
                                  json.sliced(start, reader.offset() - start).trimmed());
            else if (value.isString() && cachedKey(key))
                value.setCache(&strings);
            object.add(key, keyEscaped, value);
        }
        if (!reader.ok())
            return failed();
        addToPage(out, parseDeviceFrom(object), index);
        ++index;
    }
    if (!reader.ok() || !reader.atEnd())
        return failed();
    return out;
}

QJsonObject DeviceJson::toJson(const Device &d)
{
    auto dt = [](const QDateTime &t) {
        return t.isValid() ? QJsonValue(t.toString(Qt::ISODate)) : QJsonValue();
    };
    auto str = [](const QString &s) {
        return s.isNull() ? QJsonValue() : QJsonValue(s);
    };
    QJsonObject o{
        {QStringLiteral("id"), d.id},
        {QStringLiteral("deviceName"), str(d.deviceName)},
        {QStringLiteral("operatingSystem"), str(d.operatingSystem)},
        {QStringLiteral("osVersion"), str(d.osVersion)},
        {QStringLiteral("managedDeviceOwnerType"), toGraphString(d.ownership)},
        {QStringLiteral("managementAgent"), str(d.managementAgent)},
        {QStringLiteral("managementState"), d.managementState == ManagementState::Other
                                                ? d.managementStateRaw
                                                : toGraphString(d.managementState)},
        {QStringLiteral("deviceEnrollmentType"),
         d.enrollmentType == EnrollmentType::Other ? d.enrollmentTypeRaw : toGraphString(d.enrollmentType)},
        {QStringLiteral("complianceState"), toGraphString(d.compliance)},
        {QStringLiteral("userPrincipalName"), str(d.userPrincipalName)},
        {QStringLiteral("userDisplayName"), str(d.userDisplayName)},
        {QStringLiteral("lastSyncDateTime"), dt(d.lastSyncDateTime)},
        {QStringLiteral("enrolledDateTime"), dt(d.enrolledDateTime)},
        {QStringLiteral("model"), str(d.model)},
        {QStringLiteral("manufacturer"), str(d.manufacturer)},
        {QStringLiteral("serialNumber"), str(d.serialNumber)},
        {QStringLiteral("imei"), str(d.imei)},
        {QStringLiteral("phoneNumber"), str(d.phoneNumber)},
    };
    if (d.joinType != JoinType::NotReported)
        o.insert(QStringLiteral("joinType"), toGraphString(d.joinType));
    if (d.azureADRegistered)
        o.insert(QStringLiteral("azureADRegistered"), *d.azureADRegistered);
    if (!d.deviceType.isEmpty())
        o.insert(QStringLiteral("deviceType"), d.deviceType);
    return o;
}

} // namespace passcode::devices
