// SPDX-License-Identifier: GPL-3.0-or-later
// Bulk runs end to end against the sandbox over 127.0.0.1 (tests/integration/engine's harness): the plan on
// fresh reads, sending under the engine's write budget with the sandbox's throttling at a small scale and a
// one-second window, faults that must never cause a second action, pause/resume/cancel, a journal that
// cannot be written, and a run resumed from its RunStore file. Counted with the sandbox's remoteActionAudits.
#include "core/actions/BulkRun.h"
#include "EngineHarness.h"
#include "core/actions/BulkPlanner.h"
#include "core/actions/RunStore.h"
#include "core/graph/WriteBudget.h"
#include "core/rbac/PermissionCheck.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QUuid>

using namespace passcode;
using namespace passcode::itest;
using namespace passcode::actions;

namespace {

struct BulkEngineOptions
{
    int maxWrites = 15;
    qint64 windowMs = 1000;
    double serverDelayScale = 1.0; // Retry-After honoured as sent: the sandbox's windows are short
};

class engine_BulkRun : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        sandbox::SandboxOptions o;
        o.devices = 6000;
        o.seed = 23;
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
        throttle(0.1); // per app: 20 writes, 200 requests per second
    }
    void TearDown() override
    {
        owner.reset();
        s_sandbox->resetFaults();
        throttle(0);
    }

    static void throttle(double scale, qint64 windowMs = 1000)
    {
        s_sandbox->call(
            "POST", QStringLiteral("/sandbox/throttle"),
            QJsonObject{{QStringLiteral("scale"), scale}, {QStringLiteral("windowMs"), double(windowMs)}});
    }
    static qint64 refusedWrites()
    {
        return s_sandbox->state().value(u"throttling").toObject().value(u"refusedWrites").toInteger();
    }

    QString journalPath() const { return dir.filePath(QStringLiteral("journal.json")); }

    engine::TenantEngine &open(const BulkEngineOptions &bulk = {})
    {
        engine::EngineOptions options;
        options.journalPath = journalPath();
        options.resumeJournal = false;
        graph::GraphClient::Options fast = fastClientOptions(s_sandbox->baseUrl());
        fast.retry.serverDelayScale = bulk.serverDelayScale;
        fast.retry.maxAttempts = 20;
        options.retry = fast.retry;
        options.requestTimeoutMs = fast.defaultTimeoutMs;
        // Polls are reads: slow enough here not to fill the sandbox's per-app window of all requests.
        actions::PollPolicy polls = fastPollPolicy();
        polls.firstDelayMs = 2000;
        polls.maxDelayMs = 4000;
        polls.coalesceMs = 500;
        polls.unknownGiveUpMs = 30000;
        options.pollPolicy = polls;
        options.maxWrites = bulk.maxWrites;
        options.writeWindowMs = bulk.windowMs;
        const Result<engine::TenantTarget> target =
            engine::TenantTarget::endpoint(s_sandbox->baseUrl(), s_sandbox->token());
        EXPECT_TRUE(target.hasValue());
        owner = std::make_unique<engine::TenantEngine>(*target, options);
        bool done = false;
        QObject::connect(owner.get(), &engine::TenantEngine::opened, owner.get(), [&done] { done = true; });
        owner->open();
        EXPECT_TRUE(waitUntil([&] { return done; }));
        owner->setInitiator(s_sandbox->host().defaultUpn());
        return *owner;
    }

    /** Online, managed devices of @p row that no test used yet. */
    static QStringList devicesOf(int row, int wanted)
    {
        QStringList out;
        for (const QJsonValue &v : s_sandbox->devicesOfRow(row, 1000)) {
            const QJsonObject facts = v.toObject();
            const QString id = facts.value(u"id").toString();
            if (s_used.contains(id) || facts.value(u"connectivity").toString() != u"online" ||
                facts.value(u"managementState").toString() != u"managed")
                continue;
            s_used.insert(id);
            out.append(id);
            if (out.size() >= wanted)
                break;
        }
        return out;
    }

    /** @p wanted devices whose platform calls for Reset passcode (Android rows 11, 13, 12, 14), unused. */
    static QStringList resettable(int wanted)
    {
        QStringList out;
        for (int row : {11, 13, 12, 14}) {
            out += devicesOf(row, wanted - int(out.size()));
            if (out.size() >= wanted)
                break;
        }
        return out;
    }

    /** A device of @p row whose management state blocks passcode actions (retire, wipe, delete). */
    static QString leavingDevice(int row)
    {
        static const QStringList blocking = {QStringLiteral("retireIssued"), QStringLiteral("retirePending"),
                                             QStringLiteral("wipeIssued"), QStringLiteral("wipePending"),
                                             QStringLiteral("deletePending")};
        for (const QJsonValue &v : s_sandbox->devicesOfRow(row, 4000)) {
            const QJsonObject facts = v.toObject();
            if (blocking.contains(facts.value(u"managementState").toString()) &&
                !s_used.contains(facts.value(u"id").toString())) {
                s_used.insert(facts.value(u"id").toString());
                return facts.value(u"id").toString();
            }
        }
        return {};
    }

    /** Reads a device by id through the engine's service. */
    static std::optional<devices::Device> fetch(engine::TenantEngine &engine, const QString &id)
    {
        std::optional<devices::Device> found;
        bool failed = false;
        QObject context;
        QObject::connect(&engine.service(), &ActionService::deviceFetched, &context,
                         [&](const devices::Device &d) {
                             if (d.id == id)
                                 found = d;
                         });
        QObject::connect(&engine.service(), &ActionService::deviceFetchFailed, &context,
                         [&](const QString &d, const Error &) { failed = failed || d == id; });
        engine.service().fetchDevice(id);
        waitUntil([&] { return found.has_value() || failed; });
        return found;
    }

    /** resetPasscode/recoverPasscode audit rows per device. */
    static QHash<QString, int> auditCounts()
    {
        QHash<QString, int> counts;
        for (const QJsonValue &v : s_sandbox->audits()) {
            const QJsonObject o = v.toObject();
            const QString action = o.value(u"action").toString();
            if (action == u"resetPasscode" || action == u"recoverPasscode")
                ++counts[o.value(u"managedDeviceId").toString()];
        }
        return counts;
    }

    BulkPlan plan(engine::TenantEngine &engine, const QStringList &ids)
    {
        BulkPlanner *planner = engine.createPlanner();
        std::optional<BulkPlan> out;
        QObject::connect(planner, &BulkPlanner::finished, planner, [&](const BulkPlan &p) { out = p; });
        planner->plan(ids);
        EXPECT_TRUE(waitUntil([&] { return out.has_value(); }, 30000));
        planner->deleteLater();
        return out.value_or(BulkPlan{});
    }

    BulkRun *createRun(engine::TenantEngine &engine, const BulkPlan &p)
    {
        Result<BulkRun *> run = engine.createRun(p, QStringLiteral("INC-1100"));
        EXPECT_TRUE(run.hasValue());
        return run.hasValue() ? run.value() : nullptr;
    }

    /** Every planned device has exactly one more action in the sandbox; every skipped one none. */
    static void expectExactlyOnce(const BulkPlan &p, const QHash<QString, int> &before,
                                  const QSet<QString> &notSent = {})
    {
        const QHash<QString, int> after = auditCounts();
        for (const PlanItem &item : p.items) {
            const int added = after.value(item.deviceId) - before.value(item.deviceId);
            const int expected = item.eligible() && !notSent.contains(item.deviceId) ? 1 : 0;
            EXPECT_EQ(added, expected)
                << item.deviceId.toStdString() << " " << stableName(item.skip).toStdString();
        }
    }

    static int sentCount(const BulkRun &run)
    {
        return int(std::count_if(run.items().cbegin(), run.items().cend(),
                                 [](const BulkRunItem &i) { return i.sent; }));
    }

    static SandboxFixture *s_sandbox;
    static QSet<QString> s_used;
    QTemporaryDir dir;
    std::unique_ptr<engine::TenantEngine> owner;
};

SandboxFixture *engine_BulkRun::s_sandbox = nullptr;
QSet<QString> engine_BulkRun::s_used;

} // namespace

TEST_F(engine_BulkRun, ThePlanGivesEachDeviceItsVerdictOnFreshReads)
{
    engine::TenantEngine &engine = open();
    QStringList kiosks = devicesOf(11, 2);        // Android dedicated: Reset passcode
    const QStringList iphones = devicesOf(1, 2);  // iOS/iPadOS: Remove passcode
    const QStringList desktops = devicesOf(4, 2); // Windows desktop: none
    kiosks.append(leavingDevice(11));             // retire or wipe issued
    ASSERT_EQ(kiosks.size(), 3);
    ASSERT_FALSE(kiosks.last().isEmpty());
    ASSERT_EQ(iphones.size(), 2);
    ASSERT_EQ(desktops.size(), 2);
    // One kiosk with an action already under way.
    ASSERT_FALSE(engine.service().send(*fetch(engine, kiosks.at(1)), RemoteAction::ResetPasscode,
                                       QStringLiteral("INC-0")));
    ASSERT_TRUE(waitUntil([&] {
        return engine.tracker().find(ActionKey{kiosks.at(1), RemoteAction::ResetPasscode})->state ==
               ActionState::Accepted;
    }));
    const QString unknownId = QUuid::createUuid().toString(QUuid::WithoutBraces);

    const BulkPlan p = plan(engine, kiosks + iphones + desktops + QStringList{unknownId, kiosks.at(0)});
    ASSERT_EQ(p.items.size(), 8); // the duplicate is planned once
    EXPECT_EQ(p.items.at(0).action, RemoteAction::ResetPasscode);
    EXPECT_TRUE(p.items.at(0).eligible());
    EXPECT_EQ(p.items.at(1).skip, SkipReason::AlreadyPending);
    EXPECT_EQ(p.items.at(2).skip, SkipReason::RetireWipeIssued);
    EXPECT_EQ(p.items.at(3).action, RemoteAction::RemovePasscode);
    EXPECT_TRUE(p.items.at(3).eligible());
    EXPECT_EQ(p.items.at(5).skip, SkipReason::NotEligible);
    EXPECT_EQ(p.items.at(7).skip, SkipReason::NotFound);
    EXPECT_EQ(p.eligibleCount(), 3);
    EXPECT_FALSE(p.items.at(0).deviceName.isEmpty());

    // A run needs a ticket; a plan with nothing eligible is no run.
    EXPECT_FALSE(engine.createRun(p, QStringLiteral("  ")).hasValue());
    BulkPlan none;
    none.items = {p.items.at(1), p.items.at(7)};
    EXPECT_FALSE(engine.createRun(none, QStringLiteral("INC-1")).hasValue());
}

TEST_F(engine_BulkRun, AHundredDevicesEachGetExactlyOneActionWithoutAWrite429)
{
    engine::TenantEngine &engine = open(); // 15 writes per second, the sandbox allows 20
    EXPECT_EQ(engine.client().writeBudget(), &engine.writeBudget());
    QStringList ids = devicesOf(11, 60) + devicesOf(13, 20) + devicesOf(1, 15) + devicesOf(17, 3);
    ids.append(QUuid::createUuid().toString(QUuid::WithoutBraces));
    ASSERT_GE(ids.size(), 95);
    const QHash<QString, int> before = auditCounts();
    throttle(0.1); // empty windows and counters
    const BulkPlan p = plan(engine, ids);
    ASSERT_GE(p.eligibleCount(), 80);

    BulkRun *run = createRun(engine, p);
    ASSERT_TRUE(run);
    QSignalSpy allSent(run, &BulkRun::allSent);
    run->start();
    EXPECT_EQ(run->state(), RunState::Running);
    ASSERT_TRUE(waitUntil([&] { return !allSent.isEmpty(); }, 60000));
    const BulkRunProgress progress = run->progress();
    EXPECT_EQ(progress.total, p.items.size());
    EXPECT_EQ(progress.skipped, p.skippedCount());
    EXPECT_EQ(progress.notSent, 0);
    EXPECT_EQ(progress.sent, 0);
    EXPECT_EQ(progress.unknown, 0);
    EXPECT_EQ(refusedWrites(), 0); // the budget kept the run below the sandbox's limit
    EXPECT_LE(engine.service().sendBatchCount(), (p.eligibleCount() + 14) / 15 + 1);
    expectExactlyOnce(p, before);

    // The run is on disk, ticket and all, without a passcode, and its items follow the tracker.
    const Result<RunRecord> saved = engine.runStore().load(run->id());
    ASSERT_TRUE(saved.hasValue());
    EXPECT_EQ(saved->ticket, QStringLiteral("INC-1100"));
    EXPECT_EQ(saved->unsentCount(), 0);
    EXPECT_FALSE(saved->isInterrupted());
}

TEST_F(engine_BulkRun, SingleActionsAndBulkRunsShareOneBudget)
{
    BulkEngineOptions bulk;
    bulk.maxWrites = 5;
    bulk.windowMs = 1500;
    engine::TenantEngine &engine = open(bulk);
    const QStringList single = resettable(1);
    const QStringList ids = resettable(8);
    ASSERT_EQ(ids.size(), 8);
    const BulkPlan p = plan(engine, ids);
    ASSERT_EQ(p.eligibleCount(), 8);

    ASSERT_FALSE(engine.service().send(*fetch(engine, single.first()), RemoteAction::ResetPasscode,
                                       QStringLiteral("INC-2")));
    EXPECT_EQ(engine.writeBudget().usedInWindow(), 1);
    BulkRun *run = createRun(engine, p);
    run->start();
    // Five writes per window: with one taken by the single action, the run's first batch of five waits.
    EXPECT_EQ(sentCount(*run), 0);
    EXPECT_GT(run->progress().etaMs, 0);
    QSignalSpy allSent(run, &BulkRun::allSent);
    ASSERT_TRUE(waitUntil([&] { return !allSent.isEmpty(); }, 20000));
    EXPECT_EQ(engine.writeBudget().totalTaken(), 9);
    EXPECT_EQ(sentCount(*run), 8);
}

TEST_F(engine_BulkRun, ThrottlingAndFaultsNeverSendAnActionTwice)
{
    BulkEngineOptions bulk;
    bulk.maxWrites = 200; // far above the sandbox's 20 per second: 429s come, and are waited out
    engine::TenantEngine &engine = open(bulk);
    const QStringList ids = resettable(60);
    const QHash<QString, int> before = auditCounts();
    const BulkPlan p = plan(engine, ids);
    ASSERT_GE(p.eligibleCount(), 50);
    throttle(0.1);
    // Batch items answered 500/503/504 (504 processed first), and batch answers lost after processing.
    ASSERT_TRUE(
        s_sandbox->setFaults(QJsonObject{{QStringLiteral("target"), QStringLiteral("re:POST .*Passcode$")},
                                         {QStringLiteral("errorRate"), 0.15},
                                         {QStringLiteral("retryAfterSeconds"), 0.2}}));
    BulkRun *run = createRun(engine, p);
    QSignalSpy allSent(run, &BulkRun::allSent);
    run->start();
    ASSERT_TRUE(waitUntil([&] { return !allSent.isEmpty(); }, 60000));
    EXPECT_GT(s_sandbox->state().value(u"faults").toObject().value(u"injected").toInteger(), 0);
    s_sandbox->resetFaults();
    EXPECT_GT(refusedWrites(), 0);
    // No device got two actions; the accepted ones got exactly one.
    const QHash<QString, int> after = auditCounts();
    int accepted = 0;
    for (const BulkRunItem &item : run->items()) {
        const int added = after.value(item.plan.deviceId) - before.value(item.plan.deviceId);
        EXPECT_LE(added, 1) << item.plan.deviceId.toStdString();
        if (item.status == RunItemStatus::Accepted || item.status == RunItemStatus::Pending ||
            item.status == RunItemStatus::Done) {
            EXPECT_EQ(added, 1) << item.plan.deviceId.toStdString();
            ++accepted;
        }
    }
    EXPECT_GT(accepted, 0);
}

TEST_F(engine_BulkRun, ALostBatchAnswerLeavesItsItemsUnknownNeverResent)
{
    engine::TenantEngine &engine = open();
    const QStringList ids = resettable(30);
    const QHash<QString, int> before = auditCounts();
    const BulkPlan p = plan(engine, ids);
    ASSERT_EQ(p.eligibleCount(), 30);
    ASSERT_TRUE(s_sandbox->setFaults(QJsonObject{{QStringLiteral("target"), QStringLiteral("batch")},
                                                 {QStringLiteral("dropRate"), 1.0},
                                                 {QStringLiteral("maxFaults"), 1}}));
    BulkRun *run = createRun(engine, p);
    QSignalSpy allSent(run, &BulkRun::allSent);
    run->start();
    ASSERT_TRUE(waitUntil([&] { return !allSent.isEmpty(); }, 30000));
    const BulkRunProgress progress = run->progress();
    EXPECT_GE(progress.unknown + progress.pending + progress.done, 1);
    expectExactlyOnce(p, before); // the lost batch was processed: once, and never again
}

TEST_F(engine_BulkRun, PauseStopsSendingResumeGoesOnCancelDropsWhatHasNotLeft)
{
    BulkEngineOptions bulk;
    bulk.maxWrites = 5;
    engine::TenantEngine &engine = open(bulk);
    const QStringList ids = resettable(20);
    const QHash<QString, int> before = auditCounts();
    const BulkPlan p = plan(engine, ids);
    ASSERT_EQ(p.eligibleCount(), 20);
    BulkRun *run = createRun(engine, p);
    QSignalSpy states(run, &BulkRun::stateChanged);
    run->start();
    EXPECT_EQ(sentCount(*run), 5); // the first batch left at once
    run->pause();
    EXPECT_EQ(run->state(), RunState::Paused);
    EXPECT_EQ(run->progress().etaMs, -1);
    QTest::qWait(1500);
    EXPECT_EQ(sentCount(*run), 5);
    run->resume();
    ASSERT_TRUE(waitUntil([&] { return sentCount(*run) >= 10; }, 5000));
    run->cancel();
    EXPECT_EQ(run->state(), RunState::Cancelled);
    const int sent = sentCount(*run);
    QTest::qWait(1500);
    EXPECT_EQ(sentCount(*run), sent);
    const BulkRunProgress progress = run->progress();
    EXPECT_EQ(progress.cancelled, 20 - sent);
    QSet<QString> notSent;
    for (const BulkRunItem &item : run->items())
        if (!item.sent)
            notSent.insert(item.plan.deviceId);
    EXPECT_EQ(notSent.size(), 20 - sent);
    expectExactlyOnce(p, before, notSent);
    EXPECT_EQ(run->retryCandidates().size(), 20 - sent);
    EXPECT_EQ(engine.runStore().load(run->id())->state, RunState::Cancelled);
    EXPECT_GE(states.size(), 4); // running, paused, running, cancelled
}

TEST_F(engine_BulkRun, AJournalThatCannotBeWrittenPausesTheRunAndNothingLeaves)
{
    engine::TenantEngine &engine = open();
    const QStringList ids = resettable(10);
    const QHash<QString, int> before = auditCounts();
    const BulkPlan p = plan(engine, ids);
    ASSERT_EQ(p.eligibleCount(), 10);
    QFile::remove(journalPath());
    ASSERT_TRUE(
        QDir(dir.path()).mkpath(QStringLiteral("journal.json"))); // a folder: the journal is unwritable
    BulkRun *run = createRun(engine, p);
    run->start();
    EXPECT_EQ(run->state(), RunState::Paused);
    EXPECT_FALSE(run->pauseReason().isEmpty());
    EXPECT_EQ(sentCount(*run), 0);
    QTest::qWait(500);
    expectExactlyOnce(p, before, QSet<QString>(ids.cbegin(), ids.cend())); // nothing at all

    ASSERT_TRUE(QDir(journalPath()).removeRecursively());
    QSignalSpy allSent(run, &BulkRun::allSent);
    run->resume();
    ASSERT_TRUE(waitUntil([&] { return !allSent.isEmpty(); }, 20000));
    expectExactlyOnce(p, before);
}

TEST_F(engine_BulkRun, AnInterruptedRunResumesFromItsFileSendingOnlyWhatNeverLeft)
{
    BulkEngineOptions bulk;
    bulk.maxWrites = 5;
    bulk.windowMs = 3000;
    QString runId;
    const QStringList ids = resettable(12);
    const QHash<QString, int> before = auditCounts();
    BulkPlan p;
    {
        engine::TenantEngine &first = open(bulk);
        p = plan(first, ids);
        ASSERT_EQ(p.eligibleCount(), 12);
        BulkRun *run = createRun(first, p);
        runId = run->id();
        run->start();
        ASSERT_EQ(sentCount(*run), 5);
        ASSERT_TRUE(waitUntil([&] { return run->progress().accepted == 5; }, 5000));
        owner.reset(); // the program ends with 7 devices never sent
    }
    engine::TenantEngine &second = open(bulk);
    const QList<RunRecord> interrupted = second.runStore().interrupted();
    ASSERT_EQ(interrupted.size(), 1);
    EXPECT_EQ(interrupted.first().id, runId);
    EXPECT_EQ(interrupted.first().unsentCount(), 7);
    EXPECT_EQ(interrupted.first().ticket, QStringLiteral("INC-1100"));

    Result<BulkRun *> resumed = second.resumeRun(runId);
    ASSERT_TRUE(resumed.hasValue());
    BulkRun *run = resumed.value();
    EXPECT_EQ(run->state(), RunState::Paused);
    EXPECT_EQ(sentCount(*run), 5);
    // What left is followed (polled like any journaled action), never sent again.
    EXPECT_GE(second.service().watchedCount(), 5);
    for (const BulkRunItem &item : run->items()) {
        if (item.sent)
            EXPECT_TRUE(item.status == RunItemStatus::Accepted || item.status == RunItemStatus::Pending ||
                        item.status == RunItemStatus::Unknown || item.status == RunItemStatus::Done)
                << stableName(item.status).toStdString();
        else
            EXPECT_EQ(item.status, RunItemStatus::NotSent);
    }
    QSignalSpy allSent(run, &BulkRun::allSent);
    run->resume(); // a fresh read of the 7, then sent
    ASSERT_TRUE(waitUntil([&] { return !allSent.isEmpty(); }, 20000));
    EXPECT_EQ(sentCount(*run), 12);
    expectExactlyOnce(p, before);
    EXPECT_TRUE(second.runStore().interrupted().isEmpty());
    EXPECT_FALSE(second.resumeRun(QUuid::createUuid().toString()).hasValue());
}

TEST_F(engine_BulkRun, ThePlanSkipsDevicesTheTechniciansRoleMayNotActOn)
{
    engine::TenantEngine &engine = open();
    const QStringList kiosks = devicesOf(11, 1);
    ASSERT_EQ(kiosks.size(), 1);
    // A read-only operator's answer: devices may be read, no remote task.
    const QJsonObject readOnly{
        {QStringLiteral("value"),
         QJsonArray{QJsonObject{{QStringLiteral("resourceActions"),
                                 QJsonArray{QJsonObject{{QStringLiteral("allowedResourceActions"),
                                                         QJsonArray{QStringLiteral(
                                                             "Microsoft.Intune_ManagedDevices_Read")}}}}}}}}};
    engine.permissions().setPermissions(rbac::IntunePermissions::fromGraph(readOnly).value());
    const BulkPlan p = plan(engine, kiosks);
    ASSERT_EQ(p.items.size(), 1);
    EXPECT_EQ(p.items.first().skip, SkipReason::NotEligible);
    EXPECT_EQ(p.items.first().skipText,
              QStringLiteral("Your Intune role does not include Remote tasks › Reset passcode."));
    EXPECT_EQ(p.eligibleCount(), 0);
}
