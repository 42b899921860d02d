// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/identity/IdentityService.h"

#include "sandbox/host/SandboxClock.h"
#include "sandbox/identity/OAuthProtocol.h"
#include "sandbox/identity/SignInPages.h"
#include "sandbox/identity/TokenIssuer.h"
#include "sandbox/tenant/DeviceStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace passcode::sandbox {

IdentityService::IdentityService(const DeviceStore &store, const SandboxClock &clock, TokenIssuer &issuer,
                                 Options options)
    : m_store(store)
    , m_clock(clock)
    , m_issuer(issuer)
    , m_options(std::move(options))
    , m_accounts(store)
    , m_deviceCode(clock, m_accounts, m_options, [this] { purgeExpired(); })
    , m_authorizationCode(clock, m_accounts, m_options, [this] { purgeExpired(); })
    , m_refreshTokens(clock, m_accounts, m_options.refreshTokenLifetimeSeconds)
{
    // The grants read the options by reference: the token is in place before the first form is shown.
    if (m_options.formToken.isEmpty())
        m_options.formToken = oauth::newCode(43);
}

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

HttpResponse IdentityService::oauthError(const HttpRequest &request, int status, const char *errorName,
                                         int code, const QString &description) const
{
    return oauth::error(request, m_clock.protocolNowMs(), status, errorName, code, description);
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
    if (rest == QLatin1String("discovery/instance") && request.method == "GET")
        return instanceDiscovery(request);
    if (rest == QLatin1String("discovery/v2.0/keys") && request.method == "GET")
        return oauth::json(200, QJsonObject{{QStringLiteral("keys"), QJsonArray()}});
    if (rest == QLatin1String("oauth2/v2.0/devicecode") && request.method == "POST")
        return m_deviceCode.start(request);
    if (rest == QLatin1String("oauth2/v2.0/token") && request.method == "POST")
        return tokenEndpoint(request);
    if (rest == QLatin1String("oauth2/v2.0/authorize") && request.method == "GET")
        return m_authorizationCode.authorize(request);
    if (rest == QLatin1String("oauth2/v2.0/authorize/decision") && request.method == "POST")
        return m_authorizationCode.decision(request);
    if (rest == QLatin1String("oauth2/v2.0/logout") && request.method == "GET") {
        const QString next = request.queryValue(u"post_logout_redirect_uri");
        if (!next.isEmpty() && oauth::isLoopbackRedirect(next))
            return oauth::redirect(QUrl(next).toEncoded());
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
    return oauth::json(200, SignInPages::openIdConfiguration(QString::fromUtf8(request.baseUrl), tenant,
                                                             QString::fromLatin1(m_store.tenantId())));
}

HttpResponse IdentityService::instanceDiscovery(const HttpRequest &request)
{
    // GET {base}/common/discovery/instance?api-version=1.1&authorization_endpoint=URL (MSAL Python
    // sends 1.0). Entra ID answers for its own hosts with the tenant's OpenID configuration address and the
    // host's aliases, and invalid_instance (AADSTS50049) for another host; here the only host is the
    // sandbox's own base URL.
    const QString endpoint = request.queryValue(u"authorization_endpoint");
    if (endpoint.isEmpty()) {
        return oauthError(request, 400, "invalid_request", 90014,
                          QStringLiteral("The required field 'authorization_endpoint' is missing from the "
                                         "request."));
    }
    const QUrl url(endpoint);
    const QUrl base(QString::fromUtf8(request.baseUrl));
    const QStringList path = url.path().split(u'/');
    // MSAL builds the endpoint from the authority's host name and drops its port, so a URL without a port
    // names this server too.
    const bool samePort = url.port(-1) == -1 || url.port(-1) == base.port(-1);
    const bool ours = url.scheme() == base.scheme() && samePort &&
                      (url.host() == base.host() || url.host() == QLatin1String("localhost") ||
                       url.host() == QLatin1String("127.0.0.1"));
    if (!ours || path.size() < 2 || path[1].isEmpty()) {
        return oauthError(request, 400, "invalid_instance", 50049,
                          QStringLiteral("Unknown or invalid instance."));
    }
    const QString host = base.authority();
    QJsonObject metadata;
    metadata.insert(QStringLiteral("preferred_network"), host);
    metadata.insert(QStringLiteral("preferred_cache"), host);
    metadata.insert(QStringLiteral("aliases"), QJsonArray{QJsonValue(host)});
    QJsonObject answer;
    const QString configuration = QString::fromUtf8(request.baseUrl) + u'/' + path[1] +
                                  QStringLiteral("/v2.0/.well-known/openid-configuration");
    answer.insert(QStringLiteral("tenant_discovery_endpoint"), configuration);
    const QString version = request.queryValue(u"api-version");
    answer.insert(QStringLiteral("api-version"), version.isEmpty() ? QStringLiteral("1.1") : version);
    answer.insert(QStringLiteral("metadata"), QJsonArray{metadata});
    return oauth::json(200, answer);
}

void IdentityService::purgeExpired()
{
    const qint64 cutoff = m_clock.protocolNowMs() - 3600 * 1000;
    m_deviceCode.purgeExpired(cutoff);
    m_authorizationCode.purgeExpired(cutoff);
    m_refreshTokens.purgeExpired(cutoff);
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
    std::optional<GrantedSignIn> granted;
    HttpResponse refusal;
    // Entra ID's v2 endpoint takes the device code grant under its RFC 8628 name and under the short
    // "device_code" that Microsoft's MSAL libraries send.
    if (grantType == QLatin1String(DeviceCodeGrant::kGrantType) ||
        grantType == QLatin1String(DeviceCodeGrant::kShortGrantType)) {
        granted = m_deviceCode.redeem(request, form, &refusal);
    } else if (grantType == QLatin1String("authorization_code")) {
        granted = m_authorizationCode.redeem(request, form, &refusal);
    } else if (grantType == QLatin1String("refresh_token")) {
        purgeExpired();
        granted = m_refreshTokens.redeem(request, form, &refusal);
    } else if (grantType.isEmpty()) {
        return oauthError(
            request, 400, "invalid_request", 900144,
            QStringLiteral("The request body must contain the following parameter: 'grant_type'."));
    } else {
        return oauthError(request, 400, "unsupported_grant_type", 70003,
                          QStringLiteral("The app requested an unsupported grant type '%1'.").arg(grantType));
    }
    if (!granted)
        return refusal;
    return tokenResponse(request, granted->who, granted->clientId, granted->grant, granted->nonce,
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
    if (refresh)
        o.insert(QStringLiteral("refresh_token"), m_refreshTokens.issue(who.upn, clientId, g));
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
    return oauth::json(200, o);
}

bool IdentityService::approveDeviceCode(const QString &userCode, const QString &upn, QString *error)
{
    return m_deviceCode.approve(userCode, upn, error);
}

bool IdentityService::declineDeviceCode(const QString &userCode, QString *error)
{
    return m_deviceCode.decline(userCode, error);
}

QJsonArray IdentityService::pendingDeviceCodes() const
{
    return m_deviceCode.pending();
}

HttpResponse IdentityService::deviceLoginPage(const HttpRequest &request)
{
    return m_deviceCode.loginPage(request);
}

std::optional<QByteArray> IdentityService::decideAuthorization(const QString &requestId, bool approve,
                                                               const QString &upn, QString *error)
{
    return m_authorizationCode.decide(requestId, approve, upn, error);
}

QJsonArray IdentityService::pendingAuthorizations() const
{
    return m_authorizationCode.pending();
}

int IdentityService::revokeRefreshTokens(const QString &upn)
{
    return m_refreshTokens.revoke(upn);
}

QJsonObject IdentityService::stateJson() const
{
    return QJsonObject{
        {QStringLiteral("autoApprove"), m_options.autoApprove},
        {QStringLiteral("defaultUpn"), m_options.defaultUpn},
        {QStringLiteral("pendingDeviceCodes"), pendingDeviceCodes()},
        {QStringLiteral("pendingAuthorizations"), pendingAuthorizations()},
        {QStringLiteral("validRefreshTokens"), m_refreshTokens.validCount()},
        {QStringLiteral("storedRefreshTokens"), m_refreshTokens.storedCount()},
        {QStringLiteral("earlyExpirySeconds"), m_issuer.earlyExpirySeconds()},
    };
}

} // namespace passcode::sandbox
