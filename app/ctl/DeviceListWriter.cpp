// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeviceListWriter.h"

#include "CtlFormat.h"
#include "JsonWriter.h"
#include "Output.h"

#include "core/common/CsvWriter.h"
#include "core/devices/DeviceJson.h"

#include <QDateTime>
#include <QJsonObject>

#include <array>

namespace passcode::ctl {
namespace {

using devices::Device;

/** The Graph name of an enum member as UTF-8 (built once; the names are plain ASCII identifiers). */
template<typename E, int Count>
QByteArrayView graphName(E value)
{
    static const std::array<QByteArray, Count> names = [] {
        std::array<QByteArray, Count> all;
        for (int i = 0; i < Count; ++i)
            all[i] = devices::toGraphString(E(i)).toUtf8();
        return all;
    }();
    const int i = int(value);
    return i >= 0 && i < Count ? QByteArrayView(names[i]) : QByteArrayView();
}

QByteArrayView graphName(devices::Ownership v)
{
    return graphName<devices::Ownership, int(devices::Ownership::Personal) + 1>(v);
}
QByteArrayView graphName(devices::ManagementState v)
{
    return graphName<devices::ManagementState, int(devices::ManagementState::Other) + 1>(v);
}
QByteArrayView graphName(devices::EnrollmentType v)
{
    return graphName<devices::EnrollmentType, int(devices::EnrollmentType::Other) + 1>(v);
}
QByteArrayView graphName(devices::JoinType v)
{
    return graphName<devices::JoinType, int(devices::JoinType::Other) + 1>(v);
}
QByteArrayView graphName(devices::ComplianceState v)
{
    return graphName<devices::ComplianceState, int(devices::ComplianceState::Other) + 1>(v);
}

/** A text member as DeviceJson::toJson writes it: null for a null string. */
void appendJsonText(QByteArray &out, const QString &s)
{
    if (s.isNull())
        out += "null";
    else
        appendJsonString(out, s);
}

void appendJsonName(QByteArray &out, QByteArrayView name)
{
    out += '"';
    out += name;
    out += '"';
}

void appendJsonTime(QByteArray &out, const QDateTime &t)
{
    if (!t.isValid()) {
        out += "null";
        return;
    }
    out += '"';
    DeviceListWriter::appendIsoTime(out, t);
    out += '"';
}

// JSON
// --------------------------------------------------------------------------------------------------------------

class JsonListWriter final : public DeviceListWriter
{
public:
    void add(const Device &device, QByteArray &out) override
    {
        out += m_count == 0 ? "[\n" : ",\n";
        JsonWriter::appendIndent(out, 1);
        appendDeviceJson(out, device, 1);
        ++m_count;
    }
    void finish(QByteArray &out) override { out += m_count == 0 ? "[\n]\n" : "\n]\n"; }

private:
    qint64 m_count = 0;
};

// JSON lines (devices find)
// --------------------------------------------------------------------------------------------------------------

class JsonLinesWriter final : public DeviceListWriter
{
public:
    explicit JsonLinesWriter(bool tenantMember)
        : m_tenantMember(tenantMember)
    {}
    void add(const Device &device, QByteArray &out) override
    {
        QJsonObject object = devices::DeviceJson::toJson(device);
        if (m_tenantMember)
            object.insert(QStringLiteral("tenant"), m_tenant);
        JsonWriter::appendDocument(out, object, JsonWriter::Layout::Compact);
        out += '\n';
    }
    void finish(QByteArray &) override {}

private:
    bool m_tenantMember;
};

// CSV
// ---------------------------------------------------------------------------------------------------------------

class CsvListWriter final : public DeviceListWriter
{
public:
    void add(const Device &device, QByteArray &out) override
    {
        header(out);
        appendDeviceCsv(out, device);
    }
    void finish(QByteArray &out) override { header(out); }

private:
    void header(QByteArray &out)
    {
        if (m_started)
            return;
        m_started = true;
        const QList<QByteArray> &columns = csvColumns();
        for (qsizetype i = 0; i < columns.size(); ++i) {
            if (i > 0)
                out += ',';
            out += columns.at(i);
        }
        out += '\n';
    }

    bool m_started = false;
};

// Table
// -------------------------------------------------------------------------------------------------------------

constexpr int kColumns = 8; ///< the Tenant column, then devices list's seven
using Row = std::array<QString, kColumns>;

class TableListWriter final : public DeviceListWriter
{
public:
    explicit TableListWriter(bool tenantColumn)
        : m_header(QStringList{DeviceListWriter::tr("TENANT")} + CtlFormat::devicesTableHeader())
        , m_first(tenantColumn ? 0 : 1)
    {
        for (int i = 0; i < int(m_ownership.size()); ++i)
            m_ownership[i] = devices::displayText(devices::Ownership(i));
        m_held.reserve(HeldRows);
    }

    void add(const Device &device, QByteArray &out) override
    {
        Row row = rowOf(device);
        if (!m_measured) {
            m_held.push_back(std::move(row));
            if (int(m_held.size()) >= HeldRows)
                release(out);
            return;
        }
        appendRow(out, row);
    }

    void finish(QByteArray &out) override
    {
        if (!m_measured)
            release(out);
    }

    void releaseHeld(QByteArray &out) override
    {
        if (!m_measured && !m_held.empty())
            release(out);
    }

private:
    Row rowOf(const Device &d) const
    {
        const int ownership = int(d.ownership);
        return {m_tenant,
                CtlFormat::orDash(d.deviceName),
                CtlFormat::platformText(d),
                ownership >= 0 && ownership < int(m_ownership.size()) ? m_ownership[ownership]
                                                                      : devices::displayText(d.ownership),
                CtlFormat::orDash(d.userPrincipalName),
                CtlFormat::orDash(d.serialNumber),
                CtlFormat::time(d.lastSyncDateTime),
                d.id};
    }

    /** Fixes the widths from the header and the rows held so far, and writes them all. */
    void release(QByteArray &out)
    {
        m_measured = true;
        for (int c = m_first; c < kColumns; ++c)
            m_widths[c] = m_header.value(c).size();
        for (const Row &r : m_held) {
            for (int c = m_first; c < kColumns; ++c)
                m_widths[c] = std::max(m_widths[c], r[c].size());
        }
        Row header;
        for (int c = 0; c < kColumns; ++c)
            header[c] = m_header.value(c);
        appendRow(out, header);
        for (const Row &r : m_held)
            appendRow(out, r);
        m_held.clear();
        m_held.shrink_to_fit();
    }

    void appendRow(QByteArray &out, const Row &row) const
    {
        for (int c = m_first; c < kColumns; ++c) {
            const QString &cell = row[c];
            if (c + 1 == kColumns) { // the last column is ragged, never cut
                appendText(out, cell, Controls::ReplaceAll);
                break;
            }
            const qsizetype width = m_widths[c];
            if (cell.size() <= width) {
                appendText(out, cell, Controls::ReplaceAll);
                out.append(width - cell.size() + 2, ' ');
            } else {
                // Wider than the column measured on the first rows: cut, without splitting a surrogate pair.
                qsizetype keep = std::max<qsizetype>(width - 1, 0);
                if (keep > 0 && cell.at(keep - 1).isHighSurrogate())
                    --keep;
                appendText(out, QStringView(cell).first(keep), Controls::ReplaceAll);
                appendText(out, u"\u2026", Controls::ReplaceAll);
                out.append(width - keep - 1 + 2, ' ');
            }
        }
        out += '\n';
    }

    const QStringList m_header;
    const int m_first; ///< 0 with the Tenant column, else 1
    std::array<QString, int(devices::Ownership::Personal) + 1> m_ownership;
    std::vector<Row> m_held;
    std::array<qsizetype, kColumns> m_widths{};
    bool m_measured = false;
};

} // namespace

std::unique_ptr<DeviceListWriter> DeviceListWriter::create(Format format, bool tenantColumn)
{
    switch (format) {
    case Format::Json:
        return std::make_unique<JsonListWriter>();
    case Format::Csv:
        return std::make_unique<CsvListWriter>();
    case Format::JsonLines:
        return std::make_unique<JsonLinesWriter>(tenantColumn);
    case Format::Table:
        return std::make_unique<TableListWriter>(tenantColumn);
    }
    return nullptr;
}

const QList<QByteArray> &DeviceListWriter::csvColumns()
{
    static const QList<QByteArray> columns{
        "id",
        "deviceName",
        "operatingSystem",
        "osVersion",
        "managedDeviceOwnerType",
        "deviceEnrollmentType",
        "managementState",
        "complianceState",
        "joinType",
        "deviceType",
        "userPrincipalName",
        "userDisplayName",
        "serialNumber",
        "imei",
        "model",
        "manufacturer",
        "lastSyncDateTime",
        "enrolledDateTime",
    };
    return columns;
}

void DeviceListWriter::appendIsoTime(QByteArray &out, const QDateTime &t)
{
    const qint64 msecs = t.isValid() && t.timeSpec() == Qt::UTC ? t.toMSecsSinceEpoch() : 0;
    // 0001-01-01 .. 9999-12-31 in UTC: written here (the list's hot path); anything else as Qt writes it.
    constexpr qint64 kFirst = -62135596800000LL;
    constexpr qint64 kLast = 253402300799999LL;
    if (!t.isValid() || t.timeSpec() != Qt::UTC || msecs < kFirst || msecs > kLast) {
        out += t.toString(Qt::ISODate).toLatin1();
        return;
    }
    const qint64 secs = msecs >= 0 ? msecs / 1000 : (msecs - 999) / 1000;
    qint64 days = secs >= 0 ? secs / 86400 : (secs - 86399) / 86400;
    const qint64 inDay = secs - days * 86400;
    // Civil date from days since 1970-01-01 (H. Hinnant's algorithm).
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int day = int(doy - (153 * mp + 2) / 5 + 1);
    const int month = int(mp < 10 ? mp + 3 : mp - 9);
    const int year = int(yoe + era * 400 + (month <= 2 ? 1 : 0));
    char text[20];
    const auto two = [](char *p, int v) {
        p[0] = char('0' + v / 10);
        p[1] = char('0' + v % 10);
    };
    two(text, year / 100);
    two(text + 2, year % 100);
    text[4] = '-';
    two(text + 5, month);
    text[7] = '-';
    two(text + 8, day);
    text[10] = 'T';
    two(text + 11, int(inDay / 3600));
    text[13] = ':';
    two(text + 14, int(inDay / 60 % 60));
    text[16] = ':';
    two(text + 17, int(inDay % 60));
    text[19] = 'Z';
    out.append(text, sizeof text);
}

void DeviceListWriter::appendDeviceJson(QByteArray &out, const Device &d, int level)
{
    // DeviceJson::toJson's members in QJsonObject's order (sorted by key); the test compares the two.
    const auto member = [&out, level](const char *key) {
        JsonWriter::appendIndent(out, level + 1);
        out += '"';
        out += key;
        out += "\": ";
    };
    const auto next = [&out] {
        out += ",\n";
    };
    out += "{\n";
    if (d.azureADRegistered) {
        member("azureADRegistered");
        out += *d.azureADRegistered ? "true" : "false";
        next();
    }
    member("complianceState");
    appendJsonName(out, graphName(d.compliance));
    next();
    member("deviceEnrollmentType");
    if (d.enrollmentType == devices::EnrollmentType::Other)
        appendJsonString(out, d.enrollmentTypeRaw);
    else
        appendJsonName(out, graphName(d.enrollmentType));
    next();
    member("deviceName");
    appendJsonText(out, d.deviceName);
    next();
    if (!d.deviceType.isEmpty()) {
        member("deviceType");
        appendJsonString(out, d.deviceType);
        next();
    }
    member("enrolledDateTime");
    appendJsonTime(out, d.enrolledDateTime);
    next();
    member("id");
    appendJsonString(out, d.id);
    next();
    member("imei");
    appendJsonText(out, d.imei);
    next();
    if (d.joinType != devices::JoinType::NotReported) {
        member("joinType");
        appendJsonName(out, graphName(d.joinType));
        next();
    }
    member("lastSyncDateTime");
    appendJsonTime(out, d.lastSyncDateTime);
    next();
    member("managedDeviceOwnerType");
    appendJsonName(out, graphName(d.ownership));
    next();
    member("managementAgent");
    appendJsonText(out, d.managementAgent);
    next();
    member("managementState");
    if (d.managementState == devices::ManagementState::Other)
        appendJsonString(out, d.managementStateRaw);
    else
        appendJsonName(out, graphName(d.managementState));
    next();
    member("manufacturer");
    appendJsonText(out, d.manufacturer);
    next();
    member("model");
    appendJsonText(out, d.model);
    next();
    member("operatingSystem");
    appendJsonText(out, d.operatingSystem);
    next();
    member("osVersion");
    appendJsonText(out, d.osVersion);
    next();
    member("phoneNumber");
    appendJsonText(out, d.phoneNumber);
    next();
    member("serialNumber");
    appendJsonText(out, d.serialNumber);
    next();
    member("userDisplayName");
    appendJsonText(out, d.userDisplayName);
    next();
    member("userPrincipalName");
    appendJsonText(out, d.userPrincipalName);
    out += '\n';
    JsonWriter::appendIndent(out, level);
    out += '}';
}

void DeviceListWriter::appendCsvField(QByteArray &out, QStringView text)
{
    // Most fields need nothing (CsvWriter::field() would return them as they are): written without a copy.
    bool plain = !CsvWriter::looksLikeFormula(text) &&
                 (text.isEmpty() || (!text.front().isSpace() && !text.back().isSpace()));
    for (qsizetype i = 0; plain && i < text.size(); ++i) {
        const char16_t u = text[i].unicode();
        plain = u != u',' && u != u'"' && u != u'\n' && u != u'\r';
    }
    if (plain)
        appendText(out, text, Controls::KeepLineBreaks);
    else // the project's one CSV rule: formulas neutralised, RFC 4180 quoting
        appendText(out, CsvWriter::field(text.toString()), Controls::KeepLineBreaks);
}

void DeviceListWriter::appendDeviceCsv(QByteArray &out, const Device &d)
{
    const auto text = [&out](QStringView s) {
        appendCsvField(out, s);
        out += ',';
    };
    const auto name = [&out](QByteArrayView s) {
        out += s; // Graph enum names: plain identifiers, never quoted
        out += ',';
    };
    const auto time = [&out](const QDateTime &t) {
        if (t.isValid())
            appendIsoTime(out, t);
    };
    text(d.id);
    text(d.deviceName);
    text(d.operatingSystem);
    text(d.osVersion);
    name(graphName(d.ownership));
    if (d.enrollmentType == devices::EnrollmentType::Other)
        text(d.enrollmentTypeRaw);
    else
        name(graphName(d.enrollmentType));
    if (d.managementState == devices::ManagementState::Other)
        text(d.managementStateRaw);
    else
        name(graphName(d.managementState));
    name(graphName(d.compliance));
    name(d.joinType == devices::JoinType::NotReported ? QByteArrayView() : graphName(d.joinType));
    text(d.deviceType);
    text(d.userPrincipalName);
    text(d.userDisplayName);
    text(d.serialNumber);
    text(d.imei);
    text(d.model);
    text(d.manufacturer);
    time(d.lastSyncDateTime);
    out += ',';
    time(d.enrolledDateTime);
    out += '\n';
}

} // namespace passcode::ctl
