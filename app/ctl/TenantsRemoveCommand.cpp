// SPDX-License-Identifier: GPL-3.0-or-later
#include "TenantsRemoveCommand.h"

#include "CtlSession.h"
#include "ExitCode.h"
#include "Output.h"

#include "core/auth/AuthSession.h"
#include "core/auth/TenantRoster.h"
#include "core/auth/TenantSettings.h"

#include <QSettings>

namespace passcode::ctl {

void TenantsRemoveCommand::execute()
{
    std::optional<auth::TenantProfile> profile;
    {
        const std::unique_ptr<QSettings> settings = CtlSession::consoleSettings();
        profile = auth::TenantRoster(settings.get()).find(options().rosterName);
    }
    if (!profile) {
        fail(ExitUsage,
             tr("No tenant '%1' in the roster (see 'passcodectl tenants list').").arg(options().rosterName));
        return;
    }
    if (profile->isEndpoint()) {
        removeEntry(profile->id, QString());
        return;
    }
    // The entry's own sign-in, exactly as `passcodectl --tenant NAME logout` would reach it.
    CtlOptions signIn = options();
    signIn.tenant = profile->id;
    m_session = std::make_unique<CtlSession>(signIn);
    if (std::optional<Error> e = m_session->openSignIn()) {
        fail(*e);
        return;
    }
    const std::optional<auth::AccountInfo> account = m_session->tenantSettings().account();
    auth::AuthSession &auth = m_session->auth();
    connect(&auth, &auth::AuthSession::errorOccurred, this, [this, name = profile->name](const Error &e) {
        fail(exitCodeFor(e), tr("%1 is still in the roster: its sign-in could not be removed from the "
                                "keychain (%2).")
                                 .arg(name, e.message));
    });
    connect(&auth, &auth::AuthSession::signOutCompleted, this, [this, id = profile->id, account] {
        if (!isFinished())
            removeEntry(id, account ? account->username : QString());
    });
    auth.signOut();
}

void TenantsRemoveCommand::removeEntry(const QString &id, const QString &signedOut)
{
    const std::unique_ptr<QSettings> settings = CtlSession::consoleSettings();
    auth::TenantRoster roster(settings.get());
    const std::optional<auth::TenantProfile> profile = roster.find(id);
    if (!profile || !roster.remove(id)) {
        fail(ExitUsage,
             tr("No tenant '%1' in the roster (see 'passcodectl tenants list').").arg(options().rosterName));
        return;
    }
    settings->sync();
    if (!signedOut.isEmpty())
        out() << tr("Signed out %1.").arg(signedOut) << u'\n';
    out() << tr("Removed %1 from the tenants.").arg(profile->name) << u'\n';
    finish(ExitSuccess);
}

} // namespace passcode::ctl
