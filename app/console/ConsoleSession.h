// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/console/ConsoleOptions.h"
#include "core/common/Clock.h"
#include "core/common/Error.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>

class QSettings;
class QTemporaryDir;
class QUrl;

namespace passcode {
namespace actions {
class ActionJournal;
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
namespace graph {
class GraphClient;
}
namespace sandbox {
class SandboxHost;
}
namespace ui {
struct ConsoleContext;
class DialogPresenter;
class MainWindow;
class SignInDialog;
struct TenantFields;
} // namespace ui
} // namespace passcode

namespace passcode::console {

class SandboxTokenProvider;

/**
 * The console's object graph, in one of three modes:
 * - Sandbox: the embedded sandbox tenant with a minted token (--sandbox, or no tenant configured);
 * - Tenant: a real tenant (tenant and client id in the settings, or --tenant/--client-id): an AuthSession
 * over the OS keychain signs in silently from it or through the SignInDialog (browser or device code), then
 * the engine is built on Graph with the signed-in token provider;
 * - SandboxSignIn (--sandbox-sign-in): the embedded sandbox reached through that same sign-in, for practice;
 *   nothing is saved (an in-memory secret store and throw-away tenant settings).
 *
 * The engine: one QNetworkAccessManager, GraphClient, DeviceDirectory and its loader, ActionTracker,
 * ActionJournal, ActionService (resumed from the journal), AuditFeed, and the MainWindow over a
 * ConsoleContext. start() returns at once; ready() follows each time a window is built (at start, after a
 * sign-out and a new sign-in, after a tenant change), failed() when the session cannot go on, finished() when
 * the user closes the window or leaves the first sign-in. Destruction tears down in reverse: window, engine,
 * client, sign-in, sandbox.
 */
class ConsoleSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleSession)

public:
    enum class Mode
    {
        Sandbox,
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
    sandbox::SandboxHost *sandboxHost() const { return m_host.get(); }
    devices::DeviceDirectory &directory() const { return *m_directory; }
    devices::DeviceDirectoryLoader &loader() const { return *m_loader; }
    actions::ActionTracker &tracker() const { return *m_tracker; }
    actions::ActionService &service() const { return *m_service; }
    actions::AuditFeed &auditFeed() const { return *m_feed; }
    QNetworkAccessManager &network() { return m_network; }
    const Clock &clock() const { return m_clock; }

Q_SIGNALS:
    void ready();
    void failed(const QString &message);
    void finished();

private:
    /** Applies --tenant, --client-id, --cloud, --login-url and --graph-url to the settings. */
    void rememberCommandLineTenant();
    void startSandbox();
    void onSandboxStarted();
    void startSignIn(auth::TenantSettings &tenant, bool sandboxTenant);
    void onAuthStateChanged();
    void askSessionOnly(const Error &error);
    void showSignIn();
    void buildEngine(const QUrl &graphBase, auth::TokenProvider &tokens, const QString &initiator,
                     const QString &tenantName, const QString &journalProfile);
    void onWindowBuilt();
    void signOut();
    void switchTenant(const ui::TenantFields &tenant);
    void teardownEngine();
    void teardownAll();
    QString sandboxJournalProfile() const;
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
    QNetworkAccessManager m_network;
    std::unique_ptr<sandbox::SandboxHost> m_host;
    std::unique_ptr<SandboxTokenProvider> m_tokens;
    // Sign-in (Tenant, SandboxSignIn).
    std::unique_ptr<QTemporaryDir> m_scratch; ///< SandboxSignIn: throw-away tenant settings
    std::unique_ptr<QSettings> m_scratchSettings;
    std::unique_ptr<auth::TenantSettings> m_tenant;
    std::unique_ptr<auth::SecretStore> m_ownStore;
    std::unique_ptr<auth::AuthSession> m_auth;
    QPointer<ui::SignInDialog> m_signInDialog;
    // The engine and the window.
    std::unique_ptr<graph::GraphClient> m_client;
    std::unique_ptr<devices::DeviceDirectory> m_directory;
    std::unique_ptr<devices::DeviceDirectoryLoader> m_loader;
    std::unique_ptr<actions::ActionTracker> m_tracker;
    std::unique_ptr<actions::ActionJournal> m_journal;
    std::unique_ptr<actions::ActionService> m_service;
    std::unique_ptr<actions::AuditFeed> m_feed;
    std::unique_ptr<ui::ConsoleContext> m_context;
    std::unique_ptr<ui::MainWindow> m_window;
    QTimer m_passcodeExpiry; ///< drops passcodes from memory once their 7 days are over
};

} // namespace passcode::console
