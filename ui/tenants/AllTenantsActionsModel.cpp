// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/tenants/AllTenantsActionsModel.h"

#include "core/actions/AuditFeed.h"
#include "ui/deviceactions/DeviceActionsModel.h"
#include "ui/tenants/CrossTenantResultsModel.h"

#include <algorithm>

namespace passcode::ui {

static_assert(AllTenantsActionsModel::ColumnCount == 1 + DeviceActionsModel::ColumnCount);

AllTenantsActionsModel::AllTenantsActionsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_offsets.push_back(0);
}

AllTenantsActionsModel::~AllTenantsActionsModel() = default;

void AllTenantsActionsModel::setTenants(const TenantHandles &tenants)
{
    beginResetModel();
    m_models.clear();
    m_tenants = tenants;
    m_swatches.clear();
    for (int i = 0; i < tenants.size(); ++i) {
        const TenantHandle &t = tenants.at(i);
        m_swatches.append(CrossTenantResultsModel::swatch(t.color));
        auto model = std::make_unique<DeviceActionsModel>();
        DeviceActionsModel *m = model.get();
        if (t.auditFeed) {
            m->setRows(t.auditFeed->rows());
            connect(t.auditFeed, &actions::AuditFeed::refreshed, this,
                    [m](const QList<actions::RemoteActionAudit> &rows) { m->setRows(rows); });
        }
        // A tenant model's structure changes reset this one; its data changes are mapped.
        const auto begin = [this] {
            beginResetModel();
        };
        const auto end = [this] {
            rebuildOffsets();
            endResetModel();
        };
        connect(m, &QAbstractItemModel::modelAboutToBeReset, this, begin);
        connect(m, &QAbstractItemModel::modelReset, this, end);
        connect(m, &QAbstractItemModel::rowsAboutToBeInserted, this, begin);
        connect(m, &QAbstractItemModel::rowsInserted, this, end);
        connect(m, &QAbstractItemModel::rowsAboutToBeRemoved, this, begin);
        connect(m, &QAbstractItemModel::rowsRemoved, this, end);
        connect(m, &QAbstractItemModel::dataChanged, this,
                [this, i](const QModelIndex &from, const QModelIndex &to, const QList<int> &roles) {
                    const int base = m_offsets[static_cast<std::size_t>(i)];
                    Q_EMIT dataChanged(index(base + from.row(), 0), index(base + to.row(), ColumnCount - 1),
                                       roles);
                });
        m_models.push_back(std::move(model));
    }
    rebuildOffsets();
    endResetModel();
}

void AllTenantsActionsModel::rebuildOffsets()
{
    m_offsets.assign(1, 0);
    for (const std::unique_ptr<DeviceActionsModel> &m : m_models)
        m_offsets.push_back(m_offsets.back() + m->rowCount());
}

std::pair<int, int> AllTenantsActionsModel::locate(int row) const
{
    const auto after = std::upper_bound(m_offsets.cbegin(), m_offsets.cend(), row);
    const int tenant = static_cast<int>(after - m_offsets.cbegin()) - 1;
    return {tenant, row - m_offsets[static_cast<std::size_t>(tenant)]};
}

int AllTenantsActionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_offsets.back();
}

int AllTenantsActionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AllTenantsActionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto [tenant, row] = locate(index.row());
    const TenantHandle &t = m_tenants.at(tenant);
    if (role == DeviceActionsModel::TenantIdRole)
        return t.id;
    if (index.column() == Tenant) {
        switch (role) {
        case Qt::DisplayRole:
        case DeviceActionsModel::SortRole:
            return t.name;
        case Qt::DecorationRole:
            return m_swatches.at(tenant);
        case Qt::AccessibleTextRole:
            return tr("Tenant %1").arg(t.name);
        case Qt::ToolTipRole:
            return {};
        default: // the row's roles (state, action, device id) on every column, as in one tenant's model
            return m_models[static_cast<std::size_t>(tenant)]->index(row, 0).data(role);
        }
    }
    return m_models[static_cast<std::size_t>(tenant)]->index(row, index.column() - 1).data(role);
}

QVariant AllTenantsActionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == Tenant ? tr("Tenant") : DeviceActionsModel::columnTitle(section - 1);
}

void AllTenantsActionsModel::retranslate()
{
    for (const std::unique_ptr<DeviceActionsModel> &m : m_models)
        m->retranslate();
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

} // namespace passcode::ui
