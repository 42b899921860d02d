// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/graph/GraphRequest.h"

#include <gtest/gtest.h>

using namespace passcode::graph;

namespace {

const QUrl Base(QStringLiteral("https://graph.microsoft.com"));

} // namespace

TEST(graph_Request, GetOfVersionedPath)
{
    const GraphRequest r = GraphRequest::get(QStringLiteral("/deviceManagement/managedDevices"));
    EXPECT_EQ(r.method(), HttpMethod::Get);
    EXPECT_EQ(r.kind(), RequestKind::Read);
    EXPECT_EQ(r.resolve(Base).toString(),
              QStringLiteral("https://graph.microsoft.com/v1.0/deviceManagement/managedDevices"));
    EXPECT_EQ(GraphRequest::get(QStringLiteral("/deviceManagement/remoteActionAudits"), ApiVersion::Beta)
                  .resolve(Base)
                  .toString(),
              QStringLiteral("https://graph.microsoft.com/beta/deviceManagement/remoteActionAudits"));
}

TEST(graph_Request, BasePathAndLoopbackPortAreKept)
{
    const GraphRequest r = GraphRequest::get(QStringLiteral("/me"));
    EXPECT_EQ(r.resolve(QUrl(QStringLiteral("http://127.0.0.1:8123/graph/"))).toString(),
              QStringLiteral("http://127.0.0.1:8123/graph/v1.0/me"));
}

TEST(graph_Request, QueryOptionsAreEncoded)
{
    const GraphRequest r = GraphRequest::get(QStringLiteral("/deviceManagement/managedDevices"))
                               .setSelect({QStringLiteral("id"), QStringLiteral("deviceName")})
                               .setFilter(QStringLiteral("deviceName eq 'A+B & C#1 50%'"))
                               .setTop(25);
    EXPECT_EQ(r.encodedQuery(),
              QStringLiteral("$select=id,deviceName&$filter=deviceName%20eq%20'A%2BB%20%26%20C%231%"
                             "2050%25'&$top=25"));
    EXPECT_EQ(
        r.resolve(Base).toEncoded(),
        QByteArray("https://graph.microsoft.com/v1.0/deviceManagement/managedDevices?$select=id,deviceName&"
                   "$filter=deviceName%20eq%20'A%2BB%20%26%20C%231%2050%25'&$top=25"));
}

TEST(graph_Request, NonAsciiFilterValuesArePercentEncodedUtf8)
{
    const GraphRequest r =
        GraphRequest::get(QStringLiteral("/x")).setFilter(QStringLiteral("userDisplayName eq 'Zo\u00e9'"));
    EXPECT_EQ(r.encodedQuery(), QStringLiteral("$filter=userDisplayName%20eq%20'Zo%C3%A9'"));
}

TEST(graph_Request, ActionIsABodylessPostOfKindAction)
{
    const GraphRequest r =
        GraphRequest::action(QStringLiteral("/deviceManagement/managedDevices/abc/resetPasscode"));
    EXPECT_EQ(r.method(), HttpMethod::Post);
    EXPECT_EQ(r.kind(), RequestKind::Action);
    EXPECT_FALSE(r.body().has_value());
}

TEST(graph_Request, KindFollowsMethodUnlessSet)
{
    EXPECT_EQ(GraphRequest::post(QStringLiteral("/x"), {}).kind(), RequestKind::Action);
    EXPECT_EQ(GraphRequest::post(QStringLiteral("/x"), {}).setKind(RequestKind::Read).kind(),
              RequestKind::Read);
    EXPECT_EQ(GraphRequest().setMethod(HttpMethod::Delete).kind(), RequestKind::Action);
}

TEST(graph_Request, AbsoluteUrlIsUsedVerbatim)
{
    const QByteArray link = "https://graph.microsoft.com/beta/deviceManagement/managedDevices?$top=2&"
                            "$skiptoken=RFNwdAIAAQAAACI6%2BNjMx%3D%3D%2Cx";
    const GraphRequest r = GraphRequest::getUrl(QUrl::fromEncoded(link));
    EXPECT_TRUE(r.isAbsolute());
    EXPECT_EQ(r.resolve(Base).toEncoded(), link);
    GraphRequest withQuery = r;
    withQuery.setTop(5); // ignored for an absolute URL
    EXPECT_EQ(withQuery.resolve(Base).toEncoded(), link);
}

TEST(graph_Request, BatchUrlIsRelativeToTheVersionRoot)
{
    EXPECT_EQ(GraphRequest::get(QStringLiteral("/deviceManagement/managedDevices/1"))
                  .setSelect({QStringLiteral("id")})
                  .batchUrl(Base),
              QStringLiteral("/deviceManagement/managedDevices/1?$select=id"));
    const GraphRequest abs = GraphRequest::getUrl(QUrl(
        QStringLiteral("https://graph.microsoft.com/v1.0/deviceManagement/managedDevices?$skiptoken=x")));
    EXPECT_EQ(abs.batchUrl(Base), QStringLiteral("/deviceManagement/managedDevices?$skiptoken=x"));
    const GraphRequest elsewhere = GraphRequest::getUrl(QUrl(QStringLiteral("https://example.com/v1.0/x")));
    EXPECT_TRUE(elsewhere.batchUrl(Base).isEmpty());
}

TEST(graph_Request, HeadersReplaceByName)
{
    GraphRequest r;
    r.setHeader("Prefer", "a").setHeader("prefer", "b");
    ASSERT_EQ(r.headers().size(), 1);
    EXPECT_EQ(r.headers().first().second, QByteArray("b"));
}
