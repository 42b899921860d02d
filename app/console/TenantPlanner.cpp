// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/console/TenantPlanner.h"

#include "core/auth/TenantRoster.h"
#include "core/auth/TenantSettings.h"
#include "engine/TenantOptions.h"

#include <iterator>

namespace passcode::console {

namespace {
/** The names of the sandbox tenants of --sandbox-tenants, in order (fictitious companies). */
const char *const kSandboxNames[] = {"Contoso",   "Fabrikam", "Northwind", "Tailspin",
                                     "Woodgrove", "Litware",  "Adatum",    "Proseware"};
} // namespace

Result<TenantPlan> TenantPlanner::plan(ConsoleOptions &options, QSettings *settings)
{
    using Mode = ConsoleSession::Mode;
    const engine::TenantOptions given{options.tenant, options.clientId, options.cloud, options.loginUrl,
                                      options.graphUrl};
    // --graph-url without --tenant: a Graph-compatible endpoint (a standalone passcode-sandbox), reached as
    // passcodectl reaches it; with --tenant it is that tenant's Graph URL (remembered).
    if (given.namesEndpoint() && !options.sandbox && !options.sandboxSignIn && options.sandboxTenants == 0) {
        TenantSpec spec;
        spec.kind = TenantSpec::Kind::Endpoint;
        spec.id = QStringLiteral("endpoint");
        spec.graphUrl = options.graphUrl;
        spec.color = QColor(auth::TenantRoster::defaultColor(0));
        return TenantPlan{Mode::Endpoint, {spec}};
    }
    // --tenant naming a roster entry opens that entry alone.
    if (!options.tenant.isEmpty() && options.clientId.isEmpty() && settings) {
        if (const std::optional<auth::TenantProfile> profile =
                auth::TenantRoster(settings).find(options.tenant)) {
            options.tenant.clear();
            return TenantPlan{Mode::Tenant, {fromProfile(settings, *profile)}};
        }
    }
    if (settings) {
        auth::TenantSettings tenant(settings);
        if (std::optional<Error> error = given.applyTo(tenant))
            return *error;
    }
    options.tenant.clear();
    options.clientId.clear();
    options.cloud.clear();
    options.loginUrl.clear();
    options.graphUrl.clear();

    if (options.sandboxSignIn) {
        TenantSpec spec = sandboxes(options, 1).constFirst();
        spec.kind = TenantSpec::Kind::PracticeSignIn;
        spec.id = QStringLiteral("practice");
        return TenantPlan{Mode::SandboxSignIn, {spec}};
    }
    if (options.sandboxTenants > 0)
        return TenantPlan{Mode::Sandbox, sandboxes(options, options.sandboxTenants)};
    if (!options.sandbox && settings) {
        const QList<auth::TenantProfile> profiles = auth::TenantRoster(settings).profiles();
        if (!profiles.isEmpty()) {
            TenantPlan plan{Mode::Tenant, {}};
            for (const auth::TenantProfile &profile : profiles)
                plan.tenants.append(fromProfile(settings, profile));
            return plan;
        }
    }
    return TenantPlan{Mode::Sandbox, sandboxes(options, 1)};
}

QList<TenantSpec> TenantPlanner::sandboxes(const ConsoleOptions &options, int count)
{
    QList<TenantSpec> specs;
    for (int i = 0; i < count; ++i) {
        TenantSpec spec;
        spec.kind = TenantSpec::Kind::EmbeddedSandbox;
        spec.sandbox.devices = options.devices;
        spec.sandbox.timeScale = options.timeScale;
        spec.sandbox.upn = options.upn;
        spec.color = QColor(auth::TenantRoster::defaultColor(i));
        if (count == 1) {
            // As before the workspace: the sandbox named by its domain, with --seed.
            spec.id = QStringLiteral("sandbox");
            spec.sandbox.seed = options.seed;
        } else {
            spec.id = QStringLiteral("sandbox-%1").arg(i + 1);
            spec.sandbox.seed = QString::number(i + 1);
            spec.name = tr("%1 (sandbox)", "a sandbox tenant's name")
                            .arg(QLatin1String(kSandboxNames[i % int(std::size(kSandboxNames))]));
        }
        specs.append(spec);
    }
    return specs;
}

TenantSpec TenantPlanner::fromProfile(QSettings *settings, const auth::TenantProfile &profile)
{
    TenantSpec spec;
    spec.id = profile.id;
    spec.name = profile.name;
    spec.color = QColor(profile.color);
    if (profile.isEndpoint()) {
        spec.kind = TenantSpec::Kind::Endpoint;
        spec.graphUrl = profile.graphUrl;
        return spec;
    }
    spec.kind = TenantSpec::Kind::SignIn;
    spec.settings = [settings, profile] {
        auto tenant = auth::TenantRoster(settings).settingsFor(profile);
        // The roster keeps the fields in its list; the tenant's own group is what its sign-in reads.
        if (tenant->tenant() != profile.tenant || tenant->clientId() != profile.clientId) {
            tenant->setTenant(profile.tenant);
            tenant->setClientId(profile.clientId);
        }
        tenant->setCloud(profile.cloud);
        tenant->setGraphUrlOverride(profile.graphUrl);
        tenant->setLoginUrlOverride(profile.loginUrl);
        tenant->sync();
        return tenant;
    };
    return spec;
}

} // namespace passcode::console
