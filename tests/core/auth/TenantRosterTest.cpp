// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/auth/TenantRoster.h"
#include "core/auth/TenantSettings.h"

#include <gtest/gtest.h>

#include <QSettings>
#include <QTemporaryDir>

using namespace passcode;
using namespace passcode::auth;
using namespace Qt::StringLiterals;

namespace {

class auth_TenantRoster : public ::testing::Test
{
protected:
    QTemporaryDir m_dir;
    QString path() const { return m_dir.filePath(u"settings.ini"_s); }

    static TenantProfile contoso()
    {
        TenantProfile p;
        p.name = u"Contoso"_s;
        p.tenant = u"contoso.onmicrosoft.com"_s;
        p.clientId = u"0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"_s;
        return p;
    }
    static TenantProfile lab()
    {
        TenantProfile p;
        p.name = u"Lab sandbox"_s;
        p.graphUrl = QUrl(u"http://127.0.0.1:8080"_s);
        p.color = u"#112233"_s;
        return p;
    }
};

} // namespace

TEST_F(auth_TenantRoster, ProfilesSurviveARestartWithTheirOwnSettingsGroups)
{
    QString contosoId;
    {
        QSettings qs(path(), QSettings::IniFormat);
        TenantRoster roster(&qs);
        const Result<TenantProfile> a = roster.add(contoso());
        ASSERT_TRUE(a) << a.error().message.toStdString();
        contosoId = a->id;
        EXPECT_FALSE(a->id.isEmpty());
        EXPECT_TRUE(TenantRoster::isValidColor(a->color)); // a palette colour was given
        ASSERT_TRUE(roster.add(lab()));
        // Each tenant's sign-in lives in its own group.
        std::unique_ptr<TenantSettings> s = roster.settingsFor(*a);
        AccountInfo account{u"tech@contoso.example"_s, u"Tech"_s, u"tid"_s, u"oid"_s, u"oid.tid"_s};
        s->setAccount(account, u"key-a"_s);
        s->sync();
    }
    QSettings qs(path(), QSettings::IniFormat);
    TenantRoster roster(&qs);
    const QList<TenantProfile> all = roster.profiles();
    ASSERT_EQ(all.size(), 2);
    EXPECT_EQ(all[0].name, u"Contoso"_s);
    EXPECT_EQ(all[1].name, u"Lab sandbox"_s);
    EXPECT_TRUE(all[1].isEndpoint());
    EXPECT_EQ(all[1].color, u"#112233"_s);
    EXPECT_NE(all[0].color, all[1].color);
    ASSERT_TRUE(roster.find(u"contoso"_s)); // names are case-insensitive
    EXPECT_EQ(roster.find(contosoId)->name, u"Contoso"_s);
    EXPECT_EQ(roster.settingsFor(all[0])->accountSecretKey(), u"key-a"_s);
    EXPECT_TRUE(roster.settingsFor(all[1])->accountSecretKey().isEmpty());
    // The single tenant of earlier versions is not touched.
    EXPECT_FALSE(TenantSettings(&qs).isConfigured());
}

TEST_F(auth_TenantRoster, RefusesDuplicatesAndIncompleteProfiles)
{
    QSettings qs(path(), QSettings::IniFormat);
    TenantRoster roster(&qs);
    ASSERT_TRUE(roster.add(contoso()));
    TenantProfile again = contoso();
    again.name = u"  CONTOSO "_s;
    EXPECT_FALSE(roster.add(again));
    TenantProfile noClient = contoso();
    noClient.name = u"Fabrikam"_s;
    noClient.clientId.clear();
    EXPECT_FALSE(roster.add(noClient));
    TenantProfile nothing;
    nothing.name = u"Empty"_s;
    EXPECT_FALSE(roster.add(nothing));
    TenantProfile insecure = lab();
    insecure.name = u"Remote"_s;
    insecure.graphUrl = QUrl(u"http://graph.example.com"_s); // plain http only to loopback
    EXPECT_FALSE(roster.add(insecure));
    TenantProfile badColour = lab();
    badColour.color = u"red; rm -rf"_s;
    EXPECT_FALSE(roster.add(badColour));
    EXPECT_EQ(roster.profiles().size(), 1);
}

TEST_F(auth_TenantRoster, UpdateRenamesAndRemoveForgetsTheAccount)
{
    QSettings qs(path(), QSettings::IniFormat);
    TenantRoster roster(&qs);
    Result<TenantProfile> a = roster.add(contoso());
    ASSERT_TRUE(a);
    ASSERT_TRUE(roster.add(lab()));
    roster.settingsFor(*a)->setAccount({u"t@c.example"_s, {}, {}, {}, u"h"_s}, u"key"_s);
    TenantProfile renamed = *a;
    renamed.name = u"Lab sandbox"_s;
    EXPECT_TRUE(roster.update(renamed).has_value()); // taken
    renamed.name = u"Contoso Ltd"_s;
    EXPECT_FALSE(roster.update(renamed).has_value());
    EXPECT_EQ(roster.find(a->id)->name, u"Contoso Ltd"_s);
    EXPECT_EQ(roster.settingsFor(renamed)->accountSecretKey(), u"key"_s); // the id did not change

    EXPECT_TRUE(roster.remove(u"contoso ltd"_s));
    EXPECT_FALSE(roster.remove(u"contoso ltd"_s));
    EXPECT_EQ(roster.profiles().size(), 1);
    EXPECT_TRUE(roster.settingsFor(renamed)->accountSecretKey().isEmpty());
}

TEST_F(auth_TenantRoster, TheTenantOfEarlierVersionsIsAnEntry)
{
    QSettings qs(path(), QSettings::IniFormat);
    TenantSettings legacy(&qs);
    legacy.setTenant(u"fabrikam.onmicrosoft.com"_s);
    legacy.setClientId(u"0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"_s);
    legacy.setAccount({u"t@f.example"_s, {}, {}, {}, u"h"_s}, u"legacy-key"_s);
    TenantRoster roster(&qs);
    ASSERT_TRUE(roster.add(contoso()));
    QList<TenantProfile> all = roster.profiles();
    ASSERT_EQ(all.size(), 2);
    EXPECT_EQ(all[0].id, TenantRoster::legacyId());
    EXPECT_EQ(all[0].name, u"fabrikam.onmicrosoft.com"_s);
    EXPECT_EQ(roster.settingsFor(all[0])->accountSecretKey(), u"legacy-key"_s);
    all[0].name = u"Fabrikam"_s;
    ASSERT_FALSE(roster.update(all[0]).has_value());
    EXPECT_EQ(roster.find(u"fabrikam"_s)->tenant, u"fabrikam.onmicrosoft.com"_s);
    EXPECT_TRUE(roster.remove(u"Fabrikam"_s));
    EXPECT_FALSE(TenantSettings(&qs).isConfigured());
    EXPECT_EQ(roster.profiles().size(), 1);
}
