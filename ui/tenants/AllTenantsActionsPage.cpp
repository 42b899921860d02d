// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/tenants/AllTenantsActionsPage.h"

#include "ui/common/Headings.h"
#include "ui/deviceactions/DeviceActionsFilterModel.h"
#include "ui/deviceactions/DeviceActionsModel.h"
#include "ui/tenants/AllTenantsActionsModel.h"
#include "ui/tenants/CrossTenantResultsModel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace passcode::ui {

AllTenantsActionsPage::AllTenantsActionsPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new AllTenantsActionsModel(this))
    , m_filter(new DeviceActionsFilterModel(this))
{
    setObjectName(QStringLiteral("allTenantsActionsPage"));
    m_filter->setSourceModel(m_model);
    auto *layout = new QVBoxLayout(this);
    m_title = newPageTitle(this);
    layout->addWidget(m_title);
    auto *tools = new QHBoxLayout;
    m_tenantFilter = new QComboBox(this);
    m_tenantFilter->setObjectName(QStringLiteral("tenantFilter"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("actionsCount"));
    tools->addWidget(m_tenantFilter);
    tools->addWidget(m_count, 1);
    layout->addLayout(tools);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("allTenantsActions"));
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(1 + DeviceActionsModel::Requested, Qt::DescendingOrder);
    layout->addWidget(m_view, 1);
    setTabOrder(m_tenantFilter, m_view);

    connect(m_tenantFilter, &QComboBox::currentIndexChanged, this, &AllTenantsActionsPage::applyTenantFilter);
    connect(m_view, &QTableView::activated, this, &AllTenantsActionsPage::activateRow);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &AllTenantsActionsPage::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &AllTenantsActionsPage::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &AllTenantsActionsPage::updateCount);
    retranslate();
}

AllTenantsActionsPage::~AllTenantsActionsPage() = default;

void AllTenantsActionsPage::setTenants(const TenantHandles &tenants)
{
    m_model->setTenants(tenants);
    fillTenantFilter();
    updateCount();
}

void AllTenantsActionsPage::retranslate()
{
    m_title->setText(tr("Device actions — all tenants"));
    m_tenantFilter->setAccessibleName(tr("Tenant filter"));
    m_view->setAccessibleName(tr("Device actions of every tenant"));
    m_model->retranslate();
    fillTenantFilter();
    updateCount();
}

void AllTenantsActionsPage::fillTenantFilter()
{
    const QVariant current = m_tenantFilter->currentData();
    const QSignalBlocker block(m_tenantFilter);
    m_tenantFilter->clear();
    m_tenantFilter->addItem(tr("All tenants"), QString());
    for (const TenantHandle &t : m_model->tenants())
        m_tenantFilter->addItem(CrossTenantResultsModel::swatch(t.color), t.name, t.id);
    const int at = current.isValid() ? m_tenantFilter->findData(current) : 0;
    m_tenantFilter->setCurrentIndex(at >= 0 ? at : 0);
    applyTenantFilter();
}

void AllTenantsActionsPage::applyTenantFilter()
{
    const QString id = m_tenantFilter->currentData().toString();
    m_filter->setTenantFilter(id.isEmpty() ? std::nullopt : std::optional<QString>(id));
    updateCount();
}

void AllTenantsActionsPage::updateCount()
{
    m_count->setText(tr("%Ln action(s)", nullptr, m_filter->rowCount()));
}

void AllTenantsActionsPage::activateRow(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const QString tenant = index.data(DeviceActionsModel::TenantIdRole).toString();
    const QString device = index.data(DeviceActionsModel::DeviceIdRole).toString();
    if (!tenant.isEmpty() && !device.isEmpty())
        Q_EMIT deviceRequested(tenant, device);
}

void AllTenantsActionsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace passcode::ui
