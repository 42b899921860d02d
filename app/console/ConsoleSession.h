// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/console/ConsoleOptions.h"
#include "core/common/Clock.h"
#include "core/common/Error.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QSettings;
class QTemporaryDir;
class QUrl;

namespace passcode {
namespace actions {
class ActionService;
class ActionTracker;
class AuditFeed;
} // namespace actions
namespace auth {
class AuthSession;
class SecretStore;
class TenantSettings;
class TokenProvider;
} // namespace auth
namespace devices {
class DeviceDirectory;
class DeviceDirectoryLoader;
} // namespace devices
namespace engine {
class TenantEngine;
class TenantTarget;
struct TenantOptions;
} // namespace engine
namespace sandbox {
class SandboxHost;
}
namespace ui {
class BulkRuns;
struct ConsoleContext;
class DialogPresenter;
class MainWindow;
class SignInDialog;
struct TenantFields;
} // namespace ui
} // namespace passcode

namespace passcode::console {

/**
 * The console's object graph, in one of four modes:
 * - Sandbox: the embedded sandbox tenant with a minted token (--sandbox, or no tenant configured);
 * - Endpoint: a Graph-compatible endpoint given with --graph-url and no tenant (a standalone
 *   passcode-sandbox on this computer, tokens from its control endpoint); not remembered;
 * - Tenant: a real tenant (tenant and client id in the settings, or --tenant/--client-id): an AuthSession
 * over the OS keychain signs in silently from it or through the SignInDialog (browser or device code), then
 * the engine is built on Graph with the signed-in token provider;
 * - SandboxSignIn (--sandbox-sign-in): the embedded sandbox reached through that same sign-in, for practice;
 *   nothing is saved (an in-memory secret store and throw-away tenant settings).
 *
 * The tenant's machinery is one engine::TenantEngine built from the mode's TenantTarget; the session adds
 * the sign-in before it and the MainWindow (over a ConsoleContext) after it. start() returns at once; ready()
 * follows each time a window is built (at start, after a sign-out and a new sign-in, after a tenant change),
 * failed() when the session cannot go on, finished() when the user closes the window or leaves the first
 * sign-in. Destruction tears down in reverse: window, engine, client, sign-in, sandbox.
 */
class ConsoleSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleSession)

public:
    enum class Mode
    {
        Sandbox,
        Endpoint,
        SandboxSignIn,
        Tenant,
    };

    /**
     * @param settings window state, preferences and the tenant settings (not owned; may be null: nothing is
     *        remembered).
     * @param dialogs the dialog presenter (not owned); null: the real widget dialogs.
     */
    ConsoleSession(ConsoleOptions options, QSettings *settings, ui::DialogPresenter *dialogs = nullptr,
                   QObject *parent = nullptr);
    ~ConsoleSession() override;

    /** Applies a language live ("" = system); set before start(). */
    void setLanguageHandler(std::function<void(const QString &)> handler);
    /** A journal path instead of the per-tenant default (tests, ephemeral runs). */
    void setJournalPath(const QString &path);
    /** The secret store of real tenants (not owned); default: the OS keychain. Tests: a private one. */
    void setSecretStore(auth::SecretStore *store);
    /** Tests: the device code polling time base in ms (AuthSession::setDeviceCodeSecondMs). */
    void setDeviceCodeSecondMs(int ms);

    void start();

    Mode mode() const { return m_mode; }
    ui::MainWindow *window() const { return m_window.get(); }
    /** The sign-in dialog of the start (or after a sign-out) while it is open. */
    ui::SignInDialog *signInDialog() const;
    /** The sign-in of a real tenant (Tenant, SandboxSignIn); null in Sandbox mode. */
    auth::AuthSession *auth() const { return m_auth.get(); }
    /** The embedded sandbox (Sandbox and SandboxSignIn modes); null otherwise. */
    sandbox::SandboxHost *sandboxHost() const;
    /** The tenant's engine while a window is up (between ready() and a sign-out or the end). */
    engine::TenantEngine &engine() const { return *m_engine; }
    devices::DeviceDirectory &directory() const;
    devices::DeviceDirectoryLoader &loader() const;
    actions::ActionTracker &tracker() const;
    actions::ActionService &service() const;
    actions::AuditFeed &auditFeed() const;
    const Clock &clock() const { return m_clock; }
    /** The session's own network access manager (sign-in; the screenshot tour's control calls). */
    QNetworkAccessManager &network() { return m_network; }

Q_SIGNALS:
    void ready();
    void failed(const QString &message);
    void finished();

private:
    engine::TenantOptions tenantOptions() const;
    /** Remembers --tenant, --client-id, --cloud, --login-url and --graph-url in the settings, once. */
    std::optional<Error> rememberCommandLineTenant();
    void startSandbox();
    void startEndpoint();
    void startPracticeSandbox();
    void onPracticeSandboxStarted();
    void startSignIn(auth::TenantSettings &tenant, bool sandboxTenant);
    void onAuthStateChanged();
    void askSessionOnly(const Error &error);
    void showSignIn();
    void openEngine(const engine::TenantTarget &target, const QString &tenantName);
    /** The write budget per 20 s: --max-writes, else the Preferences setting, else 150. */
    int maxWrites() const;
    void buildWindow(const QString &tenantName);
    void signOut();
    void switchTenant(const ui::TenantFields &tenant);
    void teardownEngine();
    void teardownAll();
    /** Emits finished() once no sign-out is still removing its saved sign-in from the store (at most 10 s).
     */
    void finish();
    /** A sign-in being torn down while its sign-out still removes secrets: kept until that is over. */
    void retireSignIn();
    /** The tenant as the sign-in and the window name it. */
    QString signInTenantName() const;

    ConsoleOptions m_options;
    QSettings *m_settings;
    std::unique_ptr<ui::DialogPresenter> m_ownDialogs;
    ui::DialogPresenter *m_dialogs;
    std::function<void(const QString &)> m_languageHandler;
    QString m_journalPath;
    auth::SecretStore *m_injectedStore = nullptr;
    int m_deviceCodeSecondMs = 1000;
    Mode m_mode = Mode::Sandbox;

    SystemClock m_clock;
    QNetworkAccessManager m_network;                      ///< the sign-in's (the engine has its own)
    std::unique_ptr<sandbox::SandboxHost> m_practiceHost; ///< SandboxSignIn: the sandbox signed in to
    // Sign-in (Tenant, SandboxSignIn).
    std::unique_ptr<QTemporaryDir> m_scratch; ///< SandboxSignIn: throw-away tenant settings
    std::unique_ptr<QSettings> m_scratchSettings;
    std::unique_ptr<auth::TenantSettings> m_tenant;
    std::unique_ptr<auth::SecretStore> m_ownStore;
    std::unique_ptr<auth::AuthSession> m_auth;
    QPointer<ui::SignInDialog> m_signInDialog;
    struct RetiredSignIn;
    std::vector<std::unique_ptr<RetiredSignIn>> m_retired;
    bool m_finishing = false;
    // The engine and the window.
    std::unique_ptr<engine::TenantEngine> m_engine;
    std::unique_ptr<ui::BulkRuns> m_bulkRuns; ///< over m_engine, for the window's bulk passcode flow
    std::unique_ptr<ui::ConsoleContext> m_context;
    std::unique_ptr<ui::MainWindow> m_window;
};

} // namespace passcode::console
