// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/console/ConsoleOptions.h"
// Complete types for TenantHandles in signals (moc instantiates its QPointers).
#include "core/actions/AuditFeed.h"
#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/devices/DeviceDirectory.h"
#include "core/graph/GraphClient.h"
#include "ui/tenants/TenantHandle.h"

#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QSettings;
class QTemporaryDir;
class QWidget;
class QUrl;

namespace passcode {
namespace actions {
class ActionService;
class ActionTracker;
class AuditFeed;
} // namespace actions
namespace auth {
struct TenantProfile;
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
class ActionNotifications;
class BulkRuns;
struct ConsoleContext;
class DesktopNotifier;
class DialogPresenter;
class MainWindow;
class SignInDialog;
struct RosterChanges;
struct TenantFields;
struct TenantHandle;
using TenantHandles = QList<TenantHandle>;
} // namespace ui
} // namespace passcode

namespace passcode::console {

class TenantSession;
struct TenantSpec;

/**
 * The console's workspace of tenants: every tenant it opens, each a TenantSession (its own sign-in, engine,
 * journal and write budget), and ONE MainWindow with a TenantPages per tenant. What it opens:
 * - --graph-url without --tenant (Mode::Endpoint): that Graph-compatible endpoint alone; not remembered;
 * - --sandbox-sign-in (Mode::SandboxSignIn): the embedded sandbox through the Entra ID sign-in; nothing
 * saved;
 * - --sandbox-tenants N (Mode::Sandbox): N embedded sandbox tenants, seeds 1..N, named "Contoso (sandbox)",
 *   "Fabrikam (sandbox)"…, each with a colour of TenantRoster::defaultColor();
 * - --sandbox (Mode::Sandbox): the embedded sandbox tenant;
 * - --tenant NAME naming a roster entry (Mode::Tenant): that tenant alone; a tenant ID or domain that is not
 *   in the roster is remembered as the single tenant of earlier versions (the roster's "default" entry);
 * - otherwise every tenant of the roster (Mode::Tenant), or the embedded sandbox when the roster is empty.
 *
 * Each tenant signs in on its own, silently from the keychain when it can. The first tenant's sign-in dialog
 * shows at start as before; another tenant that needs the technician shows "Sign-in needed" and its dialog
 * opens when the technician switches to it. A tenant that fails never blocks the others; failed() is emitted
 * only when no tenant can be opened. The window is built when the first tenant is open (ready()).
 *
 * With a single tenant, signing out closes the window and shows the sign-in again (as before the roster);
 * with several, File › Sign out signs out of the current tenant only and the others stay signed in.
 *
 * Desktop notifications (ui::ActionNotifications over the platform's notifier: freedesktop Notifications on
 * Linux, the system tray elsewhere) follow every tenant attached to the window; the notifier lives as long as
 * the session, so a notification clicked after the window was rebuilt still opens its device.
 *
 * The accessors of one tenant (engine(), directory(), auth(), sandboxHost()…) are the current tenant's: the
 * one the window shows, else the first one. Destruction tears down in reverse: window, then the tenants.
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
     * @param settings window state, preferences, the roster and the tenant settings (not owned; may be null:
     *        nothing is remembered).
     * @param dialogs the dialog presenter (not owned); null: the real widget dialogs.
     */
    ConsoleSession(ConsoleOptions options, QSettings *settings, ui::DialogPresenter *dialogs = nullptr,
                   QObject *parent = nullptr);
    ~ConsoleSession() override;

    /** Applies a language live ("" = system); set before start(). */
    void setLanguageHandler(std::function<void(const QString &)> handler);
    /**
     * A journal path instead of each tenant's default (tests, ephemeral runs). With several tenants, each
     * gets its own file beside it: "journal-<tenant id>.json".
     */
    void setJournalPath(const QString &path);
    /** The secret store of real tenants (not owned); default: the OS keychain. Tests: a private one. */
    void setSecretStore(auth::SecretStore *store);
    /** Tests: the device code polling time base in ms (AuthSession::setDeviceCodeSecondMs). */
    void setDeviceCodeSecondMs(int ms);
    void start();

    Mode mode() const { return m_mode; }
    ui::MainWindow *window() const { return m_window.get(); }
    /** The sign-in dialog of a tenant that is not open yet (at start, after a sign-out) while it is open. */
    ui::SignInDialog *signInDialog() const;

    /** The open tenants, in the roster's order. */
    QList<TenantSession *> tenants() const;
    TenantSession *tenant(const QString &id) const;
    /** The tenant the window shows (else the first); null before start(). */
    TenantSession *currentTenant() const;
    /** Every open tenant as the "All tenants" views see it (updated: tenantHandlesChanged()). */
    ui::TenantHandles tenantHandles() const;
    /** Shows @p id in the window (its sign-in when it needs one). */
    void switchTo(const QString &id);

    // The current tenant's (see class comment).
    auth::AuthSession *auth() const;
    sandbox::SandboxHost *sandboxHost() const;
    engine::TenantEngine &engine() const;
    devices::DeviceDirectory &directory() const;
    devices::DeviceDirectoryLoader &loader() const;
    actions::ActionTracker &tracker() const;
    actions::ActionService &service() const;
    actions::AuditFeed &auditFeed() const;
    const Clock &clock() const { return m_clock; }
    /** The platform's desktop notifications (created with the window); null before. */
    ui::DesktopNotifier *desktopNotifier() const { return m_notifier.get(); }
    /** The workspace's own network access manager (the screenshot tour's control calls). */
    QNetworkAccessManager &network() { return m_network; }

Q_SIGNALS:
    void ready();
    void failed(const QString &message);
    void finished();
    void tenantHandlesChanged(const passcode::ui::TenantHandles &handles);

private:
    TenantSession *addTenant(const TenantSpec &spec);
    QString journalPathFor(const QString &id) const;
    int maxWrites() const;
    void onTenantStateChanged(TenantSession *tenant);
    void onTenantOpened(TenantSession *tenant);
    void showSignIn(TenantSession *tenant);
    void askSessionOnly(TenantSession *tenant, const Error &error);
    void buildWindow();
    void addToWindow(TenantSession *tenant);
    /** Builds the tenant's pages in the window and follows its actions for desktop notifications. */
    void attachToWindow(TenantSession *tenant);
    void detachFromWindow(TenantSession *tenant);
    void publishHandles();
    void signOut();
    void switchTenant(const ui::TenantFields &tenant);
    void applyRoster(const ui::RosterChanges &changes);
    void closeTenant(TenantSession *tenant);
    void teardownWindow();
    void teardownAll();
    /** Emits finished() once no sign-out is still removing its saved sign-in from the store (at most 10 s).
     */
    void finish();
    bool removingSecrets() const;

    ConsoleOptions m_options;
    QSettings *m_settings;
    std::unique_ptr<ui::DialogPresenter> m_ownDialogs;
    ui::DialogPresenter *m_dialogs;
    std::function<void(const QString &)> m_languageHandler;
    QString m_journalPath;
    auth::SecretStore *m_injectedStore = nullptr;
    int m_deviceCodeSecondMs = 1000;
    Mode m_mode = Mode::Sandbox;
    bool m_finishing = false;

    SystemClock m_clock;
    QNetworkAccessManager m_network;
    std::vector<std::unique_ptr<TenantSession>> m_tenants;
    /** Closed tenants whose sign-out still removes their saved sign-in: kept until that is over. */
    std::vector<std::unique_ptr<TenantSession>> m_retired;
    QPointer<ui::SignInDialog> m_signInDialog;
    QPointer<TenantSession> m_signInTenant;
    std::unique_ptr<ui::DesktopNotifier> m_notifier;
    std::unique_ptr<ui::MainWindow> m_window;
    std::unique_ptr<ui::ActionNotifications> m_notifications; ///< over m_window: goes before it
};

} // namespace passcode::console
