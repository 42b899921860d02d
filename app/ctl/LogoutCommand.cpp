// SPDX-License-Identifier: GPL-3.0-or-later
#include "LogoutCommand.h"

#include "CtlSession.h"
#include "ExitCode.h"
#include "Output.h"

#include "core/auth/AuthSession.h"
#include "core/auth/SecretStore.h"
#include "core/auth/TenantSettings.h"

namespace passcode::ctl {

void LogoutCommand::executeWithSignIn(auth::AuthSession &auth)
{
    const std::optional<auth::AccountInfo> account = session().tenantSettings().account();
    connect(&auth, &auth::AuthSession::errorOccurred, this, [this](const Error &e) { fail(e); });
    auth.signOut();
    // Keychain jobs run in order: once this read is answered, the removal started by signOut() is done.
    session().keychain().read(QStringLiteral("passcodectl/logout-barrier"), this,
                              [this, account](const Result<std::optional<QString>> &) {
                                  out() << (account ? tr("Signed out %1.").arg(account->username)
                                                    : tr("Nobody was signed in."))
                                        << u'\n';
                                  finish(ExitSuccess);
                              });
}

} // namespace passcode::ctl
