// SPDX-License-Identifier: GPL-3.0-or-later
#include "GraphTestSupport.h"

#include "core/graph/GraphPager.h"

using namespace passcode::graph;
using namespace passcode::graph::test;

class graph_Pager : public GraphTest
{
};

namespace {

// Links as Graph writes them: absolute, with an opaque, percent-encoded skiptoken that must not be
// re-encoded.
const QByteArray Link1 =
    "https://graph.microsoft.com/beta/deviceManagement/managedDevices?$select=id,deviceName&"
    "$top=3&$skiptoken=RFNwdAIAAQAAACI6OjE%2BOjYzMTk0MDk0XzIwMTYtMDItMDM%3D";
const QByteArray Link2 =
    "https://graph.microsoft.com/beta/deviceManagement/managedDevices?$select=id,deviceName&"
    "$top=3&$skiptoken=RFNwdAIAAQAAACI6OjI%2BOjYzMTk0MDk1%2C%2F";

GraphRequest firstPage()
{
    return GraphRequest::get(QStringLiteral("/deviceManagement/managedDevices"), ApiVersion::Beta)
        .setSelect({QStringLiteral("id"), QStringLiteral("deviceName")})
        .setTop(3)
        .setHeader("Prefer", "include-unknown-enum-members");
}

/** Serves three pages (3, 3 and 1 devices); @p middle may replace the second page's answer. */
FakeNetworkAccessManager::Handler threePages(std::function<std::optional<CannedReply>()> middle = {})
{
    return [middle](const RecordedRequest &req) {
        const QByteArray url = req.url.toEncoded();
        if (url == Link1) {
            if (middle) {
                if (auto r = middle())
                    return *r;
            }
            return CannedReply::json(page(devices(3, 3), QString::fromLatin1(Link2)));
        }
        if (url == Link2)
            return CannedReply::json(page(devices(6, 1)));
        QJsonObject first = page(devices(0, 3), QString::fromLatin1(Link1));
        first.insert(QStringLiteral("@odata.count"), 7);
        return CannedReply::json(first);
    };
}

struct PagerLog
{
    QList<QJsonArray> pages;
    QList<int> indices;
    QList<qint64> progressItems;
    qint64 count = -1;
    std::optional<PagerOutcome> outcome;
    int finishedCount = 0;
};

void observe(GraphPager &pager, PagerLog &seen)
{
    QObject::connect(&pager, &GraphPager::pageReceived, &pager, [&seen](const QJsonArray &items, int index) {
        seen.pages.append(items);
        seen.indices.append(index);
    });
    QObject::connect(&pager, &GraphPager::progress, &pager,
                     [&seen](int, qint64 items, qint64) { seen.progressItems.append(items); });
    QObject::connect(&pager, &GraphPager::totalCountKnown, &pager, [&seen](qint64 c) { seen.count = c; });
    QObject::connect(&pager, &GraphPager::finished, &pager, [&seen](const PagerOutcome &o) {
        seen.outcome = o;
        ++seen.finishedCount;
    });
}

} // namespace

TEST_F(graph_Pager, PagerFollowsEveryNextLinkVerbatim)
{
    nam.setHandler(threePages());
    GraphPager pager(client.get(), firstPage());
    PagerLog seen;
    observe(pager, seen);
    pager.start();
    ASSERT_TRUE(waitUntil([&] { return seen.outcome.has_value(); }));
    ASSERT_TRUE(seen.outcome->ok());
    EXPECT_EQ(seen.outcome->pages, 3);
    EXPECT_EQ(seen.outcome->items, 7);
    EXPECT_EQ(seen.outcome->totalCount, 7);
    EXPECT_EQ(seen.count, 7);
    EXPECT_EQ(seen.indices, (QList<int>{0, 1, 2}));
    EXPECT_EQ(seen.progressItems, (QList<qint64>{3, 6, 7}));
    EXPECT_EQ(seen.pages.at(1).at(0).toObject().value(QLatin1String("id")).toString(),
              QStringLiteral("device-3"));

    ASSERT_EQ(requestCount(), 3);
    EXPECT_EQ(nam.requests().at(0).url.query(QUrl::FullyEncoded),
              QStringLiteral("$select=id,deviceName&$top=3"));
    EXPECT_EQ(nam.requests().at(1).url.toEncoded(), Link1);
    EXPECT_EQ(nam.requests().at(2).url.toEncoded(), Link2);
    for (const RecordedRequest &req : nam.requests()) {
        EXPECT_EQ(req.header("Prefer"), QByteArray("include-unknown-enum-members"));
        EXPECT_EQ(req.header("Authorization"), QByteArray("Bearer credential-1"));
    }
    EXPECT_EQ(seen.finishedCount, 1);
}

TEST_F(graph_Pager, AnAbsurdCountIsBoundedNotConverted)
{
    for (const double count : {1e300, -1e300, 9.3e18}) {
        nam.setHandler([count](const RecordedRequest &) {
            QJsonObject only = page(devices(0, 2));
            only.insert(QStringLiteral("@odata.count"), count);
            return CannedReply::json(only);
        });
        GraphPager pager(client.get(), firstPage());
        PagerLog seen;
        observe(pager, seen);
        pager.start();
        ASSERT_TRUE(waitUntil([&] { return seen.outcome.has_value(); }));
        ASSERT_TRUE(seen.outcome->ok());
        EXPECT_EQ(seen.outcome->items, 2);
        EXPECT_GE(seen.outcome->totalCount, 0) << count;
        EXPECT_LE(seen.outcome->totalCount, qint64(1) << 53) << count;
    }
}

TEST_F(graph_Pager, PagerRetriesATransientPage)
{
    int failures = 1;
    nam.setHandler(threePages([&failures]() -> std::optional<CannedReply> {
        if (failures-- > 0)
            return CannedReply::httpError(503, {}, {{"Retry-After", "1"}});
        return std::nullopt;
    }));
    GraphPager pager(client.get(), firstPage());
    PagerLog seen;
    observe(pager, seen);
    pager.start();
    ASSERT_TRUE(waitUntil([&] { return seen.outcome.has_value(); }));
    EXPECT_TRUE(seen.outcome->ok());
    EXPECT_EQ(seen.outcome->items, 7);
    EXPECT_EQ(requestCount(), 4);
}

TEST_F(graph_Pager, PagerKeepsEarlierPagesWhenAMiddlePageStillFails)
{
    nam.setHandler(threePages([]() -> std::optional<CannedReply> { return CannedReply::httpError(500); }));
    GraphPager pager(client.get(), firstPage());
    PagerLog seen;
    observe(pager, seen);
    pager.start();
    ASSERT_TRUE(waitUntil([&] { return seen.outcome.has_value(); }));
    ASSERT_FALSE(seen.outcome->ok());
    EXPECT_EQ(seen.outcome->error->kind, Kind::Unavailable);
    EXPECT_EQ(seen.outcome->pages, 1);
    EXPECT_EQ(seen.outcome->items, 3);
    EXPECT_EQ(seen.pages.size(), 1);
    EXPECT_EQ(requestCount(), 1 + 4); // first page, then the middle page's four attempts
    EXPECT_EQ(seen.finishedCount, 1);
}

TEST_F(graph_Pager, PagerStopsOnATruncatedPageAfterItsRetries)
{
    const QByteArray full = QJsonDocument(page(devices(3, 3), QString::fromLatin1(Link2))).toJson();
    nam.setHandler(
        threePages([full]() -> std::optional<CannedReply> { return CannedReply::truncated(full, 40); }));
    GraphPager pager(client.get(), firstPage());
    PagerLog seen;
    observe(pager, seen);
    pager.start();
    ASSERT_TRUE(waitUntil([&] { return seen.outcome.has_value(); }));
    EXPECT_EQ(seen.outcome->error->kind, Kind::Parse);
    EXPECT_EQ(seen.outcome->pages, 1);
}

TEST_F(graph_Pager, PagerRefusesANextLinkToAnotherHost)
{
    nam.setHandler([](const RecordedRequest &) {
        return CannedReply::json(
            page(devices(0, 2), QStringLiteral("https://evil.example.com/beta/x?$skiptoken=a")));
    });
    GraphPager pager(client.get(), firstPage());
    PagerLog seen;
    observe(pager, seen);
    pager.start();
    ASSERT_TRUE(waitUntil([&] { return seen.outcome.has_value(); }));
    EXPECT_EQ(seen.outcome->error->kind, Kind::Security);
    EXPECT_EQ(seen.outcome->pages, 1);
    EXPECT_EQ(requestCount(), 1);
}

TEST_F(graph_Pager, PagerStopsWhenTheServiceRepeatsANextLink)
{
    nam.setHandler([](const RecordedRequest &) {
        return CannedReply::json(page(devices(0, 1), QString::fromLatin1(Link1)));
    });
    GraphPager pager(client.get(), firstPage());
    PagerLog seen;
    observe(pager, seen);
    pager.start();
    ASSERT_TRUE(waitUntil([&] { return seen.outcome.has_value(); }));
    EXPECT_EQ(seen.outcome->error->kind, Kind::Parse);
    EXPECT_EQ(seen.outcome->pages, 2);
}

TEST_F(graph_Pager, PagerNeedsAValueArray)
{
    nam.setHandler([](const RecordedRequest &) {
        return CannedReply::json(QJsonObject{{QStringLiteral("items"), 1}});
    });
    GraphPager pager(client.get(), firstPage());
    PagerLog seen;
    observe(pager, seen);
    pager.start();
    ASSERT_TRUE(waitUntil([&] { return seen.outcome.has_value(); }));
    EXPECT_EQ(seen.outcome->error->kind, Kind::Parse);
    EXPECT_EQ(seen.outcome->pages, 0);

    nam.setHandler([](const RecordedRequest &) {
        return CannedReply::json(QJsonObject{{QStringLiteral("value"), 1}});
    });
    GraphPager second(client.get(), firstPage());
    PagerLog seen2;
    observe(second, seen2);
    second.start();
    ASSERT_TRUE(waitUntil([&] { return seen2.outcome.has_value(); }));
    EXPECT_EQ(seen2.outcome->error->kind, Kind::Parse);
}

TEST_F(graph_Pager, PagerCancelEndsOnceWithCancelled)
{
    nam.setHandler(threePages([]() -> std::optional<CannedReply> { return CannedReply::hanging(); }));
    GraphPager pager(client.get(), firstPage());
    PagerLog seen;
    observe(pager, seen);
    pager.start();
    ASSERT_TRUE(waitUntil([&] { return requestCount() == 2; }));
    pager.cancel();
    ASSERT_TRUE(seen.outcome.has_value());
    EXPECT_EQ(seen.outcome->error->kind, Kind::Cancelled);
    EXPECT_EQ(seen.outcome->pages, 1);
    pager.cancel();
    QTest::qWait(20);
    EXPECT_EQ(seen.finishedCount, 1);
    EXPECT_EQ(nam.pendingReplies(), 0);
    EXPECT_FALSE(pager.isRunning());
}

TEST_F(graph_Pager, PagerCanBeCancelledFromItsPageSignal)
{
    nam.setHandler(threePages());
    GraphPager pager(client.get(), firstPage());
    PagerLog seen;
    observe(pager, seen);
    QObject::connect(&pager, &GraphPager::pageReceived, &pager,
                     [&pager](const QJsonArray &, int) { pager.cancel(); });
    pager.start();
    ASSERT_TRUE(waitUntil([&] { return seen.outcome.has_value(); }));
    EXPECT_EQ(seen.outcome->error->kind, Kind::Cancelled);
    QTest::qWait(20);
    EXPECT_EQ(requestCount(), 1);
    EXPECT_EQ(seen.finishedCount, 1);
}
