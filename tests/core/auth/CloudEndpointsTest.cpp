// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/auth/CloudEndpoints.h"

#include <gtest/gtest.h>

using namespace passcode;
using namespace passcode::auth;
using namespace Qt::StringLiterals;

namespace {

struct CloudRow
{
    Cloud cloud;
    const char *id;
    const char *login;
    const char *graph;
};

const CloudRow kRows[] = {
    {Cloud::Global, "global", "https://login.microsoftonline.com", "https://graph.microsoft.com"},
    {Cloud::UsGov, "usgov", "https://login.microsoftonline.us", "https://graph.microsoft.us"},
    {Cloud::UsGovDoD, "usgov-dod", "https://login.microsoftonline.us", "https://dod-graph.microsoft.us"},
    {Cloud::China, "china", "https://login.partner.microsoftonline.cn",
     "https://microsoftgraph.chinacloudapi.cn"},
};

} // namespace

TEST(auth_CloudEndpoints, HostsOfEachCloud)
{
    for (const CloudRow &row : kRows) {
        SCOPED_TRACE(row.id);
        auto endpoints = CloudEndpoints::create(row.cloud);
        ASSERT_TRUE(endpoints);
        EXPECT_EQ(endpoints->loginBaseUrl(), QUrl(QString::fromLatin1(row.login)));
        EXPECT_EQ(endpoints->graphBaseUrl(), QUrl(QString::fromLatin1(row.graph)));
        EXPECT_EQ(endpoints->graphResource(), QString::fromLatin1(row.graph));
        EXPECT_EQ(cloudId(row.cloud), QString::fromLatin1(row.id));
        EXPECT_EQ(cloudFromId(QString::fromLatin1(row.id)), row.cloud);
    }
}

TEST(auth_CloudEndpoints, OAuthUrlsAndScopes)
{
    const auto endpoints = CloudEndpoints::create(Cloud::UsGovDoD).value();
    EXPECT_EQ(endpoints.tokenUrl(u"contoso.onmicrosoft.us"_s),
              QUrl(u"https://login.microsoftonline.us/contoso.onmicrosoft.us/oauth2/v2.0/token"_s));
    EXPECT_EQ(endpoints.deviceCodeUrl(u"organizations"_s),
              QUrl(u"https://login.microsoftonline.us/organizations/oauth2/v2.0/devicecode"_s));
    EXPECT_EQ(endpoints.authorizeUrl(u"t"_s),
              QUrl(u"https://login.microsoftonline.us/t/oauth2/v2.0/authorize"_s));
    EXPECT_EQ(endpoints.scopes(),
              (QStringList{
                  u"https://dod-graph.microsoft.us/DeviceManagementManagedDevices.Read.All"_s,
                  u"https://dod-graph.microsoft.us/DeviceManagementManagedDevices.PrivilegedOperations.All"_s,
                  u"offline_access"_s, u"openid"_s, u"profile"_s}));
    EXPECT_EQ(endpoints.scopeString().count(u' '), 4);
}

TEST(auth_CloudEndpoints, CloudAliases)
{
    EXPECT_EQ(cloudFromId(u"GCCHigh"), Cloud::UsGov);
    EXPECT_EQ(cloudFromId(u"dod"), Cloud::UsGovDoD);
    EXPECT_EQ(cloudFromId(u" Public "), Cloud::Global);
    EXPECT_EQ(cloudFromId(u"21vianet"), Cloud::China);
    EXPECT_FALSE(cloudFromId(u"mars").has_value());
}

TEST(auth_CloudEndpoints, LoopbackHttpOverrideAccepted)
{
    for (const QString &url : {u"http://127.0.0.1:41234"_s, u"http://localhost:8080/"_s,
                               u"http://[::1]:9000/base"_s, u"http://127.10.0.3:80"_s}) {
        SCOPED_TRACE(url.toStdString());
        auto endpoints = CloudEndpoints::create(Cloud::Global, QUrl(url), QUrl(url));
        ASSERT_TRUE(endpoints);
        EXPECT_TRUE(endpoints->isLoginOverridden());
        EXPECT_FALSE(endpoints->loginBaseUrl().path().endsWith(u'/'));
        // The scopes keep naming the real cloud's Graph resource.
        EXPECT_EQ(endpoints->graphResource(), u"https://graph.microsoft.com"_s);
    }
    auto sandbox = CloudEndpoints::create(Cloud::Global, QUrl(u"http://127.0.0.1:5000/login/"_s)).value();
    EXPECT_EQ(sandbox.tokenUrl(u"sandbox"_s),
              QUrl(u"http://127.0.0.1:5000/login/sandbox/oauth2/v2.0/token"_s));
}

TEST(auth_CloudEndpoints, PlainHttpToNonLoopbackHostRefused)
{
    for (const QString &url : {u"http://login.microsoftonline.com"_s, u"http://10.0.0.5:8080"_s,
                               u"http://localhost.evil.example"_s, u"http://127.0.0.1.nip.io"_s}) {
        SCOPED_TRACE(url.toStdString());
        auto login = CloudEndpoints::create(Cloud::Global, QUrl(url));
        ASSERT_FALSE(login);
        EXPECT_EQ(login.error().kind, Error::Kind::Security);
        EXPECT_FALSE(login.error().message.isEmpty());
        auto graph = CloudEndpoints::create(Cloud::Global, {}, QUrl(url));
        ASSERT_FALSE(graph);
        EXPECT_EQ(graph.error().kind, Error::Kind::Security);
    }
    EXPECT_EQ(CloudEndpoints::create(Cloud::Global, QUrl(u"ftp://127.0.0.1/"_s)).error().kind,
              Error::Kind::Security);
    EXPECT_EQ(CloudEndpoints::create(Cloud::Global, QUrl(u"https://h.example/?q=1"_s)).error().kind,
              Error::Kind::Usage);
    EXPECT_TRUE(CloudEndpoints::create(Cloud::Global, QUrl(u"https://login.example.test:8443/x"_s)));
}
