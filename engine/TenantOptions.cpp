// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/TenantOptions.h"

#include "core/auth/TenantSettings.h"

namespace passcode::engine {

std::optional<Error> TenantOptions::applyTo(auth::TenantSettings &settings) const
{
    std::optional<auth::Cloud> knownCloud;
    if (!cloud.isEmpty()) {
        knownCloud = auth::cloudFromId(cloud);
        if (!knownCloud)
            return Error::make(Error::Kind::Usage,
                               tr("Unknown cloud '%1': use global, usgov, usgov-dod or china.").arg(cloud));
    }
    if (!tenant.isEmpty())
        settings.setTenant(tenant);
    if (!clientId.isEmpty())
        settings.setClientId(clientId);
    if (knownCloud)
        settings.setCloud(*knownCloud);
    if (loginUrl.isValid())
        settings.setLoginUrlOverride(loginUrl);
    if (!tenant.isEmpty() && graphUrl.isValid())
        settings.setGraphUrlOverride(graphUrl);
    settings.sync();
    return std::nullopt;
}

} // namespace passcode::engine
