// SPDX-License-Identifier: GPL-3.0-or-later
#include "LogoutCommand.h"

#include "CtlSession.h"
#include "ExitCode.h"
#include "Output.h"

#include "core/auth/AuthSession.h"
#include "core/auth/TenantSettings.h"

namespace passcode::ctl {

void LogoutCommand::executeWithSignIn(auth::AuthSession &auth)
{
    const std::optional<auth::AccountInfo> account = session().tenantSettings().account();
    connect(&auth, &auth::AuthSession::errorOccurred, this, [this](const Error &e) { fail(e); });
    // The program ends only once the keychain has removed everything the sign-in saved (every chunk too).
    connect(&auth, &auth::AuthSession::signOutCompleted, this, [this, account] {
        out() << (account ? tr("Signed out %1.").arg(account->username) : tr("Nobody was signed in."))
              << u'\n';
        finish(ExitSuccess);
    });
    auth.signOut();
}

} // namespace passcode::ctl
