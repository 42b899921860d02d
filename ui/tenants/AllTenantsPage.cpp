// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/tenants/AllTenantsPage.h"

#include "ui/common/Headings.h"
#include "ui/tenants/AllTenantsActionsPage.h"
#include "ui/tenants/CrossTenantSearchPage.h"

#include <QEvent>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace passcode::ui {

AllTenantsPage::AllTenantsPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("allTenantsPage"));
    auto *layout = new QVBoxLayout(this);
    m_title = newPageTitle(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("allTenantsTabs"));
    m_search = new CrossTenantSearchPage(m_tabs);
    m_actions = new AllTenantsActionsPage(m_tabs);
    m_tabs->addTab(m_search, QString());
    m_tabs->addTab(m_actions, QString());
    layout->addWidget(m_title);
    layout->addWidget(m_tabs, 1);
    connect(m_search, &CrossTenantSearchPage::deviceRequested, this, &AllTenantsPage::deviceRequested);
    connect(m_actions, &AllTenantsActionsPage::deviceRequested, this, &AllTenantsPage::deviceRequested);
    retranslate();
}

AllTenantsPage::~AllTenantsPage() = default;

void AllTenantsPage::setTenants(const TenantHandles &tenants)
{
    m_search->setTenants(tenants);
    m_actions->setTenants(tenants);
}

void AllTenantsPage::focusSearch()
{
    m_tabs->setCurrentWidget(m_search);
    m_search->focusSearch();
}

void AllTenantsPage::retranslate()
{
    m_title->setText(tr("All tenants"));
    m_tabs->setTabText(m_tabs->indexOf(m_search), tr("&Search"));
    m_tabs->setTabText(m_tabs->indexOf(m_actions), tr("Device &actions"));
    m_tabs->setAccessibleName(tr("All tenants"));
}

void AllTenantsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace passcode::ui
