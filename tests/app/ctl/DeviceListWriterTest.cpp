// SPDX-License-Identifier: GPL-3.0-or-later
// app/ctl/DeviceListWriter: `devices list` streamed device by device, in the same bytes as the whole-list
// output it replaced (JSON, CSV, and the table up to DeviceListWriter::HeldRows rows), controls neutralised.
#include "app/ctl/DeviceListWriter.h"
#include "app/ctl/CtlFormat.h"
#include "app/ctl/Output.h"

#include "CtlTestData.h"

#include "core/common/CsvWriter.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

using namespace passcode;
using namespace passcode::ctl;
using devices::Device;

namespace {

QByteArray stream(DeviceListWriter::Format format, const QList<Device> &list)
{
    const std::unique_ptr<DeviceListWriter> writer = DeviceListWriter::create(format);
    QByteArray out;
    for (const Device &d : list) {
        QByteArray page; // as the command does: bytes per page, written in order
        writer->add(d, page);
        out += page;
    }
    writer->finish(out);
    return out;
}

/** The CSV of the whole-list implementation this replaced: DeviceJson::toJson's texts through CsvWriter. */
QByteArray referenceCsv(const QList<Device> &list)
{
    QStringList header;
    for (const QByteArray &c : DeviceListWriter::csvColumns())
        header.append(QString::fromLatin1(c));
    QString out = CsvWriter::record(header, CsvWriter::LineEnd::Lf);
    for (const Device &d : list) {
        const QJsonObject o = devices::DeviceJson::toJson(d);
        QStringList cells;
        for (const QString &c : header)
            cells.append(o.value(c).toString());
        out += CsvWriter::record(cells, CsvWriter::LineEnd::Lf);
    }
    return neutralised(out, Controls::KeepLineBreaks).toUtf8();
}

/** The table of the whole-list implementation: every column as wide as its widest cell. */
QByteArray referenceTable(const QList<Device> &list)
{
    QList<QStringList> rows{CtlFormat::devicesTableHeader()};
    for (const Device &d : list)
        rows.append({CtlFormat::orDash(d.deviceName), CtlFormat::platformText(d),
                     devices::displayText(d.ownership), CtlFormat::orDash(d.userPrincipalName),
                     CtlFormat::orDash(d.serialNumber), CtlFormat::time(d.lastSyncDateTime), d.id});
    QList<qsizetype> widths(7, 0);
    for (const QStringList &r : rows)
        for (int c = 0; c < 7; ++c)
            widths[c] = std::max(widths[c], r.at(c).size());
    QString out;
    for (const QStringList &r : rows) {
        for (int c = 0; c < 7; ++c) {
            const QString cell = neutralised(r.at(c), Controls::ReplaceAll);
            out += c < 6 ? cell.leftJustified(widths[c] + 2) : cell;
        }
        out += u'\n';
    }
    return out.toUtf8();
}

Device simple(int i, const QString &name)
{
    Device d;
    d.id = QStringLiteral("00000000-0000-0000-0000-%1").arg(i, 12, 10, QLatin1Char('0'));
    d.deviceName = name;
    d.operatingSystem = QStringLiteral("Android");
    d.osVersion = QStringLiteral("14");
    d.userPrincipalName = QStringLiteral("user%1@contoso.example").arg(i);
    d.serialNumber = QStringLiteral("SN%1").arg(i);
    d.lastSyncDateTime = QDateTime(QDate(2026, 11, 21), QTime(19, 40, 11), Qt::UTC);
    return d;
}

} // namespace

TEST(ctl_DeviceListWriter, JsonIsTheDocumentQtWroteForTheWholeList)
{
    const QList<Device> list = ctltest::variedDevices(1500, false);
    EXPECT_EQ(stream(DeviceListWriter::Format::Json, list), ctltest::referenceJson(list));
    EXPECT_EQ(stream(DeviceListWriter::Format::Json, {}), ctltest::referenceJson({}));
    EXPECT_EQ(stream(DeviceListWriter::Format::Json, list.mid(0, 1)), ctltest::referenceJson(list.mid(0, 1)));
}

TEST(ctl_DeviceListWriter, JsonWithControlsStaysTheSameValueAndSafe)
{
    const QList<Device> list = ctltest::variedDevices(300, true);
    const QByteArray bytes = stream(DeviceListWriter::Format::Json, list);
    QJsonParseError error{};
    const QJsonDocument back = QJsonDocument::fromJson(bytes, &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    EXPECT_EQ(back, QJsonDocument::fromJson(ctltest::referenceJson(list)));
    for (const char c : bytes)
        EXPECT_TRUE(uchar(c) >= 0x20 || c == '\n') << int(c);
    EXPECT_FALSE(bytes.contains("\xc2\x9b")) << "a C1 CSI written raw";
    EXPECT_FALSE(bytes.contains('\x7f'));
}

TEST(ctl_DeviceListWriter, CsvAsCsvWriterWritesItWithControlsReplaced)
{
    for (const bool hostile : {false, true}) {
        const QList<Device> list = ctltest::variedDevices(500, hostile);
        EXPECT_EQ(stream(DeviceListWriter::Format::Csv, list), referenceCsv(list)) << hostile;
    }
    EXPECT_EQ(stream(DeviceListWriter::Format::Csv, {}), referenceCsv({}));
    QByteArray field;
    DeviceListWriter::appendCsvField(field, u"MacBook Air (M2, 2022) \"13\"");
    EXPECT_EQ(field, R"("MacBook Air (M2, 2022) ""13""")");
    field.clear();
    DeviceListWriter::appendCsvField(field, u"=HYPERLINK(\"http://x\")");
    EXPECT_EQ(field, R"csv("'=HYPERLINK(""http://x"")")csv") << "a formula is shown as text";
    field.clear();
    DeviceListWriter::appendCsvField(field, u"@SUM");
    EXPECT_EQ(field, "'@SUM");
}

TEST(ctl_DeviceListWriter, TableUpToTheHeldRowsIsMeasuredWhole)
{
    for (const bool hostile : {false, true}) {
        const QList<Device> list = ctltest::variedDevices(DeviceListWriter::HeldRows, hostile);
        EXPECT_EQ(stream(DeviceListWriter::Format::Table, list), referenceTable(list)) << hostile;
    }
    EXPECT_EQ(stream(DeviceListWriter::Format::Table, {}), referenceTable({}));
}

TEST(ctl_DeviceListWriter, TableRowsAfterTheHeldOnesKeepTheColumns)
{
    QList<Device> list;
    for (int i = 0; i < DeviceListWriter::HeldRows; ++i)
        list.append(simple(i, QStringLiteral("KIOSK-%1").arg(i)));
    const QString longName = QStringLiteral("A-DEVICE-NAME-FAR-LONGER-THAN-ANY-OF-THE-FIRST-ROWS");
    list.append(simple(5000, longName));
    list.append(simple(5001, QStringLiteral("SHORT")));
    const QStringList lines = QString::fromUtf8(stream(DeviceListWriter::Format::Table, list)).split(u'\n');
    ASSERT_EQ(lines.size(), list.size() + 2); // header, rows, and the empty string after the last '\n'
    const qsizetype idColumn = lines.at(1).indexOf(list.at(0).id);
    ASSERT_GT(idColumn, 0);
    for (qsizetype i = 1; i <= list.size(); ++i)
        EXPECT_EQ(lines.at(i).indexOf(list.at(i - 1).id), idColumn) << lines.at(i).toStdString();
    const QString cut = lines.at(list.size() - 1);
    EXPECT_FALSE(cut.contains(longName));
    EXPECT_TRUE(cut.startsWith(longName.left(8) + QChar(0x2026))) << cut.toStdString(); // "KIOSK-999" wide
    EXPECT_TRUE(cut.contains(QChar(0x2026))) << "a cut cell ends with an ellipsis";
    EXPECT_TRUE(lines.at(list.size()).startsWith(QStringLiteral("SHORT ")));
}

TEST(ctl_DeviceListWriter, TableNeverCutsASurrogatePair)
{
    QList<Device> list{simple(1, QStringLiteral("ABCDE"))};
    for (int i = 1; i < DeviceListWriter::HeldRows; ++i)
        list.append(simple(i + 1, QStringLiteral("ABCDE")));
    list.append(simple(9999, QStringLiteral("ABC\U0001F4F1\U0001F4F1")));
    const QByteArray bytes = stream(DeviceListWriter::Format::Table, list);
    const QString text = QString::fromUtf8(bytes);
    EXPECT_EQ(text.toUtf8(), bytes) << "not valid UTF-8";
    EXPECT_TRUE(text.contains(QStringLiteral("ABC\u2026 "))) << "cut before the pair";
}

TEST(ctl_DeviceListWriter, IsoTimesAsQtWritesThem)
{
    QRandomGenerator rng(3);
    QList<QDateTime> times{QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC),
                           QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC),
                           QDateTime(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC),
                           QDateTime(QDate(1969, 12, 31), QTime(23, 59, 59, 500), Qt::UTC),
                           QDateTime(QDate(2000, 2, 29), QTime(12, 0), Qt::UTC),
                           QDateTime(QDate(2026, 11, 21), QTime(19, 40, 11), Qt::OffsetFromUTC, 3600),
                           QDateTime(QDate(10000, 1, 1), QTime(0, 0), Qt::UTC)};
    for (int i = 0; i < 2000; ++i)
        times.append(QDateTime::fromMSecsSinceEpoch(
            qint64(rng.generate64() % 400000000000000ULL) - 62135596800000LL, Qt::UTC));
    for (const QDateTime &t : times) {
        QByteArray out;
        DeviceListWriter::appendIsoTime(out, t);
        EXPECT_EQ(out, t.toString(Qt::ISODate).toLatin1()) << t.toMSecsSinceEpoch();
    }
}
