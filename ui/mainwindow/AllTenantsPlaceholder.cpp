// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/AllTenantsPlaceholder.h"

#include "ui/mainwindow/TenantSwitcher.h"

#include <QEvent>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace passcode::ui {

AllTenantsPlaceholder::AllTenantsPlaceholder(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("allTenantsPage"));
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    m_title->setFont(font);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("allTenantsList"));
    m_list->setRootIsDecorated(false);
    m_list->setColumnCount(2);
    layout->addWidget(m_title);
    layout->addWidget(m_list, 1);
    retranslate();
}

AllTenantsPlaceholder::~AllTenantsPlaceholder() = default;

void AllTenantsPlaceholder::setTenants(const TenantHandles &tenants)
{
    m_tenants = tenants;
    m_list->clear();
    for (const TenantHandle &tenant : tenants) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setIcon(0, tenantSwatch(tenant.color));
        item->setText(0, tenant.name);
        item->setText(1, tenant.problem.isEmpty() ? tr("Ready to search") : tenant.problem);
    }
}

void AllTenantsPlaceholder::retranslate()
{
    m_title->setText(tr("All tenants"));
    m_list->setHeaderLabels({tr("Tenant"), tr("State")});
    m_list->setAccessibleName(tr("Open tenants"));
    setTenants(m_tenants);
}

void AllTenantsPlaceholder::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace passcode::ui
