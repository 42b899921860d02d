// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/auth/TenantSettings.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>

using namespace passcode;
using namespace passcode::auth;
using namespace Qt::StringLiterals;

namespace {

class auth_TenantSettings : public ::testing::Test
{
protected:
    QTemporaryDir m_dir;
    QString path() const { return m_dir.filePath(u"settings.ini"_s); }
};

} // namespace

TEST_F(auth_TenantSettings, RoundTripThroughAFile)
{
    {
        QSettings qs(path(), QSettings::IniFormat);
        TenantSettings settings(&qs);
        EXPECT_FALSE(settings.isConfigured());
        EXPECT_EQ(settings.cloud(), Cloud::Global);
        settings.setTenant(u" contoso.onmicrosoft.com "_s);
        settings.setClientId(u"0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"_s);
        settings.setCloud(Cloud::UsGovDoD);
        settings.setLoginUrlOverride(QUrl(u"http://127.0.0.1:4000"_s));
        AccountInfo account{u"tech@contoso.example"_s, u"Tech"_s, u"tid"_s, u"oid"_s, u"oid.tid"_s};
        settings.setAccount(account, settings.secretKeyFor(account.homeAccountId));
    }
    QSettings qs(path(), QSettings::IniFormat);
    TenantSettings settings(&qs);
    EXPECT_TRUE(settings.isConfigured());
    EXPECT_EQ(settings.tenant(), u"contoso.onmicrosoft.com"_s);
    EXPECT_EQ(settings.cloud(), Cloud::UsGovDoD);
    EXPECT_EQ(settings.loginUrlOverride(), QUrl(u"http://127.0.0.1:4000"_s));
    EXPECT_TRUE(settings.graphUrlOverride().isEmpty());
    ASSERT_TRUE(settings.account().has_value());
    EXPECT_EQ(settings.account()->username, u"tech@contoso.example"_s);
    EXPECT_EQ(
        settings.accountSecretKey(),
        u"usgov-dod/contoso.onmicrosoft.com/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0/oid.tid/refresh_token"_s);
    auto endpoints = settings.endpoints();
    ASSERT_TRUE(endpoints);
    EXPECT_EQ(endpoints->loginBaseUrl(), QUrl(u"http://127.0.0.1:4000"_s));
    EXPECT_EQ(endpoints->graphBaseUrl(), QUrl(u"https://dod-graph.microsoft.us"_s));

    settings.clearAccount();
    EXPECT_FALSE(settings.account().has_value());
    EXPECT_TRUE(settings.accountSecretKey().isEmpty());
    EXPECT_TRUE(settings.isConfigured());
}

TEST_F(auth_TenantSettings, ValidationNamesTheProblem)
{
    QSettings qs(path(), QSettings::IniFormat);
    TenantSettings settings(&qs);
    ASSERT_TRUE(settings.validate().has_value());
    EXPECT_EQ(settings.validate()->code, u"invalid_tenant"_s);
    settings.setTenant(u"contoso.com/../common"_s);
    EXPECT_EQ(settings.validate()->code, u"invalid_tenant"_s);
    EXPECT_EQ(settings.endpoints().error().kind, Error::Kind::Usage);
    settings.setTenant(u"organizations"_s);
    EXPECT_EQ(settings.validate()->code, u"invalid_client_id"_s);
    settings.setClientId(u"bad id?"_s);
    EXPECT_EQ(settings.validate()->code, u"invalid_client_id"_s);
    settings.setClientId(u"0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"_s);
    EXPECT_FALSE(settings.validate().has_value());
    settings.setGraphUrlOverride(QUrl(u"http://graph.example"_s));
    EXPECT_EQ(settings.endpoints().error().kind, Error::Kind::Security);
}

TEST_F(auth_TenantSettings, UnknownCloudFallsBackToGlobal)
{
    QSettings qs(path(), QSettings::IniFormat);
    qs.setValue(u"auth/cloud"_s, u"mars"_s);
    EXPECT_EQ(TenantSettings(&qs).cloud(), Cloud::Global);
}
