// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/IdentityClient.h"
#include "core/auth/LoopbackRedirectServer.h"
#include "core/auth/Pkce.h"
#include "core/auth/TokenResponse.h"
#include "core/common/Error.h"

#include <QObject>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <memory>

namespace passcode::auth {

/**
 * Browser sign-in: the OAuth 2.0 authorization code grant with PKCE (S256) and a loopback redirect
 * (RFC 8252), as Entra ID expects from a desktop public client.
 *
 * Qt 6.4's QOAuth2AuthorizationCodeFlow has no PKCE, and its QOAuthHttpServerReplyHandler listens on every
 * interface and names its redirect 127.0.0.1, which a default "http://localhost" app registration does not
 * match. So this flow runs its own LoopbackRedirectServer bound to loopback only (see docs/sign-in.md).
 *
 * Sequence: start() → listen on 127.0.0.1 (+ ::1) on an ephemeral port → openBrowserRequested(authorize URL)
 * → the UI opens it (QDesktopServices) or passcodectl prints it; core never opens a browser → the browser is
 * redirected to http://localhost:PORT/?code=…&state=… → the state is checked (a mismatch ends the flow with
 * Kind::Security, code "state_mismatch", and the code is not redeemed) → the code is redeemed with the
 * code_verifier → exactly one of succeeded() or failed().
 *
 * An error redirect (error=access_denied...) ends with the translated OAuth error; token errors
 * (invalid_grant...) likewise. Requests to other paths (favicon) get 404 and do not disturb the flow.
 * cancel() ends with Kind::Cancelled; no answer within the timeout ends with Kind::Timeout. The verifier and
 * the code are wiped when the flow ends. Signals are always emitted from the event loop, never from inside
 * start().
 */
class BrowserSignInFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BrowserSignInFlow)

public:
    /** The host name in the redirect URI. It must match the app registration (the port never has to). */
    enum class RedirectHost
    {
        Localhost, ///< http://localhost:PORT/ — what "http://localhost" in the portal registers
        Ipv4, ///< http://127.0.0.1:PORT/ — recommended by Microsoft but registered via the manifest only
    };

    struct Options
    {
        RedirectHost redirectHost = RedirectHost::Localhost;
        QString loginHint; ///< e.g. the UPN of the account that needs to sign in again
        QString prompt = QStringLiteral("select_account"); ///< empty to let the service decide
        std::chrono::seconds timeout{600};                 ///< how long to wait for the browser
    };

    /** The client is copied; its network manager must outlive the flow. */
    explicit BrowserSignInFlow(IdentityClient client, QObject *parent = nullptr);
    ~BrowserSignInFlow() override;

    /** Starts the flow; ignored (with a warning) while one is running. */
    void start(const Options &options);
    void start() { start(Options{}); }
    /** Ends a running flow with failed(Kind::Cancelled). */
    void cancel();
    bool isRunning() const { return m_phase != Phase::Idle; }
    /** The redirect URI of the running flow (empty when idle). */
    QUrl redirectUri() const { return m_redirectUri; }

Q_SIGNALS:
    /** Open this URL in the user's browser. */
    void openBrowserRequested(const QUrl &url);
    /** The tokens (credentials; hand them on and do not keep copies). */
    void succeeded(const passcode::auth::TokenResponse &tokens);
    void failed(const passcode::Error &error);

private:
    enum class Phase
    {
        Idle,
        WaitingForBrowser,
        Redeeming,
        Finishing, ///< an answer arrived that ends the flow; failed() is on its way
    };
    LoopbackRedirectServer::Response onRedirect(const QString &target);
    void redeem(QString code);
    void onToken(const Result<TokenResponse> &result);
    void finishWithError(const Error &error);
    void reset();

    IdentityClient m_client;
    LoopbackRedirectServer m_server;
    QTimer m_timeout;
    std::unique_ptr<QObject> m_request;
    Phase m_phase = Phase::Idle;
    Pkce m_pkce;
    QByteArray m_state;
    QUrl m_redirectUri;
};

} // namespace passcode::auth
