// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/devices/DeviceJson.h"

#include "core/common/JsonReader.h"
#include "core/devices/DeviceEnums.h"

#include <cstring>

#include <QHash>
#include <QJsonDocument>
#include <QVarLengthArray>

namespace passcode::devices {
namespace {

/**
 * One JSON value of the fast path, read by JsonReader and decoded only when asked for; the same interface as
 * the QJsonValue members parseDevice() uses. Strings and nested values point into the page's text.
 */
class LiteValue
{
public:
    enum class Type
    {
        Undefined,
        Null,
        Bool,
        Double,
        String,
        Array,
        Object,
    };

    LiteValue() = default;
    LiteValue(Type type, QByteArrayView raw, bool flag = false, double number = 0)
        : m_type(type)
        , m_raw(raw)
        , m_flag(flag)
        , m_number(number)
    {}

    bool isUndefined() const { return m_type == Type::Undefined; }
    bool isNull() const { return m_type == Type::Null; }
    bool isBool() const { return m_type == Type::Bool; }
    bool isDouble() const { return m_type == Type::Double; }
    bool isString() const { return m_type == Type::String; }
    bool isArray() const { return m_type == Type::Array; }
    bool isObject() const { return m_type == Type::Object; }
    bool toBool() const { return m_type == Type::Bool && m_flag; }
    double toDouble() const { return m_type == Type::Double ? m_number : 0.0; }
    QString toString() const
    {
        if (m_type != Type::String)
            return {};
        if (m_cache && !m_flag) {
            // Repeated texts (OS, version, model, enum members...) are decoded once and shared.
            const auto it = m_cache->constFind(QByteArray::fromRawData(m_raw.data(), m_raw.size()));
            if (it != m_cache->cend())
                return *it;
            return *m_cache->insert(m_raw.toByteArray(), JsonReader::decodeString(m_raw, false));
        }
        return JsonReader::decodeString(m_raw, m_flag);
    }
    /** Decodes through @p cache. */
    void setCache(DeviceJson::TextPool *cache) { m_cache = cache; }
    /** Nested arrays are rare in a device list (deviceActionResults): read them with QJsonDocument. */
    QJsonArray toArray() const
    {
        return m_type == Type::Array ? QJsonDocument::fromJson(m_raw.toByteArray()).array() : QJsonArray();
    }

private:
    Type m_type = Type::Undefined;
    QByteArrayView m_raw; ///< string: the bytes between the quotes; array/object: the whole text
    bool m_flag = false;  ///< string: has escapes; bool: the value
    double m_number = 0;
    DeviceJson::TextPool *m_cache = nullptr;
};

/** One JSON object of the fast path: its members in order (the last of duplicate keys wins, as in Qt). */
class LiteObject
{
public:
    void clear()
    {
        m_members.clear();
        m_decodedKeys.clear();
        m_hint = 0;
        m_duplicates = false;
    }
    void add(QByteArrayView rawKey, bool keyEscaped, LiteValue value)
    {
        if (keyEscaped) {
            m_decodedKeys.append(JsonReader::decodeString(rawKey, true).toUtf8());
            rawKey = m_decodedKeys.constLast();
        }
        const quint64 tag = tagOf(rawKey);
        if (!m_duplicates) {
            for (const Member &m : std::as_const(m_members))
                m_duplicates = m_duplicates || (m.tag == tag && m.key == rawKey);
        }
        m_members.append({rawKey, tag, value});
    }
    LiteValue value(QLatin1String key) const
    {
        // parseDevice() asks in about the order Graph writes: start after the last hit, wrap around once.
        const QByteArrayView wanted(key.data(), key.size());
        const quint64 tag = tagOf(wanted);
        const qsizetype n = m_members.size();
        for (qsizetype step = 0; step < n; ++step) {
            qsizetype i = m_hint + step;
            if (i >= n)
                i -= n;
            const Member &m = m_members[i];
            if (m.tag == tag && m.key == wanted && !laterDuplicate(i)) {
                m_hint = i + 1 < n ? i + 1 : 0;
                return m.value;
            }
        }
        return {};
    }
    LiteValue value(QStringView key) const
    {
        // parseDevice()'s own keys are ASCII: compare them as bytes.
        char latin1[64];
        if (key.size() > qsizetype(sizeof latin1))
            return {};
        for (qsizetype i = 0; i < key.size(); ++i) {
            if (key[i].unicode() >= 0x80)
                return {};
            latin1[i] = char(key[i].unicode());
        }
        return value(QLatin1String(latin1, key.size()));
    }
    bool contains(QStringView key) const { return !value(key).isUndefined(); }

private:
    struct Member
    {
        QByteArrayView key;
        quint64 tag; ///< tagOf(key): most keys differ here, without a memcmp
        LiteValue value;
    };
    /** Length, first three and last four bytes of a key. */
    static quint64 tagOf(QByteArrayView key)
    {
        quint64 tag = quint64(key.size()) & 0xff;
        for (qsizetype i = 0; i < 3 && i < key.size(); ++i)
            tag |= quint64(quint8(key[i])) << (8 * (i + 1));
        for (qsizetype i = 0; i < 4 && i < key.size(); ++i)
            tag |= quint64(quint8(key[key.size() - 1 - i])) << (8 * (i + 4));
        return tag;
    }
    /** The last of duplicate keys wins: true when another member after @p i has the same key. */
    bool laterDuplicate(qsizetype i) const
    {
        if (!m_duplicates)
            return false;
        for (qsizetype j = i + 1; j < m_members.size(); ++j) {
            if (m_members[j].tag == m_members[i].tag && m_members[j].key == m_members[i].key)
                return true;
        }
        return false;
    }

    QVarLengthArray<Member, 32> m_members;
    mutable qsizetype m_hint = 0;
    bool m_duplicates = false;
    QList<QByteArray> m_decodedKeys; ///< keys that had escapes (never in Graph's own names)
};

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

/** Reads the value the reader stands on into @p out; false on a JSON error (see the reader). */
bool readLite(JsonReader &reader, LiteValue *out)
{
    switch (reader.peek()) {
    case JsonReader::Token::String: {
        QByteArrayView raw;
        bool escaped = false;
        if (!reader.readString(&raw, &escaped))
            return false;
        *out = LiteValue(LiteValue::Type::String, raw, escaped);
        return true;
    }
    case JsonReader::Token::Number: {
        double number = 0;
        if (!reader.readNumber(&number))
            return false;
        *out = LiteValue(LiteValue::Type::Double, {}, false, number);
        return true;
    }
    case JsonReader::Token::Null:
    case JsonReader::Token::True:
    case JsonReader::Token::False: {
        JsonReader::Token literal = JsonReader::Token::Invalid;
        if (!reader.readLiteral(&literal))
            return false;
        *out = literal == JsonReader::Token::Null
                   ? LiteValue(LiteValue::Type::Null, {})
                   : LiteValue(LiteValue::Type::Bool, {}, literal == JsonReader::Token::True);
        return true;
    }
    case JsonReader::Token::Array:
    case JsonReader::Token::Object: {
        // Checked completely; the caller points the value at its text (see parseValueArray).
        const bool array = reader.peek() == JsonReader::Token::Array;
        if (!reader.skipValue())
            return false;
        *out = LiteValue(array ? LiteValue::Type::Array : LiteValue::Type::Object, {});
        return true;
    }
    default:
        reader.skipValue(); // records the error
        return false;
    }
}

/**
 * Graph's usual date forms, "2024-05-01T10:20:30Z" and "2024-05-01T10:20:30.123Z", read without
 * QDateTime::fromString (the slowest step of a page); anything else returns an invalid QDateTime and takes
 * the general path.
 */
QDateTime fastUtcDateTime(QStringView t)
{
    const auto digits = [&t](qsizetype from, qsizetype count, int *value) {
        int v = 0;
        for (qsizetype i = from; i < from + count; ++i) {
            const char16_t c = t[i].unicode();
            if (c < u'0' || c > u'9')
                return false;
            v = v * 10 + (c - u'0');
        }
        *value = v;
        return true;
    };
    if (t.size() != 20 && t.size() != 24)
        return {};
    if (t[4] != u'-' || t[7] != u'-' || t[10] != u'T' || t[13] != u':' || t[16] != u':' ||
        t[t.size() - 1] != u'Z')
        return {};
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, sec = 0, ms = 0;
    if (!digits(0, 4, &y) || !digits(5, 2, &mo) || !digits(8, 2, &d) || !digits(11, 2, &h) ||
        !digits(14, 2, &mi) || !digits(17, 2, &sec))
        return {};
    if (t.size() == 24 && (t[19] != u'.' || !digits(20, 3, &ms)))
        return {};
    // The checks QDate and QTime make (no year 0, no leap second, no 24:00), then the instant straight from
    // the civil date (Howard Hinnant's days_from_civil): cheaper than QDateTime(QDate, QTime, Qt::UTC).
    static constexpr int monthDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    if (y < 1 || mo < 1 || mo > 12 || d < 1 || d > monthDays[mo - 1] + (mo == 2 && leap ? 1 : 0) || h > 23 ||
        mi > 59 || sec > 59)
        return {};
    const int yy = y - (mo <= 2 ? 1 : 0);
    const int era = yy / 400;
    const int yoe = yy - era * 400;
    const int doy = (153 * (mo + (mo > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    const qint64 days = qint64(era) * 146097 + doe - 719468;
    const qint64 msecs = ((days * 24 + h) * 60 + mi) * 60000 + sec * 1000 + ms;
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
}

/** Reads fields of one JSON object and records what could not be read. */
template<typename Object>
class FieldReader
{
public:
    FieldReader(const Object &object, QStringList *problems)
        : m_object(object)
        , m_problems(problems)
    {}

    /** A string property; missing or null → empty; other types → empty and a problem. */
    QString string(QLatin1String key) const
    {
        const auto v = m_object.value(key);
        if (v.isString())
            return v.toString();
        if (!v.isUndefined() && !v.isNull())
            problem(key, DeviceJson::tr("expected text"));
        return {};
    }

    std::optional<bool> boolean(QLatin1String key) const
    {
        const auto v = m_object.value(key);
        if (v.isBool())
            return v.toBool();
        if (!v.isUndefined() && !v.isNull())
            problem(key, DeviceJson::tr("expected true or false"));
        return std::nullopt;
    }

    int integer(QLatin1String key) const
    {
        const auto v = m_object.value(key);
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
        if (QDateTime fast = fastUtcDateTime(text); fast.isValid())
            return fast.date().year() <= 1 ? QDateTime() : fast; // Graph's "never": see below
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
    const Object &m_object;
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
    const QJsonValue count = page.value(u"@odata.count");
    if (count.isDouble())
        out.totalCount = static_cast<qint64>(count.toDouble());
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
