// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/devices/DeviceJson.h"

#include "core/devices/DeviceEnums.h"

namespace passcode::devices {
namespace {

/** Reads fields of one JSON object and records what could not be read. */
class FieldReader
{
public:
    FieldReader(const QJsonObject &object, QStringList *problems)
        : m_object(object)
        , m_problems(problems)
    {}

    /** A string property; missing or null → empty; other types → empty and a problem. */
    QString string(QLatin1String key) const
    {
        const QJsonValue v = m_object.value(key);
        if (v.isString())
            return v.toString();
        if (!v.isUndefined() && !v.isNull())
            problem(key, DeviceJson::tr("expected text"));
        return {};
    }

    std::optional<bool> boolean(QLatin1String key) const
    {
        const QJsonValue v = m_object.value(key);
        if (v.isBool())
            return v.toBool();
        if (!v.isUndefined() && !v.isNull())
            problem(key, DeviceJson::tr("expected true or false"));
        return std::nullopt;
    }

    int integer(QLatin1String key) const
    {
        const QJsonValue v = m_object.value(key);
        if (v.isDouble()) {
            const double d = v.toDouble();
            if (d >= -2147483648.0 && d <= 2147483647.0 && d == static_cast<int>(d))
                return static_cast<int>(d);
        }
        if (!v.isUndefined() && !v.isNull())
            problem(key, DeviceJson::tr("expected a whole number"));
        return 0;
    }

    QDateTime dateTime(QLatin1String key) const
    {
        const QString text = string(key);
        if (text.isEmpty())
            return {};
        QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!dt.isValid())
            dt = QDateTime::fromString(text, Qt::ISODate);
        if (!dt.isValid()) {
            problem(key, DeviceJson::tr("not a date and time: %1").arg(text.left(40)));
            return {};
        }
        // Graph's "never" is 0001-01-01T00:00:00Z.
        if (dt.date().year() <= 1)
            return {};
        return dt.toUTC();
    }

    template<typename E, typename ParseFn>
    E enumeration(QLatin1String key, ParseFn parse, E fallback, QString *raw = nullptr) const
    {
        const QString text = string(key);
        if (text.isEmpty())
            return fallback;
        if (const std::optional<E> value = parse(text))
            return *value;
        if (raw)
            *raw = text;
        problem(key, DeviceJson::tr("unknown value \"%1\"").arg(text.left(60)));
        return fallback;
    }

    void problem(QLatin1String key, const QString &what) const
    {
        if (m_problems)
            m_problems->append(QString(key) + QStringLiteral(": ") + what);
    }

private:
    const QJsonObject &m_object;
    QStringList *m_problems;
};

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
    const FieldReader in(object, problems);
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
    Parsed out;
    const FieldReader in(object, &out.problems);
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

    const QJsonValue results = object.value(u"deviceActionResults");
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
            Parsed parsed = parseDevice(element.toObject());
            const QString prefix = parsed.device ? parsed.device->id : tr("item %1").arg(index);
            for (const QString &p : std::as_const(parsed.problems))
                out.problems.append(prefix + QStringLiteral(": ") + p);
            if (parsed.device)
                out.devices.append(std::move(*parsed.device));
            else
                ++out.skipped;
        }
        ++index;
    }
    const QJsonValue next = page.value(u"@odata.nextLink");
    if (next.isString())
        out.nextLink = next.toString();
    const QJsonValue count = page.value(u"@odata.count");
    if (count.isDouble())
        out.totalCount = static_cast<qint64>(count.toDouble());
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
