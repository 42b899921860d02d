// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow: the tenants it shows (added, attached once open, detached, removed), the current one, the
// switchers and the All tenants place.
#include "ui/mainwindow/MainWindow.h"

#include "core/auth/AuthSession.h"
#include "ui/ConsoleContext.h"
#include "ui/devices/DevicesPage.h"
#include "ui/mainwindow/QuickSwitcher.h"
#include "ui/mainwindow/TenantPages.h"
#include "ui/mainwindow/TenantSwitcher.h"
#include "ui/overview/DeviceOverviewPage.h"
#include "ui/signin/SignInDialog.h"
#include "ui/tenants/AllTenantsPage.h"

#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>

namespace passcode::ui {

TenantPages *MainWindow::addTenant(const TenantEntry &entry)
{
    auto *pages = new TenantPages(entry.id, entry.name, entry.color, m_stack);
    m_stack->addWidget(pages);
    m_tenants.append(pages);
    m_switcher->setTenant(entry);
    m_switcher->setVisible(m_tenants.size() > 1);
    pages->setStatus(entry.state, false);
    connect(pages, &TenantPages::pageChanged, this, [this, pages] {
        if (pages == currentTenant())
            updateChrome();
    });
    connect(pages, &TenantPages::statusMessage, this, [this, pages](const QString &message) {
        // Another tenant's news is named, so that it is not taken for the current tenant's.
        statusBar()->showMessage(
            pages == currentTenant() ? message : tr("%1: %2", "tenant: message").arg(pages->name(), message),
            kStatusTimeoutMs);
    });
    connect(pages, &TenantPages::signInRequested, this, [this, pages] { onTenantSignInRequested(pages); });
    connect(pages, &TenantPages::deviceOpened, this,
            [this, pages](const QString &deviceId) { noteRecentDevice(pages, deviceId); });
    if (m_tenants.size() == 1)
        setCurrentTenant(entry.id);
    return pages;
}

void MainWindow::attachTenant(const QString &id, ConsoleContext &context)
{
    TenantPages *pages = tenantPages(id);
    if (!pages)
        return;
    pages->attach(context);
    if (m_settings)
        pages->devicesPage()->restoreState(*m_settings);
    if (context.auth) {
        connect(context.auth, &auth::AuthSession::stateChanged, pages->devicesPage(),
                [this] { updateAccount(); });
        connect(context.auth, &auth::AuthSession::accountChanged, pages->devicesPage(),
                [this] { updateAccount(); });
        connect(context.auth, &auth::AuthSession::errorOccurred, pages->devicesPage(),
                [this](const Error &error) { statusBar()->showMessage(error.message, kStatusTimeoutMs); });
    }
    if (pages == currentTenant())
        updateChrome();
}

void MainWindow::detachTenant(const QString &id)
{
    if (TenantPages *pages = tenantPages(id)) {
        if (pages == currentTenant() && m_signInDialog)
            delete m_signInDialog.data();
        pages->detach();
        if (pages == currentTenant())
            updateChrome();
    }
}

void MainWindow::removeTenant(const QString &id)
{
    TenantPages *pages = tenantPages(id);
    if (!pages)
        return;
    const bool wasCurrent = pages == currentTenant();
    pages->detach();
    m_tenants.removeOne(pages);
    m_switcher->removeTenant(id);
    m_switcher->setVisible(m_tenants.size() > 1);
    delete pages;
    if (wasCurrent && !m_tenants.isEmpty())
        setCurrentTenant(m_tenants.constFirst()->id());
}

void MainWindow::setTenantState(const QString &id, const QString &state, bool signInOffered)
{
    TenantPages *pages = tenantPages(id);
    if (!pages)
        return;
    pages->setStatus(state, signInOffered);
    m_switcher->setTenant({id, pages->name(), pages->color(), state});
}

TenantPages *MainWindow::tenantPages(const QString &id) const
{
    for (TenantPages *pages : m_tenants) {
        if (pages->id() == id)
            return pages;
    }
    return nullptr;
}

TenantPages *MainWindow::currentTenant() const
{
    return qobject_cast<TenantPages *>(m_stack->currentWidget());
}

QString MainWindow::currentTenantId() const
{
    const TenantPages *pages = currentTenant();
    return pages ? pages->id() : QString();
}

void MainWindow::setCurrentTenant(const QString &id)
{
    TenantPages *pages = tenantPages(id);
    if (!pages)
        return;
    const bool changed = pages != currentTenant();
    m_stack->setCurrentWidget(pages);
    m_switcher->setCurrentTenant(id);
    updateChrome();
    if (!changed)
        return;
    Q_EMIT currentTenantChanged(id);
    // Switched to a tenant that waits for its sign-in: the sign-in is offered at once.
    if (!pages->isAttached() && pages->signInButton()->isVisible() && isVisible())
        Q_EMIT signInRequested(id);
}

void MainWindow::showAllTenants()
{
    if (!m_allTenantsPage) {
        m_allTenantsPage = new AllTenantsPage(m_stack);
        m_allTenantsPage->setTenants(m_handles);
        connect(this, &MainWindow::tenantHandlesChanged, m_allTenantsPage, &AllTenantsPage::setTenants);
        connect(m_allTenantsPage, &AllTenantsPage::deviceRequested, this,
                [this](const QString &tenantId, const QString &deviceId) {
                    setCurrentTenant(tenantId);
                    if (currentTenantId() == tenantId)
                        openDevice(deviceId);
                });
        m_stack->addWidget(m_allTenantsPage);
    }
    m_stack->setCurrentWidget(m_allTenantsPage);
    m_allTenantsPage->focusSearch();
    m_switcher->setCurrentTenant(TenantSwitcher::allTenantsId());
    updateChrome();
    Q_EMIT currentTenantChanged(TenantSwitcher::allTenantsId());
}

bool MainWindow::isShowingDevice(const QString &tenantId, const QString &deviceId) const
{
    if (!isActiveWindow() || isShowingAllTenants())
        return false;
    const TenantPages *pages = currentTenant();
    return pages && pages->id() == tenantId && pages->overviewPage() &&
           pages->currentPage() == pages->overviewPage() && pages->overviewPage()->deviceId() == deviceId;
}

void MainWindow::showDevice(const QString &tenantId, const QString &deviceId)
{
    TenantPages *pages = tenantPages(tenantId);
    if (!pages || !pages->isAttached())
        return;
    setCurrentTenant(tenantId);
    openDevice(deviceId);
    if (isMinimized())
        setWindowState(windowState() & ~Qt::WindowMinimized);
    show();
    raise();
    activateWindow();
}

bool MainWindow::isShowingAllTenants() const
{
    return m_allTenantsPage && m_stack->currentWidget() == m_allTenantsPage;
}

void MainWindow::setTenantHandles(const TenantHandles &handles)
{
    m_handles = handles;
    Q_EMIT tenantHandlesChanged(m_handles);
}

void MainWindow::openQuickSwitcher()
{
    if (m_tenants.size() < 2)
        return;
    if (m_quickSwitcher) {
        m_quickSwitcher->raise();
        return;
    }
    m_quickSwitcher = new QuickSwitcher(m_switcher->tenants(), this);
    connect(m_quickSwitcher, &QuickSwitcher::chosen, this, [this](const QString &id) {
        if (id == TenantSwitcher::allTenantsId())
            showAllTenants();
        else
            setCurrentTenant(id);
        if (TenantPages *pages = currentTenant())
            pages->focusPage();
    });
    m_quickSwitcher->popUp(this);
}

void MainWindow::onTenantSignInRequested(TenantPages *pages)
{
    if (pages->isAttached()) {
        setCurrentTenant(pages->id());
        signInAgain();
    } else {
        Q_EMIT signInRequested(pages->id());
    }
}

} // namespace passcode::ui
