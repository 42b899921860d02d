// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/AccountInfo.h"
#include "core/auth/BrowserSignInFlow.h"
#include "core/auth/DeviceCodeFlow.h"
#include "core/auth/InMemorySecretStore.h"
#include "core/auth/SignedInTokenProvider.h"
#include "core/auth/TenantSettings.h"
#include "core/common/Clock.h"
#include "core/common/Error.h"

#include <QObject>

#include <memory>

class QNetworkAccessManager;

namespace passcode::auth {

/**
 * The sign-in facade for the console and passcodectl: settings, flows, token provider and secret store tied
 * together behind one state machine. It never opens UI: it emits what the user must see or decide, and the
 * UI/CLI calls back.
 *
 * States (one transition function rejects illegal moves and emits stateChanged()):
 * - SignedOut → Restoring (restoreSession(): silent sign-in from the keychain) → SignedIn | NeedsInteraction
 *   | SignedOut (nothing saved, keychain failure, cancelled)
 * - SignedOut, SignedIn, Refreshing, NeedsInteraction → SigningIn (signInWithDeviceCode(),
 *   signInWithBrowser()) → SignedIn | NeedsStorageChoice (signed in, but the keychain refused the refresh
 *   token) | back to where it started (failed or cancelled: SignedOut, SignedIn or NeedsInteraction)
 * - SignedIn ⇄ Refreshing (a refresh token grant runs); Refreshing → NeedsInteraction (invalid_grant...)
 * - SignedIn, Refreshing → NeedsStorageChoice (the keychain refused a rotated refresh token)
 * - NeedsStorageChoice → SignedIn (useSessionOnlyStorage()) | SignedOut (declineSessionOnlyStorage())
 * - every state → SignedOut (signOut())
 *
 * NeedsInteraction keeps the account and everything the UI shows; only a new interactive sign-in (with
 * login_hint set to the account) is needed. The access token stays available while it lasts.
 *
 * Session-only mode: when the keychain cannot be used, secretStoreUnavailable() asks the UI whether to go on
 * without persisting. useSessionOnlyStorage() switches to an in-memory store for the rest of the process
 * (nothing is written to the keychain or the settings); declineSessionOnlyStorage() signs out.
 *
 * The network manager, settings, store and clock must outlive the session.
 */
class AuthSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuthSession)

public:
    enum class State
    {
        SignedOut,
        Restoring,
        SigningIn,
        SignedIn,
        Refreshing,
        NeedsInteraction,
        NeedsStorageChoice,
    };
    Q_ENUM(State)

    AuthSession(QNetworkAccessManager &network, TenantSettings &settings, SecretStore &keychain,
                const Clock &clock, QObject *parent = nullptr);
    ~AuthSession() override;

    /** The token provider to give GraphClient. Lives as long as the session. */
    SignedInTokenProvider &tokenProvider() { return m_provider; }
    State state() const { return m_state; }
    /** The signed-in account (or the one that needs to sign in again); invalid when signed out. */
    AccountInfo account() const { return m_account; }
    /** Whether refresh tokens are kept in memory only for this process. */
    bool isSessionOnly() const { return &m_provider.secretStore() == &m_memoryStore; }

    /** Tests: shrink the device code polling time base (DeviceCodeFlow::setSecondMs). */
    void setDeviceCodeSecondMs(int ms) { m_deviceCodeSecondMs = ms; }

    /**
     * Silent sign-in from the keychain at startup. Returns false (and does nothing) when the settings hold no
     * account for the current cloud/tenant/client; otherwise goes Restoring and ends SignedIn,
     * NeedsInteraction, or SignedOut (no saved token; or the keychain failed, with secretStoreUnavailable()).
     * A network failure ends SignedIn with errorOccurred(): the saved sign-in is kept and the next refresh
     * retries.
     */
    bool restoreSession();
    /** Device code sign-in: deviceCodeReady() then SignedIn, or signInFailed(). */
    void signInWithDeviceCode();
    /** Browser sign-in: openBrowserRequested() then SignedIn, or signInFailed(). */
    void signInWithBrowser();
    /** Cancels a running interactive or silent sign-in (signInFailed() with Kind::Cancelled). */
    void cancelSignIn();
    /**
     * Forgets the tokens, removes the refresh token from the store and the account from the settings, and
     * goes SignedOut at once. The store's removal goes on asynchronously: signOutCompleted() follows once
     * every entry is removed (or failed to be: errorOccurred() first). Keep this session and its store alive
     * until then (a program exiting or a store destroyed earlier can leave entries behind).
     */
    void signOut();
    /** A sign-out's removal from the store is still running. */
    bool isRemovingSecrets() const { return m_pendingRemovals > 0; }
    /** Accepts session-only mode (in SignedOut or NeedsStorageChoice). */
    void useSessionOnlyStorage();
    /** Refuses session-only mode: in NeedsStorageChoice the new sign-in is discarded (signOut()). */
    void declineSessionOnlyStorage();

    static QString stateName(State state);

Q_SIGNALS:
    /** The store removal started by signOut() is over (queued, also when there was nothing to remove). */
    void signOutCompleted();
    void stateChanged(passcode::auth::AuthSession::State from, passcode::auth::AuthSession::State to);
    /** The account changed (signed in, another account, signed out: invalid AccountInfo). */
    void accountChanged(const passcode::auth::AccountInfo &account);
    /** Show the user code and URL (with a copy button) until the sign-in ends. */
    void deviceCodeReady(const passcode::auth::DeviceCodePrompt &prompt);
    /** Open this URL in the system browser (QDesktopServices::openUrl) or print it. */
    void openBrowserRequested(const QUrl &url);
    /** An interactive or silent sign-in failed; the state says where the session is now. */
    void signInFailed(const passcode::Error &error);
    /** The saved sign-in cannot be renewed silently (state NeedsInteraction): offer a new sign-in. */
    void interactiveSignInRequired(const passcode::Error &reason);
    /** The keychain cannot be used: ask "continue for this session without saving the sign-in?" and call
     * useSessionOnlyStorage() or declineSessionOnlyStorage(). */
    void secretStoreUnavailable(const passcode::Error &error);
    /** A problem that changes no state (sign-out could not remove the saved token; offline at startup). */
    void errorOccurred(const passcode::Error &error);

private:
    bool transition(State to);
    Result<IdentityClient> makeClient() const;
    bool beginInteractive();
    void onInteractiveSucceeded(const TokenResponse &tokens);
    void onSignInFailed(const Error &error);
    void onSessionStored();
    void onSecretStoreFailed(const Error &error);
    void onRefreshStarted();
    void onTokenRefreshed();
    void onRefreshFailed(const Error &error);
    void setAccount(const AccountInfo &account);
    void stopFlows();

    QNetworkAccessManager &m_network;
    TenantSettings &m_settings;
    SecretStore &m_keychain;
    const Clock &m_clock;
    InMemorySecretStore m_memoryStore;
    SignedInTokenProvider m_provider;
    std::unique_ptr<DeviceCodeFlow> m_deviceFlow;
    std::unique_ptr<BrowserSignInFlow> m_browserFlow;
    int m_deviceCodeSecondMs = 1000;

    State m_state = State::SignedOut;
    State m_resumeState = State::SignedOut; ///< where a failed or cancelled interactive sign-in returns to
    IdentityClient m_flowClient;            ///< the client of the running interactive sign-in
    AccountInfo m_account;
    AccountInfo m_pendingAccount; ///< the account of a sign-in whose refresh token is being stored
    QString m_previousSecretKey;  ///< the replaced account's key, removed once the new one is stored
    QObject m_removal;            ///< context of the store removals in flight
    int m_pendingRemovals = 0;    ///< store removals of sign-outs not answered yet
};

} // namespace passcode::auth
