// SPDX-License-Identifier: GPL-3.0-or-later
// app/ctl/Output: UTF-8 output with control characters neutralised, JSON strings, the buffered writer.
#include "app/ctl/Output.h"

#include "CtlTestData.h"

#include <gtest/gtest.h>

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>

using namespace passcode::ctl;

namespace {

QByteArray text(QStringView s, Controls controls)
{
    QByteArray out;
    appendText(out, s, controls);
    return out;
}

QByteArray json(QStringView s)
{
    QByteArray out;
    appendJsonString(out, s);
    return out;
}

/** No byte of @p bytes is a C0 control other than those allowed, nor DEL, nor a UTF-8 encoded C1 control. */
bool terminalSafe(const QByteArray &bytes, QByteArrayView allowed = {})
{
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto b = uchar(bytes.at(i));
        if ((b < 0x20 && !allowed.contains(char(b))) || b == 0x7f)
            return false;
        if (b == 0xc2 && i + 1 < bytes.size() && uchar(bytes.at(i + 1)) >= 0x80 &&
            uchar(bytes.at(i + 1)) < 0xa0)
            return false;
    }
    return true;
}

} // namespace

TEST(ctl_Output, PlainTextIsUtf8)
{
    const QString s = QStringLiteral("iPhone de Ren\u00e9e \u5c0f\u7c73 \U0001F4F1");
    EXPECT_EQ(text(s, Controls::KeepLineBreaks), s.toUtf8());
    EXPECT_EQ(text(s, Controls::ReplaceAll), s.toUtf8());
}

TEST(ctl_Output, ControlsBecomeTheReplacementCharacter)
{
    const QByteArray replacement = QString(QChar(0xfffd)).toUtf8();
    EXPECT_EQ(text(QStringLiteral("a\x1b[31mb"), Controls::ReplaceAll), "a" + replacement + "[31mb");
    EXPECT_EQ(text(QStringLiteral("bell\x07"), Controls::KeepLineBreaks), "bell" + replacement);
    EXPECT_EQ(text(QString(QChar(0x9b)), Controls::KeepLineBreaks), replacement);
    EXPECT_EQ(text(QString(QChar(0x7f)), Controls::KeepLineBreaks), replacement);
    EXPECT_EQ(text(QString(QChar(0xa0)), Controls::ReplaceAll), QString(QChar(0xa0)).toUtf8());
    // Line breaks and tabs: kept in text of several lines, replaced in a cell.
    EXPECT_EQ(text(QStringLiteral("a\nb\tc\rd"), Controls::KeepLineBreaks), "a\nb\tc" + replacement + "d");
    EXPECT_EQ(text(QStringLiteral("a\nb\tc"), Controls::ReplaceAll),
              "a" + replacement + "b" + replacement + "c");
    // A lone surrogate is not valid UTF-8: replaced as well.
    EXPECT_EQ(text(QString(QString(QChar(0xd800)) + u'x'), Controls::ReplaceAll), replacement + "x");
    for (const QString &hostile : passcode::ctltest::hostileTexts()) {
        EXPECT_TRUE(terminalSafe(text(hostile, Controls::ReplaceAll))) << hostile.toStdString();
        EXPECT_TRUE(terminalSafe(text(hostile, Controls::KeepLineBreaks), "\n\t")) << hostile.toStdString();
        EXPECT_EQ(neutralised(hostile, Controls::ReplaceAll).toUtf8(), text(hostile, Controls::ReplaceAll));
    }
}

TEST(ctl_Output, JsonStringsAreWhatQJsonDocumentWrites)
{
    for (const QString &s : passcode::ctltest::plainTexts()) {
        QByteArray expected = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
        expected = expected.mid(1, expected.size() - 2); // without the brackets
        EXPECT_EQ(json(s), expected) << s.toStdString();
    }
    const QString c0 = QStringLiteral("\x01\x1b\x1f\b\f\n\r\t\"\\");
    QByteArray expected = QJsonDocument(QJsonArray{c0}).toJson(QJsonDocument::Compact);
    EXPECT_EQ(json(c0), expected.mid(1, expected.size() - 2));
    EXPECT_EQ(json(c0), R"("\u0001\u001b\u001f\b\f\n\r\t\"\\")");
}

TEST(ctl_Output, JsonEscapesDeleteAndC1ControlsToo)
{
    for (const QString &s : passcode::ctltest::hostileTexts()) {
        const QByteArray bytes = json(s);
        EXPECT_TRUE(terminalSafe(bytes)) << bytes.toStdString();
        // Still the same JSON value.
        const QJsonDocument back = QJsonDocument::fromJson("[" + bytes + "]");
        ASSERT_TRUE(back.isArray()) << bytes.toStdString();
        EXPECT_EQ(back.array().at(0).toString(), s);
    }
    EXPECT_EQ(json(QString(QChar(0x9b))), R"("\u009b")");
    EXPECT_EQ(json(QString(QChar(0x7f))), R"("\u007f")");
}

TEST(ctl_Output, BidirectionalOverridesCannotReorderALine)
{
    // "Trojan Source": U+202E (RIGHT-TO-LEFT OVERRIDE) in a device name would show the rest of the table row
    // or CSV line reversed on the technician's screen.
    const QByteArray replacement = QString(QChar(0xfffd)).toUtf8();
    const QString name = QStringLiteral("SCAN-\u202eTXT.exe");
    EXPECT_EQ(text(name, Controls::ReplaceAll), "SCAN-" + replacement + "TXT.exe");
    EXPECT_EQ(text(name, Controls::KeepLineBreaks), "SCAN-" + replacement + "TXT.exe");
    EXPECT_EQ(neutralised(name, Controls::KeepLineBreaks), QStringLiteral("SCAN-\ufffdTXT.exe"));
    for (char16_t c : {0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069}) {
        EXPECT_EQ(text(QString(QChar(c)), Controls::ReplaceAll), replacement) << int(c);
        const QByteArray escaped = json(QString(QChar(c)));
        EXPECT_TRUE(escaped.startsWith("\"\\u20")) << escaped.toStdString();
        EXPECT_EQ(QJsonDocument::fromJson("[" + escaped + "]").array().at(0).toString(), QString(QChar(c)));
    }
    // Marks that only shape Arabic or Hebrew text, and joiners, stay.
    const QString hebrew = QStringLiteral("\u05d0\u200f\u05d1\u200d");
    EXPECT_EQ(text(hebrew, Controls::ReplaceAll), hebrew.toUtf8());
}

TEST(ctl_Output, BuffersUntilFlushedAndNeutralisesText)
{
    QBuffer device;
    device.open(QIODevice::WriteOnly);
    {
        Output out(&device);
        out << QStringLiteral("name: ") << QStringLiteral("x\x1b[2J") << u'\n';
        EXPECT_TRUE(device.data().isEmpty()) << "written before a flush";
        out.flush();
        EXPECT_EQ(device.data(), QByteArray("name: x\xef\xbf\xbd[2J\n"));
        out.writeBytes("[1]");
    }
    EXPECT_TRUE(device.data().endsWith("[1]")) << "the destructor flushes";
}

TEST(ctl_Output, LargeBlocksGoOutWholeAndInOrder)
{
    QBuffer device;
    device.open(QIODevice::WriteOnly);
    Output out(&device);
    out << QLatin1String("head,");
    const QByteArray block(3 * Output::FlushThreshold, 'x');
    out.writeBytes(block);
    EXPECT_EQ(device.data().size(), 5 + block.size());
    out << QLatin1String(",tail");
    out.flush();
    EXPECT_EQ(device.data(), "head," + block + ",tail");
    EXPECT_FALSE(out.hasError());
}

TEST(ctl_Output, LineBufferedWritesEachLineWhole)
{
    QBuffer device;
    device.open(QIODevice::WriteOnly);
    Output err(&device, true);
    err << QStringLiteral("passcodectl: ") << QStringLiteral("oops");
    EXPECT_TRUE(device.data().isEmpty()) << "half a line written";
    err << u'\n';
    EXPECT_EQ(device.data(), "passcodectl: oops\n");
}

TEST(ctl_Output, AFailedWriteIsReported)
{
    QBuffer device; // not open: every write fails
    Output out(&device);
    out << QStringLiteral("x");
    out.flush();
    EXPECT_TRUE(out.hasError());
}
