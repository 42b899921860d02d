// SPDX-License-Identifier: GPL-3.0-or-later
// GraphClient and 401: one refresh shared by every request that needs it, replay, failure of the whole queue.
#include "GraphTestSupport.h"

using namespace passcode::graph;
using namespace passcode::graph::test;

class graph_ClientAuth : public GraphTest
{
};

namespace {

/** 401 for the first credential, 200 (or 204 for POST) for the renewed one. */
CannedReply byCredential(const RecordedRequest &req, int delayMs = 0)
{
    if (req.header("Authorization") == QByteArray("Bearer credential-1"))
        return CannedReply::httpError(
                   401, R"({"error":{"code":"InvalidAuthenticationToken","message":"expired"}})")
            .after(delayMs);
    if (req.verb == QByteArray("POST"))
        return CannedReply::noContent();
    return CannedReply::json(QJsonObject{{QStringLiteral("ok"), true}});
}

} // namespace

TEST_F(graph_ClientAuth, Unauthorized401RefreshesOnceAndReplays)
{
    nam.setHandler([](const RecordedRequest &req) { return byCredential(req); });
    const GraphResult r = run(GraphRequest::get(QStringLiteral("/x")));
    ASSERT_TRUE(r.ok()) << qPrintable(r.error->toDisplayString());
    EXPECT_EQ(tokens.refreshCount(), 1);
    EXPECT_EQ(r.attempts, 2);
    ASSERT_EQ(requestCount(), 2);
    EXPECT_EQ(nam.requests().at(1).header("Authorization"), QByteArray("Bearer renewed-credential"));
}

TEST_F(graph_ClientAuth, ConcurrentUnauthorizedRequestsShareOneRefresh)
{
    tokens.setBehaviour(FakeTokenProvider::Behaviour::Manual);
    int n = 0;
    nam.setHandler([&n](const RecordedRequest &req) { return byCredential(req, 5 * (n++ % 3)); });
    ResultCollector results;
    for (int i = 0; i < 5; ++i)
        results.track(client->send(GraphRequest::get(QStringLiteral("/item/%1").arg(i))));
    ASSERT_TRUE(waitUntil([&] { return requestCount() == 5 && nam.pendingReplies() == 0; }));
    EXPECT_TRUE(tokens.isRefreshing());
    EXPECT_EQ(tokens.refreshCount(), 1);
    EXPECT_EQ(requestCount(), 5); // nothing replayed before the refresh ends
    EXPECT_EQ(results.finishedCount(), 0);
    tokens.completeRefresh();
    ASSERT_TRUE(results.waitAll());
    for (int i = 0; i < results.size(); ++i)
        EXPECT_TRUE(results.at(i).ok());
    EXPECT_EQ(tokens.refreshCount(), 1);
    EXPECT_EQ(requestCount(), 10);
}

TEST_F(graph_ClientAuth, RequestStartedDuringARefreshWaitsForIt)
{
    tokens.setBehaviour(FakeTokenProvider::Behaviour::Manual);
    nam.setHandler([](const RecordedRequest &req) { return byCredential(req); });
    ResultCollector results;
    results.track(client->send(GraphRequest::get(QStringLiteral("/a"))));
    ASSERT_TRUE(waitUntil([&] { return tokens.isRefreshing(); }));
    results.track(client->send(GraphRequest::get(QStringLiteral("/b"))));
    QTest::qWait(10);
    EXPECT_EQ(requestCount(), 1); // /b was not sent with the credential being replaced
    tokens.completeRefresh();
    ASSERT_TRUE(results.waitAll());
    EXPECT_TRUE(results.at(0).ok());
    EXPECT_TRUE(results.at(1).ok());
    EXPECT_EQ(requestCount(), 3);
    EXPECT_EQ(nam.requests().at(2).header("Authorization"), QByteArray("Bearer renewed-credential"));
}

TEST_F(graph_ClientAuth, RefreshFailureFailsEveryQueuedRequestWithAuth)
{
    tokens.setBehaviour(FakeTokenProvider::Behaviour::Manual);
    nam.setHandler([](const RecordedRequest &req) { return byCredential(req); });
    QSignalSpy authFailed(client.get(), &GraphClient::authenticationFailed);
    ResultCollector results;
    for (int i = 0; i < 3; ++i)
        results.track(client->send(GraphRequest::get(QStringLiteral("/item/%1").arg(i))));
    results.track(client->send(
        GraphRequest::action(QStringLiteral("/deviceManagement/managedDevices/d/resetPasscode"))));
    ASSERT_TRUE(waitUntil([&] { return requestCount() == 4 && nam.pendingReplies() == 0; }));
    EXPECT_EQ(results.finishedCount(), 0);
    tokens.failRefresh();
    ASSERT_EQ(results.finishedCount(), 4); // at once, all of them
    for (int i = 0; i < results.size(); ++i) {
        ASSERT_FALSE(results.at(i).ok());
        EXPECT_EQ(results.at(i).error->kind, Kind::Auth);
    }
    EXPECT_EQ(authFailed.count(), 1);
    EXPECT_EQ(tokens.refreshCount(), 1);
    EXPECT_EQ(requestCount(), 4);
}

TEST_F(graph_ClientAuth, SecondUnauthorizedAfterTheReplayIsFinal)
{
    nam.setHandler([](const RecordedRequest &) { return CannedReply::httpError(401); });
    const GraphResult r = run(GraphRequest::get(QStringLiteral("/x")));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error->kind, Kind::Auth);
    EXPECT_EQ(r.error->httpStatus, 401);
    EXPECT_EQ(tokens.refreshCount(), 1);
    EXPECT_EQ(requestCount(), 2);
}

TEST_F(graph_ClientAuth, ActionIsReplayedOnceAfter401)
{
    nam.setHandler([](const RecordedRequest &req) { return byCredential(req); });
    const GraphResult r =
        run(GraphRequest::action(QStringLiteral("/deviceManagement/managedDevices/d/resetPasscode")));
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(requestCount(), 2);
    EXPECT_EQ(tokens.refreshCount(), 1);
}

TEST_F(graph_ClientAuth, MissingCredentialIsObtainedBeforeSending)
{
    tokens.setToken(QString());
    nam.setHandler([](const RecordedRequest &req) { return byCredential(req); });
    EXPECT_TRUE(run(GraphRequest::get(QStringLiteral("/x"))).ok());
    EXPECT_EQ(tokens.refreshCount(), 1);
    ASSERT_EQ(requestCount(), 1);
    EXPECT_EQ(lastRequest().header("Authorization"), QByteArray("Bearer renewed-credential"));
}

TEST_F(graph_ClientAuth, MissingCredentialAndFailedRefreshSendsNothing)
{
    tokens.setToken(QString());
    tokens.setBehaviour(FakeTokenProvider::Behaviour::Fail);
    const GraphResult r = run(GraphRequest::get(QStringLiteral("/x")));
    EXPECT_EQ(r.error->kind, Kind::Auth);
    EXPECT_EQ(requestCount(), 0);
}

TEST_F(graph_ClientAuth, LateUnauthorizedAfterARefreshReplaysWithoutAnother)
{
    tokens.setBehaviour(FakeTokenProvider::Behaviour::Manual);
    nam.setHandler([](const RecordedRequest &req) {
        return byCredential(req, req.url.path().endsWith(QLatin1String("/slow")) ? 80 : 0);
    });
    ResultCollector results;
    results.track(client->send(GraphRequest::get(QStringLiteral("/fast"))));
    results.track(client->send(GraphRequest::get(QStringLiteral("/slow"))));
    ASSERT_TRUE(waitUntil([&] { return tokens.isRefreshing(); }));
    EXPECT_EQ(nam.pendingReplies(), 1);
    tokens.completeRefresh(); // renewed while /slow is still on the wire with the old credential
    ASSERT_TRUE(results.waitAll());
    EXPECT_TRUE(results.at(0).ok());
    EXPECT_TRUE(results.at(1).ok());
    EXPECT_EQ(tokens.refreshCount(), 1);
    EXPECT_EQ(requestCount(), 4);
}

TEST_F(graph_ClientAuth, TokenProviderDestroyedDuringARefreshFailsTheWaitingRequests)
{
    auto provider = std::make_unique<FakeTokenProvider>(QStringLiteral("credential-1"));
    provider->setBehaviour(FakeTokenProvider::Behaviour::Manual);
    GraphClient::Options options;
    options.baseUrl = QUrl(QStringLiteral("https://graph.microsoft.com"));
    options.retry = fastPolicy();
    GraphClient own(&nam, provider.get(), clock, options);
    nam.setHandler([](const RecordedRequest &req) { return byCredential(req); });
    ResultCollector results;
    results.track(own.send(GraphRequest::get(QStringLiteral("/x"))));
    ASSERT_TRUE(waitUntil([&] { return provider->isRefreshing(); }));
    provider.reset();
    ASSERT_TRUE(results.waitAll());
    EXPECT_EQ(results.at(0).error->kind, Kind::Auth);
    ResultCollector later;
    later.track(own.send(GraphRequest::get(QStringLiteral("/y"))));
    ASSERT_TRUE(later.waitAll());
    EXPECT_EQ(later.at(0).error->kind, Kind::Auth);
    EXPECT_EQ(requestCount(), 1);
}
