// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <atomic>

namespace passcode::sandbox {

class SandboxClock;

/** Who a token was issued to and what it allows. */
struct TokenClaims
{
    QString upn;
    QString name;
    QString objectId;
    QString appId;        ///< the client (appid/azp)
    QString audience;     ///< access tokens: https://graph.microsoft.com; id tokens: the client id
    QStringList scopes;   ///< short Graph scope names, e.g. DeviceManagementManagedDevices.Read.All
    qint64 issuedAt = 0;  ///< seconds since the epoch
    qint64 expiresAt = 0; ///< seconds since the epoch
    quint64 epoch = 0;    ///< the issuer's revocation epoch when minted
    QString nonce;
};

/**
 * Mints and checks the sandbox's JWTs (HS256 with a per-process random key; the sandbox publishes no signing
 * key, so clients cannot verify signatures: they treat tokens as opaque, as Graph clients must).
 *
 * Thread-safe: minting reads only immutable state, the clock and an atomic epoch, so an embedding thread may
 * call it while the server thread serves (SandboxHost::mintAccessToken).
 */
class TokenIssuer
{
public:
    static constexpr const char *kGraphAudience = "https://graph.microsoft.com";
    static constexpr const char *kGraphAppId = "00000003-0000-0000-c000-000000000000";

    TokenIssuer(const SandboxClock &clock, QByteArray tenantId);

    /** An access token for Graph; lifetime in seconds. */
    QByteArray mintAccessToken(const QString &upn, const QString &name, const QString &objectId,
                               const QString &appId, const QStringList &scopes, qint64 lifetimeSeconds) const;
    /** An id token for \a clientId; iss is {issuerBase}/{tid}/v2.0. */
    QByteArray mintIdToken(const QString &upn, const QString &name, const QString &objectId,
                           const QString &clientId, const QByteArray &issuerBase, const QString &nonce,
                           qint64 lifetimeSeconds) const;

    enum class Verdict
    {
        Valid,
        Missing,
        Malformed,
        BadSignature,
        Expired,
        Revoked,
        WrongAudience,
        WrongTenant
    };
    /** Checks an access token at protocol time; fills \a claims when it is well formed. */
    Verdict verifyAccessToken(QByteArrayView token, TokenClaims *claims) const;

    /** Makes every token minted so far invalid ("expired"); tokens minted later are unaffected. */
    void revokeAll();
    /**
     * Fault switch: tokens older than \a seconds are refused as expired although their exp says otherwise
     * (0 disables it).
     */
    void setEarlyExpirySeconds(qint64 seconds) { m_earlyExpirySeconds.store(seconds); }
    qint64 earlyExpirySeconds() const { return m_earlyExpirySeconds.load(); }

    static QByteArray base64Url(QByteArrayView data);

private:
    QByteArray sign(const QByteArray &payloadJson) const;

    const SandboxClock &m_clock;
    const QByteArray m_tenantId;
    const QByteArray m_key;
    std::atomic<quint64> m_epoch{1};
    std::atomic<qint64> m_earlyExpirySeconds{0};
};

} // namespace passcode::sandbox
