// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/http/HttpRequest.h"
#include "sandbox/http/HttpResponse.h"
#include "sandbox/identity/AuthorizationCodeGrant.h"
#include "sandbox/identity/DeviceCodeGrant.h"
#include "sandbox/identity/IdentityOptions.h"
#include "sandbox/identity/RefreshTokenGrant.h"
#include "sandbox/identity/ScopeGrant.h"
#include "sandbox/identity/TenantAccounts.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace passcode::sandbox {

class DeviceStore;
class SandboxClock;
class TokenIssuer;

/**
 * Entra ID v2 endpoints of the sandbox tenant: devicecode, token (device-code, authorization-code with PKCE
 * and refresh-token grants), authorize (redirecting to a loopback redirect URI), logout, the OpenID
 * configuration and an (empty) key set, plus the browser pages and control calls that approve or decline
 * sign-ins.
 *
 * It routes each endpoint to its grant (DeviceCodeGrant, AuthorizationCodeGrant, RefreshTokenGrant) and
 * issues the tokens a redeemed grant signs in. Refresh tokens rotate: every refresh answers a new one and
 * invalidates the one it used. Lives on the server thread; not thread-safe, except person().
 */
class IdentityService
{
    Q_DISABLE_COPY_MOVE(IdentityService)

public:
    using Options = IdentityOptions;

    IdentityService(const DeviceStore &store, const SandboxClock &clock, TokenIssuer &issuer,
                    Options options);

    /** True when \a path is an identity path: /{tenant}/oauth2/v2.0/..., /{tenant}/v2.0/...,
     * /{tenant}/discovery/... */
    static bool isIdentityPath(const QString &path);
    HttpResponse handle(const HttpRequest &request);

    // Control operations (also used by ControlApi).
    using Person = SignInAccount;
    /** A sign-in identity for \a upn: a tenant user, a technician, or nullopt when the UPN is not in the
     * tenant. */
    std::optional<Person> person(const QString &upn) const { return m_accounts.find(upn); }
    bool approveDeviceCode(const QString &userCode, const QString &upn, QString *error);
    bool declineDeviceCode(const QString &userCode, QString *error);
    QJsonArray pendingDeviceCodes() const;
    /** Approves a pending authorization request ("" = the latest); returns the redirect Location. */
    std::optional<QByteArray> decideAuthorization(const QString &requestId, bool approve, const QString &upn,
                                                  QString *error);
    QJsonArray pendingAuthorizations() const;
    /** Revokes refresh tokens (of \a upn, or all when empty); returns how many. */
    int revokeRefreshTokens(const QString &upn);
    /** Issues a token set directly (control endpoint / embedding), as a token endpoint response body. */
    QJsonObject issueTokens(const Person &who, const QString &clientId, const QStringList &scopes,
                            bool refresh, bool idToken, const QByteArray &issuerBase, const QString &nonce);
    void setAutoApprove(bool on) { m_options.autoApprove = on; }
    const Options &options() const { return m_options; }
    QJsonObject stateJson() const;
    /** The device-code verification page (GET form, POST decision), served at {base}/sandbox/devicelogin. */
    HttpResponse deviceLoginPage(const HttpRequest &request);

private:
    HttpResponse tokenEndpoint(const HttpRequest &request);
    HttpResponse openIdConfiguration(const HttpRequest &request, const QString &tenant);
    /** Entra ID's instance discovery (api-version 1.1), which MSAL calls before the OpenID configuration. */
    HttpResponse instanceDiscovery(const HttpRequest &request);
    HttpResponse tokenResponse(const HttpRequest &request, const Person &who, const QString &clientId,
                               const ScopeGrant &grant, const QString &nonce, bool clientInfo);
    HttpResponse oauthError(const HttpRequest &request, int status, const char *errorName, int code,
                            const QString &description) const;
    bool knownTenant(const QString &tenant) const;
    /** A long-running training server forgets codes an hour after they expired. */
    void purgeExpired();

    const DeviceStore &m_store;
    const SandboxClock &m_clock;
    TokenIssuer &m_issuer;
    Options m_options;
    TenantAccounts m_accounts;
    DeviceCodeGrant m_deviceCode;
    AuthorizationCodeGrant m_authorizationCode;
    RefreshTokenGrant m_refreshTokens;
};

} // namespace passcode::sandbox
