// SPDX-License-Identifier: GPL-3.0-or-later
// ActionService::sendMany() over a fake network: the journal holds every item before the $batch leaves, a
// journal failure sends nothing, refused items do not hold the others back, a lost batch answer is never
// sent again.
#include "ActionServiceTestData.h"
#include "core/actions/ActionService.h"
#include "core/devices/DeviceJson.h"
#include "core/graph/GraphClient.h"
#include "fakes/FakeNetworkAccessManager.h"
#include "fakes/FakeTokenProvider.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace passcode;
using namespace passcode::actions;
using passcode::actionservicetest::androidDedicatedJson;
using passcode::actionservicetest::ShiftableClock;
using passcode::testing::CannedReply;
using passcode::testing::FakeNetworkAccessManager;
using passcode::testing::FakeTokenProvider;
using passcode::testing::RecordedRequest;

namespace {

class BulkSend : public ::testing::Test
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
        PollPolicy slow; // no polling during these tests: they look at the sending only
        slow.firstDelayMs = 60000;
        service->setPollPolicy(slow);
        service->setInitiator(QStringLiteral("helpdesk@contoso.example"));
        network.setHandler([this](const RecordedRequest &r) { return answer(r); });
    }

    CannedReply answer(const RecordedRequest &r)
    {
        if (r.verb != "POST" || !r.url.path().endsWith(u"/$batch"))
            return CannedReply::httpError(400, R"({"error":{"code":"BadRequest","message":"unexpected"}})");
        ++batchPosts;
        if (onBatch)
            if (std::optional<CannedReply> custom = onBatch(r))
                return *custom;
        QJsonArray responses;
        for (const QJsonValue &v : QJsonDocument::fromJson(r.body).object().value(u"requests").toArray()) {
            const QString url = v.toObject().value(u"url").toString();
            const QString id = url.section(u'/', 3, 3);
            ++postsPerDevice[id];
            QJsonObject response;
            response.insert(QStringLiteral("id"), v.toObject().value(u"id"));
            if (throttleOnce.remove(id)) {
                response.insert(QStringLiteral("status"), 429);
                response.insert(QStringLiteral("headers"),
                                QJsonObject{{QStringLiteral("Retry-After"), QStringLiteral("1")}});
                response.insert(
                    QStringLiteral("body"),
                    QJsonObject{{QStringLiteral("error"),
                                 QJsonObject{{QStringLiteral("code"), QStringLiteral("TooManyRequests")},
                                             {QStringLiteral("message"), QStringLiteral("slow down")}}}});
                --postsPerDevice[id]; // refused: not processed
            } else {
                response.insert(QStringLiteral("status"), 204);
            }
            responses.append(response);
        }
        return CannedReply::json(QJsonObject{{QStringLiteral("responses"), responses}});
    }

    QList<BulkSendItem> items(int count, const QString &runId = QStringLiteral("run-1"))
    {
        QList<BulkSendItem> out;
        for (int i = 0; i < count; ++i) {
            const QString id = QStringLiteral("dev%1").arg(i);
            out.append(BulkSendItem{*devices::DeviceJson::parseDevice(androidDedicatedJson(id)).device,
                                    RemoteAction::ResetPasscode, QStringLiteral("INC-7"), runId});
        }
        return out;
    }

    ActionState state(const QString &id) const
    {
        const auto a = tracker->find(ActionKey{id, RemoteAction::ResetPasscode});
        return a ? a->state : ActionState::None;
    }

    bool allIn(int count, ActionState s)
    {
        return QTest::qWaitFor(
            [&] {
                for (int i = 0; i < count; ++i) {
                    if (state(QStringLiteral("dev%1").arg(i)) != s)
                        return false;
                }
                return true;
            },
            5000);
    }

    QTemporaryDir dir;
    ShiftableClock clock;
    FakeNetworkAccessManager network;
    FakeTokenProvider tokens{QStringLiteral("test-token")};
    std::unique_ptr<graph::GraphClient> client;
    std::unique_ptr<ActionJournal> journal;
    std::unique_ptr<ActionTracker> tracker;
    std::unique_ptr<ActionService> service;
    std::function<std::optional<CannedReply>(const RecordedRequest &)> onBatch;
    QSet<QString> throttleOnce;
    QHash<QString, int> postsPerDevice;
    int batchPosts = 0;
};

} // namespace

TEST_F(BulkSend, EveryItemIsJournaledSentBeforeTheBatchLeaves)
{
    QList<TrackedAction> onDiskWhenSent;
    onBatch = [&](const RecordedRequest &) -> std::optional<CannedReply> {
        if (onDiskWhenSent.isEmpty())
            onDiskWhenSent = journal->load().value();
        return std::nullopt;
    };
    const BulkSendResult result = service->sendMany(items(45));
    EXPECT_FALSE(result.journalError.has_value());
    EXPECT_EQ(result.sentCount(), 45);
    ASSERT_TRUE(allIn(45, ActionState::Accepted));
    EXPECT_EQ(batchPosts, 3); // 20 + 20 + 5
    ASSERT_EQ(onDiskWhenSent.size(), 45);
    for (const TrackedAction &a : onDiskWhenSent) {
        EXPECT_EQ(a.state, ActionState::Sent);
        EXPECT_EQ(a.runId, QStringLiteral("run-1"));
        EXPECT_EQ(a.ticket, QStringLiteral("INC-7"));
    }
    for (int i = 0; i < 45; ++i)
        EXPECT_EQ(postsPerDevice.value(QStringLiteral("dev%1").arg(i)), 1);
    // The later states reach the journal too, grouped.
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            const QList<TrackedAction> now = journal->load().value();
            return std::all_of(now.cbegin(), now.cend(),
                               [](const TrackedAction &a) { return a.state == ActionState::Accepted; });
        },
        5000));
    EXPECT_EQ(service->watchedCount(), 45);
}

TEST_F(BulkSend, AJournalFailureSendsNothing)
{
    journal = std::make_unique<ActionJournal>(dir.filePath(QStringLiteral("blocked/journal.json")));
    service = std::make_unique<ActionService>(*client, *tracker, *journal, clock);
    ASSERT_TRUE(QDir(dir.path()).mkpath(QStringLiteral("blocked/journal.json"))); // a folder: unwritable
    QSignalSpy journalErrors(service.get(), &ActionService::journalError);
    const BulkSendResult result = service->sendMany(items(5));
    ASSERT_TRUE(result.journalError.has_value());
    EXPECT_EQ(result.sentCount(), 0);
    EXPECT_EQ(journalErrors.size(), 1);
    QTest::qWait(50);
    EXPECT_EQ(network.requests().size(), 0);
    for (int i = 0; i < 5; ++i) {
        EXPECT_TRUE(result.refused.at(i).has_value());
        EXPECT_EQ(state(QStringLiteral("dev%1").arg(i)), ActionState::None); // never left: not processed
    }
}

TEST_F(BulkSend, RefusedItemsDoNotHoldTheOthersBack)
{
    QList<BulkSendItem> list = items(3);
    list[1].device.managementState = devices::ManagementState::RetireIssued;
    const BulkSendResult result = service->sendMany(list);
    EXPECT_EQ(result.sentCount(), 2);
    ASSERT_TRUE(result.refused.at(1).has_value());
    EXPECT_EQ(result.refused.at(1)->kind, Error::Kind::Usage);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return state(QStringLiteral("dev2")) == ActionState::Accepted; }, 5000));
    EXPECT_EQ(postsPerDevice.value(QStringLiteral("dev1")), 0);
    // A second send of an item in flight is refused, not sent twice.
    const BulkSendResult again = service->sendMany(items(1));
    EXPECT_EQ(again.sentCount(), 0);
    QTest::qWait(30);
    EXPECT_EQ(postsPerDevice.value(QStringLiteral("dev0")), 1);
}

TEST_F(BulkSend, AThrottledItemWaitsAndIsSentOnceProcessed)
{
    throttleOnce = {QStringLiteral("dev3")};
    service->sendMany(items(6));
    ASSERT_TRUE(allIn(6, ActionState::Accepted));
    EXPECT_EQ(batchPosts, 2); // the 429 item alone in a second $batch
    for (int i = 0; i < 6; ++i)
        EXPECT_EQ(postsPerDevice.value(QStringLiteral("dev%1").arg(i)), 1);
}

TEST_F(BulkSend, ALostBatchAnswerMakesItsItemsUnknownAndNothingIsResent)
{
    onBatch = [&](const RecordedRequest &r) -> std::optional<CannedReply> {
        for (const QJsonValue &v : QJsonDocument::fromJson(r.body).object().value(u"requests").toArray())
            ++postsPerDevice[v.toObject().value(u"url").toString().section(u'/', 3, 3)];
        return CannedReply::connectionReset(); // processed, then the answer is lost
    };
    QSignalSpy failures(service.get(), &ActionService::sendFailed);
    service->sendMany(items(4));
    ASSERT_TRUE(allIn(4, ActionState::Unknown));
    QTest::qWait(50);
    EXPECT_EQ(batchPosts, 1);
    EXPECT_EQ(failures.size(), 4);
    for (int i = 0; i < 4; ++i)
        EXPECT_EQ(postsPerDevice.value(QStringLiteral("dev%1").arg(i)), 1);
}
