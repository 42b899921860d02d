// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/MainWindow.h"

#include "core/actions/ActionService.h"
#include "core/auth/AuthSession.h"
#include "core/auth/TenantSettings.h"
#include "core/devices/DeviceDirectory.h"
#include "core/devices/DeviceDirectoryLoader.h"
#include "ui/ConsoleContext.h"
#include "ui/bulk/BulkController.h"
#include "ui/common/Icons.h"
#include "ui/deviceactions/DeviceActionsPage.h"
#include "ui/devices/DevicesPage.h"
#include "ui/mainwindow/SandboxBanner.h"
#include "ui/overview/DeviceOverviewPage.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/signin/SignInBanner.h"
#include "ui/signin/SignInDialog.h"

#include <QTableView>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace passcode::ui {

namespace {
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kSplitterKey = QStringLiteral("mainWindow/splitter");
const QString kLanguageKey = QStringLiteral("ui/language");
constexpr int kStatusTimeoutMs = 8000;
} // namespace

MainWindow::MainWindow(ConsoleContext &context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("mainWindow"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    if (context.isSandbox) {
        m_banner = new SandboxBanner(central);
        layout->addWidget(m_banner);
    }
    if (context.auth) {
        m_signInBanner = new SignInBanner(central);
        m_signInBanner->setVisible(false);
        layout->addWidget(m_signInBanner);
    }
    m_splitter = new QSplitter(Qt::Horizontal, central);
    m_navigation = new NavigationPane(m_splitter);
    m_pages = new QStackedWidget(m_splitter);
    m_devicesPage = new DevicesPage(context.directory, context.clock, context.dialogs, m_pages);
    m_devicesPage->setTracker(&context.tracker);
    m_overviewPage = new DeviceOverviewPage(context, m_pages);
    m_actionsPage = new DeviceActionsPage(context.auditFeed, context.clock, m_pages);
    m_pages->addWidget(m_devicesPage);
    m_pages->addWidget(m_overviewPage);
    m_pages->addWidget(m_actionsPage);
    m_splitter->addWidget(m_navigation);
    m_splitter->addWidget(m_pages);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    m_tenantLabel = new QLabel(this);
    m_tenantLabel->setObjectName(QStringLiteral("tenantLabel"));
    m_accountLabel = new QLabel(this);
    m_accountLabel->setObjectName(QStringLiteral("accountLabel"));
    statusBar()->addPermanentWidget(m_tenantLabel);
    statusBar()->addPermanentWidget(m_accountLabel);

    buildMenus();
    wire();
    retranslate();
    showPlace(Place::AllDevices);
    resize(1200, 760);
    restoreLayout();
    setTabOrder(m_navigation, m_pages);
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
    m_signOutAction->setVisible(m_context.auth != nullptr);
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
    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);

    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_exportAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_preferencesAction);
    m_fileMenu->addAction(m_signOutAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_allDevicesAction);
    m_viewMenu->addAction(m_deviceActionsAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_findAction);
    m_viewMenu->addAction(m_refreshAction);
    m_viewMenu->addAction(m_backAction);
    m_actionsMenu = menuBar()->addMenu(QString());
    m_actionsMenu->addAction(m_devicesPage->bulkAction());
    m_runsAction = new QAction(Icons::deviceActions(), QString(), this);
    m_runsAction->setObjectName(QStringLiteral("bulkRunsAction"));
    m_actionsMenu->addAction(m_runsAction);
    m_devicesPage->bulkAction()->setVisible(m_context.bulk != nullptr);
    m_runsAction->setVisible(m_context.bulk != nullptr);
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);

    connect(m_exportAction, &QAction::triggered, this, [this] {
        showPlace(Place::AllDevices);
        m_devicesPage->exportCsv();
    });
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);
    connect(m_signOutAction, &QAction::triggered, this, &MainWindow::signOutRequested);
    connect(m_quitAction, &QAction::triggered, this, &QMainWindow::close);
    connect(m_allDevicesAction, &QAction::triggered, this, [this] { showPlace(Place::AllDevices); });
    connect(m_deviceActionsAction, &QAction::triggered, this, [this] { showPlace(Place::DeviceActions); });
    connect(m_findAction, &QAction::triggered, this, [this] {
        showPlace(Place::AllDevices);
        m_devicesPage->focusSearch();
    });
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refreshCurrent);
    connect(m_backAction, &QAction::triggered, this, &MainWindow::goBack);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::wire()
{
    ConsoleContext &c = m_context;
    connect(m_navigation, &NavigationPane::placeRequested, this, &MainWindow::showPlace);
    connect(m_devicesPage, &DevicesPage::refreshRequested, &c.loader,
            &devices::DeviceDirectoryLoader::refresh);
    connect(m_devicesPage, &DevicesPage::cancelRequested, &c.loader, &devices::DeviceDirectoryLoader::cancel);
    connect(m_devicesPage, &DevicesPage::deviceActivated, this, &MainWindow::openDevice);
    if (c.bulk) {
        m_bulk = new BulkController(*c.bulk, c.tracker, c.clock, c.dialogs, c.tenantName, this);
        connect(m_devicesPage, &DevicesPage::bulkActionRequested, m_bulk, &BulkController::planFor);
        connect(m_runsAction, &QAction::triggered, m_bulk, &BulkController::showRuns);
        // Once the window is up: an interrupted run is offered for resume.
        QTimer::singleShot(0, m_bulk, [bulk = m_bulk] { bulk->offerResume(); });
    }
    connect(m_actionsPage, &DeviceActionsPage::deviceActivated, this, &MainWindow::openDevice);
    connect(m_overviewPage, &DeviceOverviewPage::allDevicesRequested, this, [this] {
        showPlace(Place::AllDevices);
        m_devicesPage->view()->setFocus();
    });
    // A device read by id is the freshest copy: the list shows it too.
    connect(&c.service, &actions::ActionService::deviceFetched, &c.directory,
            [&directory = c.directory](const devices::Device &device) { directory.upsert(device); });
    const auto showMessage = [this](const QString &message) {
        statusBar()->showMessage(message, kStatusTimeoutMs);
    };
    connect(m_devicesPage, &DevicesPage::statusMessage, this, showMessage);
    connect(m_overviewPage, &DeviceOverviewPage::statusMessage, this, showMessage);
    connect(m_actionsPage, &DeviceActionsPage::statusMessage, this, showMessage);
    // The action goes on, but the technician should know that this console's record of it may be missing.
    connect(&c.service, &actions::ActionService::journalError, this, [this](const Error &error) {
        statusBar()->showMessage(tr("The action journal could not be written: %1").arg(error.message), 0);
    });
    if (c.auth) {
        connect(c.auth, &auth::AuthSession::stateChanged, this, &MainWindow::updateAccount);
        connect(c.auth, &auth::AuthSession::accountChanged, this, &MainWindow::updateAccount);
        connect(m_signInBanner, &SignInBanner::signInRequested, this, &MainWindow::signInAgain);
        connect(c.auth, &auth::AuthSession::errorOccurred, this,
                [this](const Error &error) { statusBar()->showMessage(error.message, kStatusTimeoutMs); });
    }
}

SignInDialog *MainWindow::signInDialog() const
{
    return m_signInDialog.data();
}

void MainWindow::signInAgain()
{
    if (!m_context.auth)
        return;
    if (m_signInDialog) {
        m_signInDialog->raise();
        m_signInDialog->activateWindow();
        return;
    }
    m_signInDialog = new SignInDialog(*m_context.auth, m_context.dialogs, m_context.tenantName, this);
    m_signInDialog->setAttribute(Qt::WA_DeleteOnClose);
    // Signed in again: reload what the page shows, since requests made while signed out failed.
    connect(m_signInDialog, &QDialog::accepted, this, &MainWindow::refreshCurrent);
    m_signInDialog->open();
}

void MainWindow::updateAccount()
{
    if (!m_context.auth) {
        m_accountLabel->setText(m_context.account.isEmpty() ? tr("Not signed in")
                                                            : tr("Signed in as %1").arg(m_context.account));
        return;
    }
    const auth::AuthSession &session = *m_context.auth;
    const auth::AccountInfo account = session.account();
    const QString who = account.username.isEmpty() ? m_context.account : account.username;
    const bool expired = session.state() == auth::AuthSession::State::NeedsInteraction;
    if (expired)
        m_accountLabel->setText(tr("Sign-in expired: %1").arg(who));
    else if (session.isSessionOnly())
        m_accountLabel->setText(tr("Signed in as %1 (this session only, not saved)").arg(who));
    else
        m_accountLabel->setText(tr("Signed in as %1").arg(who));
    m_accountLabel->setToolTip(account.displayName);
    m_signInBanner->setAccount(who);
    m_signInBanner->setVisible(expired);
    m_signOutAction->setEnabled(session.state() != auth::AuthSession::State::SignedOut);
}

QWidget *MainWindow::currentPage() const
{
    return m_pages->currentWidget();
}

void MainWindow::showPlace(Place place)
{
    m_navigation->setCurrentPlace(place);
    m_pages->setCurrentWidget(place == Place::DeviceActions ? static_cast<QWidget *>(m_actionsPage)
                                                            : static_cast<QWidget *>(m_devicesPage));
    m_backAction->setEnabled(false);
}

void MainWindow::openDevice(const QString &deviceId)
{
    if (m_pages->currentWidget() != m_overviewPage)
        m_returnPlace = m_pages->currentWidget() == m_actionsPage ? Place::DeviceActions : Place::AllDevices;
    m_overviewPage->openDevice(deviceId);
    m_pages->setCurrentWidget(m_overviewPage);
    m_navigation->setCurrentPlace(Place::AllDevices);
    m_backAction->setEnabled(true);
    m_overviewPage->setFocus();
}

void MainWindow::goBack()
{
    if (m_pages->currentWidget() != m_overviewPage)
        return;
    showPlace(m_returnPlace);
    if (m_returnPlace == Place::AllDevices)
        m_devicesPage->view()->setFocus();
}

void MainWindow::refreshCurrent()
{
    QWidget *page = m_pages->currentWidget();
    if (page == m_devicesPage)
        m_context.loader.refresh();
    else if (page == m_actionsPage)
        m_actionsPage->refresh();
    else if (page == m_overviewPage && !m_overviewPage->deviceId().isEmpty())
        m_overviewPage->openDevice(m_overviewPage->deviceId());
}

void MainWindow::showPreferences()
{
    const QString current =
        m_context.settings ? m_context.settings->value(kLanguageKey).toString() : QString();
    TenantFields tenant;
    if (m_context.settings) {
        const auth::TenantSettings settings(m_context.settings);
        tenant = {settings.tenant(), settings.clientId(), settings.cloud()};
    }
    auto *dialog = new SettingsDialog(current, tenant, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_context.settings)
        dialog->setMaxWrites(
            m_context.settings
                ->value(QLatin1String(SettingsDialog::kMaxWritesKey), SettingsDialog::kDefaultMaxWrites)
                .toInt());
    connect(dialog, &QDialog::accepted, this, [this, dialog, tenant] {
        const QString language = dialog->language();
        if (m_context.settings) {
            m_context.settings->setValue(kLanguageKey, language);
            m_context.settings->setValue(QLatin1String(SettingsDialog::kMaxWritesKey), dialog->maxWrites());
        }
        if (m_context.applyMaxWrites)
            m_context.applyMaxWrites(dialog->maxWrites());
        if (m_context.applyLanguage)
            m_context.applyLanguage(language);
        else
            statusBar()->showMessage(tr("The new language applies at the next start."), kStatusTimeoutMs);
        // Last: the receiver replaces this window (later, from the event loop).
        if (dialog->tenant() != tenant)
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
    setWindowTitle(m_context.isSandbox ? tr("Passcode Console — %1 (sandbox)").arg(m_context.tenantName)
                                       : tr("Passcode Console — %1").arg(m_context.tenantName));
    m_tenantLabel->setText(tr("Tenant: %1").arg(m_context.tenantName));
    updateAccount();
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
    m_aboutAction->setText(tr("&About Passcode Console"));
}

void MainWindow::restoreLayout()
{
    if (!m_context.settings)
        return;
    const QSettings &s = *m_context.settings;
    restoreGeometry(s.value(kGeometryKey).toByteArray());
    restoreState(s.value(kStateKey).toByteArray());
    m_splitter->restoreState(s.value(kSplitterKey).toByteArray());
    m_devicesPage->restoreState(s);
}

void MainWindow::saveLayout()
{
    if (!m_context.settings)
        return;
    QSettings &s = *m_context.settings;
    s.setValue(kGeometryKey, saveGeometry());
    s.setValue(kStateKey, saveState());
    s.setValue(kSplitterKey, m_splitter->saveState());
    m_devicesPage->saveState(s);
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
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

} // namespace passcode::ui
