// SPDX-License-Identifier: GPL-3.0-or-later
#include "LoginCommand.h"

#include "CtlFormat.h"
#include "ExitCode.h"
#include "Output.h"

#include "core/auth/AuthSession.h"

#include <QUrl>

namespace passcode::ctl {

void LoginCommand::executeWithSignIn(auth::AuthSession &auth)
{
    connect(&auth, &auth::AuthSession::deviceCodeReady, this, [this](const auth::DeviceCodePrompt &prompt) {
        // The prompt goes to stderr so that stdout stays the command's result.
        err() << tr("To sign in, open %1 and enter the code %2 (valid until %3).")
                     .arg(prompt.verificationUri.toString(), prompt.userCode,
                          CtlFormat::time(prompt.expiresAt))
              << u'\n';
    });
    connect(&auth, &auth::AuthSession::openBrowserRequested, this, [this](const QUrl &url) {
        err() << tr("To sign in, open this address in a browser on this computer: %1")
                     .arg(url.toString(QUrl::FullyEncoded))
              << u'\n';
    });
    connect(&auth, &auth::AuthSession::stateChanged, this,
            [this, &auth](auth::AuthSession::State, auth::AuthSession::State to) {
                if (to != auth::AuthSession::State::SignedIn)
                    return;
                const auth::AccountInfo a = auth.account();
                out() << tr("Signed in as %1 (tenant %2).").arg(a.username, a.tenantId) << u'\n';
                finish(ExitSuccess);
            });
    connect(&auth, &auth::AuthSession::signInFailed, this, [this](const Error &e) { fail(e); });
    connect(&auth, &auth::AuthSession::secretStoreUnavailable, this, [this](const Error &e) {
        Error error = e;
        error.message = tr("The sign-in cannot be kept: %1").arg(e.message);
        fail(error);
    });
    if (options().browser)
        auth.signInWithBrowser();
    else
        auth.signInWithDeviceCode();
}

} // namespace passcode::ctl
