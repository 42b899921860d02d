// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/http/HttpRequest.h"
#include "sandbox/http/HttpResponse.h"
#include "sandbox/identity/OAuthProtocol.h"
#include "sandbox/identity/ScopeGrant.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace passcode::sandbox {

class SandboxClock;
class TenantAccounts;
struct IdentityOptions;

/**
 * The authorization code grant with PKCE (RFC 7636) of the sandbox's Entra ID: GET .../oauth2/v2.0/authorize
 * shows a consent page (or decides at once with auto-approval or prompt=none) and redirects to the loopback
 * redirect URI with a code or an error; the token endpoint redeems the code once, with the code_verifier
 * that matches its challenge (S256 or plain). A failed verification burns the code, as Entra does. Lives on
 * the server thread; not thread-safe.
 */
class AuthorizationCodeGrant
{
public:
    /** \a purgeExpired is called before a new authorization request is stored. */
    AuthorizationCodeGrant(const SandboxClock &clock, const TenantAccounts &accounts,
                           const IdentityOptions &options, std::function<void()> purgeExpired);

    /** GET {tenant}/oauth2/v2.0/authorize. */
    HttpResponse authorize(const HttpRequest &request);
    /** POST {tenant}/oauth2/v2.0/authorize/decision: the consent page's form. */
    HttpResponse decision(const HttpRequest &request);
    /** Approves or declines a pending request ("" = the latest); returns the redirect Location. */
    std::optional<QByteArray> decide(const QString &requestId, bool approve, const QString &upn,
                                     QString *error);
    /** The requests waiting for a decision, oldest first. */
    QJsonArray pending() const;
    /** The token endpoint's authorization_code grant: who signed in, or nullopt and the OAuth error in
     * \a refusal. */
    std::optional<GrantedSignIn> redeem(const HttpRequest &request, const FormFields &form,
                                        HttpResponse *refusal);
    /** Forgets the codes that expired, and the requests made, before \a cutoffMs (protocol time). */
    void purgeExpired(qint64 cutoffMs);

private:
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

    HttpResponse oauthError(const HttpRequest &request, int status, const char *errorName, int code,
                            const QString &description) const;

    const SandboxClock &m_clock;
    const TenantAccounts &m_accounts;
    const IdentityOptions &m_options;
    std::function<void()> m_purgeExpired;
    QHash<QString, AuthRequest> m_authRequests; ///< pending (no auto-approve), by id
    QStringList m_authRequestOrder;
    QHash<QString, AuthCode> m_authCodes;
};

} // namespace passcode::sandbox
