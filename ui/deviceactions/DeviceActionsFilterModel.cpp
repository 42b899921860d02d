// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/deviceactions/DeviceActionsFilterModel.h"

#include "ui/deviceactions/DeviceActionsModel.h"

namespace passcode::ui {

DeviceActionsFilterModel::DeviceActionsFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(DeviceActionsModel::SortRole);
    setDynamicSortFilter(true);
}

DeviceActionsFilterModel::~DeviceActionsFilterModel() = default;

void DeviceActionsFilterModel::setStateFilter(std::optional<actions::ActionState> state)
{
    if (state == m_state)
        return;
    m_state = state;
    invalidateFilter();
}

void DeviceActionsFilterModel::setActionFilter(std::optional<QString> action)
{
    if (action == m_action)
        return;
    m_action = std::move(action);
    invalidateFilter();
}

void DeviceActionsFilterModel::setTenantFilter(std::optional<QString> tenantId)
{
    if (tenantId == m_tenant)
        return;
    m_tenant = std::move(tenantId);
    invalidateFilter();
}

bool DeviceActionsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_state && idx.data(DeviceActionsModel::StateRole).toInt() != static_cast<int>(*m_state))
        return false;
    if (m_action &&
        idx.data(DeviceActionsModel::ActionRole).toString().compare(*m_action, Qt::CaseInsensitive) != 0)
        return false;
    if (m_tenant && idx.data(DeviceActionsModel::TenantIdRole).toString() != *m_tenant)
        return false;
    return true;
}

} // namespace passcode::ui
