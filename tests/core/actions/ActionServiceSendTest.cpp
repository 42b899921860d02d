// SPDX-License-Identifier: GPL-3.0-or-later
// ActionService's sending against a journal shared by two processes (each a tracker, journal object and
// service of its own over the same file, as the console and passcodectl are): an action another process has
// in flight on the device refuses a second one, single or in bulk, and is followed from then on; a journal
// that cannot be written, locked, or understood stops the action from leaving; a late write never overwrites
// another process's newer entry.
#include "ActionServiceTestData.h"
#include "core/actions/ActionService.h"
#include "core/devices/DeviceJson.h"
#include "core/graph/GraphClient.h"
#include "fakes/FakeNetworkAccessManager.h"
#include "fakes/FakeTokenProvider.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace passcode;
using namespace passcode::actions;
using passcode::actionservicetest::androidDedicatedJson;
using passcode::actionservicetest::passcodeResultJson;
using passcode::actionservicetest::ShiftableClock;
using passcode::testing::CannedReply;
using passcode::testing::FakeNetworkAccessManager;
using passcode::testing::FakeTokenProvider;
using passcode::testing::RecordedRequest;

namespace {

/** One process's side of the journal: its own tracker, journal object and service. */
struct Process
{
    Process(graph::GraphClient &client, const QString &journalPath, const Clock &clock, const QString &upn)
        : journal(journalPath)
        , tracker(clock)
        , service(client, tracker, journal, clock)
    {
        PollPolicy fast;
        fast.firstDelayMs = 10;
        fast.maxDelayMs = 40;
        fast.coalesceMs = 10;
        service.setPollPolicy(fast);
        service.setInitiator(upn);
    }

    ActionState state(const QString &device, RemoteAction action = RemoteAction::ResetPasscode) const
    {
        const auto a = tracker.find(ActionKey{device, action});
        return a ? a->state : ActionState::None;
    }

    ActionJournal journal;
    ActionTracker tracker;
    ActionService service;
};

class SendAcrossProcesses : public ::testing::Test
{
protected:
    void SetUp() override
    {
        graph::GraphClient::Options options;
        options.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
        options.retry.baseDelayMs = 1;
        options.retry.maxDelayMs = 5;
        options.defaultTimeoutMs = 2000;
        client = std::make_unique<graph::GraphClient>(&network, &tokens, clock, options);
        network.setHandler([this](const RecordedRequest &r) { return answer(r); });
        a = std::make_unique<Process>(*client, path(), clock, QStringLiteral("console@contoso.example"));
        b = std::make_unique<Process>(*client, path(), clock, QStringLiteral("ctl@contoso.example"));
    }

    QString path() const { return dir.filePath(QStringLiteral("journal.json")); }

    /** A fake Graph: an action POST is taken and shows pending on the device from then on. */
    CannedReply answer(const RecordedRequest &r)
    {
        const QString path = r.url.path();
        if (r.verb == "POST" && path.endsWith(u"/$batch")) {
            QJsonArray responses;
            for (const QJsonValue &v :
                 QJsonDocument::fromJson(r.body).object().value(u"requests").toArray()) {
                const QJsonObject item = v.toObject();
                const QString id = item.value(u"url").toString().section(u'/', 3, 3).section(u'?', 0, 0);
                if (item.value(u"method").toString() == u"GET") { // a poll
                    responses.append(QJsonObject{{QStringLiteral("id"), item.value(u"id")},
                                                 {QStringLiteral("status"), 200},
                                                 {QStringLiteral("body"), deviceJson(id)}});
                    continue;
                }
                take(id);
                responses.append(
                    QJsonObject{{QStringLiteral("id"), item.value(u"id")}, {QStringLiteral("status"), 204}});
            }
            return CannedReply::json(QJsonObject{{QStringLiteral("responses"), responses}});
        }
        if (r.verb == "POST") {
            take(path.section(u'/', -2, -2));
            return CannedReply::noContent();
        }
        if (r.verb == "GET" && path.contains(u"/managedDevices/"))
            return CannedReply::json(deviceJson(path.section(u'/', -1)));
        return CannedReply::httpError(400, R"({"error":{"code":"BadRequest","message":"unexpected"}})");
    }

    void take(const QString &id)
    {
        ++posts[id];
        results.insert(id, QJsonArray{passcodeResultJson(QStringLiteral("pending"), clock.now())});
    }

    QJsonObject deviceJson(const QString &id) const
    {
        QJsonObject o = androidDedicatedJson(id);
        o.insert(QStringLiteral("deviceActionResults"), results.value(id));
        return o;
    }

    /** The device as the technician's screen read it (before any action of this test). */
    static devices::Device device(const QString &id)
    {
        return *devices::DeviceJson::parseDevice(androidDedicatedJson(id)).device;
    }

    /** Writes an entry as another program on this computer would. */
    void elsewhere(const QString &id, ActionState state, RemoteAction action = RemoteAction::ResetPasscode,
                   const QDateTime &requestedAt = {})
    {
        TrackedAction e;
        e.key = ActionKey{id, action};
        e.state = state;
        e.deviceName = QStringLiteral("KIOSK-") + id;
        e.initiatedBy = QStringLiteral("other@contoso.example");
        e.requestedAt = requestedAt.isValid() ? requestedAt : clock.now().addSecs(-60);
        e.stateSince = clock.now();
        ASSERT_FALSE(ActionJournal(path()).record(e).has_value());
    }

    std::optional<TrackedAction> onDisk(const QString &id) const
    {
        const Result<QList<TrackedAction>> loaded = ActionJournal(path()).load();
        for (const TrackedAction &e : loaded.value()) {
            if (e.key.deviceId == id)
                return e;
        }
        return std::nullopt;
    }

    QList<BulkSendItem> items(int count) const
    {
        QList<BulkSendItem> out;
        for (int i = 0; i < count; ++i)
            out.append(BulkSendItem{device(QStringLiteral("dev%1").arg(i)), RemoteAction::ResetPasscode,
                                    QStringLiteral("INC-7"), QStringLiteral("run-1")});
        return out;
    }

    /** A folder no file can be created in, even by root (permissions do not stop root: /proc/self then). */
    QString unwritableFolder()
    {
        const QString folder = dir.filePath(QStringLiteral("read-only"));
        QDir().mkpath(folder);
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner);
        QFile probe(folder + QStringLiteral("/probe"));
        if (!probe.open(QIODevice::WriteOnly))
            return folder;
        probe.remove();
        return QStringLiteral("/proc/self");
    }

    void TearDown() override
    {
        QFile::setPermissions(dir.filePath(QStringLiteral("read-only")),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    QTemporaryDir dir;
    ShiftableClock clock;
    FakeNetworkAccessManager network;
    FakeTokenProvider tokens{QStringLiteral("test-token")};
    std::unique_ptr<graph::GraphClient> client;
    std::unique_ptr<Process> a;
    std::unique_ptr<Process> b;
    QHash<QString, QJsonArray> results;
    QHash<QString, int> posts;
};

} // namespace

TEST_F(SendAcrossProcesses, ASecondProcessIsRefusedWhileTheFirstHasTheActionInFlight)
{
    ASSERT_FALSE(a->service.send(device(QStringLiteral("d1")), RemoteAction::ResetPasscode).has_value());
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return a->state(QStringLiteral("d1")) == ActionState::Pending; }, 5000));

    // B read the device before A sent (nothing pending then): only the journal can tell it.
    const std::optional<Error> refused =
        b->service.send(device(QStringLiteral("d1")), RemoteAction::ResetPasscode);
    ASSERT_TRUE(refused.has_value());
    EXPECT_EQ(refused->kind, Error::Kind::Usage);
    EXPECT_EQ(refused->code, ActionService::inFlightElsewhereCode());
    EXPECT_TRUE(refused->message.startsWith(QStringLiteral(
        "Another Passcode Console or passcodectl on this computer sent Reset passcode to KIOSK-d1 at ")))
        << refused->message.toStdString();
    EXPECT_TRUE(refused->message.contains(QStringLiteral("(state: pending)")))
        << refused->message.toStdString();
    QTest::qWait(50);
    EXPECT_EQ(posts.value(QStringLiteral("d1")), 1);
    // B follows it from now on, and its own rules refuse a second one as well.
    EXPECT_EQ(b->state(QStringLiteral("d1")), ActionState::Pending);
    EXPECT_EQ(b->service.watchedCount(), 1);
    EXPECT_TRUE(b->service.send(device(QStringLiteral("d1")), RemoteAction::ResetPasscode).has_value());
    // The journal still holds A's action.
    EXPECT_EQ(onDisk(QStringLiteral("d1"))->initiatedBy, QStringLiteral("console@contoso.example"));
}

TEST_F(SendAcrossProcesses, AnyPasscodeActionInFlightElsewhereBlocksAnother)
{
    elsewhere(QStringLiteral("d2"), ActionState::Pending, RemoteAction::RemovePasscode);
    const std::optional<Error> refused =
        b->service.send(device(QStringLiteral("d2")), RemoteAction::ResetPasscode);
    ASSERT_TRUE(refused.has_value());
    EXPECT_EQ(refused->code, ActionService::inFlightElsewhereCode());
    EXPECT_TRUE(refused->message.contains(QStringLiteral("sent Remove passcode to KIOSK-d2")))
        << refused->message.toStdString();
    QTest::qWait(30);
    EXPECT_EQ(posts.value(QStringLiteral("d2")), 0);
}

TEST_F(SendAcrossProcesses, AnUnknownOutcomeElsewhereIsNeverSentAgain)
{
    for (ActionState s :
         {ActionState::Unknown, ActionState::Sent, ActionState::Accepted, ActionState::Active}) {
        const QString id = QStringLiteral("u-") + stableName(s);
        elsewhere(id, s);
        const std::optional<Error> refused = b->service.send(device(id), RemoteAction::ResetPasscode);
        ASSERT_TRUE(refused.has_value()) << id.toStdString();
        EXPECT_EQ(refused->code, ActionService::inFlightElsewhereCode()) << id.toStdString();
        EXPECT_TRUE(refused->message.contains(QStringLiteral("(state: ") + displayName(s).toLower() + u')'))
            << refused->message.toStdString();
    }
    QTest::qWait(30);
    EXPECT_TRUE(posts.isEmpty());
}

TEST_F(SendAcrossProcesses, AnActionFinishedElsewhereDoesNotBlock)
{
    elsewhere(QStringLiteral("d4"), ActionState::Done);
    ASSERT_FALSE(b->service.send(device(QStringLiteral("d4")), RemoteAction::ResetPasscode).has_value());
    ASSERT_TRUE(QTest::qWaitFor([&] { return posts.value(QStringLiteral("d4")) == 1; }, 5000));
    EXPECT_EQ(onDisk(QStringLiteral("d4"))->initiatedBy, QStringLiteral("ctl@contoso.example"));
}

TEST_F(SendAcrossProcesses, TheRefusingProcessFollowsTheActionAndItsEndLetsTheNextOneGo)
{
    // Another process sent it and quit while it was pending; Graph has finished it since.
    const QDateTime sentAt = clock.now().addSecs(-120);
    elsewhere(QStringLiteral("d5"), ActionState::Pending, RemoteAction::ResetPasscode, sentAt);
    results.insert(QStringLiteral("d5"), QJsonArray{passcodeResultJson(QStringLiteral("done"), sentAt)});

    ASSERT_TRUE(b->service.send(device(QStringLiteral("d5")), RemoteAction::ResetPasscode).has_value());
    ASSERT_TRUE(QTest::qWaitFor([&] { return b->state(QStringLiteral("d5")) == ActionState::Done; }, 5000));
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return onDisk(QStringLiteral("d5"))->state == ActionState::Done; }, 5000));
    EXPECT_EQ(posts.value(QStringLiteral("d5")), 0);

    ASSERT_FALSE(b->service.send(device(QStringLiteral("d5")), RemoteAction::ResetPasscode).has_value());
    ASSERT_TRUE(QTest::qWaitFor([&] { return posts.value(QStringLiteral("d5")) == 1; }, 5000));
}

TEST_F(SendAcrossProcesses, BulkRefusesOnlyTheItemsInFlightElsewhere)
{
    elsewhere(QStringLiteral("dev2"), ActionState::Pending);
    const BulkSendResult result = b->service.sendMany(items(5));
    EXPECT_FALSE(result.journalError.has_value());
    EXPECT_EQ(result.sentCount(), 4);
    ASSERT_TRUE(result.refused.at(2).has_value());
    EXPECT_EQ(result.refused.at(2)->code, ActionService::inFlightElsewhereCode());
    EXPECT_TRUE(result.refused.at(2)->message.contains(QStringLiteral("KIOSK-dev2")));
    ASSERT_TRUE(QTest::qWaitFor([&] { return posts.size() == 4; }, 5000));
    EXPECT_EQ(posts.value(QStringLiteral("dev2")), 0);
    EXPECT_TRUE(isInFlight(b->state(QStringLiteral("dev2")))); // followed: a bulk run skips it as pending
    EXPECT_EQ(onDisk(QStringLiteral("dev2"))->initiatedBy, QStringLiteral("other@contoso.example"));

    // A second process's bulk run over the same devices sends nothing more.
    const BulkSendResult again = a->service.sendMany(items(5));
    EXPECT_EQ(again.sentCount(), 0);
    for (const std::optional<Error> &e : again.refused)
        EXPECT_EQ(e ? e->code : QString(), ActionService::inFlightElsewhereCode());
    QTest::qWait(50);
    for (int i = 0; i < 5; ++i)
        EXPECT_LE(posts.value(QStringLiteral("dev%1").arg(i)), 1);
}

TEST_F(SendAcrossProcesses, ALateWriteNeverOverwritesAnotherProcessesNewerAction)
{
    // B followed an earlier action of d6 (restored from the journal), finished.
    elsewhere(QStringLiteral("d6"), ActionState::Done, RemoteAction::ResetPasscode, clock.now().addDays(-1));
    ASSERT_FALSE(b->service.resumeFromJournal().has_value());
    // A sends a new one; B then reads the device and sees that action in Graph as a new cycle.
    ASSERT_FALSE(a->service.send(device(QStringLiteral("d6")), RemoteAction::ResetPasscode).has_value());
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return a->state(QStringLiteral("d6")) == ActionState::Pending; }, 5000));
    const TrackedAction written = *onDisk(QStringLiteral("d6"));
    b->service.fetchDevice(QStringLiteral("d6"));
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return b->state(QStringLiteral("d6")) == ActionState::Pending; }, 5000));
    QTest::qWait(50);
    const TrackedAction after = *onDisk(QStringLiteral("d6"));
    EXPECT_EQ(after.initiatedBy, QStringLiteral("console@contoso.example"));
    EXPECT_EQ(after.requestedAt, written.requestedAt);
}

TEST_F(SendAcrossProcesses, AJournalThatCannotBeWrittenStopsTheAction)
{
    ASSERT_TRUE(QDir(dir.path()).mkpath(QStringLiteral("blocked/journal.json"))); // a folder: unwritable
    Process c(*client, dir.filePath(QStringLiteral("blocked/journal.json")), clock, QStringLiteral("c@x"));
    const std::optional<Error> refused =
        c.service.send(device(QStringLiteral("d7")), RemoteAction::ResetPasscode);
    ASSERT_TRUE(refused.has_value());
    EXPECT_EQ(refused->kind, Error::Kind::Internal);
    EXPECT_TRUE(refused->message.startsWith(QStringLiteral("Reset passcode was not sent to KIOSK-d7: ")))
        << refused->message.toStdString();
    QTest::qWait(50);
    EXPECT_EQ(network.requests().size(), 0);
    EXPECT_FALSE(c.tracker.find(ActionKey{QStringLiteral("d7"), RemoteAction::ResetPasscode}).has_value());
}

TEST_F(SendAcrossProcesses, AFolderThatCannotBeWrittenStopsSingleAndBulkActions)
{
    Process c(*client, unwritableFolder() + QStringLiteral("/journal.json"), clock, QStringLiteral("c@x"));
    const std::optional<Error> refused =
        c.service.send(device(QStringLiteral("d8")), RemoteAction::ResetPasscode);
    ASSERT_TRUE(refused.has_value());
    EXPECT_NE(refused->kind, Error::Kind::Usage);
    const BulkSendResult bulk = c.service.sendMany(items(3));
    ASSERT_TRUE(bulk.journalError.has_value());
    EXPECT_EQ(bulk.sentCount(), 0);
    QTest::qWait(50);
    EXPECT_EQ(network.requests().size(), 0);
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(c.state(QStringLiteral("dev%1").arg(i)), ActionState::None); // not processed
}

TEST_F(SendAcrossProcesses, ALockHeldByAnotherProcessStopsSingleAndBulkActions)
{
    QProcess holder;
    holder.start(QStringLiteral(PASSCODE_JOURNAL_PROCESS), {QStringLiteral("hold"), path()});
    ASSERT_TRUE(holder.waitForStarted(10000));
    ASSERT_TRUE(holder.waitForReadyRead(10000));
    ASSERT_EQ(holder.readLine().trimmed(), QByteArray("locked"));
    b->journal.setLockTimeoutMs(200);

    const std::optional<Error> refused =
        b->service.send(device(QStringLiteral("d9")), RemoteAction::ResetPasscode);
    ASSERT_TRUE(refused.has_value());
    EXPECT_TRUE(refused->message.contains(QStringLiteral("in use by another")))
        << refused->message.toStdString();
    const BulkSendResult bulk = b->service.sendMany(items(3));
    ASSERT_TRUE(bulk.journalError.has_value());
    QTest::qWait(50);
    EXPECT_EQ(network.requests().size(), 0);

    holder.closeWriteChannel();
    ASSERT_TRUE(holder.waitForFinished(10000));
    ASSERT_FALSE(b->service.send(device(QStringLiteral("d9")), RemoteAction::ResetPasscode).has_value());
    ASSERT_TRUE(QTest::qWaitFor([&] { return posts.value(QStringLiteral("d9")) == 1; }, 5000));
}

TEST_F(SendAcrossProcesses, ANewerVersionsJournalIsFollowedButNothingIsSent)
{
    const QByteArray bytes = R"({"version":2,"entries":[
        {"deviceId":"d10","action":"resetPasscode","state":"pending","requestedAt":"2026-11-01T09:00:00Z"}]})";
    {
        QFile f(path());
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    ASSERT_FALSE(b->service.resumeFromJournal().has_value());
    EXPECT_EQ(b->state(QStringLiteral("d10")), ActionState::Pending); // read as far as it goes
    const std::optional<Error> refused =
        b->service.send(device(QStringLiteral("d11")), RemoteAction::ResetPasscode);
    ASSERT_TRUE(refused.has_value());
    EXPECT_TRUE(refused->message.contains(QStringLiteral("newer version"))) << refused->message.toStdString();
    QTest::qWait(50);
    EXPECT_TRUE(posts.isEmpty());
    QFile f(path());
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), bytes);
}
