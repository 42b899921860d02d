// SPDX-License-Identifier: GPL-3.0-or-later
// What a sandbox tells tests about the secrets it issued (SandboxOptions::recordSecrets): the tokens of the
// control and token endpoints and of mintAccessToken(), and every passcode its actions produced.
#include "SandboxTestSupport.h"

#include "sandbox/host/SecretLedger.h"

#include <QJsonArray>
#include <QUrlQuery>

using namespace passcode::sandbox;
using namespace passcode::sandbox::testing;

namespace {

class sandbox_secrets : public SandboxFixture
{
protected:
    void start(bool record)
    {
        SandboxOptions o = testOptions(400);
        o.recordSecrets = record;
        startServer(o);
    }
    QJsonObject tokenAnswer()
    {
        return control(QStringLiteral("token"),
                       QJsonObject{{QStringLiteral("offline_access"), true},
                                   {QStringLiteral("client_id"), QStringLiteral("cli")}});
    }
};

} // namespace

TEST_F(sandbox_secrets, EveryTokenIssuedIsRecorded)
{
    start(true);
    const QJsonObject answer = tokenAnswer();
    const QByteArray access = answer.value(u"access_token").toString().toUtf8();
    const QByteArray refresh = answer.value(u"refresh_token").toString().toUtf8();
    ASSERT_FALSE(access.isEmpty());
    ASSERT_FALSE(refresh.isEmpty());
    // The refresh token grant at the token endpoint, as a client redeems it.
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    form.addQueryItem(QStringLiteral("client_id"), QStringLiteral("cli"));
    form.addQueryItem(QStringLiteral("refresh_token"), QString::fromUtf8(refresh));
    const Reply redeemed =
        post(QStringLiteral("/%1/oauth2/v2.0/token").arg(m_server->tenantId()),
             form.query(QUrl::FullyEncoded).toUtf8(), QString(), "application/x-www-form-urlencoded");
    ASSERT_EQ(redeemed.status, 200) << redeemed.body.toStdString();
    const QByteArray rotated = redeemed.json().value(u"refresh_token").toString().toUtf8();
    const QByteArray minted = token().toUtf8();

    const QList<QByteArray> tokens = m_server->issuedSecrets().tokens;
    for (const QByteArray &t :
         {access, refresh, rotated, minted, redeemed.json().value(u"access_token").toString().toUtf8()})
        EXPECT_TRUE(tokens.contains(t));
}

TEST_F(sandbox_secrets, NothingIsRecordedUnlessAsked)
{
    start(false);
    tokenAnswer();
    token();
    EXPECT_TRUE(m_server->issuedSecrets().tokens.isEmpty());
}

TEST_F(sandbox_secrets, EveryPasscodeTheActionsProducedIsKnown)
{
    start(false);
    QStringList ids;
    for (const QJsonValue &v :
         controlGet(QStringLiteral("devices?row=11&limit=400")).value(u"value").toArray()) {
        const QJsonObject f = v.toObject();
        if (f.value(u"connectivity").toString() == u"online" &&
            f.value(u"managementState").toString() == u"managed")
            ids.append(f.value(u"id").toString());
    }
    ASSERT_GE(ids.size(), 2);
    for (const QString &id : ids)
        ASSERT_EQ(
            post(QStringLiteral("/beta/deviceManagement/managedDevices/%1/resetPasscode").arg(id), {}).status,
            204);
    advance(400); // online devices check in within 5 minutes and finish within a minute
    const QList<QByteArray> passcodes = m_server->issuedSecrets().passcodes;
    int seen = 0;
    for (const QString &id : ids) {
        for (const QJsonValue &r :
             device(id, QStringLiteral("id,deviceActionResults")).value(u"deviceActionResults").toArray()) {
            const QString passcode = r.toObject().value(u"passcode").toString();
            if (passcode.isEmpty())
                continue;
            ++seen;
            EXPECT_TRUE(passcodes.contains(passcode.toUtf8())) << id.toStdString();
        }
    }
    EXPECT_GE(seen, 1);
}
