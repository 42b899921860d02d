// SPDX-License-Identifier: GPL-3.0-or-later
// ActionService over a fake network: what is sent, how often, and what the tracker and journal end up with.
#include "core/actions/ActionService.h"
#include "ActionServiceTestData.h"
#include "core/devices/DeviceJson.h"
#include "core/graph/GraphClient.h"
#include "fakes/FakeNetworkAccessManager.h"
#include "fakes/FakeTokenProvider.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <functional>

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

/** The fixture: a fake Graph that knows devices and their action results, and counts requests. */
class engine_ActionService : public ::testing::Test
{
protected:
    void SetUp() override
    {
        graph::GraphClient::Options options;
        options.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
        options.retry.baseDelayMs = 1;
        options.retry.maxDelayMs = 5;
        options.retry.serverDelayScale = 0.001;
        options.defaultTimeoutMs = 2000;
        client = std::make_unique<graph::GraphClient>(&network, &tokens, clock, options);
        journal = std::make_unique<ActionJournal>(dir.filePath(QStringLiteral("journal.json")));
        tracker = std::make_unique<ActionTracker>(clock);
        service = std::make_unique<ActionService>(*client, *tracker, *journal, clock);
        PollPolicy fast;
        fast.firstDelayMs = 10;
        fast.maxDelayMs = 40;
        fast.coalesceMs = 50;
        fast.unknownGiveUpMs = 60000;
        service->setPollPolicy(fast);
        service->setInitiator(QStringLiteral("helpdesk@contoso.example"));
        network.setHandler([this](const RecordedRequest &r) { return answer(r); });
    }

    /** GET managedDevices/{id}: the device with its results; POST actions: postReply; $batch: item by item.
     */
    CannedReply answer(const RecordedRequest &r)
    {
        const QString path = r.url.path();
        if (r.verb == "POST" && path.endsWith(u"/$batch")) {
            ++batchPosts;
            const QJsonArray requests = QJsonDocument::fromJson(r.body).object().value(u"requests").toArray();
            maxBatchSize = qMax(maxBatchSize, static_cast<int>(requests.size()));
            QJsonArray responses;
            for (const QJsonValue &v : requests) {
                const QJsonObject item = v.toObject();
                const QString url = item.value(u"url").toString();
                const QString id = url.section(u'/', 3, 3).section(u'?', 0, 0);
                QJsonObject response{{QStringLiteral("id"), item.value(u"id")}};
                if (devices.contains(id)) {
                    response.insert(QStringLiteral("status"), 200);
                    response.insert(QStringLiteral("body"), deviceJson(id));
                } else {
                    response.insert(QStringLiteral("status"), 404);
                    response.insert(
                        QStringLiteral("body"),
                        QJsonObject{{QStringLiteral("error"),
                                     QJsonObject{{QStringLiteral("code"), QStringLiteral("NotFound")},
                                                 {QStringLiteral("message"), QStringLiteral("no")}}}});
                }
                responses.append(response);
            }
            return CannedReply::json(QJsonObject{{QStringLiteral("responses"), responses}});
        }
        if (r.verb == "POST") {
            ++actionPosts;
            lastActionPath = path;
            return postReply ? postReply() : CannedReply::noContent();
        }
        if (r.verb == "GET" && path.contains(u"/managedDevices/")) {
            ++deviceGets;
            if (getReply)
                if (std::optional<CannedReply> custom = getReply(r))
                    return *custom;
            const QString id = path.section(u'/', -1);
            if (!devices.contains(id))
                return CannedReply::httpError(404, R"({"error":{"code":"NotFound","message":"gone"}})");
            return CannedReply::json(deviceJson(id));
        }
        return CannedReply::httpError(400, R"({"error":{"code":"BadRequest","message":"unexpected"}})");
    }

    QJsonObject deviceJson(const QString &id) const
    {
        QJsonObject o = devices.value(id);
        o.insert(QStringLiteral("deviceActionResults"), results.value(id));
        return o;
    }

    void addDevice(const QString &id) { devices.insert(id, androidDedicatedJson(id)); }

    devices::Device device(const QString &id) const
    {
        return *devices::DeviceJson::parseDevice(deviceJson(id)).device;
    }

    bool waitForState(const ActionKey &key, ActionState state, int timeoutMs = 5000)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < timeoutMs) {
            const auto a = tracker->find(key);
            if (a && a->state == state)
                return true;
            QSignalSpy spy(tracker.get(), &ActionTracker::stateChanged);
            spy.wait(50);
        }
        return false;
    }

    QByteArray journalBytes() const
    {
        QFile f(journal->path());
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    QTemporaryDir dir;
    ShiftableClock clock;
    FakeNetworkAccessManager network;
    FakeTokenProvider tokens{QStringLiteral("test-token")};
    std::unique_ptr<graph::GraphClient> client;
    std::unique_ptr<ActionJournal> journal;
    std::unique_ptr<ActionTracker> tracker;
    std::unique_ptr<ActionService> service;

    QHash<QString, QJsonObject> devices;
    QHash<QString, QJsonArray> results;
    std::function<CannedReply()> postReply;
    std::function<std::optional<CannedReply>(const RecordedRequest &)> getReply;
    int actionPosts = 0;
    int deviceGets = 0;
    int batchPosts = 0;
    int maxBatchSize = 0;
    QString lastActionPath;
};

} // namespace

TEST_F(engine_ActionService, RefusesAnIneligibleDeviceWithoutSending)
{
    QJsonObject mac = androidDedicatedJson(QStringLiteral("mac-1"));
    mac.insert(QStringLiteral("operatingSystem"), QStringLiteral("macOS"));
    mac.insert(QStringLiteral("deviceType"), QStringLiteral("macMDM"));
    mac.insert(QStringLiteral("deviceEnrollmentType"), QStringLiteral("appleBulkWithUser"));
    const auto d = *devices::DeviceJson::parseDevice(mac).device;
    const std::optional<Error> refused = service->send(d, RemoteAction::ResetPasscode);
    ASSERT_TRUE(refused.has_value());
    EXPECT_EQ(refused->kind, Error::Kind::Usage);
    EXPECT_FALSE(refused->message.isEmpty());
    QSignalSpy spy(&network, &QObject::destroyed);
    spy.wait(50);
    EXPECT_EQ(actionPosts, 0);
    EXPECT_FALSE(tracker->find(ActionKey{QStringLiteral("mac-1"), RemoteAction::ResetPasscode}).has_value());
}

TEST_F(engine_ActionService, AcceptedActionIsPolledToDoneAndTheJournalNeverHoldsThePasscode)
{
    const QString id = QStringLiteral("dev-1");
    addDevice(id);
    const ActionKey key{id, RemoteAction::ResetPasscode};
    ASSERT_FALSE(service->send(device(id), RemoteAction::ResetPasscode, QStringLiteral("INC-7")).has_value());
    ASSERT_TRUE(waitForState(key, ActionState::Accepted));
    EXPECT_EQ(lastActionPath, QStringLiteral("/beta/deviceManagement/managedDevices/dev-1/resetPasscode"));
    EXPECT_EQ(service->watchedCount(), 1);

    results[id] = QJsonArray{passcodeResultJson(QStringLiteral("pending"), clock.now())};
    ASSERT_TRUE(waitForState(key, ActionState::Pending));
    results[id] =
        QJsonArray{passcodeResultJson(QStringLiteral("done"), clock.now(), QStringLiteral("55501234"))};
    ASSERT_TRUE(waitForState(key, ActionState::Done));
    EXPECT_EQ(tracker->find(key)->passcode, QStringLiteral("55501234"));
    EXPECT_EQ(service->watchedCount(), 0);
    EXPECT_EQ(actionPosts, 1);

    const QByteArray bytes = journalBytes();
    EXPECT_TRUE(bytes.contains("\"done\""));
    EXPECT_TRUE(bytes.contains("INC-7"));
    EXPECT_FALSE(bytes.contains("55501234"));
}

TEST_F(engine_ActionService, TwoHundredWithAnUnreadableBodyIsAccepted)
{
    const QString id = QStringLiteral("dev-7");
    addDevice(id);
    postReply = [] {
        return CannedReply::raw(200, "{not json");
    };
    ASSERT_FALSE(service->send(device(id), RemoteAction::ResetPasscode).has_value());
    const ActionKey key{id, RemoteAction::ResetPasscode};
    ASSERT_TRUE(waitForState(key, ActionState::Accepted));
    EXPECT_EQ(actionPosts, 1);
    EXPECT_EQ(service->watchedCount(), 1);
}

TEST_F(engine_ActionService, RejectedPostFailsAndIsNotWatched)
{
    const QString id = QStringLiteral("dev-2");
    addDevice(id);
    postReply = [] {
        return CannedReply::httpError(403, R"({"error":{"code":"Forbidden","message":"no role"}})");
    };
    QSignalSpy failed(service.get(), &ActionService::sendFailed);
    ASSERT_FALSE(service->send(device(id), RemoteAction::ResetPasscode).has_value());
    ASSERT_TRUE(failed.wait(3000));
    const ActionKey key{id, RemoteAction::ResetPasscode};
    EXPECT_EQ(tracker->find(key)->state, ActionState::Failed);
    EXPECT_EQ(failed.first().at(1).value<Error>().kind, Error::Kind::Permission);
    EXPECT_EQ(service->watchedCount(), 0);
    EXPECT_EQ(actionPosts, 1);
}

TEST_F(engine_ActionService, UnknownOutcomeIsNeverResentAndEndsNotProcessedAfterTheBound)
{
    const QString id = QStringLiteral("dev-3");
    addDevice(id);
    // The connection dies before any answer: the outcome is unknown (a 2xx status would prove it was taken).
    postReply = [] {
        return CannedReply::transportError(QNetworkReply::RemoteHostClosedError);
    };
    QSignalSpy failed(service.get(), &ActionService::sendFailed);
    ASSERT_FALSE(service->send(device(id), RemoteAction::ResetPasscode).has_value());
    const ActionKey key{id, RemoteAction::ResetPasscode};
    ASSERT_TRUE(waitForState(key, ActionState::Unknown));
    ASSERT_GE(failed.size(), 1);
    EXPECT_EQ(failed.first().at(1).value<Error>().kind, Error::Kind::OutcomeUnknown);
    // Still watched; polls find nothing; a second send is refused while unknown.
    const int getsBefore = deviceGets;
    QSignalSpy(tracker.get(), &ActionTracker::stateChanged).wait(200);
    EXPECT_GT(deviceGets, getsBefore);
    EXPECT_EQ(tracker->find(key)->state, ActionState::Unknown);
    EXPECT_TRUE(service->send(device(id), RemoteAction::ResetPasscode).has_value());
    // After the bound without Graph showing the action: None, "not processed".
    clock.shiftMs(61000);
    ASSERT_TRUE(waitForState(key, ActionState::None));
    EXPECT_EQ(service->watchedCount(), 0);
    EXPECT_EQ(actionPosts, 1);
    EXPECT_TRUE(journalBytes().contains("\"none\""));
}

TEST_F(engine_ActionService, UnknownOutcomeSettledByGraph)
{
    const QString id = QStringLiteral("dev-4");
    addDevice(id);
    // The connection dies before any answer: the outcome is unknown (a 2xx status would prove it was taken).
    postReply = [] {
        return CannedReply::transportError(QNetworkReply::RemoteHostClosedError);
    };
    ASSERT_FALSE(service->send(device(id), RemoteAction::ResetPasscode).has_value());
    const ActionKey key{id, RemoteAction::ResetPasscode};
    ASSERT_TRUE(waitForState(key, ActionState::Unknown));
    results[id] = QJsonArray{passcodeResultJson(QStringLiteral("done"), clock.now(), QStringLiteral("1234"))};
    ASSERT_TRUE(waitForState(key, ActionState::Done));
    EXPECT_EQ(actionPosts, 1);
}

TEST_F(engine_ActionService, PollErrorsDoNotEndTheWatchAndRetryAfterIsHonoured)
{
    const QString id = QStringLiteral("dev-5");
    addDevice(id);
    int failures = 3;
    QList<qint64> getTimes;
    getReply = [&](const RecordedRequest &) -> std::optional<CannedReply> {
        getTimes.append(clock.monotonicMs());
        if (failures-- > 0) {
            CannedReply r = CannedReply::httpError(
                429, R"({"error":{"code":"TooManyRequests","message":"Please retry after"}})");
            r.withHeader("Retry-After", "0.3");
            return r;
        }
        return std::nullopt;
    };
    // Polls use reads with few retries: make the client give up at once so the service sees the 429s.
    graph::RetryPolicy none = graph::RetryPolicy::noRetries();
    graph::GraphClient::Options options = client->options();
    options.retry = none;
    service.reset();
    client = std::make_unique<graph::GraphClient>(&network, &tokens, clock, options);
    service = std::make_unique<ActionService>(*client, *tracker, *journal, clock);
    PollPolicy fast;
    fast.firstDelayMs = 10;
    fast.maxDelayMs = 20;
    fast.coalesceMs = 0;
    service->setPollPolicy(fast);

    QSignalSpy pollErrors(service.get(), &ActionService::pollError);
    ASSERT_FALSE(service->send(device(id), RemoteAction::ResetPasscode).has_value());
    const ActionKey key{id, RemoteAction::ResetPasscode};
    results[id] = QJsonArray{passcodeResultJson(QStringLiteral("done"), clock.now(), QStringLiteral("9"))};
    ASSERT_TRUE(waitForState(key, ActionState::Done, 8000));
    EXPECT_EQ(pollErrors.size(), 3);
    ASSERT_GE(getTimes.size(), 4);
    for (int i = 1; i < 4; ++i)
        EXPECT_GE(getTimes.at(i) - getTimes.at(i - 1), 290)
            << "poll " << i << " came sooner than Retry-After";
}

TEST_F(engine_ActionService, ManyWatchedDevicesArePolledThroughBatchesOfTwenty)
{
    const int n = 45;
    for (int i = 0; i < n; ++i) {
        const QString id = QStringLiteral("dev-%1").arg(i, 3, 10, QLatin1Char('0'));
        addDevice(id);
        results[id] = QJsonArray{passcodeResultJson(QStringLiteral("pending"), clock.now())};
        TrackedAction a;
        a.key = ActionKey{id, RemoteAction::ResetPasscode};
        a.state = ActionState::Accepted;
        a.requestedAt = clock.now();
        a.stateSince = clock.now();
        tracker->restore(a);
    }
    PollPolicy slow;
    slow.firstDelayMs = 50;
    slow.multiplier = 1000; // one cycle only in this test
    slow.maxDelayMs = 100000;
    slow.coalesceMs = 1000;
    service->setPollPolicy(slow);
    for (int i = 0; i < n; ++i)
        service->watch(
            ActionKey{QStringLiteral("dev-%1").arg(i, 3, 10, QLatin1Char('0')), RemoteAction::ResetPasscode});
    QSignalSpy fetched(service.get(), &ActionService::deviceFetched);
    QElapsedTimer t;
    t.start();
    while (fetched.size() < n && t.elapsed() < 5000)
        fetched.wait(100);
    ASSERT_EQ(fetched.size(), n);
    EXPECT_EQ(batchPosts, 3); // ceil(45 / 20)
    EXPECT_EQ(maxBatchSize, 20);
    EXPECT_EQ(deviceGets, 0);
    QSignalSpy(tracker.get(), &ActionTracker::stateChanged).wait(100);
    EXPECT_EQ(service->pollRequestCount(), 3);
    for (int i = 0; i < n; ++i) {
        const ActionKey key{QStringLiteral("dev-%1").arg(i, 3, 10, QLatin1Char('0')),
                            RemoteAction::ResetPasscode};
        EXPECT_EQ(tracker->find(key)->state, ActionState::Pending);
    }
    EXPECT_EQ(service->watchedCount(), n);
}

TEST_F(engine_ActionService, ResumeFromJournalAfterARestart)
{
    const QDateTime t = clock.now();
    auto entry = [&](const char *id, ActionState s) {
        TrackedAction a;
        a.key = ActionKey{QString::fromLatin1(id), RemoteAction::ResetPasscode};
        a.state = s;
        a.deviceName = QString::fromLatin1(id);
        a.requestedAt = t;
        a.stateSince = t;
        return a;
    };
    ASSERT_FALSE(journal->record(entry("never-sent", ActionState::Requested)).has_value());
    ASSERT_FALSE(journal->record(entry("on-the-wire", ActionState::Sent)).has_value());
    ASSERT_FALSE(journal->record(entry("accepted", ActionState::Accepted)).has_value());
    ASSERT_FALSE(journal->record(entry("finished", ActionState::Done)).has_value());
    addDevice(QStringLiteral("on-the-wire"));
    addDevice(QStringLiteral("accepted"));
    results[QStringLiteral("accepted")] =
        QJsonArray{passcodeResultJson(QStringLiteral("done"), t, QStringLiteral("777"))};

    // A new process: new tracker and service over the same journal file.
    service.reset();
    tracker = std::make_unique<ActionTracker>(clock);
    ActionJournal reopened(journal->path());
    service = std::make_unique<ActionService>(*client, *tracker, reopened, clock);
    ASSERT_FALSE(service->resumeFromJournal().has_value());
    EXPECT_EQ(tracker->find(ActionKey{QStringLiteral("never-sent"), RemoteAction::ResetPasscode})->state,
              ActionState::Canceled);
    EXPECT_EQ(tracker->find(ActionKey{QStringLiteral("on-the-wire"), RemoteAction::ResetPasscode})->state,
              ActionState::Unknown);
    EXPECT_EQ(tracker->find(ActionKey{QStringLiteral("finished"), RemoteAction::ResetPasscode})->state,
              ActionState::Done);
    EXPECT_EQ(service->watchedCount(), 2);
    ASSERT_TRUE(
        waitForState(ActionKey{QStringLiteral("accepted"), RemoteAction::ResetPasscode}, ActionState::Done));
    EXPECT_EQ(actionPosts, 0); // nothing is ever re-sent on resume
    const auto reloaded = reopened.load();
    ASSERT_TRUE(reloaded.hasValue());
    for (const TrackedAction &a : reloaded.value()) {
        if (a.key.deviceId == u"never-sent") {
            EXPECT_EQ(a.state, ActionState::Canceled);
        }
        if (a.key.deviceId == u"accepted") {
            EXPECT_EQ(a.state, ActionState::Done);
        }
    }
}

TEST_F(engine_ActionService, FetchDeviceAppliesResultsAndWatchesAnActionPendingElsewhere)
{
    const QString id = QStringLiteral("dev-6");
    addDevice(id);
    results[id] = QJsonArray{passcodeResultJson(QStringLiteral("pending"), clock.now())};
    QSignalSpy fetched(service.get(), &ActionService::deviceFetched);
    service->fetchDevice(id);
    ASSERT_TRUE(fetched.wait(3000));
    const auto d = fetched.first().at(0).value<devices::Device>();
    EXPECT_EQ(d.id, id);
    EXPECT_EQ(d.actionResults.size(), 1);
    EXPECT_EQ(tracker->find(ActionKey{id, RemoteAction::ResetPasscode})->state, ActionState::Pending);
    EXPECT_EQ(service->watchedCount(), 1);

    QSignalSpy failed(service.get(), &ActionService::deviceFetchFailed);
    service->fetchDevice(QStringLiteral("missing"));
    ASSERT_TRUE(failed.wait(3000));
    EXPECT_EQ(failed.first().at(1).value<Error>().kind, Error::Kind::NotFound);
}
