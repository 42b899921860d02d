// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/IdentityClient.h"
#include "core/auth/SecretStore.h"
#include "core/auth/TokenProvider.h"
#include "core/auth/TokenResponse.h"
#include "core/common/Clock.h"

#include <QDateTime>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <memory>

namespace passcode::auth {

/**
 * The TokenProvider of a signed-in Entra ID account, used by GraphClient.
 *
 * - The access token lives only in memory (m_accessToken). The refresh token is kept in memory for the
 *   session and persisted in the SecretStore (the OS keychain) under the account's key; every refresh that
 *   returns a new refresh token writes it over the old one (rotation).
 * - accessToken() returns the token until 60 s (at most a quarter of its lifetime) before it expires, by the
 *   injected Clock, then empty. From
 *   the refresh point on (5 minutes before expiry, or half the lifetime for short-lived tokens) it also
 * starts a refresh in the background, and a timer does the same for an idle application.
 * - refresh() runs the refresh token grant (reading the refresh token from the store first after
 *   restoreSession()). One refresh at a time: calls made while one runs join it. Each run ends with exactly
 *   one tokenRefreshed() or refreshFailed(). invalid_grant, interaction_required, login_required,
 *   consent_required, or no refresh token in the store also emit interactiveSignInRequired(); the access
 *   token is kept (it may still work), the dead refresh token is forgotten, and later refresh() calls fail at
 *   once with code "interaction_required" until a new session starts. Transient errors keep everything.
 * - Never opens UI and never logs tokens.
 *
 * The store and the clock must outlive the provider. Everything runs on the provider's thread.
 */
class SignedInTokenProvider final : public TokenProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignedInTokenProvider)

public:
    SignedInTokenProvider(SecretStore &store, const Clock &clock, QObject *parent = nullptr);
    ~SignedInTokenProvider() override;

    /** Where refresh grants go (tenant, client id, endpoints). Set before any session starts. */
    void setIdentityClient(IdentityClient client) { m_client = std::move(client); }
    /** Switches the store for later writes and reads; nothing is moved (see persist()). */
    void setSecretStore(SecretStore &store) { m_store = &store; }
    SecretStore &secretStore() const { return *m_store; }

    QString accessToken() const override;
    void refresh() override;

    /**
     * Adopts the tokens of an interactive sign-in: the access token at once (a refresh running for an older
     * session is ended with tokenRefreshed()), the refresh token into memory and the store under secretKey.
     * Ends with sessionStored(), or secretStoreFailed() when the store refused it (the session still works
     * from memory; persist() retries, for example after switching to an InMemorySecretStore).
     */
    void startSession(const QString &secretKey, const TokenResponse &tokens);
    /** Silent sign-in: reads the refresh token under secretKey from the store and redeems it. Ends like
     * refresh(). */
    void restoreSession(const QString &secretKey);
    /** Writes the in-memory refresh token to the current store. Ends with sessionStored() or
     * secretStoreFailed(). */
    void persist();
    /** Forgets the tokens and the key (the store is left alone). A running refresh ends with
     * refreshFailed(Kind::Cancelled). */
    void clear();

    /** Whether a refresh token is in memory or a key to read one from. */
    bool hasSession() const { return !m_refreshToken.isEmpty() || !m_secretKey.isEmpty(); }
    QString secretKey() const { return m_secretKey; }
    bool isRefreshing() const;
    /** When the access token expires (invalid when there is none). */
    QDateTime accessTokenExpiresAt() const { return m_expiresAt; }

Q_SIGNALS:
    /** A refresh run began (not emitted for joined calls). */
    void refreshStarted();
    /** Silent renewal is impossible: the user must sign in interactively. Follows refreshFailed(). */
    void interactiveSignInRequired(const passcode::Error &reason);
    /** startSession() or persist() stored the refresh token (or there was none to store). */
    void sessionStored();
    /** Writing the refresh token failed (Kind::Keychain); the session goes on from memory. */
    void secretStoreFailed(const passcode::Error &error);

private:
    enum class Step
    {
        Idle,
        ReadingSecret, ///< refresh: reading the refresh token from the store
        Redeeming,     ///< refresh: the refresh token grant is on the wire
        WritingSecret, ///< refresh: writing the rotated refresh token
        Storing,       ///< startSession()/persist(): writing the refresh token
    };

    void redeem();
    void onRedeemed(const Result<TokenResponse> &result);
    void adoptAccessToken(const TokenResponse &tokens);
    void failRefresh(const Error &error);
    void scheduleRefresh();
    void store(bool fromRefresh);

    SecretStore *m_store;
    const Clock &m_clock;
    IdentityClient m_client;
    std::chrono::seconds m_refreshMargin{300};

    QString m_accessToken;
    QString m_refreshToken;
    QString m_secretKey;
    QDateTime m_expiresAt;
    QDateTime m_usableUntil;
    QDateTime m_refreshAt;
    Step m_step = Step::Idle;
    std::unique_ptr<QObject> m_operation; ///< context of the store call or request in flight
    mutable QTimer m_refreshTimer;        ///< mutable: accessToken() const may bring the refresh forward
};

} // namespace passcode::auth
