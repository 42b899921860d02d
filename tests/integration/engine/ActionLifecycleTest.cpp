// SPDX-License-Identifier: GPL-3.0-or-later
// ActionService against the sandbox over 127.0.0.1: the whole lifecycle for every row of
// ../shared/reference/passcode-support.md, fault switches, throttling, journal resume, the audit feed.
#include "EngineHarness.h"
#include "core/actions/AuditFeed.h"
#include "core/eligibility/PasscodeRules.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QTimer>

using namespace passcode;
using namespace passcode::itest;
using actions::ActionKey;
using actions::ActionState;

namespace {

class engine_ActionLifecycle : public ::testing::Test
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
        delete s_sandbox;
        s_sandbox = nullptr;
    }
    void SetUp() override
    {
        s_sandbox->resetFaults();
        s_sandbox->setThrottleScale(0);
        engine = std::make_unique<Engine>(*s_sandbox, journalPath());
    }
    void TearDown() override
    {
        s_sandbox->resetFaults();
        s_sandbox->setThrottleScale(0);
    }
    QString journalPath() const { return dir.filePath(QStringLiteral("journal.json")); }

    /**
     * Online, managed devices of a row that no test used yet and that have no action under way, read by id.
     * The sandbox's facts come along (failure switches).
     */
    QList<QPair<devices::Device, QJsonObject>> freshDevices(int row, int wanted)
    {
        QList<QPair<devices::Device, QJsonObject>> out;
        for (const QJsonValue &v : s_sandbox->devicesOfRow(row, 400)) {
            const QJsonObject facts = v.toObject();
            const QString id = facts.value(u"id").toString();
            if (s_used.contains(id) || facts.value(u"connectivity").toString() != u"online" ||
                facts.value(u"managementState").toString() != u"managed")
                continue;
            const std::optional<devices::Device> d = engine->fetch(id);
            if (!d || eligibility::PasscodeRules::graphInFlight(*d))
                continue;
            s_used.insert(id);
            out.append({*d, facts});
            if (out.size() >= wanted)
                break;
        }
        return out;
    }

    static ActionState expectedEnd(const QJsonObject &facts)
    {
        if (facts.value(u"noPasscodePolicy").toBool() || facts.value(u"wrongUnlockToken").toBool())
            return ActionState::Failed;
        if (facts.value(u"resetTokenInactive").toBool())
            return ActionState::NotSupported;
        return ActionState::Done;
    }

    QByteArray journalBytes() const
    {
        QFile f(journalPath());
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    static SandboxFixture *s_sandbox;
    static QSet<QString> s_used;
    QTemporaryDir dir;
    std::unique_ptr<Engine> engine;
};

SandboxFixture *engine_ActionLifecycle::s_sandbox = nullptr;
QSet<QString> engine_ActionLifecycle::s_used;

class engine_EveryRow : public engine_ActionLifecycle, public ::testing::WithParamInterface<int>
{
};

} // namespace

TEST_P(engine_EveryRow, LifecycleOrLocalRefusal)
{
    const int row = GetParam();
    const auto devicesOfRow = freshDevices(row, 3);
    ASSERT_FALSE(devicesOfRow.isEmpty()) << "the sandbox has no usable device of row " << row;
    for (const auto &[device, facts] : devicesOfRow) {
        SCOPED_TRACE(device.deviceName.toStdString() + " row " + std::to_string(row));
        eligibility::EvaluationContext context;
        context.now = engine->clock.now();
        const std::optional<actions::RemoteAction> action =
            eligibility::PasscodeRules::platformAction(device);
        const actions::RemoteAction sent = action.value_or(actions::RemoteAction::ResetPasscode);
        const eligibility::Verdict verdict = eligibility::PasscodeRules::evaluate(device, sent, context);
        EXPECT_EQ(verdict.rule, row) << "the rules classify the device in another row";

        const qint64 before = s_sandbox->actionsTotal();
        const std::optional<Error> refused = engine->service.send(device, sent, QStringLiteral("row test"));
        if (!verdict.allowed) {
            ASSERT_TRUE(refused.has_value());
            EXPECT_EQ(refused->kind, Error::Kind::Usage);
            EXPECT_FALSE(refused->message.isEmpty());
            EXPECT_EQ(s_sandbox->actionsTotal(), before) << "an ineligible device reached the service";
            continue;
        }
        ASSERT_FALSE(refused.has_value()) << refused->message.toStdString();
        const ActionKey key{device.id, sent};
        ASSERT_TRUE(waitUntil([&] { return engine->state(key) != ActionState::Sent; }));
        ASSERT_EQ(engine->state(key), ActionState::Accepted);
        ASSERT_TRUE(driveToTerminal(*s_sandbox, *engine, key));
        const auto tracked = engine->tracker.find(key);
        EXPECT_EQ(tracked->state, expectedEnd(facts)) << actions::stableName(tracked->state).toStdString();
        if (tracked->state == ActionState::Done) {
            EXPECT_EQ(tracked->passcode.has_value(), actions::yieldsPasscode(sent));
        }
        if (tracked->state == ActionState::Failed || tracked->state == ActionState::NotSupported) {
            EXPECT_NE(tracked->errorCode, 0);
        }
        EXPECT_EQ(s_sandbox->actionsTotal(), before + 1) << "sent more than once";
        EXPECT_EQ(engine->service.watchedCount(), 0);
        if (tracked->passcode) {
            EXPECT_FALSE(journalBytes().contains(tracked->passcode->toUtf8()));
        }
    }
}

INSTANTIATE_TEST_SUITE_P(PasscodeSupportRows, engine_EveryRow, ::testing::Range(1, 18));

TEST_F(engine_ActionLifecycle, FaultSwitchesOnTheActionPostNeverSendTwice)
{
    struct Case
    {
        const char *fault;
        QList<ActionState> allowedAfterSend; // Accepted (retried/processed) or Unknown (answer lost)
    };
    const QList<Case> cases{
        {"errorRate", {ActionState::Accepted, ActionState::Unknown}}, // 503 retried; 500/504 unknown
        {"intuneErrorRate", {ActionState::Unknown, ActionState::Failed}},
        {"dropRate", {ActionState::Unknown}},
        {"truncateRate", {ActionState::Accepted, ActionState::Unknown}},
        {"malformedRate", {ActionState::Accepted}}, // a 2xx proves it was taken
        {"latencyMs", {ActionState::Accepted}},
    };
    const auto devicesOfRow = freshDevices(11, int(cases.size())); // dedicated Android: Reset passcode
    ASSERT_EQ(devicesOfRow.size(), cases.size());
    for (qsizetype i = 0; i < cases.size(); ++i) {
        const Case &c = cases.at(i);
        const devices::Device &device = devicesOfRow.at(i).first;
        SCOPED_TRACE(c.fault);
        const QJsonValue amount = QByteArrayView(c.fault) == "latencyMs" ? QJsonValue(300) : QJsonValue(1.0);
        ASSERT_TRUE(s_sandbox->setFaults(QJsonObject{{QLatin1String(c.fault), amount},
                                                     {QStringLiteral("target"), QStringLiteral("actions")},
                                                     {QStringLiteral("maxFaults"), 1},
                                                     {QStringLiteral("retryAfterSeconds"), 0.1}}));
        const qint64 before = s_sandbox->actionsTotal();
        QList<Error> errors;
        QObject context;
        QObject::connect(&engine->service, &actions::ActionService::sendFailed, &context,
                         [&](const ActionKey &, const Error &e) { errors.append(e); });
        const ActionKey key{device.id, actions::RemoteAction::ResetPasscode};
        ASSERT_FALSE(engine->service.send(device, key.action).has_value());
        ASSERT_TRUE(waitUntil([&] { return engine->state(key) != ActionState::Sent; }));
        const ActionState afterSend = engine->state(key);
        EXPECT_TRUE(c.allowedAfterSend.contains(afterSend)) << actions::stableName(afterSend).toStdString();
        for (const Error &e : errors)
            EXPECT_FALSE(e.message.isEmpty());
        s_sandbox->resetFaults();
        // Polling settles it: done (it was processed), or none when Graph never shows it (not processed).
        if (afterSend != ActionState::Failed) {
            ASSERT_TRUE(driveToTerminal(*s_sandbox, *engine, key));
        }
        const qint64 sent = s_sandbox->actionsTotal() - before;
        EXPECT_LE(sent, 1) << "the action reached the service twice";
        const ActionState end = engine->state(key);
        if (sent == 1) {
            EXPECT_TRUE(end == ActionState::Done || end == ActionState::Failed)
                << actions::stableName(end).toStdString();
        } else {
            EXPECT_TRUE(end == ActionState::None || end == ActionState::Failed)
                << actions::stableName(end).toStdString();
        }
    }
}

TEST_F(engine_ActionLifecycle, FaultsOnPollsDoNotEndTheWatch)
{
    for (const char *target : {"device", "batch"}) {
        SCOPED_TRACE(target);
        const auto two = freshDevices(13, 2); // fully managed: work-profile reset
        ASSERT_EQ(two.size(), 2);
        ASSERT_TRUE(s_sandbox->setFaults(QJsonObject{{QStringLiteral("errorRate"), 0.4},
                                                     {QStringLiteral("malformedRate"), 0.2},
                                                     {QStringLiteral("truncateRate"), 0.1},
                                                     {QStringLiteral("retryAfterSeconds"), 0.1},
                                                     {QStringLiteral("target"), QLatin1String(target)}}));
        QList<ActionKey> keys;
        for (const auto &[device, facts] : two) {
            keys.append(ActionKey{device.id, actions::RemoteAction::ResetPasscode});
            ASSERT_FALSE(engine->service.send(device, keys.last().action).has_value());
        }
        for (const ActionKey &key : keys) {
            ASSERT_TRUE(driveToTerminal(*s_sandbox, *engine, key));
            EXPECT_NE(engine->state(key), ActionState::None);
        }
        s_sandbox->resetFaults();
    }
}

TEST_F(engine_ActionLifecycle, ThrottlingEveryRequestAnsweredNoActionSentTwice)
{
    const auto devicesToReset = freshDevices(11, 10);
    ASSERT_GE(devicesToReset.size(), 8);
    // Intune's limits scaled down: 200 writes per 20 s per app becomes 4.
    s_sandbox->setThrottleScale(0.02);
    // Throttling windows run on the sandbox's clock: roll it forward while the client waits, instead of
    // sleeping.
    QTimer roll;
    QObject::connect(&roll, &QTimer::timeout, &roll, [] { s_sandbox->advance(5); });
    roll.start(50);
    const qint64 before = s_sandbox->actionsTotal();
    QList<ActionKey> keys;
    for (const auto &[device, facts] : devicesToReset) {
        keys.append(ActionKey{device.id, actions::RemoteAction::ResetPasscode});
        ASSERT_FALSE(engine->service.send(device, keys.last().action).has_value());
    }
    ASSERT_TRUE(waitUntil(
        [&] {
            return std::all_of(keys.cbegin(), keys.cend(),
                               [&](const ActionKey &k) { return engine->state(k) != ActionState::Sent; });
        },
        60000));
    roll.stop();
    EXPECT_GT(s_sandbox->state().value(u"throttling").toObject().value(u"scale").toDouble(), 0.0);
    s_sandbox->setThrottleScale(0); // the checks below must not be throttled themselves
    // Each action was accepted once, or refused by throttling on all of its attempts and so never received (a
    // slow, loaded run can exhaust the retries of a few: that is the policy, not a duplicate). Never twice.
    QList<ActionKey> accepted;
    for (const ActionKey &k : keys) {
        const ActionState st = engine->state(k);
        const int received = s_sandbox->auditCount(k.deviceId);
        if (st == ActionState::Accepted || st == ActionState::Pending || st == ActionState::Active ||
            st == ActionState::Done) {
            EXPECT_EQ(received, 1) << k.deviceId.toStdString();
            accepted.append(k);
        } else {
            EXPECT_EQ(st, ActionState::Failed)
                << k.deviceId.toStdString() << " " << actions::stableName(st).toStdString();
            EXPECT_EQ(received, 0) << k.deviceId.toStdString()
                                   << ": refused by throttling, so never received";
        }
    }
    EXPECT_GE(accepted.size(), 4) << "at least a window's worth goes through";
    EXPECT_EQ(s_sandbox->actionsTotal() - before, accepted.size());
    for (const ActionKey &k : accepted)
        EXPECT_TRUE(driveToTerminal(*s_sandbox, *engine, k));
}

TEST_F(engine_ActionLifecycle, JournalResumeAfterRestart)
{
    const auto one = freshDevices(12, 1); // AOSP
    ASSERT_EQ(one.size(), 1);
    const devices::Device device = one.first().first;
    const ActionKey key{device.id, actions::RemoteAction::ResetPasscode};
    ASSERT_FALSE(engine->service.send(device, key.action, QStringLiteral("INC-900")).has_value());
    ASSERT_TRUE(waitUntil([&] { return engine->state(key) == ActionState::Accepted; }));
    // "Restart": a new engine (client, tracker, service) over the same journal file.
    engine.reset();
    s_sandbox->advance(600);
    engine = std::make_unique<Engine>(*s_sandbox, journalPath());
    ASSERT_FALSE(engine->service.resumeFromJournal().has_value());
    EXPECT_EQ(engine->service.watchedCount(), 1);
    const auto restored = engine->tracker.find(key);
    ASSERT_TRUE(restored.has_value());
    EXPECT_EQ(restored->ticket, QStringLiteral("INC-900"));
    const qint64 before = s_sandbox->actionsTotal();
    ASSERT_TRUE(driveToTerminal(*s_sandbox, *engine, key));
    EXPECT_EQ(s_sandbox->actionsTotal(), before); // resumed by polling, never re-sent
    EXPECT_TRUE(journalBytes().contains("INC-900"));
}

TEST_F(engine_ActionLifecycle, AuditFeedShowsTheTenantAndTheJournal)
{
    const auto one = freshDevices(1, 1); // iOS: Remove passcode
    ASSERT_EQ(one.size(), 1);
    const devices::Device device = one.first().first;
    const ActionKey key{device.id, actions::RemoteAction::RemovePasscode};
    ASSERT_FALSE(engine->service.send(device, key.action).has_value());
    ASSERT_TRUE(waitUntil([&] { return engine->state(key) == ActionState::Accepted; }));
    // A tracked action the feed cannot know (restored from another console's journal).
    actions::TrackedAction ghost;
    ghost.key = ActionKey{QStringLiteral("not-in-this-tenant"), actions::RemoteAction::ResetPasscode};
    ghost.state = ActionState::Unknown;
    ghost.requestedAt = engine->clock.now();
    ghost.stateSince = ghost.requestedAt;
    engine->tracker.restore(ghost);

    actions::AuditFeed feed(engine->client, engine->tracker);
    QList<actions::RemoteActionAudit> rows;
    bool failed = false;
    QObject context;
    QObject::connect(&feed, &actions::AuditFeed::refreshed, &context,
                     [&](const QList<actions::RemoteActionAudit> &r) { rows = r; });
    QObject::connect(&feed, &actions::AuditFeed::refreshFailed, &context,
                     [&](const Error &) { failed = true; });
    feed.refresh();
    ASSERT_TRUE(waitUntil([&] { return !rows.isEmpty() || failed; }, 30000));
    ASSERT_FALSE(failed);
    QStringList journalRows;
    for (const auto &r : rows) {
        if (r.fromJournal)
            journalRows.append(r.managedDeviceId + u' ' + r.action + u' ' +
                               actions::stableName(r.actionState) + u' ' +
                               r.requestDateTime.toString(Qt::ISODate));
    }
    EXPECT_EQ(rows.size(), s_sandbox->audits().size() + 1) << journalRows.join(u'\n').toStdString();
    bool ours = false;
    bool ghostRow = false;
    for (const auto &r : rows) {
        if (r.managedDeviceId == device.id && !r.fromJournal && r.action == u"resetPasscode")
            ours = true;
        if (r.managedDeviceId == ghost.key.deviceId && r.fromJournal)
            ghostRow = true;
    }
    EXPECT_TRUE(ours);
    EXPECT_TRUE(ghostRow);
    for (qsizetype i = 1; i < rows.size(); ++i) {
        if (rows.at(i).requestDateTime.isValid() && rows.at(i - 1).requestDateTime.isValid()) {
            EXPECT_GE(rows.at(i - 1).requestDateTime, rows.at(i).requestDateTime);
        }
    }
    // A feed that fails reports it and keeps the previous rows.
    s_sandbox->setFaults(QJsonObject{{QStringLiteral("errorRate"), 1.0},
                                     {QStringLiteral("errorStatuses"), QJsonArray{503}},
                                     {QStringLiteral("retryAfterSeconds"), 0.01},
                                     {QStringLiteral("target"), QStringLiteral("audits")}});
    const auto kept = feed.rows();
    feed.refresh();
    ASSERT_TRUE(waitUntil([&] { return failed; }, 30000));
    EXPECT_EQ(feed.rows().size(), kept.size());
}

// Qt 6.4's QNetworkAccessManager used to resend a request by itself when the server closed the connection
// before answering (a POST included, below GraphClient); GraphClient now prevents it. The sandbox's
// "dropRate" fault on the action POST (processed, then dropped) must show exactly one action for one send.
TEST_F(engine_ActionLifecycle, DroppedConnectionOnActionPostIsNeverResent)
{
    const auto one = freshDevices(11, 1);
    ASSERT_EQ(one.size(), 1);
    ASSERT_TRUE(s_sandbox->setFaults(QJsonObject{{QStringLiteral("dropRate"), 1.0},
                                                 {QStringLiteral("target"), QStringLiteral("actions")},
                                                 {QStringLiteral("maxFaults"), 1}}));
    const qint64 before = s_sandbox->actionsTotal();
    const ActionKey key{one.first().first.id, actions::RemoteAction::ResetPasscode};
    ASSERT_FALSE(engine->service.send(one.first().first, key.action).has_value());
    ASSERT_TRUE(waitUntil([&] { return engine->state(key) != ActionState::Sent; }));
    EXPECT_EQ(engine->state(key), ActionState::Unknown);
    s_sandbox->resetFaults();
    ASSERT_TRUE(driveToTerminal(*s_sandbox, *engine, key));
    EXPECT_EQ(s_sandbox->actionsTotal() - before, 1);
    EXPECT_EQ(engine->state(key), ActionState::Done);
}
