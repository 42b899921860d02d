// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/signin/SignInDialog.h"

#include "ui/common/DialogPresenter.h"
#include "ui/common/Headings.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace passcode::ui {

namespace {
using State = auth::AuthSession::State;

QLabel *wrappedLabel(QWidget *parent, const char *objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setWordWrap(true);
    return label;
}
} // namespace

SignInDialog::SignInDialog(auth::AuthSession &auth, DialogPresenter &dialogs, const QString &tenantName,
                           QWidget *parent)
    : QDialog(parent)
    , m_auth(auth)
    , m_dialogs(dialogs)
    , m_tenantName(tenantName)
{
    setObjectName(QStringLiteral("signInDialog"));
    auto *layout = new QVBoxLayout(this);

    m_title = wrappedLabel(this, "signInTitle");
    makeHeading(m_title, kDialogTitleScale);
    m_intro = wrappedLabel(this, "signInIntro");
    layout->addWidget(m_title);
    layout->addWidget(m_intro);

    auto *choices = new QHBoxLayout;
    m_browserButton = new QPushButton(this);
    m_browserButton->setObjectName(QStringLiteral("browserSignInButton"));
    m_deviceCodeButton = new QPushButton(this);
    m_deviceCodeButton->setObjectName(QStringLiteral("deviceCodeSignInButton"));
    choices->addWidget(m_browserButton);
    choices->addWidget(m_deviceCodeButton);
    choices->addStretch(1);
    layout->addLayout(choices);

    // The device code: large, selectable, with Copy and Open; the time left below.
    m_codePanel = new QWidget(this);
    m_codePanel->setObjectName(QStringLiteral("deviceCodePanel"));
    auto *codeLayout = new QVBoxLayout(m_codePanel);
    codeLayout->setContentsMargins(0, 8, 0, 8);
    m_codeIntro = wrappedLabel(m_codePanel, "deviceCodeIntro");
    m_codeIntro->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_codeIntro->setOpenExternalLinks(false);
    connect(m_codeIntro, &QLabel::linkActivated, this,
            [this](const QString &link) { m_dialogs.openExternalUrl(QUrl(link)); });
    m_code = new QLabel(m_codePanel);
    m_code->setObjectName(QStringLiteral("deviceCode"));
    QFont codeFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    codeFont.setPointSizeF(m_title->font().pointSizeF() * 1.6);
    codeFont.setBold(true);
    codeFont.setLetterSpacing(QFont::AbsoluteSpacing, 3);
    m_code->setFont(codeFont);
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *codeButtons = new QHBoxLayout;
    m_copyButton = new QPushButton(m_codePanel);
    m_copyButton->setObjectName(QStringLiteral("copyCodeButton"));
    m_openPageButton = new QPushButton(m_codePanel);
    m_openPageButton->setObjectName(QStringLiteral("openCodePageButton"));
    codeButtons->addWidget(m_code);
    codeButtons->addSpacing(12);
    codeButtons->addWidget(m_copyButton);
    codeButtons->addWidget(m_openPageButton);
    codeButtons->addStretch(1);
    m_codeExpiry = wrappedLabel(m_codePanel, "deviceCodeExpiry");
    codeLayout->addWidget(m_codeIntro);
    codeLayout->addLayout(codeButtons);
    codeLayout->addWidget(m_codeExpiry);
    layout->addWidget(m_codePanel);

    m_browserNote = wrappedLabel(this, "browserNote");
    m_browserNote->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_browserNote, &QLabel::linkActivated, this, [this](const QString &) {
        if (m_browserUrl.isValid())
            m_dialogs.openExternalUrl(m_browserUrl);
    });
    layout->addWidget(m_browserNote);

    m_status = wrappedLabel(this, "signInStatus");
    m_errorLabel = wrappedLabel(this, "signInError");
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->setStyleSheet(QStringLiteral("QLabel#signInError { color: #b00020; }"));
    layout->addWidget(m_status);
    layout->addWidget(m_errorLabel);
    layout->addStretch(1);

    // The sandbox button stays out of the button box, which would show it again on every relayout.
    auto *bottom = new QHBoxLayout;
    m_sandboxButton = new QPushButton(this);
    m_sandboxButton->setObjectName(QStringLiteral("useSandboxButton"));
    m_sandboxButton->setAutoDefault(false);
    m_sandboxButton->setVisible(false);
    auto *buttons = new QDialogButtonBox(this);
    m_closeButton = buttons->addButton(QDialogButtonBox::Cancel);
    m_closeButton->setObjectName(QStringLiteral("signInCloseButton"));
    bottom->addWidget(m_sandboxButton);
    bottom->addWidget(buttons, 1);
    layout->addLayout(bottom);

    connect(m_browserButton, &QPushButton::clicked, this, &SignInDialog::startBrowser);
    connect(m_deviceCodeButton, &QPushButton::clicked, this, &SignInDialog::startDeviceCode);
    connect(m_copyButton, &QPushButton::clicked, this, &SignInDialog::copyCode);
    connect(m_openPageButton, &QPushButton::clicked, this,
            [this] { m_dialogs.openExternalUrl(m_prompt.verificationUri); });
    connect(m_sandboxButton, &QPushButton::clicked, this, [this] {
        m_closing = true;
        if (m_auth.state() == State::SigningIn || m_auth.state() == State::Restoring)
            m_auth.cancelSignIn();
        Q_EMIT sandboxRequested();
        QDialog::reject();
    });
    connect(m_closeButton, &QPushButton::clicked, this, &SignInDialog::reject);

    connect(&m_auth, &auth::AuthSession::stateChanged, this, [this](State, State to) { onStateChanged(to); });
    connect(&m_auth, &auth::AuthSession::deviceCodeReady, this, &SignInDialog::onDeviceCode);
    connect(&m_auth, &auth::AuthSession::openBrowserRequested, this, &SignInDialog::onBrowserUrl);
    connect(&m_auth, &auth::AuthSession::signInFailed, this, &SignInDialog::onFailed);
    connect(&m_auth, &auth::AuthSession::accountChanged, this, &SignInDialog::updateState);

    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &SignInDialog::updateState);

    setMinimumWidth(520);
    retranslate();
    m_browserButton->setDefault(true);
    m_browserButton->setFocus();
}

SignInDialog::~SignInDialog() = default;

void SignInDialog::setSandboxOffered(bool offered)
{
    m_sandboxButton->setVisible(offered);
}

void SignInDialog::setPractice(bool practice)
{
    m_practice = practice;
    retranslate();
}

QString SignInDialog::statusText() const
{
    return m_status->text();
}

QString SignInDialog::errorText() const
{
    return m_errorLabel->text();
}

void SignInDialog::reject()
{
    // Closing the dialog while a sign-in runs ends that sign-in: no browser tab or code stays valid for it.
    m_closing = true;
    if (m_auth.state() == State::SigningIn || m_auth.state() == State::Restoring)
        m_auth.cancelSignIn();
    QDialog::reject();
}

void SignInDialog::startBrowser()
{
    m_error.clear();
    m_flow = Flow::Browser;
    m_prompt = {};
    m_browserUrl.clear();
    m_auth.signInWithBrowser();
    updateState();
}

void SignInDialog::startDeviceCode()
{
    m_error.clear();
    m_flow = Flow::DeviceCode;
    m_prompt = {};
    m_browserUrl.clear();
    m_codeCopied = false;
    m_auth.signInWithDeviceCode();
    updateState();
}

void SignInDialog::onStateChanged(State to)
{
    if (to == State::SignedIn && !m_closing) {
        m_countdown.stop();
        updateState();
        // Later, so that whoever else follows the session (the console builds its window) acts first and
        // the application never has no window at all.
        QTimer::singleShot(0, this, [this] {
            if (m_auth.state() == State::SignedIn)
                accept();
        });
        return;
    }
    if (to != State::SigningIn) {
        m_flow = Flow::None;
        m_prompt = {};
        m_browserUrl.clear();
        m_countdown.stop();
    }
    updateState();
}

void SignInDialog::onDeviceCode(const auth::DeviceCodePrompt &prompt)
{
    m_prompt = prompt;
    m_promptAge.start();
    m_countdown.start();
    updateState();
    m_copyButton->setFocus();
}

void SignInDialog::onBrowserUrl(const QUrl &url)
{
    m_browserUrl = url;
    m_dialogs.openExternalUrl(url);
    updateState();
}

void SignInDialog::onFailed(const Error &error)
{
    // A cancel is the technician's own doing; everything else says what went wrong and what to do.
    m_error = error.kind == Error::Kind::Cancelled ? QString() : error.message;
    if (!m_error.isEmpty() && !error.detail.isEmpty())
        m_error += QLatin1Char('\n') + error.detail;
    updateState();
}

void SignInDialog::copyCode()
{
    if (m_prompt.userCode.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(m_prompt.userCode);
    m_codeCopied = true;
    updateState();
}

void SignInDialog::updateState()
{
    const State state = m_auth.state();
    const QString who = m_auth.account().username;
    const bool busy =
        state == State::SigningIn || state == State::Restoring || state == State::NeedsStorageChoice;
    m_browserButton->setEnabled(!busy && state != State::SignedIn);
    m_deviceCodeButton->setEnabled(!busy && state != State::SignedIn);
    m_closeButton->setText(busy ? tr("Cancel") : tr("Close"));

    const bool showCode = m_flow == Flow::DeviceCode && !m_prompt.userCode.isEmpty();
    m_codePanel->setVisible(showCode);
    if (showCode) {
        const QString page = m_prompt.verificationUri.toString();
        m_codeIntro->setText(
            tr("On this or any other device, open <a href=\"%1\">%2</a> and enter this code:")
                .arg(page.toHtmlEscaped(), page.toHtmlEscaped()));
        m_code->setText(m_prompt.userCode);
        m_code->setAccessibleName(tr("Sign-in code %1").arg(m_prompt.userCode));
        const qint64 left = m_prompt.expiresInSeconds - m_promptAge.elapsed() / 1000;
        m_codeExpiry->setText(left > 0
                                  ? tr("The code expires in %n minute(s).", nullptr, int((left + 59) / 60))
                                  : tr("The code has expired: ask for a new one."));
        m_copyButton->setText(m_codeCopied ? tr("Copied") : tr("&Copy code"));
    }
    const bool showBrowser = m_flow == Flow::Browser && m_browserUrl.isValid() && state == State::SigningIn;
    m_browserNote->setVisible(showBrowser);
    if (showBrowser)
        m_browserNote->setText(
            tr("The sign-in page opened in your browser. If it did not, <a href=\"#\">open "
               "it again</a>."));

    QString status;
    switch (state) {
    case State::Restoring:
        status = tr("Signing in as %1 with the saved sign-in…").arg(who);
        break;
    case State::SigningIn:
        if (m_flow == Flow::DeviceCode)
            status = showCode ? tr("Waiting for you to enter the code and sign in…")
                              : tr("Asking Microsoft Entra ID for a sign-in code…");
        else
            status = tr("Finish signing in in your browser; this window follows on its own.");
        break;
    case State::SignedIn:
    case State::Refreshing:
        status = tr("Signed in as %1.").arg(who);
        break;
    case State::NeedsInteraction:
        status = tr("The sign-in of %1 has expired or was revoked: sign in again. The page you were on stays "
                    "as it is.")
                     .arg(who);
        break;
    case State::NeedsStorageChoice:
        status = tr("Signed in. The system keychain cannot save the sign-in: choose how to go on.");
        break;
    case State::SignedOut:
        status = tr("Sign in with your work account to reach the tenant's devices.");
        break;
    }
    m_status->setText(status);
    // The code or the browser note appeared or went: the dialog takes the height it needs.
    if (isVisible() && (showCode != m_shownCode || showBrowser != m_shownBrowserNote)) {
        m_shownCode = showCode;
        m_shownBrowserNote = showBrowser;
        QTimer::singleShot(0, this, [this] { resize(width(), sizeHint().height()); });
    }
    m_errorLabel->setText(m_error);
    m_errorLabel->setVisible(!m_error.isEmpty());
}

void SignInDialog::retranslate()
{
    setWindowTitle(tr("Sign in — Passcode Console"));
    m_title->setText(tr("Sign in to %1").arg(m_tenantName));
    m_intro->setText(m_practice
                         ? tr("Practice: the sandbox tenant signs you in as its helpdesk technician once "
                              "you approve on its own sign-in page. Nothing is saved.")
                         : tr("Your account needs the Intune Help Desk Operator role (or a custom role "
                              "with Remote tasks › Reset passcode). Your sign-in is kept in the system "
                              "keychain, never in a file."));
    m_browserButton->setText(tr("Sign in with the &browser"));
    m_browserButton->setToolTip(tr("Opens the Microsoft sign-in page in your web browser."));
    m_deviceCodeButton->setText(tr("Sign in with a &code"));
    m_deviceCodeButton->setToolTip(
        tr("Shows a code to enter on another device: for computers without a browser, or remote sessions."));
    m_openPageButton->setText(tr("&Open the page"));
    m_sandboxButton->setText(tr("Use the &sandbox tenant"));
    m_sandboxButton->setToolTip(tr("Training data and no real devices; nothing reaches your tenant."));
    updateState();
}

void SignInDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace passcode::ui
