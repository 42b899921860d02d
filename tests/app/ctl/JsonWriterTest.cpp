// SPDX-License-Identifier: GPL-3.0-or-later
// app/ctl/JsonWriter: the --json documents, byte for byte as QJsonDocument lays them out.
#include "app/ctl/JsonWriter.h"

#include "CtlTestData.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <limits>

using namespace passcode::ctl;

namespace {

QByteArray written(const QJsonValue &v, JsonWriter::Layout layout)
{
    QByteArray out;
    JsonWriter::appendDocument(out, v, layout);
    return out;
}

QByteArray qt(const QJsonValue &v, QJsonDocument::JsonFormat format)
{
    return v.isArray() ? QJsonDocument(v.toArray()).toJson(format)
                       : QJsonDocument(v.toObject()).toJson(format);
}

void expectSameAsQt(const QJsonValue &v)
{
    EXPECT_EQ(written(v, JsonWriter::Layout::Indented), qt(v, QJsonDocument::Indented));
    EXPECT_EQ(written(v, JsonWriter::Layout::Compact), qt(v, QJsonDocument::Compact));
}

} // namespace

TEST(ctl_JsonWriter, EmptyDocuments)
{
    expectSameAsQt(QJsonArray());
    expectSameAsQt(QJsonObject());
    EXPECT_EQ(written(QJsonArray(), JsonWriter::Layout::Indented), "[\n]\n");
}

TEST(ctl_JsonWriter, NestedValuesAndNumbers)
{
    const QJsonObject o{
        {QStringLiteral("eligibility"),
         QJsonObject{
             {QStringLiteral("resetPasscode"),
              QJsonObject{{QStringLiteral("allowed"), true},
                          {QStringLiteral("reasons"), QJsonArray()},
                          {QStringLiteral("cautions"), QJsonArray{QStringLiteral("a"), QStringLiteral("b")}},
                          {QStringLiteral("rule"), 11},
                          {QStringLiteral("blocked"), false}}}}},
        {QStringLiteral("passcodeAction"), QJsonValue::Null},
        {QStringLiteral("empty"), QJsonObject()},
        {QStringLiteral("numbers"),
         QJsonArray{0, -1, 1001, 2147483647, qint64(1) << 53, 0.5, -2.25, 1e21, 1e-7, 3.0, 123456789.125,
                    std::numeric_limits<double>::quiet_NaN()}},
        {QStringLiteral("zz last"), QStringLiteral("x")},
        {QStringLiteral("Z upper"), QStringLiteral("sorted by code unit")},
    };
    expectSameAsQt(o);
    expectSameAsQt(QJsonArray{o, o, QJsonArray{QJsonArray()}, QJsonValue::Null, true});
}

TEST(ctl_JsonWriter, StringsAsQtEscapesThem)
{
    QJsonArray texts;
    for (const QString &s : passcode::ctltest::plainTexts())
        texts.append(s);
    expectSameAsQt(texts);
    expectSameAsQt(QJsonObject{{QStringLiteral("key \"quoted\"\n"), QStringLiteral("\x01")}});
}

TEST(ctl_JsonWriter, AWholeDeviceListAsBefore)
{
    QJsonArray array;
    for (const passcode::devices::Device &d : passcode::ctltest::variedDevices(200, false))
        array.append(passcode::devices::DeviceJson::toJson(d));
    expectSameAsQt(array);
}
