// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/http/HttpRequest.h"
#include "sandbox/http/HttpResponse.h"
#include "sandbox/identity/ScopeGrant.h"

#include <QByteArray>
#include <QHash>
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
 * Refresh tokens rotate: every refresh answers a new one and invalidates the one it used. Lives on the server
 * thread; not thread-safe.
 */
class IdentityService
{
public:
    struct Options
    {
        bool autoApprove = false;
        QString defaultUpn = QStringLiteral("helpdesk@contoso-sandbox.onmicrosoft.com");
        qint64 accessTokenLifetimeSeconds = 3599;
        int deviceCodeExpirySeconds = 900;
        int deviceCodeIntervalSeconds = 5;
        int authorizationCodeLifetimeSeconds = 600;
    };

    IdentityService(const DeviceStore &store, const SandboxClock &clock, TokenIssuer &issuer,
                    Options options);

    /** True when \a path is an identity path: /{tenant}/oauth2/v2.0/..., /{tenant}/v2.0/...,
     * /{tenant}/discovery/... */
    static bool isIdentityPath(const QString &path);
    HttpResponse handle(const HttpRequest &request);

    // Control operations (also used by ControlApi).
    struct Person
    {
        QString upn;
        QString name;
        QString objectId;
    };
    /** A sign-in identity for \a upn: a tenant user, a technician, or nullopt when the UPN is not in the
     * tenant. */
    std::optional<Person> person(const QString &upn) const;
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
    struct DeviceCode
    {
        QString deviceCode;
        QString userCode;
        QString clientId;
        ScopeGrant grant;
        qint64 expiresMs = 0;
        qint64 lastPollMs = 0;
        int intervalSeconds = 5;
        enum class Status
        {
            Pending,
            Approved,
            Declined,
            Redeemed
        } status = Status::Pending;
        QString upn;
    };
    struct AuthRequest
    {
        QString id;
        QString clientId;
        QString redirectUri;
        QString state;
        QString challenge;
        QString challengeMethod;
        QString nonce;
        QString loginHint;
        ScopeGrant grant;
        qint64 createdMs = 0;
    };
    struct AuthCode
    {
        QString clientId;
        QString redirectUri;
        QString challenge;
        QString challengeMethod;
        QString nonce;
        QString upn;
        ScopeGrant grant;
        qint64 expiresMs = 0;
        bool redeemed = false;
    };
    struct RefreshToken
    {
        QString upn;
        QString clientId;
        ScopeGrant grant;
        bool valid = true;
        QString revokedReason;
    };

    HttpResponse deviceCodeEndpoint(const HttpRequest &request, const QString &tenant);
    HttpResponse tokenEndpoint(const HttpRequest &request);
    HttpResponse deviceCodeGrant(const HttpRequest &request, const QList<QPair<QString, QString>> &form);
    HttpResponse authorizationCodeGrant(const HttpRequest &request,
                                        const QList<QPair<QString, QString>> &form);
    HttpResponse refreshTokenGrant(const HttpRequest &request, const QList<QPair<QString, QString>> &form);
    HttpResponse authorizeEndpoint(const HttpRequest &request, const QString &tenant);
    HttpResponse authorizeDecision(const HttpRequest &request);
    HttpResponse openIdConfiguration(const HttpRequest &request, const QString &tenant);
    HttpResponse tokenResponse(const HttpRequest &request, const Person &who, const QString &clientId,
                               const ScopeGrant &grant, const QString &nonce, bool clientInfo);

    HttpResponse oauthError(const HttpRequest &request, int status, const char *error, int code,
                            const QString &description) const;
    bool knownTenant(const QString &tenant) const;
    static bool isLoopbackRedirect(const QString &uri);
    QByteArray redirectWith(const QString &redirectUri, const QList<QPair<QString, QString>> &params) const;
    QString newCode(int bytes) const;
    void purgeExpired();
    QString newUserCode() const;

    const DeviceStore &m_store;
    const SandboxClock &m_clock;
    TokenIssuer &m_issuer;
    Options m_options;
    QHash<QString, DeviceCode> m_deviceCodes;   ///< by device_code
    QHash<QString, QString> m_userCodes;        ///< user_code -> device_code
    QHash<QString, AuthRequest> m_authRequests; ///< pending (no auto-approve), by id
    QStringList m_authRequestOrder;
    QHash<QString, AuthCode> m_authCodes;
    QHash<QString, RefreshToken> m_refreshTokens;
};

} // namespace passcode::sandbox
