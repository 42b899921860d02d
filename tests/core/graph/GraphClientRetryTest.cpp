// SPDX-License-Identifier: GPL-3.0-or-later
// GraphClient retries: Retry-After in its three forms, backoff, the bounds, what a read may retry and what an
// action may not.
#include "GraphTestSupport.h"

#include <QTest>

using namespace passcode::graph;
using namespace passcode::graph::test;

class graph_ClientRetry : public GraphTest
{
};

namespace {

const QByteArray ThrottledBody =
    R"({"error":{"code":"TooManyRequests","message":"Please retry again later."}})";

CannedReply throttled(const QByteArray &retryAfter)
{
    CannedReply r = CannedReply::httpError(429, ThrottledBody);
    if (!retryAfter.isEmpty())
        r.withHeader("Retry-After", retryAfter);
    return r;
}

GraphRequest resetPasscode()
{
    return GraphRequest::action(QStringLiteral("/deviceManagement/managedDevices/d1/resetPasscode"));
}

} // namespace

TEST_F(graph_ClientRetry, Throttled429WithFractionalRetryAfter)
{
    nam.respondInOrder({throttled("2.128"), CannedReply::json({})});
    const GraphResult r = run(GraphRequest::get(QStringLiteral("/x")));
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.attempts, 2);
    EXPECT_EQ(r.waitsMs, QList<qint64>{2128});
}

TEST_F(graph_ClientRetry, Throttled429WithIntegerRetryAfter)
{
    nam.respondInOrder({throttled("3"), CannedReply::json({})});
    const GraphResult r = run(GraphRequest::get(QStringLiteral("/x")));
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.waitsMs, QList<qint64>{3000});
}

TEST_F(graph_ClientRetry, Throttled429WithHttpDateRetryAfter)
{
    // The manual clock says 2026-11-01 09:00:00 UTC.
    nam.respondInOrder({throttled("Sun, 01 Nov 2026 09:00:05 GMT"), CannedReply::json({})});
    const GraphResult r = run(GraphRequest::get(QStringLiteral("/x")));
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.waitsMs, QList<qint64>{5000});
}

TEST_F(graph_ClientRetry, Throttled429WithoutRetryAfterBacksOffExponentially)
{
    nam.respondInOrder({throttled({}), throttled({}), throttled({}), CannedReply::json({})});
    const GraphResult r = run(GraphRequest::get(QStringLiteral("/x")));
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.waitsMs, (QList<qint64>{1, 2, 4}));
}

TEST_F(graph_ClientRetry, ThrottledUntilTheAttemptsAreSpent)
{
    nam.setHandler([](const RecordedRequest &) { return throttled("1"); });
    const GraphResult r = run(GraphRequest::get(QStringLiteral("/x")));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error->kind, Kind::Throttled);
    EXPECT_EQ(r.error->httpStatus, 429);
    EXPECT_DOUBLE_EQ(r.error->retryAfterSeconds, 1.0);
    EXPECT_EQ(r.error->code, QStringLiteral("TooManyRequests"));
    EXPECT_EQ(requestCount(), 4);
    EXPECT_EQ(r.attempts, 4);
    EXPECT_EQ(r.waitsMs.size(), 3);
}

TEST_F(graph_ClientRetry, RetryAfterBeyondTheWaitBudgetFailsAtOnce)
{
    RetryPolicy p = fastPolicy();
    p.maxTotalWaitMs = 1000; // 3600 s scaled down is 3600 ms: over budget
    nam.setHandler([](const RecordedRequest &) { return throttled("3600"); });
    const GraphResult r = run(GraphRequest::get(QStringLiteral("/x")).setRetryPolicy(p));
    EXPECT_EQ(r.error->kind, Kind::Throttled);
    EXPECT_DOUBLE_EQ(r.error->retryAfterSeconds, 3600.0);
    EXPECT_EQ(requestCount(), 1);
}

TEST_F(graph_ClientRetry, ServiceUnavailable503HonoursRetryAfter)
{
    nam.respondInOrder({CannedReply::httpError(503, {}, {{"Retry-After", "7"}}), CannedReply::json({})});
    const GraphResult r = run(GraphRequest::get(QStringLiteral("/x")));
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.waitsMs, QList<qint64>{7000});
}

TEST_F(graph_ClientRetry, RetryingIsAnnounced)
{
    nam.respondInOrder({throttled("2"), CannedReply::json({})});
    GraphReply *reply = client->send(GraphRequest::get(QStringLiteral("/x")));
    QSignalSpy retrying(reply, &GraphReply::retrying);
    EXPECT_TRUE(await(reply).ok());
    ASSERT_EQ(retrying.count(), 1);
    EXPECT_EQ(retrying.at(0).at(0).toInt(), 2);
    EXPECT_EQ(retrying.at(0).at(1).toLongLong(), 2); // 2000 ms scaled by 0.001
}

TEST_F(graph_ClientRetry, GetIsRetriedAfterServerErrorsUpToTheBound)
{
    for (int status : {500, 502, 504}) {
        nam.clearRequests();
        nam.setHandler([status](const RecordedRequest &) { return CannedReply::httpError(status); });
        const GraphResult r = run(GraphRequest::get(QStringLiteral("/x")));
        EXPECT_EQ(r.error->kind, Kind::Unavailable) << status;
        EXPECT_EQ(r.error->httpStatus, status);
        EXPECT_EQ(requestCount(), 4) << status;
    }
}

TEST_F(graph_ClientRetry, GetRecoversAfterATransientServerError)
{
    nam.respondInOrder({CannedReply::httpError(504), CannedReply::httpError(500), CannedReply::json({})});
    const GraphResult r = run(GraphRequest::get(QStringLiteral("/x")));
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.attempts, 3);
}

TEST_F(graph_ClientRetry, GetIsRetriedAfterTimeoutsThenFailsWithTimeout)
{
    nam.setHandler([](const RecordedRequest &) { return CannedReply::hanging(); });
    const GraphResult r = run(GraphRequest::get(QStringLiteral("/x")).setTimeoutMs(20));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error->kind, Kind::Timeout);
    EXPECT_EQ(requestCount(), 4);
    EXPECT_EQ(nam.pendingReplies(), 0);
}

TEST_F(graph_ClientRetry, GetRecoversAfterATimeout)
{
    nam.respondInOrder({CannedReply::hanging(), CannedReply::json({})});
    const GraphResult r = run(GraphRequest::get(QStringLiteral("/x")).setTimeoutMs(20));
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.attempts, 2);
}

TEST_F(graph_ClientRetry, GetIsRetriedAfterAConnectionReset)
{
    const QByteArray full = QJsonDocument(page(devices(0, 5))).toJson(QJsonDocument::Compact);
    nam.respondInOrder({CannedReply::connectionReset(full.left(20)), CannedReply::raw(200, full)});
    const GraphResult r = run(GraphRequest::get(QStringLiteral("/x")));
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.json.value(QLatin1String("value")).toArray().size(), 5);
    EXPECT_EQ(r.attempts, 2);
}

TEST_F(graph_ClientRetry, TruncatedBodyIsRetriedUpToTheParseBound)
{
    const QByteArray full = QJsonDocument(page(devices(0, 5))).toJson(QJsonDocument::Compact);
    nam.setHandler([full](const RecordedRequest &) { return CannedReply::truncated(full, 30); });
    const GraphResult r = run(GraphRequest::get(QStringLiteral("/x")));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error->kind, Kind::Parse);
    EXPECT_EQ(requestCount(), 3); // maxParseAttempts, below maxAttempts
}

TEST_F(graph_ClientRetry, TheParseBoundCountsOnlyUnreadableAnswers)
{
    const QByteArray full = QJsonDocument(page(devices(0, 5))).toJson(QJsonDocument::Compact);
    nam.respondInOrder({CannedReply::httpError(500), CannedReply::httpError(502),
                        CannedReply::truncated(full, 30), CannedReply::raw(200, full)});
    const GraphResult r = run(GraphRequest::get(QStringLiteral("/x")));
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.attempts, 4);
}

TEST_F(graph_ClientRetry, TruncatedBodyThenAGoodOne)
{
    const QByteArray full = QJsonDocument(page(devices(0, 5))).toJson(QJsonDocument::Compact);
    nam.respondInOrder({CannedReply::truncated(full, 30), CannedReply::raw(200, full)});
    const GraphResult r =
        run(GraphRequest::get(QStringLiteral("/x")).setRequiredFields({QStringLiteral("value")}));
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.attempts, 2);
}

TEST_F(graph_ClientRetry, ClientErrorsAreNotRetried)
{
    nam.setHandler([](const RecordedRequest &) {
        return CannedReply::fromFile(400, fixturePath(QStringLiteral("error_400_invalid_filter.json")));
    });
    const GraphResult r = run(GraphRequest::get(QStringLiteral("/x")));
    EXPECT_EQ(r.error->kind, Kind::Http);
    EXPECT_TRUE(r.error->detail.contains(QLatin1String("Invalid filter clause")));
    EXPECT_EQ(requestCount(), 1);
}

TEST_F(graph_ClientRetry, NotFoundIsNotRetried)
{
    nam.setHandler([](const RecordedRequest &) { return CannedReply::httpError(404); });
    EXPECT_EQ(run(GraphRequest::get(QStringLiteral("/x"))).error->kind, Kind::NotFound);
    EXPECT_EQ(requestCount(), 1);
}

TEST_F(graph_ClientRetry, ActionIsRetriedAfter429And503)
{
    nam.respondInOrder(
        {throttled("1"), CannedReply::httpError(503, {}, {{"Retry-After", "2"}}), CannedReply::noContent()});
    const GraphResult r = run(resetPasscode());
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.status, 204);
    EXPECT_EQ(r.waitsMs, (QList<qint64>{1000, 2000}));
    ASSERT_EQ(requestCount(), 3);
    for (const RecordedRequest &req : nam.requests()) {
        EXPECT_EQ(req.verb, QByteArray("POST"));
        EXPECT_TRUE(req.body.isEmpty());
    }
}

TEST_F(graph_ClientRetry, ActionStillThrottledAfterTheBoundIsThrottledNotUnknown)
{
    nam.setHandler([](const RecordedRequest &) { return throttled("1"); });
    const GraphResult r = run(resetPasscode());
    EXPECT_EQ(r.error->kind, Kind::Throttled);
    EXPECT_EQ(requestCount(), 4);
}

TEST_F(graph_ClientRetry, ActionTimeoutIsOutcomeUnknownAndSentOnce)
{
    nam.setHandler([](const RecordedRequest &) { return CannedReply::hanging(); });
    const GraphResult r = run(resetPasscode().setTimeoutMs(20));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error->kind, Kind::OutcomeUnknown);
    QTest::qWait(30);
    EXPECT_EQ(requestCount(), 1);
}

TEST_F(graph_ClientRetry, ActionConnectionResetIsOutcomeUnknownAndSentOnce)
{
    nam.setHandler([](const RecordedRequest &) { return CannedReply::connectionReset(); });
    const GraphResult r = run(resetPasscode());
    EXPECT_EQ(r.error->kind, Kind::OutcomeUnknown);
    QTest::qWait(30);
    EXPECT_EQ(requestCount(), 1);
}

TEST_F(graph_ClientRetry, ActionServerErrorIsOutcomeUnknownAndSentOnce)
{
    for (int status : {500, 502, 504}) {
        nam.clearRequests();
        nam.setHandler([status](const RecordedRequest &) {
            return CannedReply::fromFile(status,
                                         fixturePath(QStringLiteral("error_intune_wrapped_internal.json")));
        });
        const GraphResult r = run(resetPasscode());
        EXPECT_EQ(r.error->kind, Kind::OutcomeUnknown) << status;
        EXPECT_EQ(r.error->httpStatus, status);
        EXPECT_EQ(r.error->code, QStringLiteral("InternalServerError"));
        QTest::qWait(20); // Intune's RetryAfter in the body must not bring it back either
        EXPECT_EQ(requestCount(), 1) << status;
    }
}

TEST_F(graph_ClientRetry, ActionRefusedConnectionIsANetworkErrorAndNotRetried)
{
    nam.setHandler([](const RecordedRequest &) {
        return CannedReply::transportError(QNetworkReply::ConnectionRefusedError);
    });
    const GraphResult r = run(resetPasscode());
    EXPECT_EQ(r.error->kind, Kind::Network);
    EXPECT_EQ(requestCount(), 1);
}

TEST_F(graph_ClientRetry, ReadTransportErrorsAreRetried)
{
    nam.respondInOrder({CannedReply::transportError(QNetworkReply::ConnectionRefusedError),
                        CannedReply::transportError(QNetworkReply::HostNotFoundError),
                        CannedReply::json({})});
    EXPECT_TRUE(run(GraphRequest::get(QStringLiteral("/x"))).ok());
    EXPECT_EQ(requestCount(), 3);
}

TEST_F(graph_ClientRetry, CancelDuringAWaitEndsOnceWithCancelled)
{
    RetryPolicy slow = fastPolicy();
    slow.serverDelayScale = 1.0; // really wait 60 s: only cancel() can end this
    nam.setHandler([](const RecordedRequest &) { return throttled("60"); });
    GraphReply *reply = client->send(GraphRequest::get(QStringLiteral("/x")).setRetryPolicy(slow));
    QSignalSpy retrying(reply, &GraphReply::retrying);
    QSignalSpy finished(reply, &GraphReply::finished);
    ASSERT_TRUE(retrying.wait(5000));
    reply->cancel();
    ASSERT_EQ(finished.count(), 1);
    EXPECT_EQ(finished.at(0).at(0).value<GraphResult>().error->kind, Kind::Cancelled);
    QTest::qWait(30);
    EXPECT_EQ(finished.count(), 1);
    EXPECT_EQ(requestCount(), 1);
}

TEST_F(graph_ClientRetry, CancelDuringAnActionWaitNeverSendsItAgain)
{
    RetryPolicy slow = fastPolicy();
    slow.serverDelayScale = 1.0;
    nam.setHandler([](const RecordedRequest &) {
        return CannedReply::httpError(503, {}, {{"Retry-After", "30"}});
    });
    GraphReply *reply = client->send(resetPasscode().setRetryPolicy(slow));
    QSignalSpy retrying(reply, &GraphReply::retrying);
    ASSERT_TRUE(retrying.wait(5000));
    const GraphResult r = [&] {
        std::optional<GraphResult> out;
        QObject guard;
        QObject::connect(reply, &GraphReply::finished, &guard, [&out](const GraphResult &res) { out = res; });
        reply->cancel();
        return out.value_or(GraphResult{});
    }();
    EXPECT_EQ(r.error->kind, Kind::Cancelled);
    EXPECT_EQ(requestCount(), 1);
}
