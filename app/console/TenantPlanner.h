// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/console/ConsoleOptions.h"
#include "app/console/ConsoleSession.h"
#include "app/console/TenantSession.h"
#include "core/common/Result.h"

#include <QCoreApplication>
#include <QList>

class QSettings;

namespace passcode::auth {
struct TenantProfile;
}

namespace passcode::console {

/** The tenants a start of the console opens, and the mode it is in. */
struct TenantPlan
{
    ConsoleSession::Mode mode = ConsoleSession::Mode::Sandbox;
    QList<TenantSpec> tenants;
};

/**
 * Decides which tenants the console opens (see ConsoleSession for the rules) from the command line, the
 * roster and the settings, and describes each as a TenantSpec. No I/O besides the settings.
 */
class TenantPlanner
{
    Q_DECLARE_TR_FUNCTIONS(TenantPlanner)

public:
    /**
     * The plan of a start. Remembers --tenant, --client-id, --cloud, --login-url and --graph-url of a tenant
     * that is not in the roster in the settings, and clears them from @p options (once: a later restart must
     * not bring them back). Kind::Usage for an unknown cloud.
     */
    static Result<TenantPlan> plan(ConsoleOptions &options, QSettings *settings);
    /**
     * @p count embedded sandbox tenants: one is the sandbox as before (named by its domain, --seed); several
     * are "Contoso (sandbox)", "Fabrikam (sandbox)"… with seeds 1..count and the roster's default colours.
     */
    static QList<TenantSpec> sandboxes(const ConsoleOptions &options, int count);
    /** A roster tenant: an endpoint, or a tenant signed in to over its own TenantSettings group. */
    static TenantSpec fromProfile(QSettings *settings, const auth::TenantProfile &profile);
};

} // namespace passcode::console
