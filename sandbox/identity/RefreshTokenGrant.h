// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/http/HttpRequest.h"
#include "sandbox/http/HttpResponse.h"
#include "sandbox/identity/OAuthProtocol.h"
#include "sandbox/identity/ScopeGrant.h"

#include <QHash>
#include <QString>

#include <optional>

namespace passcode::sandbox {

class SandboxClock;
class TenantAccounts;

/**
 * The refresh tokens the sandbox's Entra ID issued, and the refresh_token grant that redeems them. Refresh
 * tokens rotate: a redemption invalidates the token it used (IdentityService issues the next one). A refresh
 * may narrow the Graph scopes, never widen them. Lives on the server thread; not thread-safe.
 */
class RefreshTokenGrant
{
public:
    /** @p lifetimeSeconds: a token not redeemed within it expires (the rotation renews it). */
    RefreshTokenGrant(const SandboxClock &clock, const TenantAccounts &accounts, qint64 lifetimeSeconds);

    /** A new refresh token for \a upn and \a clientId that grants \a grant. */
    QString issue(const QString &upn, const QString &clientId, const ScopeGrant &grant);
    /** The token endpoint's refresh_token grant: who signed in, or nullopt and the OAuth error in
     * \a refusal. */
    std::optional<GrantedSignIn> redeem(const HttpRequest &request, const FormFields &form,
                                        HttpResponse *refusal);
    /** Revokes the valid refresh tokens (of \a upn, or all when empty); returns how many. */
    int revoke(const QString &upn);
    /** How many refresh tokens can still be redeemed. */
    int validCount() const;
    /** How many tokens are remembered (valid, or used, revoked or expired since less than an hour). */
    int storedCount() const { return int(m_refreshTokens.size()); }
    /** Forgets tokens that expired, were used or were revoked before @p cutoffMs (protocol time). */
    void purgeExpired(qint64 cutoffMs);

private:
    struct RefreshToken
    {
        QString upn;
        QString clientId;
        ScopeGrant grant;
        bool valid = true;
        QString revokedReason;
        qint64 expiresMs = 0;     ///< protocol time
        qint64 invalidatedMs = 0; ///< when it was used or revoked
    };

    HttpResponse oauthError(const HttpRequest &request, int status, const char *errorName, int code,
                            const QString &description) const;

    const SandboxClock &m_clock;
    const TenantAccounts &m_accounts;
    qint64 m_lifetimeMs;
    QHash<QString, RefreshToken> m_refreshTokens;
};

} // namespace passcode::sandbox
