// SPDX-License-Identifier: GPL-3.0-or-later
// GraphClient: what goes on the wire, security before sending, redirects, cancellation, call(), lifetime,
// logs.
#include "GraphTestSupport.h"

#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace passcode::graph;
using namespace passcode::graph::test;

class graph_Client : public GraphTest
{
};

namespace {

QJsonObject deviceJson()
{
    return QJsonObject{{QStringLiteral("id"), QStringLiteral("d1")},
                       {QStringLiteral("deviceName"), QStringLiteral("Pixel")}};
}

} // namespace

TEST_F(graph_Client, GetCarriesBearerAcceptClientRequestIdTimeoutAndManualRedirects)
{
    nam.setHandler([](const RecordedRequest &) {
        return CannedReply::json(deviceJson()).withHeader("request-id", "rid-1");
    });
    const GraphResult r = run(GraphRequest::get(QStringLiteral("/deviceManagement/managedDevices/d1")));
    ASSERT_TRUE(r.ok()) << qPrintable(r.error->toDisplayString());
    EXPECT_EQ(r.status, 200);
    EXPECT_EQ(r.json.value(QLatin1String("deviceName")).toString(), QStringLiteral("Pixel"));
    EXPECT_EQ(r.requestId, QStringLiteral("rid-1"));
    EXPECT_EQ(r.attempts, 1);

    ASSERT_EQ(requestCount(), 1);
    const RecordedRequest &sent = lastRequest();
    EXPECT_EQ(sent.verb, QByteArray("GET"));
    EXPECT_EQ(sent.url.toString(),
              QStringLiteral("https://graph.microsoft.com/v1.0/deviceManagement/managedDevices/d1"));
    EXPECT_EQ(sent.header("Authorization"), QByteArray("Bearer credential-1"));
    EXPECT_EQ(sent.header("Accept"), QByteArray("application/json"));
    const QString crid = QString::fromLatin1(sent.header("client-request-id"));
    EXPECT_TRUE(
        QRegularExpression(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"))
            .match(crid)
            .hasMatch())
        << qPrintable(crid);
    EXPECT_EQ(r.clientRequestId, crid);
    EXPECT_EQ(sent.request.transferTimeout(), 5000);
    EXPECT_EQ(sent.request.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(),
              int(QNetworkRequest::ManualRedirectPolicy));
}

TEST_F(graph_Client, RequestTimeoutOverridesTheDefault)
{
    nam.setHandler([](const RecordedRequest &) { return CannedReply::json({}); });
    run(GraphRequest::get(QStringLiteral("/x")).setTimeoutMs(1234));
    EXPECT_EQ(lastRequest().request.transferTimeout(), 1234);
}

TEST_F(graph_Client, ClientRequestIdIsUniquePerHttpRequest)
{
    int n = 0;
    nam.setHandler([&n](const RecordedRequest &) {
        return ++n % 2 ? CannedReply::httpError(503) : CannedReply::json({}); // every request retried once
    });
    ResultCollector results;
    for (int i = 0; i < 5; ++i)
        results.track(client->send(GraphRequest::get(QStringLiteral("/x"))));
    ASSERT_TRUE(results.waitAll());
    for (int i = 0; i < results.size(); ++i)
        EXPECT_TRUE(results.at(i).ok());
    QSet<QByteArray> ids;
    for (const RecordedRequest &req : nam.requests())
        ids.insert(req.header("client-request-id"));
    EXPECT_EQ(requestCount(), 10);
    EXPECT_EQ(ids.size(), 10);
}

TEST_F(graph_Client, QueryOptionsAreEncodedOnTheWire)
{
    nam.setHandler([](const RecordedRequest &) { return CannedReply::json(page({})); });
    const QString filter = QStringLiteral("deviceName eq 'R&D+Lab #2'");
    run(GraphRequest::get(QStringLiteral("/deviceManagement/managedDevices"), ApiVersion::Beta)
            .setSelect({QStringLiteral("id"), QStringLiteral("deviceName"), QStringLiteral("serialNumber")})
            .setFilter(filter)
            .setTop(50));
    const QUrl url = lastRequest().url;
    EXPECT_EQ(url.path(), QStringLiteral("/beta/deviceManagement/managedDevices"));
    EXPECT_EQ(
        url.query(QUrl::FullyEncoded),
        QStringLiteral(
            "$select=id,deviceName,serialNumber&$filter=deviceName%20eq%20'R%26D%2BLab%20%232'&$top=50"));
    const QUrlQuery query(url);
    EXPECT_EQ(query.queryItemValue(QStringLiteral("$filter"), QUrl::FullyDecoded), filter);
    EXPECT_EQ(query.queryItemValue(QStringLiteral("$top")), QStringLiteral("50"));
}

TEST_F(graph_Client, ActionPostHasNoBody)
{
    nam.setHandler([](const RecordedRequest &) { return CannedReply::noContent(); });
    const GraphResult r =
        run(GraphRequest::action(QStringLiteral("/deviceManagement/managedDevices/d1/resetPasscode")));
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.status, 204);
    EXPECT_TRUE(r.json.isEmpty());
    const RecordedRequest &sent = lastRequest();
    EXPECT_EQ(sent.verb, QByteArray("POST"));
    EXPECT_TRUE(sent.body.isEmpty());
    EXPECT_EQ(sent.request.header(QNetworkRequest::ContentLengthHeader).toInt(), 0);
    EXPECT_FALSE(sent.hasHeader("Content-Type"));
    // Qt could not send it again behind the client's back (Qt 6.4 re-sends on an early close): no rewind, no
    // HTTP/2.
    EXPECT_FALSE(sent.uploadRewindable);
    EXPECT_FALSE(sent.request.attribute(QNetworkRequest::Http2AllowedAttribute).toBool());
    EXPECT_TRUE(sent.request.attribute(QNetworkRequest::DoNotBufferUploadDataAttribute).toBool());
    EXPECT_EQ(sent.header("Authorization"), QByteArray("Bearer credential-1"));
}

TEST_F(graph_Client, PostWithJsonBody)
{
    nam.setHandler([](const RecordedRequest &) { return CannedReply::json({}, 201); });
    const QJsonObject body{{QStringLiteral("keepUserData"), true}};
    ASSERT_TRUE(
        run(GraphRequest::post(QStringLiteral("/deviceManagement/managedDevices/d1/wipe"), body)).ok());
    EXPECT_EQ(lastRequest().header("Content-Type"), QByteArray("application/json"));
    EXPECT_EQ(QJsonDocument::fromJson(lastRequest().body).object(), body);
    EXPECT_EQ(lastRequest().request.header(QNetworkRequest::ContentLengthHeader).toLongLong(),
              lastRequest().body.size());
    EXPECT_FALSE(lastRequest().uploadRewindable);
}

TEST_F(graph_Client, ReadsKeepARewindableBody)
{
    nam.setHandler([](const RecordedRequest &) { return CannedReply::json({}); });
    ASSERT_TRUE(run(GraphRequest::post(QStringLiteral("/x/query"), QJsonObject{{QStringLiteral("a"), 1}})
                        .setKind(RequestKind::Read))
                    .ok());
    EXPECT_TRUE(lastRequest().uploadRewindable); // a read may be re-sent by anyone
}

TEST_F(graph_Client, CallerHeadersAreSentButAuthorizationIsTheClients)
{
    nam.setHandler([](const RecordedRequest &) { return CannedReply::json({}); });
    run(GraphRequest::get(QStringLiteral("/x"))
            .setHeader("Prefer", "include-unknown-enum-members")
            .setHeader("Authorization", "Bearer forged")
            .setHeader("client-request-id", "fixed"));
    EXPECT_EQ(lastRequest().header("Prefer"), QByteArray("include-unknown-enum-members"));
    EXPECT_EQ(lastRequest().header("Authorization"), QByteArray("Bearer credential-1"));
    EXPECT_NE(lastRequest().header("client-request-id"), QByteArray("fixed"));
}

TEST_F(graph_Client, PlainHttpToANonLoopbackHostIsNeverSent)
{
    client = makeClient(QUrl(QStringLiteral("http://example.com")));
    GraphReply *reply = client->send(GraphRequest::get(QStringLiteral("/x")));
    const GraphResult r = await(reply);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error->kind, Kind::Security);
    EXPECT_EQ(r.attempts, 0);
    EXPECT_EQ(requestCount(), 0);
}

TEST_F(graph_Client, PlainHttpToLoopbackIsAllowed)
{
    nam.setHandler([](const RecordedRequest &) { return CannedReply::json({}); });
    for (const char *base : {"http://127.0.0.1:8123", "http://localhost:8123", "http://[::1]:8123"}) {
        client = makeClient(QUrl(QString::fromLatin1(base)));
        EXPECT_TRUE(run(GraphRequest::get(QStringLiteral("/x"))).ok()) << base;
    }
    EXPECT_EQ(requestCount(), 3);
}

TEST_F(graph_Client, AbsoluteUrlOnAnotherHostIsNeverSent)
{
    const GraphResult r = run(GraphRequest::getUrl(QUrl(QStringLiteral("https://evil.example.com/v1.0/x"))));
    EXPECT_EQ(r.error->kind, Kind::Security);
    EXPECT_EQ(requestCount(), 0);
}

TEST_F(graph_Client, RedirectOnTheSameHostIsFollowed)
{
    nam.setHandler([](const RecordedRequest &req) {
        if (req.url.path() == QLatin1String("/v1.0/old"))
            return CannedReply::httpError(302).withHeader("Location", "/v1.0/new");
        return CannedReply::json(deviceJson());
    });
    const GraphResult r = run(GraphRequest::get(QStringLiteral("/old")));
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.attempts, 2);
    ASSERT_EQ(requestCount(), 2);
    EXPECT_EQ(nam.requests().at(1).url.toString(), QStringLiteral("https://graph.microsoft.com/v1.0/new"));
    EXPECT_EQ(nam.requests().at(1).header("Authorization"), QByteArray("Bearer credential-1"));
}

TEST_F(graph_Client, RedirectToAnotherHostOrToHttpIsRefused)
{
    for (const char *location : {"https://evil.example.com/v1.0/x", "http://graph.microsoft.com/v1.0/x"}) {
        nam.clearRequests();
        nam.setHandler([location](const RecordedRequest &) {
            return CannedReply::httpError(302).withHeader("Location", location);
        });
        const GraphResult r = run(GraphRequest::get(QStringLiteral("/x")));
        EXPECT_EQ(r.error->kind, Kind::Security) << location;
        EXPECT_EQ(requestCount(), 1) << location;
    }
}

TEST_F(graph_Client, RedirectHopsAreBounded)
{
    int n = 0;
    nam.setHandler([&n](const RecordedRequest &) {
        return CannedReply::httpError(302).withHeader("Location", "/v1.0/hop" + QByteArray::number(++n));
    });
    const GraphResult r = run(GraphRequest::get(QStringLiteral("/x")));
    EXPECT_EQ(r.error->kind, Kind::Security);
    EXPECT_EQ(requestCount(), 4); // the request and 3 allowed hops
}

TEST_F(graph_Client, CancelWhileOnTheWireEndsOnceWithCancelled)
{
    nam.setHandler([](const RecordedRequest &) { return CannedReply::hanging(); });
    GraphReply *reply = client->send(GraphRequest::get(QStringLiteral("/x")));
    QSignalSpy spy(reply, &GraphReply::finished);
    QTest::qWait(10);
    EXPECT_EQ(nam.pendingReplies(), 1);
    reply->cancel();
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.at(0).at(0).value<GraphResult>().error->kind, Kind::Cancelled);
    reply->cancel();
    QTest::qWait(20);
    EXPECT_EQ(spy.count(), 1);
    EXPECT_EQ(nam.pendingReplies(), 0);
}

TEST_F(graph_Client, CancelBeforeTheEventLoopRuns)
{
    client = makeClient(QUrl(QStringLiteral("http://example.com"))); // would fail with Security from the loop
    GraphReply *reply = client->send(GraphRequest::get(QStringLiteral("/x")));
    QSignalSpy spy(reply, &GraphReply::finished);
    reply->cancel();
    QTest::qWait(20);
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.at(0).at(0).value<GraphResult>().error->kind, Kind::Cancelled);
}

TEST_F(graph_Client, ReplyIsDeletedAfterFinished)
{
    nam.setHandler([](const RecordedRequest &) { return CannedReply::json({}); });
    QPointer<GraphReply> reply = client->send(GraphRequest::get(QStringLiteral("/x")));
    await(reply);
    QTest::qWait(10);
    EXPECT_TRUE(reply.isNull());
    EXPECT_EQ(client->activeRequests(), 0);
}

TEST_F(graph_Client, CallDeliversToTheContext)
{
    nam.setHandler([](const RecordedRequest &) { return CannedReply::json(deviceJson()); });
    QObject context;
    std::optional<GraphResult> got;
    GraphReply *reply = client->call(GraphRequest::get(QStringLiteral("/x")), &context,
                                     [&got](const GraphResult &r) { got = r; });
    QSignalSpy spy(reply, &GraphReply::finished);
    ASSERT_TRUE(spy.wait(5000));
    ASSERT_TRUE(got);
    EXPECT_TRUE(got->ok());
}

TEST_F(graph_Client, CallIsCancelledAndSilentWhenTheContextDies)
{
    nam.setHandler([](const RecordedRequest &) { return CannedReply::hanging(); });
    auto context = std::make_unique<QObject>();
    bool called = false;
    GraphReply *reply = client->call(GraphRequest::get(QStringLiteral("/x")), context.get(),
                                     [&called](const GraphResult &) { called = true; });
    QSignalSpy spy(reply, &GraphReply::finished);
    QTest::qWait(10);
    context.reset();
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.at(0).at(0).value<GraphResult>().error->kind, Kind::Cancelled);
    EXPECT_FALSE(called);
    EXPECT_EQ(nam.pendingReplies(), 0);
}

TEST_F(graph_Client, DestroyingTheClientCancelsWhatRuns)
{
    nam.setHandler([](const RecordedRequest &) { return CannedReply::hanging(); });
    GraphReply *reply = client->send(GraphRequest::get(QStringLiteral("/x")));
    QSignalSpy spy(reply, &GraphReply::finished);
    client.reset();
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.at(0).at(0).value<GraphResult>().error->kind, Kind::Cancelled);
}

TEST_F(graph_Client, DelayedReplyArrives)
{
    nam.setHandler([](const RecordedRequest &) { return CannedReply::json(deviceJson()).after(30); });
    EXPECT_TRUE(run(GraphRequest::get(QStringLiteral("/x"))).ok());
}

namespace {

QStringList g_logLines;

void captureLog(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_logLines.append(message);
}

} // namespace

TEST_F(graph_Client, LogsNameRequestsButNeverCredentialsQueriesOrBodies)
{
    QLoggingCategory::setFilterRules(QStringLiteral("passcode.graph.*=true"));
    g_logLines.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureLog);
    int n = 0;
    nam.setHandler([&n](const RecordedRequest &) {
        if (++n == 1)
            return CannedReply::httpError(429, R"({"error":{"code":"TooManyRequests","message":"later"}})",
                                          {{"Retry-After", "0"}});
        return CannedReply::json(QJsonObject{{QStringLiteral("passcode"), QStringLiteral("918273")}})
            .withHeader("request-id", "rid-log");
    });
    run(GraphRequest::get(QStringLiteral("/deviceManagement/managedDevices/d1"))
            .setFilter(QStringLiteral("userPrincipalName eq 'alice@contoso.com'")));
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());

    const QString all = g_logLines.join(QLatin1Char('\n'));
    EXPECT_TRUE(all.contains(QLatin1String("/v1.0/deviceManagement/managedDevices/d1"))) << qPrintable(all);
    EXPECT_TRUE(all.contains(QLatin1String("rid-log")));
    EXPECT_TRUE(all.contains(QLatin1String("retrying")));
    EXPECT_FALSE(all.contains(QLatin1String("credential-1")));
    EXPECT_FALSE(all.contains(QLatin1String("Bearer")));
    EXPECT_FALSE(all.contains(QLatin1String("918273")));
    EXPECT_FALSE(all.contains(QLatin1String("alice")));
}
