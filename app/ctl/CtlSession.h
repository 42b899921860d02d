// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CtlOptions.h"

#include "core/auth/TenantRoster.h"
#include "core/common/Clock.h"
#include "core/common/Error.h"

#include <QNetworkAccessManager>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

class QSettings;

namespace passcode::actions {
class ActionJournal;
class ActionService;
class ActionTracker;
} // namespace passcode::actions
namespace passcode::auth {
class AuthSession;
class SecretStore;
class TenantSettings;
} // namespace passcode::auth
namespace passcode::engine {
class TenantEngine;
class TenantTarget;
} // namespace passcode::engine
namespace passcode::graph {
class GraphClient;
}

namespace passcode::ctl {

/**
 * What one passcodectl run works with: the target chosen from the command line and the saved tenant
 * (embedded sandbox, a Graph URL, or the saved sign-in), and the tenant's engine::TenantEngine built from it.
 * open() is asynchronous (the sandbox starts, a token may first be asked from a standalone sandbox's control
 * endpoint, or the saved sign-in restored); it calls back exactly once.
 */
class CtlSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CtlSession)

public:
    explicit CtlSession(const CtlOptions &options, QObject *parent = nullptr);
    ~CtlSession() override;

    /** Chooses the target, gets a token (minted by the sandbox, its control endpoint's, fixed, or the saved
     * sign-in restored silently) and opens the engine; then @p done. */
    void open(std::function<void(std::optional<Error>)> done);
    /** For login/logout/whoami: the tenant settings (with the command line's tenant options saved) and the
     * AuthSession over the OS keychain; no engine. Fails with Kind::Usage when no tenant is configured.
     */
    std::optional<Error> openSignIn();

    /**
     * The settings file the console keeps (organisation PasscodeConsole, application passcode-console),
     * where the tenant roster lives, so that passcodectl and the console share one roster.
     */
    static std::unique_ptr<QSettings> consoleSettings();

    /** The roster entry --tenant names (by name, case-insensitive, or id), if it names one. */
    const std::optional<auth::TenantProfile> &profile() const { return m_profile; }
    /** What the target is called in output: the roster name, else the tenant, the endpoint's host[:port],
     * or "sandbox". */
    QString label() const;
    /** The command that signs in to this target ("passcodectl --tenant NAME login" for a roster entry). */
    QString loginCommand() const;

    auth::AuthSession &auth() { return *m_auth; }
    auth::TenantSettings &tenantSettings() { return *m_tenant; }
    auth::SecretStore &keychain() { return *m_keychain; }

    /** The engine, after open() succeeded. */
    engine::TenantEngine &engine() { return *m_engine; }
    graph::GraphClient &client();
    actions::ActionTracker &tracker();
    actions::ActionJournal &journal();
    actions::ActionService &service();
    const Clock &clock() const;
    /** The UPN actions are sent as (sandbox technician, or the token's upn claim). */
    QString initiator() const;

private:
    void openEngine(const engine::TenantTarget &target, std::function<void(std::optional<Error>)> done);
    void openWithSignIn(std::function<void(std::optional<Error>)> done);
    /** Settings of passcodectl, with the command line's --tenant, --client-id, --cloud, --login-url,
     * --graph-url. */
    std::optional<Error> loadTenantSettings();
    /** Looks --tenant up in the roster (once): m_profile. Kind::Usage when a roster entry is named together
     * with options it already holds. */
    std::optional<Error> findRosterEntry();

    CtlOptions m_options;
    SystemClock m_clock;
    QNetworkAccessManager m_network; ///< the sign-in's (the engine has its own)
    std::unique_ptr<QSettings> m_settings;
    std::optional<auth::TenantProfile> m_profile;
    bool m_rosterRead = false;
    std::unique_ptr<auth::TenantSettings> m_tenant;
    std::unique_ptr<auth::SecretStore> m_keychain;
    std::unique_ptr<auth::AuthSession> m_auth;
    std::unique_ptr<engine::TenantEngine> m_engine;
};

} // namespace passcode::ctl
