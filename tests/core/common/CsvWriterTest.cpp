// SPDX-License-Identifier: GPL-3.0-or-later
// core/common/CsvWriter: RFC 4180 quoting, formula neutralisation (OWASP), the two line-end styles.
#include "core/common/CsvWriter.h"

#include <gtest/gtest.h>

using passcode::CsvWriter;

namespace {

TEST(CsvWriter, QuotesOnlyWhatNeedsQuoting)
{
    EXPECT_EQ(CsvWriter::field(QStringLiteral("plain")), QStringLiteral("plain"));
    EXPECT_EQ(CsvWriter::field(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    EXPECT_EQ(CsvWriter::field(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
    EXPECT_EQ(CsvWriter::field(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
    EXPECT_EQ(CsvWriter::field(QStringLiteral(" padded ")), QStringLiteral("\" padded \""));
    EXPECT_EQ(CsvWriter::field(QStringLiteral("Zoé's iPhone")), QStringLiteral("Zoé's iPhone"));
    EXPECT_EQ(CsvWriter::field(QString()), QString());
}

TEST(CsvWriter, NeutralisesEveryFormulaStartOwaspNames)
{
    EXPECT_EQ(CsvWriter::field(QStringLiteral("=HYPERLINK(\"x\")")),
              QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\""));
    EXPECT_EQ(CsvWriter::field(QStringLiteral("=1+1")), QStringLiteral("'=1+1"));
    EXPECT_EQ(CsvWriter::field(QStringLiteral("+1")), QStringLiteral("'+1"));
    EXPECT_EQ(CsvWriter::field(QStringLiteral("-2")), QStringLiteral("'-2"));
    EXPECT_EQ(CsvWriter::field(QStringLiteral("@cmd")), QStringLiteral("'@cmd"));
    // Tab and CR: the apostrophe comes first; CR also needs quotes, a leading tab is an edge space.
    EXPECT_EQ(CsvWriter::field(QStringLiteral("\t=1")), QStringLiteral("'\t=1"));
    EXPECT_EQ(CsvWriter::field(QStringLiteral("\r=1")), QStringLiteral("\"'\r=1\""));
}

TEST(CsvWriter, LeavesHarmlessStartsAlone)
{
    for (const char *text : {"a=b", "1+1", "mail@example.com", "'quoted", "2026-11-01T09:00:00Z"}) {
        SCOPED_TRACE(text);
        EXPECT_FALSE(CsvWriter::looksLikeFormula(QString::fromUtf8(text)));
        EXPECT_EQ(CsvWriter::field(QString::fromUtf8(text)), QString::fromUtf8(text));
    }
    EXPECT_FALSE(CsvWriter::looksLikeFormula(QString()));
    for (const char *text : {"=", "+", "-", "@", "\t", "\r"})
        EXPECT_TRUE(CsvWriter::looksLikeFormula(QString::fromUtf8(text))) << text;
}

TEST(CsvWriter, ADocumentIsUtf8WithBomAndCrlfByDefault)
{
    CsvWriter writer;
    writer.addRecord({QStringLiteral("Zoé"), QStringLiteral("a,b")});
    writer.addRecord({QStringLiteral("x")});
    EXPECT_EQ(writer.data(), QByteArray("\xEF\xBB\xBF"
                                        "Zo\xC3\xA9,\"a,b\"\r\nx\r\n"));
}

TEST(CsvWriter, AStreamDocumentHasLfAndNoBom)
{
    CsvWriter writer(CsvWriter::LineEnd::Lf, false);
    writer.addRecord({QStringLiteral("id"), QStringLiteral("deviceName")});
    writer.addRecord({QStringLiteral("1"), QStringLiteral("=cmd|' /C calc'!A0")});
    EXPECT_EQ(writer.data(), QByteArray("id,deviceName\n1,'=cmd|' /C calc'!A0\n"));
}

TEST(CsvWriter, ARecordIsOneLineWithItsLineEnd)
{
    const QStringList fields{QStringLiteral("a"), QString(), QStringLiteral("-1"), QStringLiteral("b\"c")};
    EXPECT_EQ(CsvWriter::record(fields), QStringLiteral("a,,'-1,\"b\"\"c\"\r\n"));
    EXPECT_EQ(CsvWriter::record(fields, CsvWriter::LineEnd::Lf), QStringLiteral("a,,'-1,\"b\"\"c\"\n"));
    EXPECT_EQ(CsvWriter::record({}), QStringLiteral("\r\n"));
}

} // namespace
