// SPDX-License-Identifier: GPL-3.0-or-later
#include "WhoamiCommand.h"

#include "ExitCode.h"
#include "Output.h"

#include "core/auth/AuthSession.h"

#include <QJsonObject>

namespace passcode::ctl {

void WhoamiCommand::executeWithSignIn(auth::AuthSession &auth)
{
    const auto report = [this, &auth](auth::AuthSession::State state) {
        using S = auth::AuthSession::State;
        if (state == S::Restoring || state == S::Refreshing)
            return;
        const auth::AccountInfo a = auth.account();
        if (options().json) {
            printJson(QJsonObject{{QStringLiteral("username"), a.username},
                                  {QStringLiteral("displayName"), a.displayName},
                                  {QStringLiteral("tenantId"), a.tenantId},
                                  {QStringLiteral("signedIn"), state == S::SignedIn}});
        }
        if (state == S::SignedIn) {
            if (!options().json)
                out() << tr("%1 (%2), tenant %3").arg(a.username, a.displayName, a.tenantId) << u'\n';
            finish(ExitSuccess);
        } else if (state == S::NeedsInteraction) {
            fail(ExitAuth,
                 tr("The sign-in of %1 has expired: run 'passcodectl login' again.").arg(a.username));
        } else {
            fail(ExitAuth, tr("Not signed in: run 'passcodectl login'."));
        }
    };
    connect(&auth, &auth::AuthSession::stateChanged, this,
            [report](auth::AuthSession::State, auth::AuthSession::State to) { report(to); });
    if (!auth.restoreSession())
        report(auth::AuthSession::State::SignedOut);
}

} // namespace passcode::ctl
