// SPDX-License-Identifier: GPL-3.0-or-later
// DeviceLookup: what a typed text asks of Graph, and its answers from the sandbox over 127.0.0.1.
#include "core/devices/DeviceLookup.h"
#include "EngineHarness.h"
#include "core/devices/DeviceDirectory.h"
#include "core/devices/DeviceDirectoryLoader.h"
#include "core/devices/DeviceJson.h"

#include <gtest/gtest.h>

#include <QJsonArray>

using namespace passcode;
using namespace passcode::itest;
using devices::DeviceLookup;
using namespace Qt::StringLiterals;

namespace {

class engine_DeviceLookup : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        sandbox::SandboxOptions o;
        o.devices = 3000;
        o.seed = 11;
        o.throttleScale = 0;
        s_sandbox = new SandboxFixture(o);
        QString error;
        ASSERT_TRUE(s_sandbox->start(&error)) << error.toStdString();
    }
    static void TearDownTestSuite()
    {
        delete s_all;
        s_all = nullptr;
        delete s_sandbox;
        s_sandbox = nullptr;
    }
    void SetUp() override
    {
        s_sandbox->resetFaults();
        engine = std::make_unique<Engine>(*s_sandbox, dir.filePath(u"journal.json"_s));
    }
    void TearDown() override { s_sandbox->resetFaults(); }

    struct Outcome
    {
        QList<devices::Device> devices;
        std::optional<Error> error;
        int batches = 0;
    };
    Outcome run(const QString &text)
    {
        DeviceLookup lookup(engine->client);
        Outcome out;
        bool done = false;
        QObject::connect(&lookup, &DeviceLookup::found, [&](const QList<devices::Device> &d) {
            out.devices += d;
            ++out.batches;
        });
        QObject::connect(&lookup, &DeviceLookup::finished, [&](const std::optional<Error> &e) {
            out.error = e;
            done = true;
        });
        EXPECT_TRUE(lookup.lookup(text));
        EXPECT_TRUE(waitUntil([&] { return done; }));
        return out;
    }
    /** Every device, as a full load reads them (in list order). */
    const devices::DeviceDirectory &all()
    {
        if (!s_all) {
            s_all = new devices::DeviceDirectory;
            devices::DeviceDirectoryLoader loader(engine->client, *s_all);
            bool done = false;
            QObject::connect(&loader, &devices::DeviceDirectoryLoader::finished, [&] { done = true; });
            loader.refresh();
            EXPECT_TRUE(waitUntil([&] { return done; }));
        }
        return *s_all;
    }
    /** A device on the last page of the list. */
    QJsonObject lastDevice() { return devices::DeviceJson::toJson(all().at(all().count() - 1)); }

    static inline SandboxFixture *s_sandbox = nullptr;
    static inline devices::DeviceDirectory *s_all = nullptr;
    QTemporaryDir dir;
    std::unique_ptr<Engine> engine;
};

} // namespace

TEST(devices_DeviceLookupShape, WhatATypedTextLooksLike)
{
    using S = DeviceLookup::Shape;
    EXPECT_EQ(DeviceLookup::shapeOf(u""_s), S::None);
    EXPECT_EQ(DeviceLookup::shapeOf(u"a"_s), S::None);
    EXPECT_EQ(DeviceLookup::shapeOf(u"0b7a3c1e-1111-4a2b-9c3d-0123456789ab"_s), S::Id);
    EXPECT_EQ(DeviceLookup::shapeOf(u" ada@contoso.com "_s), S::Upn);
    EXPECT_EQ(DeviceLookup::shapeOf(u"35 209900 176148 1"_s), S::Digits);
    EXPECT_EQ(DeviceLookup::shapeOf(u"352099001761481"_s), S::Digits);
    EXPECT_EQ(DeviceLookup::shapeOf(u"C02XL0GHJGH5"_s), S::Word);
    EXPECT_EQ(DeviceLookup::shapeOf(u"SCAN-LIL-1712"_s), S::Word);
    EXPECT_EQ(DeviceLookup::shapeOf(u"Ada's iPad"_s), S::Text);
    // Quotes are doubled inside the OData literal: the text can never end the filter early.
    const QList<DeviceLookup::Query> q = DeviceLookup::queriesFor(u"Ada's iPad"_s);
    ASSERT_EQ(q.size(), 1);
    EXPECT_EQ(q.first().filter, u"contains(deviceName,'Ada''s iPad')"_s);
    EXPECT_EQ(DeviceLookup::queriesFor(u"35-209900-176148-1"_s).first().filter,
              u"imei eq '352099001761481'"_s);
}

TEST_F(engine_DeviceLookup, FindsADeviceOnTheLastPageBySerialNameImeiUserAndId)
{
    const QJsonObject d = lastDevice();
    const QString id = d.value(u"id").toString();
    ASSERT_FALSE(id.isEmpty());
    const auto has = [&](const Outcome &o) {
        return std::any_of(o.devices.cbegin(), o.devices.cend(), [&](const auto &x) { return x.id == id; });
    };
    const QString serial = d.value(u"serialNumber").toString();
    if (!serial.isEmpty()) {
        const Outcome bySerial = run(serial.toLower()); // Intune compares case-insensitively
        EXPECT_TRUE(has(bySerial)) << serial.toStdString();
        EXPECT_FALSE(bySerial.error);
    }
    EXPECT_TRUE(has(run(d.value(u"deviceName").toString())));
    EXPECT_TRUE(has(run(id)));
    const QString upn = d.value(u"userPrincipalName").toString();
    if (!upn.isEmpty()) {
        EXPECT_TRUE(has(run(upn)));
    }
    // A device with an IMEI, written as tickets write it.
    bool triedImei = false;
    for (int row = all().count() - 1; row >= 0 && !triedImei; --row) {
        const QString imei = all().at(row).imei;
        if (imei.size() != 15)
            continue;
        const QString spaced = imei.left(2) + u' ' + imei.mid(2, 6) + u' ' + imei.mid(8);
        const Outcome byImei = run(spaced);
        ASSERT_EQ(byImei.devices.size(), 1);
        EXPECT_EQ(byImei.devices.first().id, all().at(row).id);
        triedImei = true;
    }
    EXPECT_TRUE(triedImei);
}

TEST_F(engine_DeviceLookup, AnswersWithoutDuplicatesAndNothingForAnUnknownText)
{
    const QJsonObject d = lastDevice();
    const Outcome o = run(d.value(u"deviceName").toString());
    QSet<QString> ids;
    for (const auto &x : o.devices)
        ids.insert(x.id);
    EXPECT_EQ(ids.size(), o.devices.size());
    const Outcome none = run(u"NO-SUCH-DEVICE-42"_s);
    EXPECT_TRUE(none.devices.isEmpty());
    EXPECT_FALSE(none.error);
    const Outcome unknownId = run(u"0b7a3c1e-1111-4a2b-9c3d-0123456789ab"_s);
    EXPECT_TRUE(unknownId.devices.isEmpty());
    EXPECT_FALSE(unknownId.error); // 404 is an answer
}

TEST_F(engine_DeviceLookup, ReportsAFailureOnlyWhenEveryQueryFailed)
{
    ASSERT_TRUE(s_sandbox->setFaults(QJsonObject{
        {u"errorRate"_s, 1.0}, {u"errorStatuses"_s, QJsonArray{500}}, {u"target"_s, u"graph"_s}}));
    const Outcome o = run(u"SCAN-LIL-1712"_s);
    ASSERT_TRUE(o.error.has_value());
    EXPECT_EQ(o.error->kind, Error::Kind::Unavailable);
}

TEST_F(engine_DeviceLookup, ANewLookupDropsThePreviousAnswers)
{
    DeviceLookup lookup(engine->client);
    QStringList texts;
    int finished = 0;
    QObject::connect(&lookup, &DeviceLookup::found, [&](const QList<devices::Device> &d) {
        for (const auto &x : d)
            texts << x.deviceName;
    });
    QObject::connect(&lookup, &DeviceLookup::finished, [&](const std::optional<Error> &) { ++finished; });
    const QString name = lastDevice().value(u"deviceName").toString();
    lookup.lookup(u"zzzz-first"_s);
    lookup.lookup(name);
    ASSERT_TRUE(waitUntil([&] { return finished > 0 && !lookup.isRunning(); }));
    EXPECT_EQ(finished, 1);
    EXPECT_TRUE(texts.contains(name));
}
