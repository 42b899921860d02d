// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/MainWindow.h"

#include "core/auth/AuthSession.h"
#include "core/auth/TenantRoster.h"
#include "core/auth/TenantSettings.h"
#include "ui/ConsoleContext.h"
#include "ui/bulk/BulkController.h"
#include "ui/common/Icons.h"
#include "ui/deviceactions/DeviceActionsPage.h"
#include "ui/devices/DevicesPage.h"
#include "ui/mainwindow/QuickSwitcher.h"
#include "ui/mainwindow/SandboxBanner.h"
#include "ui/mainwindow/TenantPages.h"
#include "ui/overview/DeviceOverviewPage.h"
#include "ui/settings/RosterChanges.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/signin/SignInBanner.h"
#include "ui/signin/SignInDialog.h"
#include "ui/tenants/AllTenantsPage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace passcode::ui {

namespace {
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kSplitterKey = QStringLiteral("mainWindow/splitter");
const QString kNavigationPaneKey = QStringLiteral("mainWindow/navigationPane");
const QString kLanguageKey = QStringLiteral("ui/language");
} // namespace

MainWindow::MainWindow(DialogPresenter &dialogs, QSettings *settings,
                       std::function<void(const QString &)> applyLanguage, QWidget *parent)
    : QMainWindow(parent)
    , m_dialogs(dialogs)
    , m_settings(settings)
    , m_applyLanguage(std::move(applyLanguage))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_splitter = new QSplitter(Qt::Horizontal, this);
    auto *left = new QWidget(m_splitter);
    m_navigationBox = left;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(4);
    m_switcher = new TenantSwitcher(left);
    m_switcher->setVisible(false); // shown from the second tenant on
    m_navigation = new NavigationPane(left);
    leftLayout->addWidget(m_switcher);
    leftLayout->addWidget(m_navigation, 1);
    m_stack = new QStackedWidget(m_splitter);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_stack);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    // The pane is as wide as its longest entries need (a tenant name and its state), not the 256 pixels item
    // views ask for: on a 1024-pixel screen those pixels belong to the device table.
    m_splitter->setSizes({200, 1000});
    setCentralWidget(m_splitter);

    m_tenantLabel = new QLabel(this);
    m_tenantLabel->setObjectName(QStringLiteral("tenantLabel"));
    m_accountLabel = new QLabel(this);
    m_accountLabel->setObjectName(QStringLiteral("accountLabel"));
    statusBar()->addPermanentWidget(m_tenantLabel);
    statusBar()->addPermanentWidget(m_accountLabel);

    buildMenus();
    connect(m_navigation, &NavigationPane::placeRequested, this, &MainWindow::showPlace);
    connect(m_switcher, &TenantSwitcher::tenantRequested, this, [this](const QString &id) {
        if (id == TenantSwitcher::allTenantsId())
            showAllTenants();
        else
            setCurrentTenant(id);
    });
    retranslate();
    // 1200 × 760 where there is room; on a 1024 × 700 screen, the screen's work area less the window frame.
    QSize size(1200, 760);
    if (const QScreen *where = screen()) {
        const QSize room = where->availableGeometry().size() - QSize(16, 40);
        size = size.boundedTo(room).expandedTo(minimumSizeHint());
    }
    resize(size);
    restoreLayout();
    setTabOrder(m_switcher, m_navigation);
    setTabOrder(m_navigation, m_stack);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    m_exportAction = new QAction(Icons::exportFile(), QString(), this);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_preferencesAction = new QAction(Icons::settings(), QString(), this);
    m_preferencesAction->setShortcut(
        QKeySequence::keyBindings(QKeySequence::Preferences)
            .value(0, QKeySequence(Qt::CTRL | Qt::Key_Comma))); // Linux has no standard binding
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    m_signOutAction = new QAction(this);
    m_signOutAction->setObjectName(QStringLiteral("signOutAction"));
    m_signOutAction->setVisible(false);
    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(
        QKeySequence::keyBindings(QKeySequence::Quit).value(0, QKeySequence(Qt::CTRL | Qt::Key_Q)));
    m_quitAction->setMenuRole(QAction::QuitRole);
    m_allDevicesAction = new QAction(Icons::devices(), QString(), this);
    m_allDevicesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_deviceActionsAction = new QAction(Icons::deviceActions(), QString(), this);
    m_deviceActionsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    m_findAction = new QAction(Icons::search(), QString(), this);
    m_findAction->setShortcut(QKeySequence::Find);
    m_refreshAction = new QAction(Icons::refresh(), QString(), this);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_backAction = new QAction(Icons::back(), QString(), this);
    // Alt+Left and the Back key of keyboards and mice; not Backspace (the platform's Back binding on Linux),
    // which would leave a device when a technician only meant to delete a character.
    m_backAction->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Left), QKeySequence(Qt::Key_Back)});
    m_quickSwitchAction = new QAction(this);
    m_quickSwitchAction->setObjectName(QStringLiteral("quickSwitchAction"));
    m_quickSwitchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    // A narrow screen (1024 pixels) gives the pages the width of the navigation pane.
    m_navigationPaneAction = new QAction(this);
    m_navigationPaneAction->setObjectName(QStringLiteral("navigationPaneAction"));
    m_navigationPaneAction->setCheckable(true);
    m_navigationPaneAction->setChecked(true);
    m_navigationPaneAction->setShortcut(QKeySequence(Qt::Key_F9));
    connect(m_navigationPaneAction, &QAction::toggled, this, [this](bool shown) {
        const bool focusInside = m_navigationBox->isAncestorOf(QApplication::focusWidget());
        m_navigationBox->setVisible(shown);
        // Keyboard users land where they can act: in the pane just shown, or on the page when it hides.
        if (shown && isVisible())
            m_navigation->setFocus(Qt::ShortcutFocusReason);
        else if (!shown && focusInside && currentPage())
            currentPage()->setFocus(Qt::ShortcutFocusReason);
    });
    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    buildPaletteActions();

    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_exportAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_preferencesAction);
    m_fileMenu->addAction(m_signOutAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_paletteAction);
    m_viewMenu->addAction(m_quickSwitchAction);
    m_viewMenu->addAction(m_navigationPaneAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_allDevicesAction);
    m_viewMenu->addAction(m_deviceActionsAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_findAction);
    m_viewMenu->addAction(m_refreshAction);
    m_viewMenu->addAction(m_backAction);
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->addActions(m_languageGroup->actions());
    connect(m_languageMenu, &QMenu::aboutToShow, this, &MainWindow::updateLanguageChecks);
    m_actionsMenu = menuBar()->addMenu(QString());
    m_runsAction = new QAction(Icons::deviceActions(), QString(), this);
    m_runsAction->setObjectName(QStringLiteral("bulkRunsAction"));
    m_actionsMenu->addAction(m_runsAction);
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);

    connect(m_exportAction, &QAction::triggered, this, [this] {
        showPlace(Place::AllDevices);
        if (DevicesPage *page = devicesPage())
            page->exportCsv();
    });
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);
    connect(m_signOutAction, &QAction::triggered, this, &MainWindow::signOutRequested);
    connect(m_quitAction, &QAction::triggered, this, &QMainWindow::close);
    connect(m_allDevicesAction, &QAction::triggered, this, [this] { showPlace(Place::AllDevices); });
    connect(m_deviceActionsAction, &QAction::triggered, this, [this] { showPlace(Place::DeviceActions); });
    connect(m_findAction, &QAction::triggered, this, [this] {
        if (isShowingAllTenants()) {
            m_allTenantsPage->focusSearch();
            return;
        }
        showPlace(Place::AllDevices);
        if (DevicesPage *page = devicesPage())
            page->focusSearch();
    });
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refreshCurrent);
    connect(m_backAction, &QAction::triggered, this, &MainWindow::goBack);
    connect(m_quickSwitchAction, &QAction::triggered, this, &MainWindow::openQuickSwitcher);
    connect(m_runsAction, &QAction::triggered, this, [this] {
        if (BulkController *controller = bulk())
            controller->showRuns();
    });
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

DevicesPage *MainWindow::devicesPage() const
{
    return currentTenant() ? currentTenant()->devicesPage() : nullptr;
}

DeviceOverviewPage *MainWindow::overviewPage() const
{
    return currentTenant() ? currentTenant()->overviewPage() : nullptr;
}

DeviceActionsPage *MainWindow::deviceActionsPage() const
{
    return currentTenant() ? currentTenant()->deviceActionsPage() : nullptr;
}

BulkController *MainWindow::bulk() const
{
    return currentTenant() ? currentTenant()->bulk() : nullptr;
}

SandboxBanner *MainWindow::sandboxBanner() const
{
    return currentTenant() ? currentTenant()->sandboxBanner() : nullptr;
}

SignInBanner *MainWindow::signInBanner() const
{
    return currentTenant() ? currentTenant()->signInBanner() : nullptr;
}

QuickSwitcher *MainWindow::quickSwitcher() const
{
    return m_quickSwitcher.data();
}

SignInDialog *MainWindow::signInDialog() const
{
    return m_signInDialog.data();
}

void MainWindow::signInAgain()
{
    TenantPages *pages = currentTenant();
    ConsoleContext *context = pages ? pages->context() : nullptr;
    if (!context || !context->auth)
        return;
    if (m_signInDialog) {
        m_signInDialog->raise();
        m_signInDialog->activateWindow();
        return;
    }
    m_signInDialog = new SignInDialog(*context->auth, m_dialogs, context->tenantName, this);
    m_signInDialog->setAttribute(Qt::WA_DeleteOnClose);
    // Signed in again: reload what the page shows, since requests made while signed out failed.
    connect(m_signInDialog, &QDialog::accepted, pages, &TenantPages::refreshCurrent);
    m_signInDialog->open();
}

void MainWindow::updateAccount()
{
    for (TenantPages *pages : std::as_const(m_tenants)) {
        const ConsoleContext *context = pages->context();
        if (context && context->auth && pages->signInBanner()) {
            const auth::AuthSession &session = *context->auth;
            const QString who =
                session.account().username.isEmpty() ? context->account : session.account().username;
            pages->signInBanner()->setAccount(who);
            pages->signInBanner()->setVisible(session.state() == auth::AuthSession::State::NeedsInteraction);
        }
    }
    const TenantPages *pages = currentTenant();
    const ConsoleContext *context = pages ? pages->context() : nullptr;
    m_tenantLabel->setText(pages ? tr("Tenant: %1").arg(pages->name()) : tr("All tenants"));
    m_signOutAction->setVisible(context && context->auth);
    if (!context) {
        m_accountLabel->setText(pages ? pages->statusText() : QString());
        return;
    }
    if (!context->auth) {
        m_accountLabel->setText(context->account.isEmpty() ? tr("Not signed in")
                                                           : tr("Signed in as %1").arg(context->account));
        return;
    }
    const auth::AuthSession &session = *context->auth;
    const auth::AccountInfo account = session.account();
    const QString who = account.username.isEmpty() ? context->account : account.username;
    if (session.state() == auth::AuthSession::State::NeedsInteraction)
        m_accountLabel->setText(tr("Sign-in expired: %1").arg(who));
    else if (session.isSessionOnly())
        m_accountLabel->setText(tr("Signed in as %1 (this session only, not saved)").arg(who));
    else
        m_accountLabel->setText(tr("Signed in as %1").arg(who));
    m_accountLabel->setToolTip(account.displayName);
    m_signOutAction->setEnabled(session.state() != auth::AuthSession::State::SignedOut);
}

void MainWindow::updateChrome()
{
    TenantPages *pages = currentTenant();
    const bool open = pages && pages->isAttached();
    m_navigation->setEnabled(open);
    if (open)
        m_navigation->setCurrentPlace(pages->place());
    m_backAction->setEnabled(open && pages->canGoBack());
    for (QAction *action :
         {m_exportAction, m_allDevicesAction, m_deviceActionsAction, m_findAction, m_refreshAction})
        action->setEnabled(open);
    // The Actions menu holds the current tenant's bulk command.
    if (m_shownBulkAction)
        m_actionsMenu->removeAction(m_shownBulkAction);
    m_shownBulkAction = open ? pages->devicesPage()->bulkAction() : nullptr;
    if (m_shownBulkAction)
        m_actionsMenu->insertAction(m_runsAction, m_shownBulkAction);
    m_runsAction->setVisible(open && pages->bulk());
    QString place;
    if (!pages)
        place = tr("All tenants");
    else if (!open)
        place = tr("%1 — %2", "tenant — state").arg(pages->name(), pages->statusText());
    else if (pages->currentPage() == pages->deviceActionsPage())
        place = tr("%1 — Device actions", "tenant — page").arg(pages->name());
    else if (pages->currentPage() == pages->overviewPage())
        place = tr("%1 — Device overview", "tenant — page").arg(pages->name());
    else
        place = tr("%1 — All devices", "tenant — page").arg(pages->name());
    setWindowTitle(place);
    updateAccount();
}

QWidget *MainWindow::currentPage() const
{
    if (const TenantPages *pages = currentTenant())
        return pages->currentPage();
    return m_stack->currentWidget();
}

void MainWindow::showPlace(Place place)
{
    if (!currentTenant() && !m_tenants.isEmpty())
        setCurrentTenant(m_tenants.constFirst()->id());
    if (TenantPages *pages = currentTenant())
        pages->showPlace(place);
}

void MainWindow::openDevice(const QString &deviceId)
{
    if (TenantPages *pages = currentTenant())
        pages->openDevice(deviceId);
}

void MainWindow::goBack()
{
    if (TenantPages *pages = currentTenant())
        pages->goBack();
}

void MainWindow::refreshCurrent()
{
    if (TenantPages *pages = currentTenant())
        pages->refreshCurrent();
}

void MainWindow::showPreferences()
{
    const QString current = m_settings ? m_settings->value(kLanguageKey).toString() : QString();
    TenantFields tenant;
    QList<auth::TenantProfile> roster;
    if (m_settings) {
        const auth::TenantSettings settings(m_settings);
        tenant = {settings.tenant(), settings.clientId(), settings.cloud()};
        roster = auth::TenantRoster(m_settings).profiles();
    }
    auto *dialog = new SettingsDialog(current, tenant, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setRoster(roster);
    if (m_settings)
        dialog->setMaxWrites(
            m_settings->value(QLatin1String(SettingsDialog::kMaxWritesKey), SettingsDialog::kDefaultMaxWrites)
                .toInt());
    if (m_settings) {
        dialog->setVerifyCaller(
            m_settings->value(QLatin1String(DeviceOverviewPage::kVerifyCallerKey), true).toBool());
        dialog->setNotificationsEnabled(
            m_settings->value(QLatin1String(SettingsDialog::kNotificationsKey), true).toBool());
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog, tenant] {
        const QString language = dialog->language();
        if (m_settings) {
            m_settings->setValue(kLanguageKey, language);
            m_settings->setValue(QLatin1String(SettingsDialog::kMaxWritesKey), dialog->maxWrites());
            m_settings->setValue(QLatin1String(DeviceOverviewPage::kVerifyCallerKey), dialog->verifyCaller());
            m_settings->setValue(QLatin1String(SettingsDialog::kNotificationsKey),
                                 dialog->notificationsEnabled());
        }
        for (TenantPages *pages : std::as_const(m_tenants)) {
            if (pages->context() && pages->context()->applyMaxWrites)
                pages->context()->applyMaxWrites(dialog->maxWrites());
            if (pages->overviewPage())
                pages->overviewPage()->applyPreferences();
        }
        if (m_applyLanguage)
            m_applyLanguage(language);
        else
            statusBar()->showMessage(tr("The new language applies at the next start."), kStatusTimeoutMs);
        // Last: the receivers open and close tenants (later, from the event loop).
        if (const RosterChanges changes = dialog->rosterChanges(); !changes.isEmpty())
            Q_EMIT rosterChanged(changes);
        else if (dialog->tenant() != tenant)
            Q_EMIT tenantChangeRequested(dialog->tenant());
    });
    dialog->open();
}

void MainWindow::showAbout()
{
    auto *box =
        new QMessageBox(QMessageBox::Information, tr("About Passcode Console"),
                        tr("<b>Passcode Console</b> %1<br>A Microsoft Intune helpdesk console for device "
                           "passcode actions: reset, remove and PIN reset, with the reasons when an action "
                           "does not apply.<br>License: GPL-3.0-or-later.")
                            .arg(QApplication::applicationVersion().toHtmlEscaped()),
                        QMessageBox::Close, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_viewMenu->setTitle(tr("&View"));
    m_actionsMenu->setTitle(tr("&Actions"));
    m_runsAction->setText(tr("Bulk passcode &runs…"));
    m_helpMenu->setTitle(tr("&Help"));
    m_exportAction->setText(tr("&Export devices to CSV…"));
    m_preferencesAction->setText(tr("&Preferences…"));
    m_signOutAction->setText(tr("Sign &out"));
    m_quitAction->setText(tr("&Quit"));
    m_allDevicesAction->setText(tr("&All devices"));
    m_deviceActionsAction->setText(tr("&Device actions"));
    m_findAction->setText(tr("&Find a device"));
    m_refreshAction->setText(tr("&Refresh"));
    m_backAction->setText(tr("&Back"));
    m_quickSwitchAction->setText(tr("Switch &tenant…"));
    m_navigationPaneAction->setText(tr("&Navigation pane"));
    m_navigationPaneAction->setToolTip(tr("Show or hide the tenants and pages on the left (F9)"));
    m_aboutAction->setText(tr("&About Passcode Console"));
    retranslatePalette();
    updateChrome();
}

void MainWindow::restoreLayout()
{
    if (!m_settings)
        return;
    const QSettings &s = *m_settings;
    restoreGeometry(s.value(kGeometryKey).toByteArray());
    restoreState(s.value(kStateKey).toByteArray());
    m_splitter->restoreState(s.value(kSplitterKey).toByteArray());
    m_navigationPaneAction->setChecked(s.value(kNavigationPaneKey, true).toBool());
}

void MainWindow::saveLayout()
{
    if (!m_settings)
        return;
    QSettings &s = *m_settings;
    s.setValue(kGeometryKey, saveGeometry());
    s.setValue(kStateKey, saveState());
    s.setValue(kSplitterKey, m_splitter->saveState());
    s.setValue(kNavigationPaneKey, m_navigationPaneAction->isChecked());
    if (DevicesPage *page = devicesPage())
        page->saveState(s);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
    if (event->isAccepted())
        Q_EMIT closed();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_fileMenu)
        retranslate();
    QMainWindow::changeEvent(event);
}

} // namespace passcode::ui
