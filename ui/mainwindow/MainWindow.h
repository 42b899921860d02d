// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/mainwindow/NavigationPane.h"
#include "ui/mainwindow/PaletteMatcher.h"
#include "ui/mainwindow/TenantSwitcher.h"
#include "ui/tenants/TenantHandle.h"
// Complete types for TenantHandles in signals (moc instantiates its QPointers).
#include "core/actions/AuditFeed.h"
#include "core/devices/DeviceDirectory.h"
#include "core/graph/GraphClient.h"

#include <functional>

#include <QHash>
#include <QMainWindow>
#include <QPointer>

class QAction;
class QActionGroup;
class QSettings;
class QLabel;
class QSplitter;
class QStackedWidget;

namespace passcode::ui {

struct ConsoleContext;
class AllTenantsPage;
class BulkController;
class CommandPalette;
class DialogPresenter;
class QuickSwitcher;
struct RosterChanges;
class TenantPages;
class DeviceActionsPage;
class DeviceOverviewPage;
class DevicesPage;
class SandboxBanner;
class SignInBanner;
class SignInDialog;
struct TenantFields;

/** Builds the "All tenants" page over the open tenants (owned by @p parent). */

/**
 * The console's one main window over the workspace of tenants. It only composes: the tenant switcher and the
 * navigation pane, one TenantPages per tenant (its band, banners and pages, kept while another tenant is
 * shown) in a stack with the "All tenants" page, the menus and shortcuts (acting on the current tenant), the
 * status bar (tenant and account), the quick switcher (Ctrl+Shift+T) and the command palette (Ctrl+K: the
 * window's own pages and commands, and the current tenant's devices, recent ones first). The title names the
 * current tenant and page ("Contoso — All devices"). Window geometry and layout are remembered in the
 * settings.
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    /**
     * @param dialogs the dialog presenter shared by every tenant (not owned).
     * @param settings window geometry and preferences (not owned); may be null (nothing is remembered).
     * @param applyLanguage applies an interface language at once; may be empty (next start only).
     */
    MainWindow(DialogPresenter &dialogs, QSettings *settings,
               std::function<void(const QString &)> applyLanguage = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The current tenant's pages (null while it is not open, or while "All tenants" is shown).
    DevicesPage *devicesPage() const;
    DeviceOverviewPage *overviewPage() const;
    DeviceActionsPage *deviceActionsPage() const;
    /** The current tenant's bulk passcode flow; null when its context has no bulk runs. */
    BulkController *bulk() const;
    SandboxBanner *sandboxBanner() const;
    /** Shown while the current tenant's sign-in must be renewed; null without a sign-in (sandbox token). */
    SignInBanner *signInBanner() const;
    /** The "sign in again" dialog while it is open. */
    SignInDialog *signInDialog() const;
    QAction *signOutAction() const { return m_signOutAction; }
    QAction *quickSwitchAction() const { return m_quickSwitchAction; }
    /** View › Navigation pane (F9): checked while the switcher and the navigation pane are shown. */
    QAction *navigationPaneAction() const { return m_navigationPaneAction; }
    QWidget *currentPage() const;
    TenantSwitcher *tenantSwitcher() const { return m_switcher; }
    /** The Ctrl+Shift+T popup while it is open. */
    QuickSwitcher *quickSwitcher() const;
    /** View › Command palette (Ctrl+K), also from inside the window's text fields. */
    QAction *commandPaletteAction() const { return m_paletteAction; }
    /** The Ctrl+K popup while it is open. */
    CommandPalette *commandPalette() const;
    /** View › Language: "System default" and each shipped language (named in itself), checked as set. */
    QList<QAction *> languageActions() const;
    /** The devices opened lately in a tenant, most recent first (remembered in the settings). */
    QList<RecentDevice> recentDevices(const QString &tenantId) const;

    // The tenants of the workspace, each with its own pages.
    /** Adds a tenant (its status page until attachTenant()); the first one added becomes the current one. */
    TenantPages *addTenant(const TenantEntry &entry);
    /** Builds the tenant's pages over @p context (which must outlive them until detach or removal). */
    void attachTenant(const QString &id, ConsoleContext &context);
    /** Drops the tenant's pages (before its context goes); its status page shows again. */
    void detachTenant(const QString &id);
    void removeTenant(const QString &id);
    /** The state in the switchers and on the status page; @p signInOffered: a "Sign in…" button. */
    void setTenantState(const QString &id, const QString &state, bool signInOffered);
    TenantPages *tenantPages(const QString &id) const;
    TenantPages *currentTenant() const;
    QString currentTenantId() const;
    QList<TenantPages *> tenants() const { return m_tenants; }
    void setCurrentTenant(const QString &id);
    void showAllTenants();
    bool isShowingAllTenants() const;
    /** The "All tenants" page (search and Device actions across tenants); null until first shown. */
    AllTenantsPage *allTenantsPage() const { return m_allTenantsPage; }
    /** The open tenants as the "All tenants" page sees them; re-emitted as tenantHandlesChanged(). */
    void setTenantHandles(const TenantHandles &handles);
    void openQuickSwitcher();
    /** Ctrl+K: the pages and commands enabled now, and the current tenant's devices. */
    void openCommandPalette();

    void showPlace(Place place);
    void openDevice(const QString &deviceId);
    /**
     * Whether the technician is looking at the device: the window is active and shows that tenant's Overview
     * of it (a desktop notification about it would tell nothing new).
     */
    bool isShowingDevice(const QString &tenantId, const QString &deviceId) const;
    /** Opens the device in its tenant and brings the window forward (a desktop notification was clicked). */
    void showDevice(const QString &tenantId, const QString &deviceId);
    /** Back from a device to the page it was opened from (Alt+Left). */
    void goBack();
    /** F5: reload what the current page shows. */
    void refreshCurrent();
    void showPreferences();
    /** Opens the sign-in dialog over the window for the current tenant; the page stays as it is. */
    void signInAgain();
    /** Writes geometry and layout to the settings (also done on close). */
    void saveLayout();

Q_SIGNALS:
    /** File › Sign out: the composition root signs out of the current tenant (currentTenantId()). */
    void signOutRequested();
    /** A tenant that is not open asks for its sign-in ("Sign in…", or switched to while sign-in is needed).
     */
    void signInRequested(const QString &tenantId);
    void currentTenantChanged(const QString &tenantId);
    void tenantHandlesChanged(const passcode::ui::TenantHandles &handles);
    /** Preferences changed the tenant: the composition root connects to the new one (or the sandbox). */
    void tenantChangeRequested(const passcode::ui::TenantFields &tenant);
    /** Preferences changed the roster (added, edited or removed tenants). */
    void rosterChanged(const passcode::ui::RosterChanges &changes);
    /** The window was closed by the user (the application ends). */
    void closed();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    /** Ctrl+K in a text field of the window (where it would delete to the end of the line) opens the palette.
     */
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /** How long a status bar message stays. */
    static constexpr int kStatusTimeoutMs = 8000;

    void buildMenus();
    void retranslate();
    void restoreLayout();
    void updateAccount();
    void updateChrome();
    void showAbout();
    void onTenantSignInRequested(TenantPages *pages);
    // The command palette and the language menu (MainWindowPalette.cpp).
    void buildPaletteActions();
    void retranslatePalette();
    QList<PaletteCommand> paletteCommands(QHash<QString, QPointer<QAction>> &actions) const;
    void noteRecentDevice(const TenantPages *pages, const QString &deviceId);
    RecentDevices &recentsOf(const QString &tenantId) const;
    void chooseLanguage(const QString &language);
    void updateLanguageChecks();

    DialogPresenter &m_dialogs;
    QSettings *m_settings;
    std::function<void(const QString &)> m_applyLanguage;
    TenantSwitcher *m_switcher = nullptr;
    NavigationPane *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    QSplitter *m_splitter = nullptr;
    QWidget *m_navigationBox =
        nullptr; ///< the tenant switcher and the navigation pane (View › Navigation pane)
    QList<TenantPages *> m_tenants;
    QPointer<SignInDialog> m_signInDialog;
    QPointer<QuickSwitcher> m_quickSwitcher;
    QPointer<CommandPalette> m_palette;
    mutable QHash<QString, RecentDevices>
        m_recents; ///< by tenant id, read from the settings when first asked
    AllTenantsPage *m_allTenantsPage = nullptr;
    TenantHandles m_handles;
    QLabel *m_tenantLabel = nullptr;
    QLabel *m_accountLabel = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_actionsMenu = nullptr;
    QAction *m_runsAction = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QAction *m_signOutAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_allDevicesAction = nullptr;
    QAction *m_deviceActionsAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_backAction = nullptr;
    QAction *m_quickSwitchAction = nullptr;
    QAction *m_navigationPaneAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_paletteAction = nullptr;
    QMenu *m_languageMenu = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QPointer<QAction> m_shownBulkAction; ///< the current tenant's, in the Actions menu
};

} // namespace passcode::ui
