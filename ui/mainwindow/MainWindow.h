// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/mainwindow/NavigationPane.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QLabel;
class QSplitter;
class QStackedWidget;

namespace passcode::ui {

struct ConsoleContext;
class BulkController;
class DeviceActionsPage;
class DeviceOverviewPage;
class DevicesPage;
class SandboxBanner;
class SignInBanner;
class SignInDialog;
struct TenantFields;

/**
 * The console's main window. It only composes: the navigation pane, the page area (All devices, a device's
 * Overview, Device actions), the menus and shortcuts, the status bar (tenant and account) and the sandbox
 * banner; it wires the pages' requests to the collaborators of the ConsoleContext. Each page owns its models,
 * views and actions. Window geometry and layout are remembered in the context's settings.
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(ConsoleContext &context, QWidget *parent = nullptr);
    ~MainWindow() override;

    DevicesPage *devicesPage() const { return m_devicesPage; }
    DeviceOverviewPage *overviewPage() const { return m_overviewPage; }
    DeviceActionsPage *deviceActionsPage() const { return m_actionsPage; }
    /** The bulk passcode flow; null when the context has no bulk runs. */
    BulkController *bulk() const { return m_bulk; }
    SandboxBanner *sandboxBanner() const { return m_banner; }
    /** Shown while the sign-in must be renewed interactively; null without a sign-in (sandbox token). */
    SignInBanner *signInBanner() const { return m_signInBanner; }
    /** The "sign in again" dialog while it is open. */
    SignInDialog *signInDialog() const;
    QAction *signOutAction() const { return m_signOutAction; }
    QWidget *currentPage() const;

    void showPlace(Place place);
    void openDevice(const QString &deviceId);
    /** Back from a device to the page it was opened from (Alt+Left). */
    void goBack();
    /** F5: reload what the current page shows. */
    void refreshCurrent();
    void showPreferences();
    /** Opens the sign-in dialog over the window (the sign-in expired); the page stays as it is. */
    void signInAgain();
    /** Writes geometry and layout to the settings (also done on close). */
    void saveLayout();

Q_SIGNALS:
    /** File › Sign out: the composition root signs out and closes the tenant. */
    void signOutRequested();
    /** Preferences changed the tenant: the composition root connects to the new one (or the sandbox). */
    void tenantChangeRequested(const passcode::ui::TenantFields &tenant);
    /** The window was closed by the user (the application ends). */
    void closed();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildMenus();
    void wire();
    void retranslate();
    void restoreLayout();
    void updateAccount();
    void showAbout();

    ConsoleContext &m_context;
    NavigationPane *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QSplitter *m_splitter = nullptr;
    SandboxBanner *m_banner = nullptr;
    SignInBanner *m_signInBanner = nullptr;
    QPointer<SignInDialog> m_signInDialog;
    DevicesPage *m_devicesPage = nullptr;
    DeviceOverviewPage *m_overviewPage = nullptr;
    DeviceActionsPage *m_actionsPage = nullptr;
    QLabel *m_tenantLabel = nullptr;
    QLabel *m_accountLabel = nullptr;
    Place m_returnPlace = Place::AllDevices;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_actionsMenu = nullptr;
    QAction *m_runsAction = nullptr;
    BulkController *m_bulk = nullptr;
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
    QAction *m_aboutAction = nullptr;
};

} // namespace passcode::ui
