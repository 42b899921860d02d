// SPDX-License-Identifier: GPL-3.0-or-later
// Entra ID v2: device code (pending, slow_down, declined, expired, bad code), authorization code with PKCE,
// refresh-token rotation and revocation, early expiry, OpenID configuration, error bodies.
#include "SandboxTestSupport.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUrlQuery>

using namespace passcode::sandbox;
using namespace passcode::sandbox::testing;

namespace {

constexpr const char *kDeviceGrant = "urn:ietf:params:oauth:grant-type:device_code";
constexpr const char *kClient = "5f4e3d2c-1b0a-4f9e-8d7c-6b5a4f3e2d1c";

QJsonObject jwtPayload(const QString &jwt)
{
    const QByteArray part = jwt.section(u'.', 1, 1).toLatin1();
    return QJsonDocument::fromJson(QByteArray::fromBase64(part, QByteArray::Base64UrlEncoding)).object();
}

QByteArray form(const QList<QPair<QString, QString>> &fields)
{
    QUrlQuery q;
    for (const auto &[k, v] : fields)
        q.addQueryItem(k, QString::fromLatin1(QUrl::toPercentEncoding(v)));
    return q.query(QUrl::FullyEncoded).toUtf8();
}

class sandbox_identity : public SandboxFixture
{
protected:
    void SetUp() override { startServer(testOptions(20)); }

    QString tenant() const { return m_server->tenantId(); }
    Reply token(const QList<QPair<QString, QString>> &fields,
                const QString &tenantSegment = QStringLiteral("organizations"))
    {
        return post(u'/' + tenantSegment + QStringLiteral("/oauth2/v2.0/token"), form(fields), QString(),
                    "application/x-www-form-urlencoded");
    }
    QJsonObject deviceCode(const QString &scope)
    {
        const Reply r = post(
            QStringLiteral("/common/oauth2/v2.0/devicecode"),
            form({{QStringLiteral("client_id"), QLatin1String(kClient)}, {QStringLiteral("scope"), scope}}),
            QString(), "application/x-www-form-urlencoded");
        EXPECT_EQ(r.status, 200) << r.body.toStdString();
        return r.json();
    }
    Reply pollDeviceCode(const QJsonObject &dc, bool clientInfo = false, const char *grant = kDeviceGrant)
    {
        QList<QPair<QString, QString>> f = {
            {QStringLiteral("grant_type"), QLatin1String(grant)},
            {QStringLiteral("client_id"), QLatin1String(kClient)},
            {QStringLiteral("device_code"), dc.value(QLatin1String("device_code")).toString()}};
        if (clientInfo)
            f.append({QStringLiteral("client_info"), QStringLiteral("1")});
        return token(f);
    }
    static QString error(const Reply &r) { return r.json().value(QLatin1String("error")).toString(); }
    static void expectEntraError(const Reply &r, const char *code)
    {
        EXPECT_EQ(r.status, 400) << r.body.toStdString();
        const QJsonObject o = r.json();
        EXPECT_EQ(o.value(QLatin1String("error")).toString(), QLatin1String(code)) << r.body.toStdString();
        QStringList keys = o.keys();
        keys.sort();
        EXPECT_EQ(keys, (QStringList{QStringLiteral("correlation_id"), QStringLiteral("error"),
                                     QStringLiteral("error_codes"), QStringLiteral("error_description"),
                                     QStringLiteral("timestamp"), QStringLiteral("trace_id")}));
        EXPECT_TRUE(
            o.value(QLatin1String("error_description")).toString().startsWith(QLatin1String("AADSTS")));
        EXPECT_TRUE(o.value(QLatin1String("error_codes")).toArray().first().isDouble());
        EXPECT_TRUE(
            o.value(QLatin1String("error_description")).toString().contains(QLatin1String("\r\nTrace ID: ")));
    }

    /** An authorization request without auto-approve; returns the pending request id. */
    QString authorize(const QString &challenge,
                      const QString &redirect = QStringLiteral("http://127.0.0.1:53123/callback"))
    {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("client_id"), QLatin1String(kClient));
        q.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
        q.addQueryItem(QStringLiteral("redirect_uri"),
                       QString::fromLatin1(QUrl::toPercentEncoding(redirect)));
        q.addQueryItem(QStringLiteral("scope"),
                       QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral(
                           "https://graph.microsoft.com/DeviceManagementManagedDevices.Read.All "
                           "offline_access openid profile"))));
        q.addQueryItem(QStringLiteral("state"), QStringLiteral("xyz123"));
        q.addQueryItem(QStringLiteral("code_challenge"), challenge);
        q.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
        const Reply page =
            get(u'/' + tenant() + QStringLiteral("/oauth2/v2.0/authorize?") + q.query(QUrl::FullyEncoded),
                QString());
        EXPECT_EQ(page.status, 200);
        EXPECT_TRUE(page.header("Content-Type").startsWith("text/html"));
        return QString::fromLatin1(page.header("X-Sandbox-Authorization-Request"));
    }
    QUrl approve(const QString &requestId)
    {
        const QJsonObject r =
            control(QStringLiteral("authorize/approve"), {{QStringLiteral("request_id"), requestId}});
        return QUrl(r.value(QLatin1String("location")).toString());
    }
    Reply redeem(const QString &code, const QString &verifier,
                 const QString &redirect = QStringLiteral("http://127.0.0.1:53123/callback"))
    {
        return token({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                      {QStringLiteral("client_id"), QLatin1String(kClient)},
                      {QStringLiteral("code"), code},
                      {QStringLiteral("redirect_uri"), redirect},
                      {QStringLiteral("code_verifier"), verifier},
                      {QStringLiteral("scope"),
                       QStringLiteral("DeviceManagementManagedDevices.Read.All offline_access")}},
                     tenant());
    }
    Reply refresh(const QString &refreshToken)
    {
        return token({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                      {QStringLiteral("client_id"), QLatin1String(kClient)},
                      {QStringLiteral("refresh_token"), refreshToken}});
    }
};

QString challengeOf(const QString &verifier)
{
    return QString::fromLatin1(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

const QString kVerifier = QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk-sandbox-verifier");

} // namespace

TEST_F(sandbox_identity, OpenIdConfiguration)
{
    const Reply r =
        get(u'/' + tenant() + QStringLiteral("/v2.0/.well-known/openid-configuration"), QString());
    ASSERT_EQ(r.status, 200);
    const QJsonObject o = r.json();
    const QString base = m_server->baseUrl().toString();
    EXPECT_EQ(o.value(QLatin1String("issuer")).toString(), base + u'/' + tenant() + QStringLiteral("/v2.0"));
    EXPECT_EQ(o.value(QLatin1String("token_endpoint")).toString(),
              base + u'/' + tenant() + QStringLiteral("/oauth2/v2.0/token"));
    EXPECT_EQ(o.value(QLatin1String("device_authorization_endpoint")).toString(),
              base + u'/' + tenant() + QStringLiteral("/oauth2/v2.0/devicecode"));
    EXPECT_EQ(o.value(QLatin1String("authorization_endpoint")).toString(),
              base + u'/' + tenant() + QStringLiteral("/oauth2/v2.0/authorize"));
    EXPECT_EQ(get(QStringLiteral("/common/v2.0/.well-known/openid-configuration"), QString()).status, 200);
    EXPECT_EQ(
        get(QStringLiteral("/someone-else.onmicrosoft.com/v2.0/.well-known/openid-configuration"), QString())
            .status,
        400);
}

TEST_F(sandbox_identity, InstanceDiscoveryAsMsalCallsItBeforeTheOpenIdConfiguration)
{
    // MSAL asks {instance}/common/discovery/instance?api-version=1.1&authorization_endpoint=... which host
    // and tenant an authority is, then reads tenant_discovery_endpoint.
    const QString base = m_server->baseUrl().toString();
    const auto discover = [this](const QString &endpoint) {
        return get(QStringLiteral("/common/discovery/instance?api-version=1.1&authorization_endpoint=") +
                       QString::fromLatin1(QUrl::toPercentEncoding(endpoint)),
                   QString());
    };
    const Reply r = discover(base + QStringLiteral("/organizations/oauth2/v2.0/authorize"));
    ASSERT_EQ(r.status, 200) << r.body.toStdString();
    const QJsonObject o = r.json();
    EXPECT_EQ(o.value(QLatin1String("tenant_discovery_endpoint")).toString(),
              base + QStringLiteral("/organizations/v2.0/.well-known/openid-configuration"));
    EXPECT_EQ(o.value(QLatin1String("api-version")).toString(), QStringLiteral("1.1"));
    const QJsonObject metadata = o.value(QLatin1String("metadata")).toArray().first().toObject();
    EXPECT_EQ(metadata.value(QLatin1String("preferred_network")).toString(), m_server->baseUrl().authority());

    expectEntraError(
        discover(QStringLiteral("https://login.microsoftonline.com/common/oauth2/v2.0/authorize")),
        "invalid_instance");
    expectEntraError(get(QStringLiteral("/common/discovery/instance?api-version=1.1"), QString()),
                     "invalid_request");
}

TEST_F(sandbox_identity, DeviceCodeFlow)
{
    const QJsonObject dc = deviceCode(
        QStringLiteral("https://graph.microsoft.com/DeviceManagementManagedDevices.Read.All "
                       "https://graph.microsoft.com/DeviceManagementManagedDevices.PrivilegedOperations.All "
                       "offline_access openid profile"));
    EXPECT_EQ(dc.value(QLatin1String("expires_in")).toInt(), 900);
    EXPECT_EQ(dc.value(QLatin1String("interval")).toInt(), 5);
    EXPECT_TRUE(dc.value(QLatin1String("verification_uri"))
                    .toString()
                    .endsWith(QLatin1String("/sandbox/devicelogin")));
    EXPECT_TRUE(dc.value(QLatin1String("message"))
                    .toString()
                    .contains(dc.value(QLatin1String("user_code")).toString()));
    expectEntraError(pollDeviceCode(dc), "authorization_pending");
    expectEntraError(pollDeviceCode(dc), "slow_down"); // polled again at once
    advance(11);                                       // the interval grew to 10 s
    expectEntraError(pollDeviceCode(dc), "authorization_pending");
    EXPECT_EQ(controlGet(QStringLiteral("devicecode/pending")).value(QLatin1String("value")).toArray().size(),
              1);
    control(QStringLiteral("devicecode/approve"),
            {{QStringLiteral("user_code"), dc.value(QLatin1String("user_code"))},
             {QStringLiteral("upn"), QStringLiteral("support.n2@contoso-sandbox.onmicrosoft.com")}});
    advance(11);
    const Reply ok = pollDeviceCode(dc, true);
    ASSERT_EQ(ok.status, 200) << ok.body.toStdString();
    const QJsonObject t = ok.json();
    EXPECT_EQ(t.value(QLatin1String("token_type")).toString(), QLatin1String("Bearer"));
    EXPECT_EQ(t.value(QLatin1String("expires_in")).toInt(), 3599);
    EXPECT_EQ(t.value(QLatin1String("ext_expires_in")).toInt(), 3599);
    EXPECT_TRUE(t.value(QLatin1String("scope"))
                    .toString()
                    .contains(QLatin1String("DeviceManagementManagedDevices.PrivilegedOperations.All")));
    EXPECT_FALSE(t.value(QLatin1String("refresh_token")).toString().isEmpty());
    const QJsonObject id = jwtPayload(t.value(QLatin1String("id_token")).toString());
    for (const char *claim : {"iss", "aud", "tid", "oid", "preferred_username", "name", "iat", "exp"}) {
        EXPECT_TRUE(id.contains(QLatin1String(claim))) << claim;
    }
    EXPECT_EQ(id.value(QLatin1String("aud")).toString(), QLatin1String(kClient));
    EXPECT_EQ(id.value(QLatin1String("tid")).toString(), tenant());
    EXPECT_EQ(id.value(QLatin1String("preferred_username")).toString(),
              QLatin1String("support.n2@contoso-sandbox.onmicrosoft.com"));
    const QJsonObject info =
        QJsonDocument::fromJson(
            QByteArray::fromBase64(t.value(QLatin1String("client_info")).toString().toLatin1(),
                                   QByteArray::Base64UrlEncoding))
            .object();
    EXPECT_EQ(info.value(QLatin1String("uid")).toString(), id.value(QLatin1String("oid")).toString());
    EXPECT_EQ(info.value(QLatin1String("utid")).toString(), tenant());
    // The access token works against Graph, as the approving user.
    const QString access = t.value(QLatin1String("access_token")).toString();
    EXPECT_EQ(get(QStringLiteral("/v1.0/deviceManagement/managedDevices?$top=1"), access).status, 200);
    EXPECT_EQ(
        get(QStringLiteral("/v1.0/me"), access).json().value(QLatin1String("userPrincipalName")).toString(),
        QLatin1String("support.n2@contoso-sandbox.onmicrosoft.com"));
    // A device code is redeemed once.
    EXPECT_EQ(error(pollDeviceCode(dc)), QLatin1String("invalid_grant"));
    // No refresh token without offline_access, no id token without openid.
    const QJsonObject minimal = deviceCode(QStringLiteral("DeviceManagementManagedDevices.Read.All"));
    control(QStringLiteral("devicecode/approve"),
            {{QStringLiteral("user_code"), minimal.value(QLatin1String("user_code"))}});
    const QJsonObject t2 = pollDeviceCode(minimal).json();
    EXPECT_FALSE(t2.contains(QLatin1String("refresh_token")));
    EXPECT_FALSE(t2.contains(QLatin1String("id_token")));
    EXPECT_FALSE(t2.contains(QLatin1String("client_info")));
}

TEST_F(sandbox_identity, DeviceCodeGrantUnderTheShortNameMsalSends)
{
    // MSAL (Python, .NET) redeems device codes with grant_type=device_code; Entra ID's v2 endpoint takes it.
    const QJsonObject dc =
        deviceCode(QStringLiteral("DeviceManagementManagedDevices.Read.All offline_access"));
    expectEntraError(pollDeviceCode(dc, false, "device_code"), "authorization_pending");
    control(QStringLiteral("devicecode/approve"), {{QStringLiteral("user_code"), dc.value(u"user_code")}});
    advance(11);
    const Reply ok = pollDeviceCode(dc, false, "device_code");
    ASSERT_EQ(ok.status, 200) << ok.body.toStdString();
    EXPECT_FALSE(ok.json().value(u"access_token").toString().isEmpty());
    // Other spellings stay refused.
    EXPECT_EQ(error(pollDeviceCode(dc, false, "devicecode")), QLatin1String("unsupported_grant_type"));
}

TEST_F(sandbox_identity, DeviceCodeDeclinedExpiredAndUnknown)
{
    const QJsonObject declined = deviceCode(QStringLiteral("DeviceManagementManagedDevices.Read.All"));
    control(QStringLiteral("devicecode/decline"),
            {{QStringLiteral("user_code"), declined.value(QLatin1String("user_code"))}});
    expectEntraError(pollDeviceCode(declined), "authorization_declined");
    const QJsonObject expiring = deviceCode(QStringLiteral("DeviceManagementManagedDevices.Read.All"));
    advance(901);
    expectEntraError(pollDeviceCode(expiring), "expired_token");
    expectEntraError(pollDeviceCode(QJsonObject{{QStringLiteral("device_code"), QStringLiteral("nope")}}),
                     "bad_verification_code");
    // The browser page approves too.
    const QJsonObject viaPage = deviceCode(QStringLiteral("DeviceManagementManagedDevices.Read.All"));
    const Reply loginForm = get(QStringLiteral("/sandbox/devicelogin"), QString());
    EXPECT_EQ(loginForm.status, 200);
    // The form carries an anti-CSRF token: a post forced by another site's page (which cannot read this
    // page) lacks it and is refused.
    const QRegularExpressionMatch csrf =
        QRegularExpression(QStringLiteral("name=\"csrf\" value=\"([^\"]+)\""))
            .match(QString::fromUtf8(loginForm.body));
    ASSERT_TRUE(csrf.hasMatch()) << loginForm.body.toStdString();
    const auto approveWith = [&](const QString &token) {
        QList<QPair<QString, QString>> fields{
            {QStringLiteral("user_code"), viaPage.value(QLatin1String("user_code")).toString()},
            {QStringLiteral("upn"), QStringLiteral("helpdesk@contoso-sandbox.onmicrosoft.com")},
            {QStringLiteral("decision"), QStringLiteral("approve")}};
        if (!token.isNull())
            fields.append({QStringLiteral("csrf"), token});
        return post(QStringLiteral("/sandbox/devicelogin"), form(fields), QString(),
                    "application/x-www-form-urlencoded");
    };
    EXPECT_EQ(approveWith(QString()).status, 403);
    EXPECT_EQ(approveWith(QStringLiteral("guessed")).status, 403);
    expectEntraError(pollDeviceCode(viaPage), "authorization_pending"); // the forced posts approved nothing
    const Reply page = approveWith(csrf.captured(1));
    EXPECT_EQ(page.status, 200);
    advance(6);
    EXPECT_EQ(pollDeviceCode(viaPage).status, 200);
    // Unknown accounts and bad scopes are refused.
    const QJsonObject other = deviceCode(QStringLiteral("DeviceManagementManagedDevices.Read.All"));
    EXPECT_EQ(
        post(QStringLiteral("/sandbox/devicecode/approve"),
             QJsonDocument(QJsonObject{{QStringLiteral("user_code"), other.value(QLatin1String("user_code"))},
                                       {QStringLiteral("upn"), QStringLiteral("mallory@example.com")}})
                 .toJson(),
             QString())
            .status,
        400);
    const Reply badScope =
        post(QStringLiteral("/common/oauth2/v2.0/devicecode"),
             form({{QStringLiteral("client_id"), QLatin1String(kClient)},
                   {QStringLiteral("scope"), QStringLiteral("https://foo.microsoft.com/mail.read")}}),
             QString(), "application/x-www-form-urlencoded");
    expectEntraError(badScope, "invalid_scope");
    EXPECT_EQ(badScope.json().value(QLatin1String("error_codes")).toArray().first().toInt(), 70011);
    expectEntraError(token({{QStringLiteral("grant_type"), QStringLiteral("password")},
                            {QStringLiteral("client_id"), QLatin1String(kClient)}}),
                     "unsupported_grant_type");
}

TEST_F(sandbox_identity, AuthorizationCodeWithPkce)
{
    const QString request = authorize(challengeOf(kVerifier));
    ASSERT_FALSE(request.isEmpty());
    EXPECT_EQ(controlGet(QStringLiteral("authorize/pending")).value(QLatin1String("value")).toArray().size(),
              1);
    const QUrl location = approve(request);
    EXPECT_EQ(location.host(), QLatin1String("127.0.0.1"));
    EXPECT_EQ(location.port(), 53123);
    EXPECT_EQ(location.path(), QLatin1String("/callback"));
    const QUrlQuery q(location);
    EXPECT_EQ(q.queryItemValue(QStringLiteral("state")), QLatin1String("xyz123"));
    const QString code = q.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    ASSERT_FALSE(code.isEmpty());
    const Reply tokens = redeem(code, kVerifier);
    ASSERT_EQ(tokens.status, 200) << tokens.body.toStdString();
    EXPECT_FALSE(tokens.json().value(QLatin1String("refresh_token")).toString().isEmpty());
    EXPECT_FALSE(tokens.json().value(QLatin1String("id_token")).toString().isEmpty());
    // Reuse, wrong verifier, wrong redirect, expiry.
    expectEntraError(redeem(code, kVerifier), "invalid_grant");
    const QString second = QUrlQuery(approve(authorize(challengeOf(kVerifier))))
                               .queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    expectEntraError(redeem(second, QStringLiteral("not-the-verifier-at-all-not-the-verifier-at-all")),
                     "invalid_grant");
    expectEntraError(redeem(second, kVerifier), "invalid_grant"); // burned by the failed attempt
    const QString third = QUrlQuery(approve(authorize(challengeOf(kVerifier))))
                              .queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    expectEntraError(redeem(third, kVerifier, QStringLiteral("http://127.0.0.1:9999/other")),
                     "invalid_grant");
    const QString fourth = QUrlQuery(approve(authorize(challengeOf(kVerifier))))
                               .queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    advance(601);
    expectEntraError(redeem(fourth, kVerifier), "invalid_grant");
}

TEST_F(sandbox_identity, AuthorizeRedirectsOnlyToLoopback)
{
    auto authorizeUrl = [](const QString &redirect) -> QString {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("client_id"), QLatin1String(kClient));
        q.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
        q.addQueryItem(QStringLiteral("redirect_uri"),
                       QString::fromLatin1(QUrl::toPercentEncoding(redirect)));
        q.addQueryItem(QStringLiteral("scope"), QStringLiteral("openid"));
        q.addQueryItem(QStringLiteral("state"), QStringLiteral("s1"));
        return QStringLiteral("/common/oauth2/v2.0/authorize?") + q.query(QUrl::FullyEncoded);
    };
    const Reply evil = get(authorizeUrl(QStringLiteral("https://evil.example/cb")), QString());
    EXPECT_EQ(evil.status, 400) << evil.body.toStdString();
    EXPECT_TRUE(evil.header("Location").isEmpty());
    EXPECT_EQ(get(authorizeUrl(QStringLiteral("http://192.168.1.10:8080/")), QString()).status, 400);
    // Decline: access_denied on the redirect.
    const Reply page = get(authorizeUrl(QStringLiteral("http://localhost:4242/")), QString());
    const QString id = QString::fromLatin1(page.header("X-Sandbox-Authorization-Request"));
    const QJsonObject declined =
        control(QStringLiteral("authorize/decline"), {{QStringLiteral("request_id"), id}});
    const QUrlQuery dq(QUrl(declined.value(QLatin1String("location")).toString()));
    EXPECT_EQ(dq.queryItemValue(QStringLiteral("error")), QLatin1String("access_denied"));
    EXPECT_EQ(dq.queryItemValue(QStringLiteral("state")), QLatin1String("s1"));
    // With auto-approve, authorize redirects at once.
    control(QStringLiteral("auto-approve"), {{QStringLiteral("enabled"), true}});
    const Reply redirect = get(authorizeUrl(QStringLiteral("http://localhost:4242/")), QString());
    EXPECT_EQ(redirect.status, 302);
    const QUrl location(QString::fromLatin1(redirect.header("Location")));
    EXPECT_EQ(location.host(), QLatin1String("localhost"));
    EXPECT_EQ(location.port(), 4242);
    EXPECT_FALSE(QUrlQuery(location).queryItemValue(QStringLiteral("code")).isEmpty());
    // ... and device codes are approved at once, signing in the default technician.
    const QJsonObject dc = deviceCode(QStringLiteral("DeviceManagementManagedDevices.Read.All openid"));
    const Reply t = pollDeviceCode(dc);
    ASSERT_EQ(t.status, 200);
    EXPECT_EQ(jwtPayload(t.json().value(QLatin1String("id_token")).toString())
                  .value(QLatin1String("preferred_username"))
                  .toString(),
              QLatin1String("helpdesk@contoso-sandbox.onmicrosoft.com"));
}

TEST_F(sandbox_identity, RefreshTokensExpireAfterInactivityAndArePurged)
{
    control(QStringLiteral("auto-approve"), {{QStringLiteral("enabled"), true}});
    const auto signIn = [&] {
        const QJsonObject dc =
            deviceCode(QStringLiteral("DeviceManagementManagedDevices.Read.All offline_access"));
        return pollDeviceCode(dc).json().value(QLatin1String("refresh_token")).toString();
    };
    const QString idle = signIn();
    const QString used = signIn();
    ASSERT_EQ(refresh(used).status, 200); // rotated: "used" is spent, its successor is kept
    const auto identityState = [&] {
        return controlGet(QStringLiteral("state")).value(u"identity").toObject();
    };
    EXPECT_EQ(identityState().value(u"storedRefreshTokens").toInt(), 3);
    // 90 days of inactivity: Entra ID's AADSTS700082.
    advance(90.0 * 24 * 3600 + 60);
    const Reply expired = refresh(idle);
    expectEntraError(expired, "invalid_grant");
    EXPECT_TRUE(expired.body.contains("700082")) << expired.body.toStdString();
    EXPECT_EQ(identityState().value(u"validRefreshTokens").toInt(), 0);
    // Expired and spent tokens are forgotten an hour later (a token request purges them).
    advance(2 * 3600);
    signIn();
    EXPECT_EQ(identityState().value(u"storedRefreshTokens").toInt(), 1);
    EXPECT_EQ(identityState().value(u"validRefreshTokens").toInt(), 1);
}

TEST_F(sandbox_identity, ControlEndpointsRefuseWebPagesAndSignInFormsNeedTheirToken)
{
    const QJsonObject dc = deviceCode(QStringLiteral("DeviceManagementManagedDevices.Read.All"));
    const QByteArray approve =
        QJsonDocument(QJsonObject{{QStringLiteral("user_code"), dc.value(u"user_code")}}).toJson();
    // A page of another site: fetch() sends its Origin; a form post sends text/plain or a form encoding.
    EXPECT_EQ(post(QStringLiteral("/sandbox/devicecode/approve"), approve, QString(), "application/json",
                   {{"Origin", "https://evil.example"}})
                  .status,
              403);
    EXPECT_EQ(post(QStringLiteral("/sandbox/devicecode/approve"), approve, QString(), "text/plain").status,
              403);
    EXPECT_EQ(post(QStringLiteral("/sandbox/time/advance"), "seconds=1000", QString(),
                   "application/x-www-form-urlencoded")
                  .status,
              403);
    EXPECT_EQ(get(QStringLiteral("/sandbox/state"), QString(), {{"Origin", "https://evil.example"}}).status,
              403);
    expectEntraError(pollDeviceCode(dc), "authorization_pending"); // nothing was approved
    // Programs (no Origin, JSON) are served.
    EXPECT_EQ(post(QStringLiteral("/sandbox/devicecode/approve"), approve, QString()).status, 200);
    // The browser sign-in's consent form carries its token too: a forced post is refused.
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("client_id"), QLatin1String(kClient));
    q.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    q.addQueryItem(QStringLiteral("redirect_uri"),
                   QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("http://localhost:4242/"))));
    q.addQueryItem(QStringLiteral("scope"), QStringLiteral("openid"));
    const Reply consent =
        get(QStringLiteral("/common/oauth2/v2.0/authorize?") + q.query(QUrl::FullyEncoded), QString());
    ASSERT_EQ(consent.status, 200) << consent.body.toStdString();
    const QString id = QString::fromLatin1(consent.header("X-Sandbox-Authorization-Request"));
    EXPECT_TRUE(consent.body.contains("name=\"csrf\""));
    const Reply forced = post(
        QStringLiteral("/common/oauth2/v2.0/authorize/decision"),
        form({{QStringLiteral("request_id"), id}, {QStringLiteral("decision"), QStringLiteral("approve")}}),
        QString(), "application/x-www-form-urlencoded");
    EXPECT_EQ(forced.status, 403);
    EXPECT_TRUE(forced.header("Location").isEmpty());
}

TEST_F(sandbox_identity, RefreshTokensRotateAndCanBeRevoked)
{
    control(QStringLiteral("auto-approve"), {{QStringLiteral("enabled"), true}});
    const QJsonObject dc =
        deviceCode(QStringLiteral("DeviceManagementManagedDevices.Read.All offline_access"));
    const QString first = pollDeviceCode(dc).json().value(QLatin1String("refresh_token")).toString();
    ASSERT_FALSE(first.isEmpty());
    const Reply r1 = refresh(first);
    ASSERT_EQ(r1.status, 200) << r1.body.toStdString();
    const QString second = r1.json().value(QLatin1String("refresh_token")).toString();
    EXPECT_NE(second, first);
    EXPECT_EQ(get(QStringLiteral("/v1.0/deviceManagement/managedDevices?$top=1"),
                  r1.json().value(QLatin1String("access_token")).toString())
                  .status,
              200);
    expectEntraError(refresh(first), "invalid_grant"); // rotated away
    const Reply r2 = refresh(second);
    ASSERT_EQ(r2.status, 200);
    const QString third = r2.json().value(QLatin1String("refresh_token")).toString();
    EXPECT_EQ(control(QStringLiteral("tokens/revoke"),
                      {{QStringLiteral("upn"), QStringLiteral("helpdesk@contoso-sandbox.onmicrosoft.com")}})
                  .value(QLatin1String("revoked"))
                  .toInt(),
              1);
    const Reply revoked = refresh(third);
    expectEntraError(revoked, "invalid_grant");
    EXPECT_EQ(revoked.json().value(QLatin1String("error_codes")).toArray().first().toInt(), 50173);
}

TEST_F(sandbox_identity, AccessTokensExpire)
{
    const QString before = m_token;
    EXPECT_EQ(get(QStringLiteral("/v1.0/me"), before).status, 200);
    control(QStringLiteral("tokens/expire"));
    const Reply expired = get(QStringLiteral("/v1.0/me"), before);
    EXPECT_EQ(expired.status, 401);
    EXPECT_TRUE(expired.header("WWW-Authenticate").contains("invalid_token"));
    const QString fresh = SandboxFixture::token();
    EXPECT_EQ(get(QStringLiteral("/v1.0/me"), fresh).status, 200);
    advance(3600); // the lifetime (3599 s) is over
    EXPECT_EQ(get(QStringLiteral("/v1.0/me"), fresh).status, 401);
    // The control endpoint mints tokens too.
    const QJsonObject minted =
        control(QStringLiteral("token"),
                {{QStringLiteral("upn"), QStringLiteral("intune.admin@contoso-sandbox.onmicrosoft.com")},
                 {QStringLiteral("scopes"), QStringLiteral("DeviceManagementManagedDevices.Read.All")}});
    const QString access = minted.value(QLatin1String("access_token")).toString();
    EXPECT_EQ(get(QStringLiteral("/v1.0/deviceManagement/managedDevices?$top=1"), access).status, 200);
    EXPECT_EQ(jwtPayload(access).value(QLatin1String("upn")).toString(),
              QLatin1String("intune.admin@contoso-sandbox.onmicrosoft.com"));
}
