// SPDX-License-Identifier: GPL-3.0-or-later
// WriteBudget's sliding window, and GraphClient drawing from it: actions wait, reads never do, a $batch
// draws one unit per action item.
#include "core/graph/WriteBudget.h"
#include "GraphTestSupport.h"
#include "core/graph/GraphBatch.h"

using namespace passcode::graph;
using namespace passcode::graph::test;

TEST(WriteBudget, TakesUpToTheLimitPerWindow)
{
    ManualClock clock;
    WriteBudget budget(clock, 3, 1000);
    EXPECT_EQ(budget.available(), 3);
    EXPECT_TRUE(budget.tryTake(2));
    EXPECT_EQ(budget.usedInWindow(), 2);
    EXPECT_FALSE(budget.tryTake(2)); // all or nothing
    EXPECT_EQ(budget.usedInWindow(), 2);
    EXPECT_TRUE(budget.tryTake(1));
    EXPECT_FALSE(budget.tryTake(1));
    EXPECT_EQ(budget.available(), 0);
    EXPECT_EQ(budget.totalTaken(), 3);
}

TEST(WriteBudget, RoomReturnsAsTheOldestWritesLeaveTheWindow)
{
    ManualClock clock;
    WriteBudget budget(clock, 3, 1000);
    ASSERT_TRUE(budget.tryTake(2)); // t=0
    clock.advanceMs(400);
    ASSERT_TRUE(budget.tryTake(1)); // t=400
    EXPECT_EQ(budget.msUntilAvailable(1), 600);
    EXPECT_EQ(budget.msUntilAvailable(2), 600); // both t=0 writes leave together
    EXPECT_EQ(budget.msUntilAvailable(3), 1000);
    clock.advanceMs(599);
    EXPECT_FALSE(budget.tryTake(1));
    clock.advanceMs(1);
    EXPECT_EQ(budget.msUntilAvailable(2), 0);
    EXPECT_TRUE(budget.tryTake(2));
    EXPECT_FALSE(budget.tryTake(1));
}

TEST(WriteBudget, ARequestLargerThanTheLimitIsClampedNotStarved)
{
    ManualClock clock;
    WriteBudget budget(clock, 5, 1000);
    EXPECT_EQ(budget.msUntilAvailable(20), 0);
    EXPECT_TRUE(budget.tryTake(20));
    EXPECT_EQ(budget.usedInWindow(), 5);
    EXPECT_EQ(budget.msUntilAvailable(20), 1000);
    EXPECT_TRUE(budget.tryTake(0));
}

TEST(WriteBudget, LimitAndWindowCanChange)
{
    ManualClock clock;
    WriteBudget budget(clock);
    EXPECT_EQ(budget.limit(), 150);
    EXPECT_EQ(budget.windowMs(), 20000);
    budget.setLimit(0);
    EXPECT_EQ(budget.limit(), 1);
    budget.setLimit(2);
    budget.setWindowMs(100);
    EXPECT_TRUE(budget.tryTake(2));
    EXPECT_EQ(budget.msUntilAvailable(1), 100);
}

TEST(WriteBudget, TheSafetyMarginLengthensTheWindow)
{
    ManualClock clock;
    WriteBudget budget(clock, 2, 1000);
    budget.setSafetyMarginMs(50);
    ASSERT_TRUE(budget.tryTake(2));
    EXPECT_EQ(budget.msUntilAvailable(1), 1050);
    EXPECT_EQ(budget.estimateMs(2), 1050);
    EXPECT_EQ(budget.estimateMs(3), 2100);
    clock.advanceMs(1000);
    EXPECT_FALSE(budget.tryTake(1));
    clock.advanceMs(50);
    EXPECT_TRUE(budget.tryTake(2));
}

TEST(WriteBudget, EstimateCountsTheRoomLeftThenWholeWindows)
{
    ManualClock clock;
    WriteBudget budget(clock, 10, 1000);
    EXPECT_EQ(budget.estimateMs(0), 0);
    EXPECT_EQ(budget.estimateMs(10), 0);
    EXPECT_EQ(budget.estimateMs(11), 1000); // 10 now, 1 when the first write leaves
    ASSERT_TRUE(budget.tryTake(10));
    EXPECT_EQ(budget.estimateMs(10), 1000);
    EXPECT_EQ(budget.estimateMs(25), 3000);
}

class WriteBudgetClient : public GraphTest
{
protected:
    void SetUp() override
    {
        nam.setHandler([](const RecordedRequest &) { return CannedReply::noContent(); });
    }
    int posts() const
    {
        return int(std::count_if(nam.requests().cbegin(), nam.requests().cend(),
                                 [](const RecordedRequest &r) { return r.verb == "POST"; }));
    }
};

TEST_F(WriteBudgetClient, ActionsWaitForRoomAndReadsDoNot)
{
    WriteBudget budget(clock, 2, 50);
    client->setWriteBudget(&budget);
    ResultCollector results;
    for (int i = 0; i < 3; ++i)
        results.track(client->send(GraphRequest::action(
            QStringLiteral("/deviceManagement/managedDevices/d%1/resetPasscode").arg(i))));
    results.track(client->send(GraphRequest::get(QStringLiteral("/me"))));
    ASSERT_TRUE(waitUntil([&] { return results.finishedCount() == 3; }));
    EXPECT_EQ(posts(), 2);
    EXPECT_EQ(client->waitingForBudget(), 1);
    EXPECT_TRUE(results.at(3).ok()); // the read went past the waiting action
    clock.advanceMs(50);             // the window moves on: the third action leaves
    ASSERT_TRUE(results.waitAll());
    EXPECT_EQ(posts(), 3);
    EXPECT_EQ(budget.totalTaken(), 3);
    for (int i = 0; i < 3; ++i)
        EXPECT_TRUE(results.at(i).ok()) << i;
}

TEST_F(WriteBudgetClient, AWaitingActionCanBeCancelled)
{
    WriteBudget budget(clock, 1, 60000);
    client->setWriteBudget(&budget);
    ResultCollector results;
    results.track(client->send(
        GraphRequest::action(QStringLiteral("/deviceManagement/managedDevices/a/resetPasscode"))));
    GraphReply *waiting = client->send(
        GraphRequest::action(QStringLiteral("/deviceManagement/managedDevices/b/resetPasscode")));
    results.track(waiting);
    ASSERT_TRUE(waitUntil([&] { return results.finishedCount() == 1; }));
    waiting->cancel();
    ASSERT_TRUE(results.waitAll());
    EXPECT_EQ(results.at(1).error->kind, Kind::Cancelled);
    EXPECT_EQ(posts(), 1);
    EXPECT_EQ(client->waitingForBudget(), 0);
}

TEST_F(WriteBudgetClient, ABatchDrawsOneUnitPerActionItem)
{
    WriteBudget budget(clock, 100, 60000);
    client->setWriteBudget(&budget);
    nam.setHandler([](const RecordedRequest &r) {
        const QJsonArray requests = QJsonDocument::fromJson(r.body).object().value(u"requests").toArray();
        QJsonArray responses;
        for (const QJsonValue &v : requests) {
            const bool read = v.toObject().value(u"method").toString() == u"GET";
            QJsonObject answer;
            answer.insert(QStringLiteral("id"), v.toObject().value(u"id"));
            answer.insert(QStringLiteral("status"), read ? 200 : 204);
            if (read)
                answer.insert(QStringLiteral("body"),
                              QJsonObject{{QStringLiteral("id"), QStringLiteral("x")}});
            responses.append(answer);
        }
        return CannedReply::json(QJsonObject{{QStringLiteral("responses"), responses}});
    });
    QList<GraphRequest> actions;
    for (int i = 0; i < 7; ++i)
        actions.append(GraphRequest::action(
            QStringLiteral("/deviceManagement/managedDevices/d%1/resetPasscode").arg(i), ApiVersion::Beta));
    GraphBatch writes(client.get(), actions);
    QSignalSpy writesDone(&writes, &GraphBatch::finished);
    writes.start();
    ASSERT_TRUE(writesDone.wait(5000));
    EXPECT_EQ(budget.totalTaken(), 7); // one $batch POST, seven writes

    QList<GraphRequest> reads;
    for (int i = 0; i < 5; ++i)
        reads.append(GraphRequest::get(QStringLiteral("/deviceManagement/managedDevices/d%1").arg(i),
                                       ApiVersion::Beta));
    GraphBatch readBatch(client.get(), reads);
    QSignalSpy readsDone(&readBatch, &GraphBatch::finished);
    readBatch.start();
    ASSERT_TRUE(readsDone.wait(5000));
    EXPECT_EQ(budget.totalTaken(), 7); // reads are free
}
