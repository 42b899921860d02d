// SPDX-License-Identifier: GPL-3.0-or-later
#include "TenantsAddCommand.h"

#include "CtlSession.h"
#include "ExitCode.h"
#include "Output.h"

#include "core/auth/TenantRoster.h"

#include <QSettings>

namespace passcode::ctl {

void TenantsAddCommand::execute()
{
    const CtlOptions &o = options();
    if (std::any_of(o.rosterName.cbegin(), o.rosterName.cend(),
                    [](QChar c) { return isControl(c.unicode()); })) {
        fail(ExitUsage, tr("A tenant's name cannot hold control characters (tabs, line breaks...)."));
        return;
    }
    auth::TenantProfile profile;
    profile.name = o.rosterName;
    profile.tenant = o.tenant.trimmed();
    profile.clientId = o.clientId.trimmed();
    profile.graphUrl = o.graphUrl;
    profile.loginUrl = o.loginUrl;
    profile.color = o.color.trimmed();
    if (!o.cloud.isEmpty()) {
        const std::optional<auth::Cloud> cloud = auth::cloudFromId(o.cloud);
        if (!cloud) {
            fail(ExitUsage, tr("Unknown cloud '%1': use global, usgov, usgov-dod or china.").arg(o.cloud));
            return;
        }
        profile.cloud = *cloud;
    }
    if (profile.tenant.isEmpty() && (!profile.clientId.isEmpty() || !o.cloud.isEmpty())) {
        fail(ExitUsage, tr("--client-id and --cloud describe a tenant: give --tenant too."));
        return;
    }
    if (profile.tenant.isEmpty() && profile.loginUrl.isValid()) {
        fail(ExitUsage, tr("--login-url is the sign-in of a tenant: give --tenant and --client-id too (an "
                           "endpoint without a tenant needs no sign-in)."));
        return;
    }
    const std::unique_ptr<QSettings> settings = CtlSession::consoleSettings();
    auth::TenantRoster roster(settings.get());
    const Result<auth::TenantProfile> added = roster.add(profile);
    if (!added) {
        fail(added.error());
        return;
    }
    settings->sync();
    if (settings->status() != QSettings::NoError) {
        fail(ExitService, tr("The settings file %1 could not be written.").arg(settings->fileName()));
        return;
    }
    out() << (added->isEndpoint()
                  ? tr("Added %1 (%2) to the tenants.").arg(added->name, added->graphUrl.toString())
                  : tr("Added %1 (%2) to the tenants; sign in with 'passcodectl --tenant "
                       "\"%1\" login'.")
                        .arg(added->name, added->tenant))
          << u'\n';
    finish(ExitSuccess);
}

} // namespace passcode::ctl
