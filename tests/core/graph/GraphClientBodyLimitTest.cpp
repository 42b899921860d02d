// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13, point 5: every answer's body is capped while it downloads. A real HTTP server on 127.0.0.1
// (tests/fakes/FakeHttpServer) sends a body without end, a Content-Length of gigabytes, a compressed body
// that inflates past the cap, and an error whose body never ends: the client stops early, with a clear error,
// and does not loop.
#include "GraphTestSupport.h"

#include "core/common/ReplyBodyLimit.h"
#include "core/graph/GraphPager.h"
#include "fakes/FakeHttpServer.h"

#include <QNetworkAccessManager>

using namespace passcode::graph;
using namespace passcode::graph::test;
using passcode::ReplyBodyLimit;
using passcode::testing::FakeHttpAnswer;
using passcode::testing::FakeHttpServer;
namespace bodylimits = passcode::bodylimits;

namespace {

constexpr qint64 kCap = bodylimits::MiB;
/** What the server may have written past the cap before the client stopped reading: the kernel's socket
 * buffers on both ends and a few of Qt's reads. An endless body left alone goes on for ever. */
constexpr qint64 kSlack = 32 * bodylimits::MiB;

class graph_BodyLimit : public ::testing::Test
{
protected:
    std::unique_ptr<GraphClient> clientFor(const FakeHttpServer &server,
                                           const RetryPolicy &policy = fastPolicy())
    {
        GraphClient::Options options;
        options.baseUrl = server.baseUrl();
        options.retry = policy;
        options.defaultTimeoutMs = 20000;
        options.maxBodyBytes = kCap;
        options.maxErrorBodyBytes = 64 * bodylimits::KiB;
        return std::make_unique<GraphClient>(&nam, &tokens, clock, options);
    }

    static GraphRequest devicesRequest()
    {
        return GraphRequest::get(QStringLiteral("/deviceManagement/managedDevices"), ApiVersion::Beta);
    }

    QNetworkAccessManager nam;
    passcode::testing::FakeTokenProvider tokens{QStringLiteral("credential-1")};
    passcode::testing::ManualClock clock;
};

} // namespace

TEST_F(graph_BodyLimit, AnEndlessBodyIsStoppedAtTheCapAndNotRetried)
{
    FakeHttpServer server(
        [](const QByteArray &, const QByteArray &) { return FakeHttpAnswer::endlessBody(); });
    auto client = clientFor(server);
    const GraphResult r = await(client->send(devicesRequest()), 30000);

    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error->kind, Kind::Parse);
    EXPECT_EQ(r.error->message, ReplyBodyLimit::tooLargeError(kCap).message);
    EXPECT_TRUE(r.error->message.contains(QStringLiteral("1 MiB"))) << r.error->message.toStdString();
    EXPECT_EQ(r.status, 200);
    EXPECT_EQ(r.attempts, 1) << "the next answer would be as large: not retried";
    EXPECT_EQ(server.requests(), 1);
    EXPECT_LT(server.bodyBytesWritten(), kCap + kSlack);
    RecordProperty("serverBodyBytes", QString::number(server.bodyBytesWritten()).toStdString());
    // The client hung up: the server stops writing.
    EXPECT_TRUE(waitUntil([&server] { return server.openConnections() == 0; }, 10000));
}

TEST_F(graph_BodyLimit, AHugeContentLengthIsRefusedBeforeTheBody)
{
    FakeHttpServer server([](const QByteArray &, const QByteArray &) {
        return FakeHttpAnswer::hugeContentLength(10 * 1024 * bodylimits::MiB);
    });
    auto client = clientFor(server);
    const GraphResult r = await(client->send(devicesRequest()), 30000);

    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error->kind, Kind::Parse);
    EXPECT_TRUE(r.error->message.contains(QStringLiteral("1 MiB")));
    EXPECT_TRUE(r.error->detail.contains(QStringLiteral("10737418240"))) << r.error->detail.toStdString();
    EXPECT_EQ(r.attempts, 1);
    EXPECT_LT(server.bodyBytesWritten(), kSlack);
    RecordProperty("serverBodyBytes", QString::number(server.bodyBytesWritten()).toStdString());
}

TEST_F(graph_BodyLimit, ABodyThatInflatesPastTheCapIsStopped)
{
    // 8 MiB of spaces, deflated to 8 KB: the cap counts what the body inflates to. (Past 10 MiB at such a
    // ratio, Qt 6.4's own archive bomb check gives up first, with an empty body: Parse, retried at most
    // maxParseAttempts times.)
    const QByteArray inflated = "{\"value\":[" + QByteArray(8 * bodylimits::MiB, ' ') + "]}";
    const QByteArray deflated = qCompress(inflated, 9).mid(4); // a zlib stream: HTTP's "deflate"
    ASSERT_LT(deflated.size(), kCap);
    FakeHttpServer server([&deflated](const QByteArray &, const QByteArray &) {
        FakeHttpAnswer a = FakeHttpAnswer::json(deflated);
        a.headers.append(qMakePair(QByteArray("Content-Encoding"), QByteArray("deflate")));
        return a;
    });
    auto client = clientFor(server);
    const GraphResult r = await(client->send(devicesRequest()), 30000);

    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error->kind, Kind::Parse);
    EXPECT_TRUE(r.error->message.contains(QStringLiteral("1 MiB")))
        << r.error->message.toStdString() << " " << r.error->detail.toStdString();
    EXPECT_EQ(r.attempts, 1);
}

TEST_F(graph_BodyLimit, AnAnswerUnderTheCapIsRead)
{
    QJsonArray items;
    for (int i = 0; i < 4000; ++i)
        items.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("device-%1").arg(i)},
                                 {QStringLiteral("deviceName"), QString(180, u'x')}});
    const QByteArray body = QJsonDocument(page(items)).toJson(QJsonDocument::Compact);
    ASSERT_GT(body.size(), kCap / 2);
    ASSERT_LT(body.size(), kCap);
    FakeHttpServer server(
        [&body](const QByteArray &, const QByteArray &) { return FakeHttpAnswer::json(body); });
    auto client = clientFor(server);
    const GraphResult r = await(client->send(devicesRequest()), 30000);

    ASSERT_TRUE(r.ok()) << r.error->toDisplayString().toStdString();
    EXPECT_EQ(r.json.value(QStringLiteral("value")).toArray().size(), 4000);
}

TEST_F(graph_BodyLimit, AnEndlessErrorBodyIsDroppedAndTheStatusDecides)
{
    // A 503 whose body never ends: the status is read without its body (Unavailable, retried as 503 is),
    // each attempt stops at the error cap, and the retries end.
    FakeHttpServer server([](const QByteArray &, const QByteArray &) {
        FakeHttpAnswer a = FakeHttpAnswer::endlessBody(503, "<html>");
        a.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("1")));
        return a;
    });
    RetryPolicy policy = fastPolicy();
    policy.maxAttempts = 3;
    auto client = clientFor(server, policy);
    const GraphResult r = await(client->send(devicesRequest()), 30000);

    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error->kind, Kind::Unavailable);
    EXPECT_EQ(r.error->httpStatus, 503);
    EXPECT_TRUE(r.error->detail.contains(QStringLiteral("too large"))) << r.error->detail.toStdString();
    EXPECT_EQ(r.attempts, 3);
    EXPECT_EQ(server.requests(), 3);
    EXPECT_LT(server.bodyBytesWritten(), 3 * kSlack);
    RecordProperty("serverBodyBytes", QString::number(server.bodyBytesWritten()).toStdString());
}

TEST_F(graph_BodyLimit, AnActionWhoseEndlessErrorIsA500StaysUnknown)
{
    // The body of a 500 cannot change what the status says: the action's outcome is unknown, never re-sent.
    FakeHttpServer server(
        [](const QByteArray &, const QByteArray &) { return FakeHttpAnswer::endlessBody(500); });
    auto client = clientFor(server);
    const GraphResult r =
        await(client->send(GraphRequest::action(
                  QStringLiteral("/deviceManagement/managedDevices/d1/resetPasscode"), ApiVersion::Beta)),
              30000);

    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error->kind, Kind::OutcomeUnknown);
    EXPECT_EQ(server.requests(), 1);
}

TEST_F(graph_BodyLimit, APagerPageHasTheGenerousPageCap)
{
    // A page may pass the client's default cap (1 MiB here): the pager gives its pages bodylimits::GraphPage.
    QJsonArray items;
    for (int i = 0; i < 8000; ++i)
        items.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("device-%1").arg(i)},
                                 {QStringLiteral("deviceName"), QString(180, u'x')}});
    const QByteArray body = QJsonDocument(page(items)).toJson(QJsonDocument::Compact);
    ASSERT_GT(body.size(), kCap);
    FakeHttpServer server(
        [&body](const QByteArray &, const QByteArray &) { return FakeHttpAnswer::json(body); });
    auto client = clientFor(server);
    GraphPager pager(client.get(), devicesRequest());
    std::optional<PagerOutcome> outcome;
    QObject::connect(&pager, &GraphPager::finished, &pager,
                     [&outcome](const PagerOutcome &o) { outcome = o; });
    pager.start();
    ASSERT_TRUE(waitUntil([&outcome] { return outcome.has_value(); }, 30000));
    EXPECT_TRUE(outcome->ok()) << outcome->error->toDisplayString().toStdString();
    EXPECT_EQ(outcome->items, 8000);
}
