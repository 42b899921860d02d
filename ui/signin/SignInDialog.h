// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/AuthSession.h"

#include <QDialog>
#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QLabel;
class QPushButton;
class QWidget;

namespace passcode::ui {

class DialogPresenter;

/**
 * Sign-in to the tenant with Entra ID, over an AuthSession: "Sign in with the browser" (authorization code +
 * PKCE; the page opens through the DialogPresenter) or "Sign in with a code" (device code: the code and the
 * page are shown with Copy and Open buttons, and the time left). It reflects the session's state (silent
 * sign-in from the keychain, waiting for the browser or the code, waiting for the keychain question) and
 * shows why a sign-in failed. It never holds a token.
 *
 * The dialog closes itself (accepted) once the session is signed in. Closing it while a sign-in runs cancels
 * that sign-in. For a sign-in that expired (NeedsInteraction) it says so: the page behind it stays as it was.
 */
class SignInDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInDialog)

public:
    /** @param tenantName the tenant as configured (domain or id), shown in the title. */
    SignInDialog(auth::AuthSession &auth, DialogPresenter &dialogs, const QString &tenantName,
                 QWidget *parent = nullptr);
    ~SignInDialog() override;

    /** Offers "Use the sandbox tenant" (the first sign-in at startup): emits sandboxRequested(). */
    void setSandboxOffered(bool offered);
    /** The practice sign-in on the sandbox tenant (--sandbox-sign-in): says that nothing is saved. */
    void setPractice(bool practice);

    QPushButton *browserButton() const { return m_browserButton; }
    QPushButton *deviceCodeButton() const { return m_deviceCodeButton; }
    QPushButton *copyCodeButton() const { return m_copyButton; }
    QPushButton *openPageButton() const { return m_openPageButton; }
    QPushButton *sandboxButton() const { return m_sandboxButton; }
    QPushButton *closeButton() const { return m_closeButton; }
    /** The device code shown, empty when none. */
    QString userCode() const { return m_prompt.userCode; }
    /** What the dialog says about the session now, and the last error (empty when none). */
    QString statusText() const;
    QString errorText() const;

public Q_SLOTS:
    void reject() override;

Q_SIGNALS:
    void sandboxRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void onStateChanged(auth::AuthSession::State to);
    void onDeviceCode(const auth::DeviceCodePrompt &prompt);
    void onBrowserUrl(const QUrl &url);
    void onFailed(const Error &error);
    void startBrowser();
    void startDeviceCode();
    void copyCode();
    void updateState();
    void retranslate();

    auth::AuthSession &m_auth;
    DialogPresenter &m_dialogs;
    QString m_tenantName;
    enum class Flow
    {
        None,
        Browser,
        DeviceCode,
    };
    Flow m_flow = Flow::None;
    auth::DeviceCodePrompt m_prompt;
    QElapsedTimer m_promptAge; ///< since the code arrived: the time left does not depend on the clock
    QUrl m_browserUrl;
    QString m_error;
    bool m_codeCopied = false;
    bool m_practice = false;
    bool m_shownCode = false;
    bool m_shownBrowserNote = false;
    bool m_closing = false;
    QTimer m_countdown;

    QLabel *m_title = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_codeIntro = nullptr;
    QLabel *m_code = nullptr;
    QLabel *m_codeExpiry = nullptr;
    QWidget *m_codePanel = nullptr;
    QLabel *m_browserNote = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_errorLabel = nullptr;
    QPushButton *m_browserButton = nullptr;
    QPushButton *m_deviceCodeButton = nullptr;
    QPushButton *m_copyButton = nullptr;
    QPushButton *m_openPageButton = nullptr;
    QPushButton *m_sandboxButton = nullptr;
    QPushButton *m_closeButton = nullptr;
};

} // namespace passcode::ui
