// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/widgets/NavigationPane.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QSplitter;
class QStackedWidget;

namespace passcode::ui {

struct ConsoleContext;
class DeviceActionsPage;
class DeviceOverviewPage;
class DevicesPage;
class SandboxBanner;

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
    SandboxBanner *sandboxBanner() const { return m_banner; }
    QWidget *currentPage() const;

    void showPlace(Place place);
    void openDevice(const QString &deviceId);
    /** Back from a device to the page it was opened from (Alt+Left). */
    void goBack();
    /** F5: reload what the current page shows. */
    void refreshCurrent();
    void showPreferences();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildMenus();
    void wire();
    void retranslate();
    void restoreLayout();
    void saveLayout();
    void showAbout();

    ConsoleContext &m_context;
    NavigationPane *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QSplitter *m_splitter = nullptr;
    SandboxBanner *m_banner = nullptr;
    DevicesPage *m_devicesPage = nullptr;
    DeviceOverviewPage *m_overviewPage = nullptr;
    DeviceActionsPage *m_actionsPage = nullptr;
    QLabel *m_tenantLabel = nullptr;
    QLabel *m_accountLabel = nullptr;
    Place m_returnPlace = Place::AllDevices;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_allDevicesAction = nullptr;
    QAction *m_deviceActionsAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_backAction = nullptr;
    QAction *m_aboutAction = nullptr;
};

} // namespace passcode::ui
