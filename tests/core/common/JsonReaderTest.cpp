// SPDX-License-Identifier: GPL-3.0-or-later
// JsonReader: the raw-body mode's reader (GraphClient's structural check, DeviceJson's fast path).
#include "core/common/JsonReader.h"

#include <gtest/gtest.h>

#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>
#include <utility>

using namespace passcode;

namespace {

/** Whether JsonReader accepts @p text as one complete JSON value. */
bool readerAccepts(const QByteArray &text)
{
    JsonReader reader(text);
    return reader.skipValue() && reader.atEnd();
}

/** Whether Qt accepts @p text (a top-level object or array). */
bool qtAccepts(const QByteArray &text)
{
    QJsonParseError error{};
    QJsonDocument::fromJson(text, &error);
    return error.error == QJsonParseError::NoError;
}

} // namespace

TEST(common_JsonReader, AgreesWithQJsonDocumentOnValidAndInvalidText)
{
    const char *cases[] = {
        R"({})",
        R"([])",
        R"({"a":1,"b":[true,false,null],"c":{"d":"e"}})",
        R"( [ -0 , 0.5 , 1e5 , -2.5E-3 , 123456789012 ] )",
        R"(["\"\\\/\b\f\n\r\t\u00e9\uD83D\uDE00"])",
        R"([[[[[]]]]])",
        R"({"a":1,})",
        R"([1,])",
        R"([,1])",
        R"({"a" 1})",
        R"({a:1})",
        R"([01])",
        R"([-])",
        R"([1e])",
        R"([tru])",
        R"([nul])",
        R"(["\u12G4"])",
        R"(["open)",
        R"([1 2])",
        R"({"a":1}})",
        R"({"a":1} x)",
        R"([)",
        R"({"a":[1,2})",
        R"({"a":{"b":1]})",
    };
    for (const char *text : cases)
        EXPECT_EQ(readerAccepts(QByteArray(text)), qtAccepts(QByteArray(text))) << text;
    // Where Qt 6.4 is lenient, the reader follows RFC 8259 (Graph never writes these).
    for (const char *text : {R"([1.])", R"([.5])", R"(["\x"])"})
        EXPECT_FALSE(readerAccepts(QByteArray(text))) << text;
}

TEST(common_JsonReader, DecodesStringsAndSkipsStructures)
{
    JsonReader reader(R"(["a\"b\\c\/d\n\u00e9\ud83d\ude00", {"x":["]", "}"]}, 3])");
    ASSERT_TRUE(reader.beginArray());
    bool first = true;
    ASSERT_TRUE(reader.nextElement(first));
    QByteArrayView raw;
    bool escaped = false;
    ASSERT_TRUE(reader.readString(&raw, &escaped));
    EXPECT_TRUE(escaped);
    EXPECT_EQ(JsonReader::decodeString(raw, escaped),
              QString::fromUtf8("a\"b\\c/d\n\xC3\xA9\xF0\x9F\x98\x80"));
    ASSERT_TRUE(reader.nextElement(first));
    qsizetype children = -1;
    ASSERT_TRUE(reader.skipStructure(&children)); // brackets inside strings do not count
    EXPECT_EQ(children, 1);
    ASSERT_TRUE(reader.nextElement(first));
    double number = 0;
    ASSERT_TRUE(reader.readNumber(&number));
    EXPECT_EQ(number, 3.0);
    EXPECT_FALSE(reader.nextElement(first));
    EXPECT_TRUE(reader.ok());
    EXPECT_TRUE(reader.atEnd());
}

TEST(common_JsonReader, NumbersOutOfRangeBecomeZeroOrInfinity)
{
    for (const auto &[text, expected] :
         {std::pair{"1e-400", 0.0}, std::pair{"-2E-999", 0.0}, std::pair{"1e400", HUGE_VAL},
          std::pair{"-1e400", -HUGE_VAL}, std::pair{"12.5e1", 125.0}}) {
        JsonReader reader{QByteArrayView(text)};
        double value = -1;
        ASSERT_TRUE(reader.readNumber(&value)) << text;
        EXPECT_EQ(value, expected) << text;
    }
}

TEST(common_JsonReader, SkipStructureCatchesTruncationAndMismatch)
{
    for (const char *text : {R"([{"a":"b"})", R"([{"a":"b]}])", R"([{"a":"b\"}])", R"([}])", R"({"a":[}])"}) {
        JsonReader reader{QByteArrayView(text)};
        EXPECT_FALSE(reader.skipStructure()) << text;
        EXPECT_NE(reader.error().error, QJsonParseError::NoError) << text;
    }
    const QByteArray nested =
        QByteArray(JsonReader::MaxDepth + 1, '[') + QByteArray(JsonReader::MaxDepth + 1, ']');
    JsonReader deep(nested);
    EXPECT_FALSE(deep.skipStructure());
    EXPECT_EQ(deep.error().error, QJsonParseError::DeepNesting);
}
