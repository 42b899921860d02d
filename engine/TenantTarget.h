// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/TokenProvider.h"
#include "core/common/Result.h"

#include <QCoreApplication>
#include <QPointer>
#include <QString>
#include <QUrl>

namespace passcode::auth {
class CloudEndpoints;
}

namespace passcode::engine {

/** The embedded sandbox tenant an engine starts for itself (loopback, port 0). */
struct SandboxSpec
{
    qsizetype devices = 1000;
    QString seed = QStringLiteral("1"); ///< decimal, or any text (hashed by the sandbox)
    double timeScale = 1.0;             ///< tenant time speed (0 freezes it)
    qint64 accessTokenLifetimeSeconds = 3599;
    double throttleScale = 1.0;       ///< multiplies Intune's limits; 0 disables throttling (benchmarks)
    qint64 throttleWindowMs = 20'000; ///< the length of the throttling windows (benchmarks shorten it)
    /** The account the engine's tokens are minted for (empty: the sandbox's default technician, a Help Desk
     * Operator); e.g. readonly@… or support.fr@… for the sandbox's other Intune roles (docs/sandbox.md). */
    QString upn;
};

/**
 * One description of what an engine talks to, applied once for every front end:
 * - EmbeddedSandbox: a sandbox tenant started by the engine (seed, size, time scale); tokens minted for its
 *   default technician and renewed by minting again;
 * - Endpoint: a Graph-compatible endpoint (a standalone passcode-sandbox, or Graph with a token obtained
 *   elsewhere). Without a token, a loopback endpoint is asked for one at its control endpoint
 *   (/sandbox/token), again on every renewal;
 * - Tenant: a real tenant reached with a signed-in token provider (AuthSession::tokenProvider()).
 *
 * The factories check the Graph URL once: http(s) only, plain http only to a loopback host, a trailing
 * "/v1.0" or "/beta" (or "/") removed. They also name the action journal of the target once: embedded
 * sandboxes by seed and size, others by Graph root and tenant (ActionJournal::tenantProfile), so that the
 * console and passcodectl on the same target share one journal.
 *
 * A value type; the token provider of a Tenant target is borrowed (held by QPointer) and must outlive the
 * engine built from it.
 */
class TenantTarget
{
    Q_DECLARE_TR_FUNCTIONS(TenantTarget)

public:
    enum class Kind
    {
        EmbeddedSandbox,
        Endpoint,
        Tenant,
    };

    /** The embedded sandbox. */
    static TenantTarget embeddedSandbox(const SandboxSpec &spec);
    /**
     * A Graph-compatible endpoint. @p accessToken empty: the endpoint must be on this computer and give
     * tokens at its control endpoint (a standalone passcode-sandbox). @p tenant (optional) only names the
     * journal and the window. Fails with Kind::Usage or Kind::Security for a URL that is not acceptable.
     */
    static Result<TenantTarget> endpoint(const QUrl &graphUrl, const QString &accessToken = {},
                                         const QString &tenant = {});
    /**
     * A real tenant (or the sandbox reached through the Entra ID sign-in) with its signed-in token
     * provider. @p tenant is the tenant as configured (GUID or domain); @p account the signed-in UPN.
     */
    static Result<TenantTarget> signedIn(const auth::CloudEndpoints &endpoints, const QString &tenant,
                                         auth::TokenProvider &tokens, const QString &account);

    /**
     * A Graph URL as users give it, made a Graph root: checked (http(s), plain http only to loopback, no
     * query or fragment) and without a trailing version segment. The one place these rules live.
     */
    static Result<QUrl> graphRoot(const QUrl &url);

    Kind kind() const { return m_kind; }
    const SandboxSpec &sandbox() const { return m_sandbox; }
    /** Graph root without version; empty for the embedded sandbox until it has started. */
    QUrl graphBase() const { return m_graphBase; }
    QString accessToken() const { return m_accessToken; }
    /** The tenant as the configuration names it (may be empty for an endpoint). */
    QString tenant() const { return m_tenant; }
    /** The signed-in technician of a Tenant target. */
    QString account() const { return m_account; }
    auth::TokenProvider *tokenProvider() const { return m_tokens.data(); }
    /** The profile of this target's action journal (ActionJournal::defaultPath(profile)). */
    QString journalProfile() const;
    /** Whether actions go to a sandbox tenant (embedded, or an endpoint on this computer without a token). */
    bool isSandbox() const;

private:
    TenantTarget() = default;

    Kind m_kind = Kind::EmbeddedSandbox;
    SandboxSpec m_sandbox;
    QUrl m_graphBase;
    QString m_accessToken;
    QString m_tenant;
    QString m_account;
    QPointer<auth::TokenProvider> m_tokens;
};

} // namespace passcode::engine
