// SPDX-License-Identifier: GPL-3.0-or-later
// DeviceDirectoryLoader against the sandbox over 127.0.0.1: many pages, faults, malformed and truncated
// bodies.
#include "EngineHarness.h"
#include "core/devices/DeviceDirectory.h"
#include "core/devices/DeviceDirectoryLoader.h"

#include <gtest/gtest.h>

#include <QSet>

using namespace passcode;
using namespace passcode::itest;
using devices::DeviceDirectory;

namespace {

class engine_Loader : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        sandbox::SandboxOptions o;
        o.devices = 2345;
        o.seed = 7;
        o.throttleScale = 0;
        s_sandbox = new SandboxFixture(o);
        QString error;
        ASSERT_TRUE(s_sandbox->start(&error)) << error.toStdString();
    }
    static void TearDownTestSuite()
    {
        delete s_sandbox;
        s_sandbox = nullptr;
    }
    void SetUp() override
    {
        s_sandbox->resetFaults();
        engine = std::make_unique<Engine>(*s_sandbox, dir.filePath(QStringLiteral("journal.json")));
    }
    void TearDown() override { s_sandbox->resetFaults(); }

    DeviceDirectory::LoadState load(DeviceDirectory &directory, int pageSize, bool offThread = true,
                                    QStringList *problems = nullptr)
    {
        devices::DeviceDirectoryLoader loader(engine->client, directory);
        loader.setPageSize(pageSize);
        loader.setParseOffThread(offThread);
        std::optional<DeviceDirectory::LoadState> state;
        QObject context;
        QObject::connect(&loader, &devices::DeviceDirectoryLoader::finished, &context,
                         [&](DeviceDirectory::LoadState s) { state = s; });
        if (problems)
            QObject::connect(&loader, &devices::DeviceDirectoryLoader::parseProblems, &context,
                             [problems](const QStringList &p) { problems->append(p); });
        loader.refresh();
        EXPECT_TRUE(waitUntil([&] { return state.has_value(); }, 60000));
        return state.value_or(DeviceDirectory::LoadState::Idle);
    }

    static QSet<QString> ids(const DeviceDirectory &d)
    {
        QSet<QString> out;
        for (int i = 0; i < d.count(); ++i)
            out.insert(d.at(i).id);
        return out;
    }

    static SandboxFixture *s_sandbox;
    QTemporaryDir dir;
    std::unique_ptr<Engine> engine;
};

SandboxFixture *engine_Loader::s_sandbox = nullptr;

} // namespace

TEST_F(engine_Loader, ManyPagesEveryDeviceExactlyOnceInOrder)
{
    for (bool offThread : {true, false}) {
        DeviceDirectory directory;
        QList<int> progress;
        QObject context;
        QObject::connect(&directory, &DeviceDirectory::progress, &context,
                         [&](int loaded, qint64) { progress.append(loaded); });
        ASSERT_EQ(load(directory, 100, offThread), DeviceDirectory::LoadState::Complete);
        EXPECT_EQ(directory.count(), 2345);
        EXPECT_EQ(ids(directory).size(), 2345);
        EXPECT_TRUE(std::is_sorted(progress.cbegin(), progress.cend()));
        EXPECT_EQ(progress.last(), 2345);
        EXPECT_GE(progress.size(), 24); // 24 pages of at most 100
        EXPECT_FALSE(directory.lastError().has_value());
        // Every row is a usable device with the list columns.
        int named = 0;
        for (int i = 0; i < directory.count(); ++i)
            named += directory.at(i).deviceName.isEmpty() ? 0 : 1;
        EXPECT_EQ(named, directory.count());
    }
}

TEST_F(engine_Loader, OrderMatchesTheServiceAcrossThreads)
{
    DeviceDirectory a;
    DeviceDirectory b;
    ASSERT_EQ(load(a, 97, true), DeviceDirectory::LoadState::Complete);
    ASSERT_EQ(load(b, 97, false), DeviceDirectory::LoadState::Complete);
    ASSERT_EQ(a.count(), b.count());
    for (int i = 0; i < a.count(); ++i)
        ASSERT_EQ(a.at(i).id, b.at(i).id) << "row " << i;
}

TEST_F(engine_Loader, TransientFaultsOnPagesAreRetriedNothingLost)
{
    for (const char *kind : {"errorRate", "truncateRate", "malformedRate", "dropRate", "intuneErrorRate"}) {
        ASSERT_TRUE(s_sandbox->setFaults(QJsonObject{{QLatin1String(kind), 0.3},
                                                     {QStringLiteral("target"), QStringLiteral("list")},
                                                     {QStringLiteral("retryAfterSeconds"), 0.1}}));
        DeviceDirectory directory;
        const auto state = load(directory, 150);
        EXPECT_EQ(state, DeviceDirectory::LoadState::Complete) << kind;
        EXPECT_EQ(directory.count(), 2345) << kind;
        EXPECT_EQ(ids(directory).size(), directory.count()) << kind;
        EXPECT_GT(s_sandbox->state().value(u"faults").toObject().value(u"injected").toInt(), 0) << kind;
        s_sandbox->resetFaults();
    }
}

TEST_F(engine_Loader, APageThatKeepsFailingEndsIncompleteKeepingWhatArrived)
{
    // Page 1 and 2 arrive, then every list request fails: Incomplete, the rows kept, the error kept.
    DeviceDirectory directory;
    devices::DeviceDirectoryLoader loader(engine->client, directory);
    loader.setPageSize(200);
    loader.setParseOffThread(false); // appended before the next page is asked: the fault hits page 3 exactly
    std::optional<DeviceDirectory::LoadState> state;
    QObject context;
    QObject::connect(&loader, &devices::DeviceDirectoryLoader::finished, &context,
                     [&](DeviceDirectory::LoadState s) { state = s; });
    QObject::connect(&directory, &DeviceDirectory::progress, &context, [&](int loaded, qint64) {
        if (loaded == 400)
            s_sandbox->setFaults(QJsonObject{{QStringLiteral("errorRate"), 1.0},
                                             {QStringLiteral("errorStatuses"), QJsonArray{503}},
                                             {QStringLiteral("retryAfterSeconds"), 0.05},
                                             {QStringLiteral("target"), QStringLiteral("list")}});
    });
    loader.refresh();
    ASSERT_TRUE(waitUntil([&] { return state.has_value(); }, 60000));
    EXPECT_EQ(*state, DeviceDirectory::LoadState::Incomplete);
    EXPECT_EQ(directory.loadState(), DeviceDirectory::LoadState::Incomplete);
    EXPECT_EQ(directory.count(), 400);
    ASSERT_TRUE(directory.lastError().has_value());
    EXPECT_FALSE(directory.lastError()->message.isEmpty());
    EXPECT_TRUE(directory.lastError()->kind == Error::Kind::Unavailable ||
                directory.lastError()->kind == Error::Kind::Throttled)
        << Error::kindName(directory.lastError()->kind).toStdString();
}

TEST_F(engine_Loader, IntuneWrappedErrorIsReadable)
{
    s_sandbox->setFaults(QJsonObject{{QStringLiteral("intuneErrorRate"), 1.0},
                                     {QStringLiteral("target"), QStringLiteral("list")}});
    DeviceDirectory directory;
    EXPECT_EQ(load(directory, 500), DeviceDirectory::LoadState::Incomplete);
    ASSERT_TRUE(directory.lastError().has_value());
    const Error e = *directory.lastError();
    EXPECT_FALSE(e.message.isEmpty());
    EXPECT_FALSE(e.message.contains(u'{')) << e.message.toStdString(); // never the raw JSON
    EXPECT_EQ(directory.count(), 0);
}

TEST_F(engine_Loader, CancelKeepsWhatArrivedAndRefreshReplaces)
{
    DeviceDirectory directory;
    devices::DeviceDirectoryLoader loader(engine->client, directory);
    loader.setPageSize(100);
    std::optional<DeviceDirectory::LoadState> state;
    QObject context;
    QObject::connect(&loader, &devices::DeviceDirectoryLoader::finished, &context,
                     [&](DeviceDirectory::LoadState s) { state = s; });
    QObject::connect(&directory, &DeviceDirectory::progress, &context, [&](int loaded, qint64) {
        if (loaded >= 300 && loader.isLoading())
            loader.cancel();
    });
    loader.refresh();
    ASSERT_TRUE(waitUntil([&] { return state.has_value(); }));
    EXPECT_EQ(*state, DeviceDirectory::LoadState::Cancelled);
    EXPECT_GE(directory.count(), 300);
    EXPECT_LT(directory.count(), 2345);
    // A full refresh afterwards replaces the partial list.
    QObject::disconnect(&directory, nullptr, &context, nullptr);
    state.reset();
    loader.refresh();
    ASSERT_TRUE(waitUntil([&] { return state.has_value(); }, 60000));
    EXPECT_EQ(*state, DeviceDirectory::LoadState::Complete);
    EXPECT_EQ(directory.count(), 2345);
    EXPECT_EQ(ids(directory).size(), 2345);
}
