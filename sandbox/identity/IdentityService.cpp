// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/identity/IdentityService.h"

#include "sandbox/host/SandboxClock.h"
#include "sandbox/identity/SignInPages.h"
#include "sandbox/identity/TokenIssuer.h"
#include "sandbox/tenant/DeviceStore.h"
#include "sandbox/tenant/IsoTime.h"
#include "sandbox/tenant/Rng.h"
#include "sandbox/tenant/TenantCatalog.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

namespace passcode::sandbox {

namespace {

constexpr const char *kGrantDeviceCode = "urn:ietf:params:oauth:grant-type:device_code";

HttpResponse jsonResponse(int status, const QJsonObject &o)
{
    HttpResponse r;
    r.status = status;
    r.setHeader("Content-Type", "application/json; charset=utf-8");
    r.setHeader("Cache-Control", "no-store, no-cache");
    r.setHeader("Pragma", "no-cache");
    r.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
    return r;
}

QString base64UrlSha256(const QString &text)
{
    return QString::fromLatin1(
        TokenIssuer::base64Url(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256)));
}

} // namespace

IdentityService::IdentityService(const DeviceStore &store, const SandboxClock &clock, TokenIssuer &issuer,
                                 Options options)
    : m_store(store)
    , m_clock(clock)
    , m_issuer(issuer)
    , m_options(std::move(options))
{}

bool IdentityService::isIdentityPath(const QString &path)
{
    const QStringList s = path.split(u'/');
    // "", tenant, ...
    if (s.size() < 4 || s[1].isEmpty() || s[1] == QLatin1String("v1.0") || s[1] == QLatin1String("beta") ||
        s[1] == QLatin1String("sandbox"))
        return false;
    return (s[2] == QLatin1String("oauth2") && s[3] == QLatin1String("v2.0")) ||
           (s[2] == QLatin1String("v2.0") && s[3] == QLatin1String(".well-known")) ||
           s[2] == QLatin1String("discovery");
}

bool IdentityService::knownTenant(const QString &tenant) const
{
    return tenant == QLatin1String("common") || tenant == QLatin1String("organizations") ||
           tenant.compare(QString::fromLatin1(m_store.tenantId()), Qt::CaseInsensitive) == 0 ||
           tenant.compare(QString::fromLatin1(DeviceStore::domain()), Qt::CaseInsensitive) == 0;
}

std::optional<IdentityService::Person> IdentityService::person(const QString &upn) const
{
    const QString lower = upn.trimmed().toLower();
    for (const PersonName &t : catalog::technicians()) {
        const QString techUpn =
            QString::fromLatin1(t.ascii) + u'@' + QString::fromLatin1(DeviceStore::domain());
        if (lower == techUpn) {
            quint64 h = 1469598103934665603ull; // FNV-1a: stable across processes, unlike qHash
            for (const char c : QByteArrayView(t.ascii))
                h = (h ^ quint8(c)) * 1099511628211ull;
            const QByteArray oid =
                DeviceStore::formatGuid(Rng::hash(m_store.seed(), h, 801), Rng::hash(h, 802));
            return Person{techUpn, QString::fromUtf8(t.display), QString::fromLatin1(oid)};
        }
    }
    if (const auto user = m_store.userByUpn(lower)) {
        return Person{QString::fromUtf8(m_store.userPrincipalName(*user)),
                      QString::fromUtf8(m_store.userDisplayName(*user)),
                      QString::fromLatin1(m_store.userId(*user))};
    }
    return std::nullopt;
}

QString IdentityService::newCode(int bytes) const
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (char &c : raw)
        c = char(QRandomGenerator::system()->bounded(256));
    return QString::fromLatin1(TokenIssuer::base64Url(raw));
}

QString IdentityService::newUserCode() const
{
    static constexpr char alphabet[] = "BCDFGHJKLMNPQRSTVWXZ23456789";
    QString code;
    do {
        code.clear();
        for (int k = 0; k < 9; ++k)
            code.append(QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof alphabet - 1))]));
    } while (m_userCodes.contains(code));
    return code;
}

HttpResponse IdentityService::oauthError(const HttpRequest &request, int status, const char *error, int code,
                                         const QString &description) const
{
    const qint64 now = m_clock.protocolNowMs();
    const QByteArray stamp = IsoTime::formatSpaced(now);
    const QString trace = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString correlation = QString::fromLatin1(request.header("client-request-id"));
    if (correlation.isEmpty())
        correlation = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString full = QStringLiteral("AADSTS%1: %2\r\nTrace ID: %3\r\nCorrelation ID: %4\r\nTimestamp: %5")
                             .arg(code)
                             .arg(description, trace, correlation, QString::fromLatin1(stamp));
    QJsonObject o{
        {QStringLiteral("error"), QLatin1String(error)},
        {QStringLiteral("error_description"), full},
        {QStringLiteral("error_codes"), QJsonArray{code}},
        {QStringLiteral("timestamp"), QString::fromLatin1(stamp)},
        {QStringLiteral("trace_id"), trace},
        {QStringLiteral("correlation_id"), correlation},
    };
    return jsonResponse(status, o);
}

bool IdentityService::isLoopbackRedirect(const QString &uri)
{
    const QUrl url(uri, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("http") || !url.fragment().isEmpty())
        return false;
    return url.host() == QLatin1String("localhost") || url.host() == QLatin1String("127.0.0.1");
}

QByteArray IdentityService::redirectWith(const QString &redirectUri,
                                         const QList<QPair<QString, QString>> &params) const
{
    QUrl url(redirectUri);
    QUrlQuery query(url);
    for (const auto &[k, v] : params) {
        if (!v.isNull())
            query.addQueryItem(k, QString::fromLatin1(QUrl::toPercentEncoding(v)));
    }
    url.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return url.toEncoded();
}

HttpResponse IdentityService::handle(const HttpRequest &request)
{
    const QStringList s = request.path.split(u'/');
    const QString tenant = s.value(1);
    if (!knownTenant(tenant)) {
        return oauthError(
            request, 400, "invalid_request", 90002,
            QStringLiteral("Tenant '%1' not found. Check to make sure you have the correct tenant ID "
                           "and are signing into the correct cloud.")
                .arg(tenant));
    }
    const QString rest = s.mid(2).join(u'/');
    if (rest == QLatin1String("v2.0/.well-known/openid-configuration") && request.method == "GET")
        return openIdConfiguration(request, tenant);
    if (rest == QLatin1String("discovery/v2.0/keys") && request.method == "GET")
        return jsonResponse(200, QJsonObject{{QStringLiteral("keys"), QJsonArray()}});
    if (rest == QLatin1String("oauth2/v2.0/devicecode") && request.method == "POST")
        return deviceCodeEndpoint(request, tenant);
    if (rest == QLatin1String("oauth2/v2.0/token") && request.method == "POST")
        return tokenEndpoint(request);
    if (rest == QLatin1String("oauth2/v2.0/authorize") && request.method == "GET")
        return authorizeEndpoint(request, tenant);
    if (rest == QLatin1String("oauth2/v2.0/authorize/decision") && request.method == "POST")
        return authorizeDecision(request);
    if (rest == QLatin1String("oauth2/v2.0/logout") && request.method == "GET") {
        const QString next = request.queryValue(u"post_logout_redirect_uri");
        if (!next.isEmpty() && isLoopbackRedirect(next)) {
            HttpResponse r;
            r.status = 302;
            r.setHeader("Location", QUrl(next).toEncoded());
            return r;
        }
        return SignInPages::page(200, QStringLiteral("Signed out"),
                                 QStringLiteral("<p>You have signed out.</p>"));
    }
    if (rest == QLatin1String("oauth2/v2.0/token") || rest == QLatin1String("oauth2/v2.0/devicecode")) {
        return oauthError(request, 405, "invalid_request", 900561,
                          QStringLiteral("The endpoint only accepts POST requests."));
    }
    return oauthError(request, 404, "invalid_request", 900023,
                      QStringLiteral("The requested endpoint '%1' does not exist.").arg(request.path));
}

HttpResponse IdentityService::openIdConfiguration(const HttpRequest &request, const QString &tenant)
{
    return jsonResponse(200, SignInPages::openIdConfiguration(QString::fromUtf8(request.baseUrl), tenant,
                                                              QString::fromLatin1(m_store.tenantId())));
}

void IdentityService::purgeExpired()
{
    // A long-running training server forgets codes an hour after they expired.
    const qint64 cutoff = m_clock.protocolNowMs() - 3600 * 1000;
    for (auto it = m_deviceCodes.begin(); it != m_deviceCodes.end();) {
        if (it->expiresMs < cutoff) {
            m_userCodes.remove(it->userCode);
            it = m_deviceCodes.erase(it);
        } else {
            ++it;
        }
    }
    for (auto it = m_authCodes.begin(); it != m_authCodes.end();)
        it = it->expiresMs < cutoff ? m_authCodes.erase(it) : std::next(it);
    for (auto it = m_authRequests.begin(); it != m_authRequests.end();) {
        if (it->createdMs < cutoff) {
            m_authRequestOrder.removeAll(it->id);
            it = m_authRequests.erase(it);
        } else {
            ++it;
        }
    }
}

HttpResponse IdentityService::deviceCodeEndpoint(const HttpRequest &request, const QString &tenant)
{
    Q_UNUSED(tenant)
    purgeExpired();
    const auto form = HttpRequest::parseForm(request.body);
    const QString clientId = HttpRequest::formValue(form, u"client_id");
    if (clientId.isEmpty()) {
        return oauthError(
            request, 400, "invalid_request", 900144,
            QStringLiteral("The request body must contain the following parameter: 'client_id'."));
    }
    QString invalid;
    const auto grant = ScopeGrant::parse(HttpRequest::formValue(form, u"scope"), &invalid);
    if (!grant) {
        return oauthError(
            request, 400, "invalid_scope", 70011,
            QStringLiteral("The provided value for the input parameter 'scope' is not valid. The scope "
                           "%1 is not valid.")
                .arg(invalid));
    }
    DeviceCode dc;
    dc.deviceCode = newCode(48);
    dc.userCode = newUserCode();
    dc.clientId = clientId;
    dc.grant = *grant;
    dc.expiresMs = m_clock.protocolNowMs() + qint64(m_options.deviceCodeExpirySeconds) * 1000;
    dc.intervalSeconds = m_options.deviceCodeIntervalSeconds;
    if (m_options.autoApprove) {
        dc.status = DeviceCode::Status::Approved;
        dc.upn = m_options.defaultUpn;
    }
    const QString verification = QString::fromUtf8(request.baseUrl) + QStringLiteral("/sandbox/devicelogin");
    m_userCodes.insert(dc.userCode, dc.deviceCode);
    m_deviceCodes.insert(dc.deviceCode, dc);
    QJsonObject o{
        {QStringLiteral("user_code"), dc.userCode},
        {QStringLiteral("device_code"), dc.deviceCode},
        {QStringLiteral("verification_uri"), verification},
        {QStringLiteral("expires_in"), m_options.deviceCodeExpirySeconds},
        {QStringLiteral("interval"), dc.intervalSeconds},
        {QStringLiteral("message"),
         QStringLiteral(
             "To sign in, use a web browser to open the page %1 and enter the code %2 to authenticate.")
             .arg(verification, dc.userCode)},
    };
    return jsonResponse(200, o);
}

HttpResponse IdentityService::tokenEndpoint(const HttpRequest &request)
{
    const auto form = HttpRequest::parseForm(request.body);
    if (HttpRequest::formValue(form, u"client_id").isEmpty()) {
        return oauthError(
            request, 400, "invalid_request", 900144,
            QStringLiteral("The request body must contain the following parameter: 'client_id'."));
    }
    if (!HttpRequest::formValue(form, u"client_secret").isEmpty()) {
        return oauthError(
            request, 401, "invalid_client", 700025,
            QStringLiteral("Client is public so neither 'client_assertion' nor 'client_secret' should be "
                           "presented."));
    }
    const QString grantType = HttpRequest::formValue(form, u"grant_type");
    if (grantType == QLatin1String(kGrantDeviceCode))
        return deviceCodeGrant(request, form);
    if (grantType == QLatin1String("authorization_code"))
        return authorizationCodeGrant(request, form);
    if (grantType == QLatin1String("refresh_token"))
        return refreshTokenGrant(request, form);
    if (grantType.isEmpty()) {
        return oauthError(
            request, 400, "invalid_request", 900144,
            QStringLiteral("The request body must contain the following parameter: 'grant_type'."));
    }
    return oauthError(request, 400, "unsupported_grant_type", 70003,
                      QStringLiteral("The app requested an unsupported grant type '%1'.").arg(grantType));
}

HttpResponse IdentityService::deviceCodeGrant(const HttpRequest &request,
                                              const QList<QPair<QString, QString>> &form)
{
    const QString code = HttpRequest::formValue(form, u"device_code");
    auto it = m_deviceCodes.find(code);
    if (code.isEmpty() || it == m_deviceCodes.end()) {
        return oauthError(request, 400, "bad_verification_code", 70018,
                          QStringLiteral("Invalid verification code. The device_code is not recognised."));
    }
    DeviceCode &dc = *it;
    const qint64 now = m_clock.protocolNowMs();
    if (dc.clientId != HttpRequest::formValue(form, u"client_id")) {
        return oauthError(request, 400, "invalid_grant", 70000,
                          QStringLiteral("The device code was issued to another application."));
    }
    if (dc.status == DeviceCode::Status::Redeemed) {
        return oauthError(
            request, 400, "invalid_grant", 54005,
            QStringLiteral("OAuth2 device code was already redeemed, please retry with a new valid "
                           "code or use an existing refresh token."));
    }
    if (now >= dc.expiresMs) {
        return oauthError(request, 400, "expired_token", 70019, QStringLiteral("Verification code expired."));
    }
    if (dc.status == DeviceCode::Status::Declined) {
        return oauthError(request, 400, "authorization_declined", 65004,
                          QStringLiteral("The user declined to authorize the application."));
    }
    if (dc.status == DeviceCode::Status::Pending) {
        // RFC 8628 §3.5: polling faster than the interval earns slow_down and 5 more seconds of interval.
        const bool tooFast = dc.lastPollMs > 0 && now - dc.lastPollMs < qint64(dc.intervalSeconds) * 1000;
        dc.lastPollMs = now;
        if (tooFast) {
            dc.intervalSeconds += 5;
            return oauthError(
                request, 400, "slow_down", 70016,
                QStringLiteral("OAuth 2.0 device flow error. Polling too fast: wait %1 seconds between "
                               "requests.")
                    .arg(dc.intervalSeconds));
        }
        return oauthError(
            request, 400, "authorization_pending", 70016,
            QStringLiteral("OAuth 2.0 device flow error. Authorization is pending. Continue polling."));
    }
    const auto who = person(dc.upn);
    if (!who) {
        return oauthError(request, 400, "invalid_grant", 50034,
                          QStringLiteral("The user account %1 does not exist in the tenant.").arg(dc.upn));
    }
    dc.status = DeviceCode::Status::Redeemed;
    m_userCodes.remove(dc.userCode);
    return tokenResponse(request, *who, dc.clientId, dc.grant, QString(),
                         HttpRequest::formValue(form, u"client_info") == QLatin1String("1"));
}

HttpResponse IdentityService::authorizationCodeGrant(const HttpRequest &request,
                                                     const QList<QPair<QString, QString>> &form)
{
    const QString code = HttpRequest::formValue(form, u"code");
    auto it = m_authCodes.find(code);
    if (code.isEmpty() || it == m_authCodes.end()) {
        return oauthError(
            request, 400, "invalid_grant", 9002313,
            QStringLiteral("Invalid request. Request is malformed or invalid: the authorization code "
                           "is not recognised."));
    }
    AuthCode &ac = *it;
    if (ac.redeemed) {
        return oauthError(
            request, 400, "invalid_grant", 54005,
            QStringLiteral("OAuth2 Authorization code was already redeemed, please retry with a new "
                           "valid code or use an existing refresh token."));
    }
    if (m_clock.protocolNowMs() >= ac.expiresMs) {
        return oauthError(
            request, 400, "invalid_grant", 70008,
            QStringLiteral("The provided authorization code or refresh token has expired due to "
                           "inactivity. Send a new interactive authorization request for this user "
                           "and resource."));
    }
    if (ac.clientId != HttpRequest::formValue(form, u"client_id")) {
        return oauthError(request, 400, "invalid_grant", 70000,
                          QStringLiteral("The authorization code was issued to another application."));
    }
    if (ac.redirectUri != HttpRequest::formValue(form, u"redirect_uri")) {
        return oauthError(request, 400, "invalid_grant", 50011,
                          QStringLiteral("The redirect URI '%1' specified in the request does not match the "
                                         "redirect URI used to acquire the authorization code.")
                              .arg(HttpRequest::formValue(form, u"redirect_uri")));
    }
    if (!ac.challenge.isEmpty()) {
        const QString verifier = HttpRequest::formValue(form, u"code_verifier");
        const QString computed =
            ac.challengeMethod == QLatin1String("plain") ? verifier : base64UrlSha256(verifier);
        if (verifier.isEmpty() || computed != ac.challenge) {
            ac.redeemed = true; // a failed redemption burns the code, as Entra does
            return oauthError(
                request, 400, "invalid_grant", 50148,
                QStringLiteral("The code_verifier does not match the code_challenge supplied in the "
                               "authorization request for PKCE."));
        }
    }
    ac.redeemed = true;
    const auto who = person(ac.upn);
    if (!who)
        return oauthError(request, 400, "invalid_grant", 50034,
                          QStringLiteral("The user account does not exist."));
    return tokenResponse(request, *who, ac.clientId, ac.grant, ac.nonce,
                         HttpRequest::formValue(form, u"client_info") == QLatin1String("1"));
}

HttpResponse IdentityService::refreshTokenGrant(const HttpRequest &request,
                                                const QList<QPair<QString, QString>> &form)
{
    const QString token = HttpRequest::formValue(form, u"refresh_token");
    auto it = m_refreshTokens.find(token);
    if (token.isEmpty() || it == m_refreshTokens.end()) {
        return oauthError(
            request, 400, "invalid_grant", 9002313,
            QStringLiteral("Invalid request. Request is malformed or invalid: the refresh token is not "
                           "recognised."));
    }
    RefreshToken &rt = *it;
    if (!rt.valid) {
        if (rt.revokedReason == QLatin1String("rotated")) {
            return oauthError(request, 400, "invalid_grant", 70000,
                              QStringLiteral("The refresh token has already been used to obtain a new one "
                                             "(rotation); use the latest refresh token."));
        }
        return oauthError(
            request, 400, "invalid_grant", 50173,
            QStringLiteral("The provided grant has expired due to it being revoked, a fresh auth token "
                           "is needed. The user might have changed or reset their password."));
    }
    if (rt.clientId != HttpRequest::formValue(form, u"client_id")) {
        return oauthError(request, 400, "invalid_grant", 70000,
                          QStringLiteral("The refresh token was issued to another application."));
    }
    ScopeGrant grant = rt.grant;
    const QString scope = HttpRequest::formValue(form, u"scope");
    if (!scope.isEmpty()) {
        QString invalid;
        const auto asked = ScopeGrant::parse(scope, &invalid);
        if (!asked) {
            return oauthError(
                request, 400, "invalid_scope", 70011,
                QStringLiteral("The provided value for the input parameter 'scope' is not valid. The "
                               "scope %1 is not valid.")
                    .arg(invalid));
        }
        for (const QString &s : asked->graphScopes) {
            if (!rt.grant.graphScopes.contains(s)) {
                return oauthError(
                    request, 400, "invalid_grant", 65001,
                    QStringLiteral("The user or administrator has not consented to use the application "
                                   "with the scope '%1'.")
                        .arg(s));
            }
        }
        grant.graphScopes = asked->graphScopes.isEmpty() ? rt.grant.graphScopes : asked->graphScopes;
        grant.openid = asked->openid;
        grant.profile = asked->profile;
        grant.email = asked->email;
    }
    grant.offlineAccess = true;
    rt.valid = false;
    rt.revokedReason = QStringLiteral("rotated");
    const auto who = person(rt.upn);
    if (!who)
        return oauthError(request, 400, "invalid_grant", 50034,
                          QStringLiteral("The user account does not exist."));
    return tokenResponse(request, *who, rt.clientId, grant, QString(),
                         HttpRequest::formValue(form, u"client_info") == QLatin1String("1"));
}

QJsonObject IdentityService::issueTokens(const Person &who, const QString &clientId,
                                         const QStringList &scopes, bool refresh, bool idToken,
                                         const QByteArray &issuerBase, const QString &nonce)
{
    ScopeGrant g;
    g.graphScopes = scopes;
    g.offlineAccess = refresh;
    g.openid = idToken;
    const qint64 life = m_options.accessTokenLifetimeSeconds;
    QJsonObject o{
        {QStringLiteral("token_type"), QStringLiteral("Bearer")},
        {QStringLiteral("scope"), g.text()},
        {QStringLiteral("expires_in"), life},
        {QStringLiteral("ext_expires_in"), life},
        {QStringLiteral("access_token"), QString::fromLatin1(m_issuer.mintAccessToken(
                                             who.upn, who.name, who.objectId, clientId, scopes, life))},
    };
    if (refresh) {
        const QString rt = QStringLiteral("0.SBX.") + newCode(96);
        m_refreshTokens.insert(rt, RefreshToken{who.upn, clientId, g, true, QString()});
        o.insert(QStringLiteral("refresh_token"), rt);
    }
    if (idToken) {
        o.insert(QStringLiteral("id_token"),
                 QString::fromLatin1(m_issuer.mintIdToken(who.upn, who.name, who.objectId, clientId,
                                                          issuerBase, nonce, life)));
    }
    return o;
}

HttpResponse IdentityService::tokenResponse(const HttpRequest &request, const Person &who,
                                            const QString &clientId, const ScopeGrant &grant,
                                            const QString &nonce, bool clientInfo)
{
    QJsonObject o = issueTokens(who, clientId, grant.graphScopes, grant.offlineAccess, grant.openid,
                                request.baseUrl, nonce);
    o.insert(QStringLiteral("scope"), grant.text());
    if (clientInfo) {
        const QJsonObject info{{QStringLiteral("uid"), who.objectId},
                               {QStringLiteral("utid"), QString::fromLatin1(m_store.tenantId())}};
        o.insert(QStringLiteral("client_info"), QString::fromLatin1(TokenIssuer::base64Url(
                                                    QJsonDocument(info).toJson(QJsonDocument::Compact))));
    }
    return jsonResponse(200, o);
}

HttpResponse IdentityService::authorizeEndpoint(const HttpRequest &request, const QString &tenant)
{
    Q_UNUSED(tenant)
    const QString clientId = request.queryValue(u"client_id");
    const QString redirectUri = request.queryValue(u"redirect_uri");
    if (clientId.isEmpty()) {
        return SignInPages::message(400, QStringLiteral("Sign-in error"),
                                    QStringLiteral("AADSTS900144: The request must contain 'client_id'."));
    }
    if (!isLoopbackRedirect(redirectUri)) {
        // Entra shows an error page and never redirects to an unregistered URI.
        return SignInPages::message(
            400, QStringLiteral("Sign-in error"),
            QStringLiteral("AADSTS50011: The redirect URI '%1' does not match the redirect "
                           "URIs of the application: the sandbox accepts http://localhost "
                           "or http://127.0.0.1 with any port.")
                .arg(redirectUri));
    }
    const QString state = request.queryValue(u"state");
    auto redirectError = [&](const char *error, const QString &description) {
        HttpResponse r;
        r.status = 302;
        r.setHeader("Location", redirectWith(redirectUri, {{QStringLiteral("error"), QLatin1String(error)},
                                                           {QStringLiteral("error_description"), description},
                                                           {QStringLiteral("state"), state}}));
        return r;
    };
    if (request.queryValue(u"response_type") != QLatin1String("code"))
        return redirectError("unsupported_response_type",
                             QStringLiteral("AADSTS70005: The sandbox supports response_type=code only."));
    const QString mode = request.queryValue(u"response_mode");
    if (!mode.isEmpty() && mode != QLatin1String("query"))
        return redirectError("invalid_request",
                             QStringLiteral("AADSTS900144: The sandbox supports response_mode=query "
                                            "only."));
    const QString method = request.queryValue(u"code_challenge_method");
    const QString challenge = request.queryValue(u"code_challenge");
    if (!challenge.isEmpty() && !method.isEmpty() && method != QLatin1String("S256") &&
        method != QLatin1String("plain"))
        return redirectError("invalid_request",
                             QStringLiteral("AADSTS501491: Invalid code_challenge_method '%1'.").arg(method));
    QString invalid;
    const auto grant = ScopeGrant::parse(request.queryValue(u"scope"), &invalid);
    if (!grant) {
        return redirectError(
            "invalid_scope",
            QStringLiteral("AADSTS70011: The provided value for the input parameter 'scope' is not "
                           "valid. The scope %1 is not valid.")
                .arg(invalid));
    }
    AuthRequest ar;
    ar.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    ar.clientId = clientId;
    ar.redirectUri = redirectUri;
    ar.state = state;
    ar.challenge = challenge;
    ar.challengeMethod =
        challenge.isEmpty() ? QString() : (method.isEmpty() ? QStringLiteral("plain") : method);
    ar.nonce = request.queryValue(u"nonce");
    ar.loginHint = request.queryValue(u"login_hint");
    ar.grant = *grant;
    ar.createdMs = m_clock.protocolNowMs();
    purgeExpired();
    m_authRequests.insert(ar.id, ar);
    m_authRequestOrder.append(ar.id);

    if (m_options.autoApprove) {
        const QString upn =
            ar.loginHint.isEmpty() || !person(ar.loginHint) ? m_options.defaultUpn : ar.loginHint;
        QString error;
        const auto location = decideAuthorization(ar.id, true, upn, &error);
        HttpResponse r;
        r.status = 302;
        r.setHeader("Location", location.value_or(QByteArray()));
        return r;
    }
    if (request.queryValue(u"prompt") == QLatin1String("none")) {
        QString error;
        decideAuthorization(ar.id, false, QString(), &error);
        return redirectError("login_required",
                             QStringLiteral("AADSTS50058: A silent sign-in request was sent but no "
                                            "user is signed in."));
    }
    const QString upn = ar.loginHint.isEmpty() ? m_options.defaultUpn : ar.loginHint;
    const QString action = QString::fromUtf8(request.baseUrl) + request.path + QStringLiteral("/decision");
    return SignInPages::consent(clientId, grant->text(), action, ar.id, upn);
}

HttpResponse IdentityService::authorizeDecision(const HttpRequest &request)
{
    const auto form = HttpRequest::parseForm(request.body);
    const QString id = HttpRequest::formValue(form, u"request_id");
    const bool approve = HttpRequest::formValue(form, u"decision") == QLatin1String("approve");
    QString error;
    const auto location = decideAuthorization(id, approve, HttpRequest::formValue(form, u"upn"), &error);
    if (!location)
        return SignInPages::message(400, QStringLiteral("Sign-in error"), error);
    HttpResponse r;
    r.status = 302;
    r.setHeader("Location", *location);
    return r;
}

std::optional<QByteArray> IdentityService::decideAuthorization(const QString &requestId, bool approve,
                                                               const QString &upn, QString *error)
{
    const QString id =
        requestId.isEmpty() && !m_authRequestOrder.isEmpty() ? m_authRequestOrder.last() : requestId;
    const auto it = m_authRequests.find(id);
    if (it == m_authRequests.end()) {
        *error = QStringLiteral("no pending authorization request '%1'").arg(requestId);
        return std::nullopt;
    }
    const AuthRequest ar = *it;
    if (!approve) {
        m_authRequests.erase(it);
        m_authRequestOrder.removeAll(id);
        return redirectWith(ar.redirectUri,
                            {{QStringLiteral("error"), QStringLiteral("access_denied")},
                             {QStringLiteral("error_description"),
                              QStringLiteral("AADSTS65004: User declined to consent to access the app.")},
                             {QStringLiteral("state"), ar.state}});
    }
    const QString who = upn.trimmed().isEmpty() ? m_options.defaultUpn : upn.trimmed();
    if (!person(who)) {
        *error = QStringLiteral("'%1' is not an account of the sandbox tenant").arg(who);
        return std::nullopt;
    }
    m_authRequests.erase(it);
    m_authRequestOrder.removeAll(id);
    const QString code = QStringLiteral("1.SBX.") + newCode(64);
    m_authCodes.insert(
        code,
        AuthCode{ar.clientId, ar.redirectUri, ar.challenge, ar.challengeMethod, ar.nonce, who, ar.grant,
                 m_clock.protocolNowMs() + qint64(m_options.authorizationCodeLifetimeSeconds) * 1000, false});
    return redirectWith(ar.redirectUri, {{QStringLiteral("code"), code},
                                         {QStringLiteral("state"), ar.state},
                                         {QStringLiteral("session_state"),
                                          QUuid::createUuid().toString(QUuid::WithoutBraces)}});
}

QJsonArray IdentityService::pendingAuthorizations() const
{
    QJsonArray out;
    for (const QString &id : m_authRequestOrder) {
        const AuthRequest &ar = m_authRequests[id];
        out.append(QJsonObject{{QStringLiteral("request_id"), ar.id},
                               {QStringLiteral("client_id"), ar.clientId},
                               {QStringLiteral("redirect_uri"), ar.redirectUri},
                               {QStringLiteral("scope"), ar.grant.text()},
                               {QStringLiteral("login_hint"), ar.loginHint}});
    }
    return out;
}

bool IdentityService::approveDeviceCode(const QString &userCode, const QString &upn, QString *error)
{
    const auto it = m_userCodes.constFind(userCode.trimmed().toUpper());
    if (it == m_userCodes.cend()) {
        *error = QStringLiteral("unknown or already used user code '%1'").arg(userCode);
        return false;
    }
    DeviceCode &dc = m_deviceCodes[*it];
    const QString who = upn.trimmed().isEmpty() ? m_options.defaultUpn : upn.trimmed();
    if (!person(who)) {
        *error = QStringLiteral("'%1' is not an account of the sandbox tenant").arg(who);
        return false;
    }
    if (dc.status != DeviceCode::Status::Pending) {
        *error = QStringLiteral("the code '%1' was already approved or declined").arg(userCode);
        return false;
    }
    dc.status = DeviceCode::Status::Approved;
    dc.upn = who;
    return true;
}

bool IdentityService::declineDeviceCode(const QString &userCode, QString *error)
{
    const auto it = m_userCodes.constFind(userCode.trimmed().toUpper());
    if (it == m_userCodes.cend()) {
        *error = QStringLiteral("unknown or already used user code '%1'").arg(userCode);
        return false;
    }
    DeviceCode &dc = m_deviceCodes[*it];
    if (dc.status != DeviceCode::Status::Pending) {
        *error = QStringLiteral("the code '%1' was already approved or declined").arg(userCode);
        return false;
    }
    dc.status = DeviceCode::Status::Declined;
    return true;
}

QJsonArray IdentityService::pendingDeviceCodes() const
{
    QJsonArray out;
    const qint64 now = m_clock.protocolNowMs();
    for (const DeviceCode &dc : m_deviceCodes) {
        if (dc.status != DeviceCode::Status::Pending || now >= dc.expiresMs)
            continue;
        out.append(QJsonObject{{QStringLiteral("user_code"), dc.userCode},
                               {QStringLiteral("client_id"), dc.clientId},
                               {QStringLiteral("scope"), dc.grant.text()},
                               {QStringLiteral("expires_in"), qint64((dc.expiresMs - now) / 1000)}});
    }
    return out;
}

HttpResponse IdentityService::deviceLoginPage(const HttpRequest &request)
{
    if (request.method == "POST") {
        const auto form = HttpRequest::parseForm(request.body);
        const QString code = HttpRequest::formValue(form, u"user_code");
        const bool approve = HttpRequest::formValue(form, u"decision") != QLatin1String("decline");
        QString error;
        const bool ok = approve ? approveDeviceCode(code, HttpRequest::formValue(form, u"upn"), &error)
                                : declineDeviceCode(code, &error);
        const QString title = QStringLiteral("Device sign-in");
        if (!ok)
            return SignInPages::message(400, title, error);
        return SignInPages::message(200, title,
                                    approve ? QStringLiteral("You have signed in. You may close this window.")
                                            : QStringLiteral("Sign-in declined."));
    }
    return SignInPages::deviceLoginForm(m_options.defaultUpn);
}

int IdentityService::revokeRefreshTokens(const QString &upn)
{
    int count = 0;
    for (RefreshToken &rt : m_refreshTokens) {
        if (rt.valid && (upn.isEmpty() || rt.upn.compare(upn, Qt::CaseInsensitive) == 0)) {
            rt.valid = false;
            rt.revokedReason = QStringLiteral("revoked");
            ++count;
        }
    }
    return count;
}

QJsonObject IdentityService::stateJson() const
{
    int validRefresh = 0;
    for (const RefreshToken &rt : m_refreshTokens)
        validRefresh += rt.valid ? 1 : 0;
    return QJsonObject{
        {QStringLiteral("autoApprove"), m_options.autoApprove},
        {QStringLiteral("defaultUpn"), m_options.defaultUpn},
        {QStringLiteral("pendingDeviceCodes"), pendingDeviceCodes()},
        {QStringLiteral("pendingAuthorizations"), pendingAuthorizations()},
        {QStringLiteral("validRefreshTokens"), validRefresh},
        {QStringLiteral("earlyExpirySeconds"), m_issuer.earlyExpirySeconds()},
    };
}

} // namespace passcode::sandbox
