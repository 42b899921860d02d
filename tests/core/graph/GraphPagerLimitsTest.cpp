// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13, point 5: paging stops with a clear error when the service keeps sending new nextLinks far past
// what
// @odata.count announced, or past the pager's hard limits when it announced nothing.
#include "GraphTestSupport.h"

#include "core/graph/GraphPager.h"

using namespace passcode::graph;
using namespace passcode::graph::test;

class graph_PagerLimits : public GraphTest
{
};

namespace {

GraphRequest firstPage()
{
    return GraphRequest::get(QStringLiteral("/deviceManagement/managedDevices"), ApiVersion::Beta).setTop(10);
}

/** A service that never stops: every page has @p perPage items and a new nextLink; the first @p count. */
FakeNetworkAccessManager::Handler endlessPages(int perPage, qint64 count = -1)
{
    return [perPage, count](const RecordedRequest &req) {
        const int n = QUrlQuery(req.url).queryItemValue(QStringLiteral("n")).toInt();
        QJsonObject o =
            page(devices(n * perPage, perPage),
                 QStringLiteral("https://graph.microsoft.com/beta/deviceManagement/managedDevices?n=%1")
                     .arg(n + 1));
        if (count >= 0)
            o.insert(QStringLiteral("@odata.count"), double(count));
        return CannedReply::json(o);
    };
}

PagerOutcome runPager(GraphPager &pager)
{
    std::optional<PagerOutcome> outcome;
    QObject::connect(&pager, &GraphPager::finished, &pager,
                     [&outcome](const PagerOutcome &o) { outcome = o; });
    pager.start();
    EXPECT_TRUE(waitUntil([&outcome] { return outcome.has_value(); }, 30000)) << "paging never ended";
    return outcome.value_or(PagerOutcome{});
}

} // namespace

TEST_F(graph_PagerLimits, PagesFarPastTheAnnouncedCountStop)
{
    // 25 devices announced, 10 a page, and the links never end.
    nam.setHandler(endlessPages(10, 25));
    GraphPager pager(client.get(), firstPage());
    const PagerOutcome o = runPager(pager);

    ASSERT_FALSE(o.ok());
    EXPECT_EQ(o.error->kind, Kind::Parse);
    EXPECT_TRUE(o.error->message.contains(QStringLiteral("announced 25 items")))
        << o.error->message.toStdString();
    // max(2·25, 25 + 10 pages of 10) = 125 items: stopped at the first page past it.
    EXPECT_EQ(o.items, 130);
    EXPECT_EQ(o.pages, 13);
    EXPECT_EQ(requestCount(), 13) << "no page is requested past the limit";
}

TEST_F(graph_PagerLimits, EmptyPagesPastTheCountStop)
{
    // A count of 0 and empty pages with new links for ever: the page bound (2·0 + 10) stops it.
    nam.setHandler(endlessPages(0, 0));
    GraphPager pager(client.get(), firstPage());
    const PagerOutcome o = runPager(pager);

    ASSERT_FALSE(o.ok());
    EXPECT_EQ(o.error->kind, Kind::Parse);
    EXPECT_EQ(o.items, 0);
    EXPECT_EQ(o.pages, 11);
}

TEST_F(graph_PagerLimits, WithoutACountTheHardLimitsStop)
{
    nam.setHandler(endlessPages(10));
    GraphPager pager(client.get(), firstPage());
    PagerLimits limits;
    limits.maxPages = 40;
    pager.setLimits(limits);
    const PagerOutcome o = runPager(pager);

    ASSERT_FALSE(o.ok());
    EXPECT_EQ(o.error->kind, Kind::Parse);
    EXPECT_TRUE(o.error->message.contains(QStringLiteral("kept sending pages")))
        << o.error->message.toStdString();
    EXPECT_EQ(o.pages, 40);
    EXPECT_EQ(requestCount(), 40);

    nam.clearRequests();
    GraphPager byItems(client.get(), firstPage());
    limits = PagerLimits{};
    limits.maxItems = 95;
    byItems.setLimits(limits);
    const PagerOutcome items = runPager(byItems);
    ASSERT_FALSE(items.ok());
    EXPECT_EQ(items.items, 100);
}

TEST_F(graph_PagerLimits, TheDefaultsLetALargeTenantThrough)
{
    // The defaults hold a tenant of 120,000 devices read in pages of 1,000 ten times over...
    PagerLimits defaults;
    EXPECT_GE(qint64(defaults.maxPages) * 1000, 120000 * 10);
    EXPECT_GE(defaults.maxItems, 1000000);
    // ...and a list that grows while it is read passes: 12,000 announced, 12,200 sent over 122 pages (100 a
    // page keeps the test quick under ASan; 1,000 a page took over 30 s there).
    nam.setHandler([](const RecordedRequest &req) {
        const int n = QUrlQuery(req.url).queryItemValue(QStringLiteral("n")).toInt();
        QJsonObject o =
            page(QJsonArray{}, n + 1 < 122 ? QStringLiteral("https://graph.microsoft.com/beta/"
                                                            "deviceManagement/managedDevices?n=%1")
                                                 .arg(n + 1)
                                           : QString());
        o.insert(QStringLiteral("value"), devices(n * 100, 100));
        o.insert(QStringLiteral("@odata.count"), 12000);
        return CannedReply::json(o);
    });
    GraphPager pager(client.get(), firstPage());
    const PagerOutcome o = runPager(pager);
    EXPECT_TRUE(o.ok()) << o.error->toDisplayString().toStdString();
    EXPECT_EQ(o.items, 12200);
}

TEST_F(graph_PagerLimits, ARepeatedLinkStillStopsAtOnce)
{
    nam.setHandler([](const RecordedRequest &) {
        return CannedReply::json(
            page(devices(0, 2),
                 QStringLiteral("https://graph.microsoft.com/beta/deviceManagement/managedDevices?n=1")));
    });
    GraphPager pager(client.get(), firstPage());
    const PagerOutcome o = runPager(pager);
    ASSERT_FALSE(o.ok());
    EXPECT_EQ(o.error->kind, Kind::Parse);
    EXPECT_EQ(o.pages, 2);
}
