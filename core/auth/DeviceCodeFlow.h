// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/IdentityClient.h"
#include "core/auth/TokenResponse.h"
#include "core/common/Clock.h"
#include "core/common/Error.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <memory>

namespace passcode::auth {

/** What the user needs to complete a device code sign-in on another device or browser. Not a secret. */
struct DeviceCodePrompt
{
    QString userCode;     ///< the code to type, e.g. "FGH7QK2XM"
    QUrl verificationUri; ///< where to type it, e.g. https://microsoft.com/devicelogin
    QString message;      ///< the service's own instructions (English unless ?mkt= was honoured)
    QDateTime expiresAt;  ///< UTC, from the injected clock
    qint64 expiresInSeconds = 0;
};

/**
 * The OAuth 2.0 device authorization grant (RFC 8628) against Entra ID. Opens no UI: it emits promptReady()
 * and the UI (a dialog with a copy button) or passcodectl (a printed line) shows it.
 *
 * Sequence: start() → POST /devicecode → promptReady() → polls POST /token every `interval` seconds (the
 * server's, 5 when absent) → exactly one of succeeded() or failed(). authorization_pending keeps polling;
 * slow_down adds 5 s to the interval for that and every later poll; authorization_declined, expired_token,
 * bad_verification_code and any other OAuth error end the flow with a translated Kind::Auth error. The flow
 * also stops by itself (code "expired_token") once the injected clock passes the code's expiry. Up to three
 * transient failures in a row (network, timeout, 5xx) are tolerated. cancel() ends a running flow with
 * failed(Kind::Cancelled). The device code is wiped when the flow ends.
 *
 * Timing: polls are scheduled with a QTimer of interval × the length of a protocol second, 1000 ms; tests
 * shrink it (setSecondMs(1)) so that a 5 s interval is 5 ms of real time; expiry is read from the Clock.
 */
class DeviceCodeFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceCodeFlow)

public:
    /** client and clock must outlive the flow (the client is copied, its network manager is not). */
    DeviceCodeFlow(IdentityClient client, const Clock &clock, QObject *parent = nullptr);
    ~DeviceCodeFlow() override;

    /** Starts the flow; ignored (with a warning) while one is running. */
    void start();
    /** Ends a running flow with failed(Kind::Cancelled); no-op otherwise. */
    void cancel();
    bool isRunning() const { return m_running; }

    /** The current polling interval in seconds (the server's, plus 5 per slow_down). */
    qint64 pollIntervalSeconds() const { return m_intervalSeconds; }
    /** The number of token requests sent in the current or last run. */
    int pollCount() const { return m_polls; }

    /** How many real milliseconds one protocol second lasts (1000; tests make it small). */
    void setSecondMs(int ms) { m_secondMs = qMax(0, ms); }

Q_SIGNALS:
    /** The code is ready to be shown. Emitted once per run, before any poll. */
    void promptReady(const passcode::auth::DeviceCodePrompt &prompt);
    /** The user approved: the tokens (credentials; hand them on and do not keep copies). */
    void succeeded(const passcode::auth::TokenResponse &tokens);
    /** The flow ended without tokens. */
    void failed(const passcode::Error &error);

private:
    void onDeviceCode(const Result<DeviceCodeResponse> &result);
    void poll();
    void onToken(const Result<TokenResponse> &result);
    void schedulePoll();
    void finishWithError(const Error &error);
    void reset();

    IdentityClient m_client;
    const Clock &m_clock;
    QTimer m_timer;
    std::unique_ptr<QObject> m_request; ///< context of the request in flight; destroying it aborts it
    QString m_deviceCode;
    QDateTime m_expiresAt;
    qint64 m_intervalSeconds = 5;
    int m_secondMs = 1000;
    int m_polls = 0;
    int m_transientFailures = 0;
    bool m_running = false;
};

} // namespace passcode::auth
