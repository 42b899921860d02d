// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Error.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <optional>

namespace passcode::auth {
class TenantSettings;
}

namespace passcode::engine {

/**
 * The tenant options of a command line (--tenant, --client-id, --cloud, --login-url, --graph-url), the same
 * for the console and passcodectl. Given with a tenant they are remembered in its settings; --graph-url
 * without
 * --tenant names an endpoint instead (TenantTarget::endpoint), never a tenant's Graph URL.
 */
struct TenantOptions
{
    Q_DECLARE_TR_FUNCTIONS(TenantOptions)

public:
    QString tenant;
    QString clientId;
    QString cloud; ///< global, usgov, usgov-dod, china (aliases as auth::cloudFromId)
    QUrl loginUrl;
    QUrl graphUrl;

    /** --graph-url without --tenant: a Graph-compatible endpoint is meant. */
    bool namesEndpoint() const { return graphUrl.isValid() && tenant.isEmpty(); }

    /**
     * Remembers the options in @p settings (and syncs them): tenant, client id, cloud and login URL as given;
     * the Graph URL only with a tenant. Kind::Usage for an unknown cloud (nothing is changed then).
     */
    std::optional<Error> applyTo(auth::TenantSettings &settings) const;
};

} // namespace passcode::engine
