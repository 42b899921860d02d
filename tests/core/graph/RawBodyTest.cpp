// SPDX-License-Identifier: GPL-3.0-or-later
// Raw-body mode: the interpreter's structural check of a page, and GraphPager::setRawPages
// (JsonReader itself: tests/core/common/JsonReaderTest.cpp).
#include "GraphTestSupport.h"

#include "core/graph/GraphPager.h"
#include "core/graph/ReplyInterpreter.h"

using namespace passcode;
using namespace passcode::graph;
using namespace passcode::graph::test;

namespace {

const QUrl Origin(QStringLiteral("https://graph.microsoft.com"));
const QUrl DevicesUrl(QStringLiteral("https://graph.microsoft.com/beta/deviceManagement/managedDevices"));

InterpretContext rawContext(QStringList required = {QStringLiteral("value")})
{
    InterpretContext c;
    c.method = HttpMethod::Get;
    c.kind = RequestKind::Read;
    c.requiredFields = std::move(required);
    c.rawBody = true;
    c.origin = Origin;
    return c;
}

Interpretation interpretRaw(const QByteArray &body, InterpretContext context = rawContext())
{
    RawReply r;
    r.httpStatus = 200;
    r.body = body;
    r.url = DevicesUrl;
    return ReplyInterpreter::interpret(r, context);
}

} // namespace

// --- ReplyInterpreter in raw-body mode
// --------------------------------------------------------------------------

TEST(graph_RawBody, ScalarsAreParsedAndArraysLocated)
{
    const QByteArray body =
        R"({"@odata.context":"ctx","@odata.count":3,"flag":true,"none":null,)"
        R"("value":[{"id":"a"},{"id":"b","x":"]"},{"id":"c"}],"nested":{"k":[1,2]},)"
        R"("@odata.nextLink":"https:\/\/graph.microsoft.com\/beta\/x?$skiptoken=a\u0026b"})";
    const Interpretation in = interpretRaw(body);
    ASSERT_EQ(in.disposition, Disposition::Success) << in.result.error->detail.toStdString();
    const GraphResult &r = in.result;
    EXPECT_EQ(r.body, body);
    EXPECT_EQ(r.json.value(QStringLiteral("@odata.context")).toString(), QStringLiteral("ctx"));
    EXPECT_EQ(r.json.value(QStringLiteral("@odata.count")).toInteger(), 3);
    EXPECT_TRUE(r.json.value(QStringLiteral("flag")).toBool());
    EXPECT_TRUE(r.json.value(QStringLiteral("none")).isNull());
    EXPECT_EQ(r.json.value(QStringLiteral("@odata.nextLink")).toString(),
              QStringLiteral("https://graph.microsoft.com/beta/x?$skiptoken=a&b"));
    EXPECT_FALSE(r.json.contains(QStringLiteral("value")));
    ASSERT_TRUE(r.rawMembers.contains(QStringLiteral("value")));
    const RawMember value = r.rawMembers.value(QStringLiteral("value"));
    EXPECT_EQ(value.bracket, '[');
    EXPECT_EQ(value.elements, 3);
    EXPECT_EQ(body.mid(value.offset, value.length),
              QByteArray(R"([{"id":"a"},{"id":"b","x":"]"},{"id":"c"}])"));
    const RawMember nested = r.rawMembers.value(QStringLiteral("nested"));
    EXPECT_EQ(nested.bracket, '{');
    EXPECT_EQ(nested.elements, 1);
    EXPECT_EQ(body.mid(nested.offset, nested.length), QByteArray(R"({"k":[1,2]})"));
}

TEST(graph_RawBody, EveryTruncationIsAnUnreadableBodyThatMayBeRetried)
{
    const QByteArray body = R"({"value":[{"id":"a","deviceName":"A \"1\""},{"id":"b"}],)"
                            R"("@odata.nextLink":"https://graph.microsoft.com/beta/x"})";
    ASSERT_EQ(interpretRaw(body).disposition, Disposition::Success);
    for (qsizetype keep = 1; keep < body.size(); ++keep) {
        const Interpretation in = interpretRaw(body.left(keep));
        ASSERT_TRUE(in.result.error.has_value()) << keep;
        EXPECT_EQ(in.result.error->kind, Error::Kind::Parse) << keep;
        EXPECT_TRUE(in.unreadableBody) << keep;
        EXPECT_EQ(in.disposition, Disposition::RetryIfBudget) << keep;
        EXPECT_TRUE(in.result.body.isEmpty()) << keep;
        EXPECT_FALSE(in.result.error->detail.contains(QStringLiteral("deviceName")))
            << "never quotes the body";
    }
}

TEST(graph_RawBody, MalformedEnvelopesAreParseErrors)
{
    for (const char *bad : {R"({"value":[{"id":"a"]})", R"({"value":[] "x":1})", R"({"value":[],})",
                            R"({"value":[],"@odata.nextLink":})", R"({"value":[]} trailing)", R"({value:[]})",
                            R"({"value":[],"n":01})"}) {
        const Interpretation in = interpretRaw(QByteArray(bad));
        ASSERT_TRUE(in.result.error.has_value()) << bad;
        EXPECT_EQ(in.result.error->kind, Error::Kind::Parse) << bad;
        EXPECT_TRUE(in.result.rawMembers.isEmpty()) << bad;
    }
    // Well-formed but not an object: final, as without raw mode.
    const Interpretation array = interpretRaw("[1,2]");
    ASSERT_TRUE(array.result.error.has_value());
    EXPECT_EQ(array.result.error->kind, Error::Kind::Parse);
    EXPECT_EQ(array.disposition, Disposition::Fail);
    EXPECT_FALSE(array.unreadableBody);
    // An empty body of a GET.
    EXPECT_TRUE(interpretRaw("  ").unreadableBody);
}

TEST(graph_RawBody, RequiredFieldsAreCheckedAmongScalarsAndArrays)
{
    const Interpretation missing = interpretRaw(R"({"items":[1]})");
    ASSERT_TRUE(missing.result.error.has_value());
    EXPECT_EQ(missing.result.error->kind, Error::Kind::Parse);
    EXPECT_EQ(missing.disposition, Disposition::Fail);
    EXPECT_EQ(interpretRaw(R"({"value":null})").disposition,
              Disposition::Success); // the pager wants an array
}

TEST(graph_RawBody, ErrorStatusesAndSecurityAreInterpretedAsAlways)
{
    RawReply throttled;
    throttled.httpStatus = 429;
    throttled.body = R"({"error":{"code":"TooManyRequests","message":"slow down"}})";
    throttled.headers = {{"Retry-After", "2"}};
    throttled.url = DevicesUrl;
    const Interpretation in = ReplyInterpreter::interpret(throttled, rawContext());
    EXPECT_EQ(in.disposition, Disposition::RetryNotProcessed);
    EXPECT_EQ(in.result.error->kind, Error::Kind::Throttled);
    EXPECT_EQ(in.retryAfterMs.value_or(0), 2000);
    EXPECT_TRUE(in.result.body.isEmpty());

    RawReply elsewhere;
    elsewhere.httpStatus = 200;
    elsewhere.body = R"({"value":[]})";
    elsewhere.url = QUrl(QStringLiteral("https://evil.example.com/beta/x"));
    const Interpretation refused = ReplyInterpreter::interpret(elsewhere, rawContext());
    EXPECT_EQ(refused.result.error->kind, Error::Kind::Security);
    EXPECT_TRUE(refused.result.body.isEmpty());
    EXPECT_TRUE(refused.result.rawMembers.isEmpty());
}

// --- GraphPager in raw mode
// -------------------------------------------------------------------------------------

class graph_PagerRaw : public GraphTest
{
protected:
    struct Log
    {
        QList<RawPage> pages;
        QList<int> indices;
        int jsonPages = 0;
        qint64 count = -1;
        std::optional<PagerOutcome> outcome;
        int finishedCount = 0;
    };

    static GraphRequest firstPage()
    {
        return GraphRequest::get(QStringLiteral("/deviceManagement/managedDevices"), ApiVersion::Beta)
            .setSelect({QStringLiteral("id")})
            .setTop(3);
    }

    void run(Log &seen, const std::function<void(GraphPager &, const RawPage &, int)> &onPage = {})
    {
        GraphPager pager(client.get(), firstPage());
        pager.setRawPages(true);
        QObject::connect(&pager, &GraphPager::rawPageReceived, &pager, [&](const RawPage &p, int index) {
            seen.pages.append(p);
            seen.indices.append(index);
            if (onPage)
                onPage(pager, p, index);
        });
        QObject::connect(&pager, &GraphPager::pageReceived, &pager,
                         [&](const QJsonArray &, int) { ++seen.jsonPages; });
        QObject::connect(&pager, &GraphPager::totalCountKnown, &pager, [&](qint64 c) { seen.count = c; });
        QObject::connect(&pager, &GraphPager::finished, &pager, [&](const PagerOutcome &o) {
            seen.outcome = o;
            ++seen.finishedCount;
        });
        pager.start();
        ASSERT_TRUE(waitUntil([&] { return seen.outcome.has_value(); }));
    }

    static QByteArray body(const QJsonObject &page) { return QJsonDocument(page).toJson(); }
};

TEST_F(graph_PagerRaw, RawPagesCarryTheValueTextAndEveryLinkIsFollowed)
{
    const QString link1 = QStringLiteral("https://graph.microsoft.com/beta/deviceManagement/managedDevices?"
                                         "$top=3&$skiptoken=RFNwdAIAAQAAACI6OjE%2BOjYz");
    const QString link2 = QStringLiteral("https://graph.microsoft.com/beta/deviceManagement/managedDevices?"
                                         "$top=3&$skiptoken=RFNwdAIAAQAAACI6OjI%2C%2F");
    nam.setHandler([&](const RecordedRequest &req) {
        const QString url = QString::fromLatin1(req.url.toEncoded());
        if (url == link1)
            return CannedReply::json(page(devices(3, 3), link2));
        if (url == link2)
            return CannedReply::json(page(devices(6, 1)));
        QJsonObject first = page(devices(0, 3), link1);
        first.insert(QStringLiteral("@odata.count"), 7);
        return CannedReply::json(first);
    });
    Log seen;
    run(seen);
    ASSERT_TRUE(seen.outcome->ok());
    EXPECT_EQ(seen.jsonPages, 0);
    EXPECT_EQ(seen.indices, (QList<int>{0, 1, 2}));
    EXPECT_EQ(seen.count, 7);
    EXPECT_EQ(seen.outcome->items, 7);
    ASSERT_EQ(seen.pages.size(), 3);
    EXPECT_EQ(QJsonDocument::fromJson(seen.pages.at(1).value().toByteArray()).array(), devices(3, 3));
    EXPECT_EQ(seen.pages.at(1).items, 3);
    ASSERT_EQ(requestCount(), 3);
    EXPECT_EQ(QString::fromLatin1(nam.requests().at(1).url.toEncoded()), link1);
    EXPECT_EQ(QString::fromLatin1(nam.requests().at(2).url.toEncoded()), link2);
}

TEST_F(graph_PagerRaw, ATruncatedPageIsRetriedThenEndsThePaging)
{
    const QByteArray full = body(page(devices(0, 3)));
    int attempts = 0;
    nam.setHandler([&](const RecordedRequest &) {
        ++attempts;
        return CannedReply::truncated(full, int(full.size() / 2));
    });
    Log seen;
    run(seen);
    ASSERT_TRUE(seen.outcome->error.has_value());
    EXPECT_EQ(seen.outcome->error->kind, Kind::Parse);
    EXPECT_EQ(seen.outcome->pages, 0);
    EXPECT_EQ(attempts, fastPolicy().maxParseAttempts);
}

TEST_F(graph_PagerRaw, APageNeedsAValueArray)
{
    for (const QByteArray &answer : {QByteArray(R"({"items":[]})"), QByteArray(R"({"value":{"id":"a"}})"),
                                     QByteArray(R"({"value":null})"), QByteArray(R"({"value":"[]"})")}) {
        nam.setHandler([answer](const RecordedRequest &) { return CannedReply::raw(200, answer); });
        Log seen;
        run(seen);
        ASSERT_TRUE(seen.outcome->error.has_value()) << answer.constData();
        EXPECT_EQ(seen.outcome->error->kind, Kind::Parse) << answer.constData();
        EXPECT_TRUE(seen.pages.isEmpty()) << answer.constData();
    }
}

TEST_F(graph_PagerRaw, BadNextLinksStopThePaging)
{
    struct Case
    {
        QByteArray body;
        Kind kind;
    };
    const QList<Case> cases = {
        {R"({"value":[{"id":"a"}],"@odata.nextLink":"/beta/deviceManagement/managedDevices?$skiptoken=x"})",
         Kind::Parse},
        {R"({"value":[{"id":"a"}],"@odata.nextLink":{"href":"https://graph.microsoft.com/beta/x"}})",
         Kind::Parse},
        {R"({"value":[{"id":"a"}],"@odata.nextLink":["https://graph.microsoft.com/beta/x"]})", Kind::Parse},
        {R"({"value":[{"id":"a"}],"@odata.nextLink":""})", Kind::Parse},
        {R"({"value":[{"id":"a"}],"@odata.nextLink":"https://evil.example.com/beta/x?$skiptoken=a"})",
         Kind::Security},
        {R"({"value":[{"id":"a"}],"@odata.nextLink":"http://graph.microsoft.com/beta/x?$skiptoken=a"})",
         Kind::Security},
    };
    for (const Case &c : cases) {
        const qsizetype before = nam.requests().size();
        nam.setHandler([c](const RecordedRequest &) { return CannedReply::raw(200, c.body); });
        Log seen;
        run(seen);
        ASSERT_TRUE(seen.outcome->error.has_value()) << c.body.constData();
        EXPECT_EQ(seen.outcome->error->kind, c.kind) << c.body.constData();
        EXPECT_EQ(seen.outcome->pages, 1) << c.body.constData();
        EXPECT_EQ(nam.requests().size() - before, 1)
            << "nothing sent to a refused link: " << c.body.constData();
    }
}

TEST_F(graph_PagerRaw, TheCallerCanFailThePagingFromAPage)
{
    const QString link =
        QStringLiteral("https://graph.microsoft.com/beta/deviceManagement/managedDevices?$skiptoken=a");
    nam.setHandler(
        [&](const RecordedRequest &) { return CannedReply::json(page(devices(0, 2), link + u'x')); });
    Log seen;
    run(seen, [](GraphPager &pager, const RawPage &, int index) {
        if (index == 1)
            pager.fail(Error::make(Error::Kind::Usage, QStringLiteral("unreadable")));
    });
    ASSERT_TRUE(seen.outcome->error.has_value());
    EXPECT_EQ(seen.outcome->error->kind, Kind::Usage);
    EXPECT_EQ(seen.outcome->error->message, QStringLiteral("unreadable"));
    EXPECT_EQ(seen.finishedCount, 1);
    EXPECT_EQ(seen.pages.size(), 2);
}
