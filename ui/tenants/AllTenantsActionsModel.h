// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/tenants/TenantHandle.h"

#include <QAbstractTableModel>
#include <QIcon>

#include <memory>
#include <vector>

namespace passcode::ui {

class DeviceActionsModel;

/**
 * Device actions of every open tenant in one table: a Tenant column (name and colour swatch) before the
 * Device actions columns. Each tenant's rows come from its AuditFeed through its own DeviceActionsModel (the
 * same texts, icons and roles as one tenant's page), shown one tenant after the other; every role of a
 * DeviceActionsModel is answered for every row, plus DeviceActionsModel::TenantIdRole, so that
 * DeviceActionsFilterModel filters and sorts it (by tenant too). A feed's refresh that only updates its rows
 * is one dataChanged; one that adds or removes rows resets this model (a few thousand rows at most).
 */
class AllTenantsActionsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AllTenantsActionsModel)

public:
    enum Column
    {
        Tenant,
        ColumnCount = 1 + 5 ///< Tenant, then DeviceActionsModel's columns
    };

    explicit AllTenantsActionsModel(QObject *parent = nullptr);
    ~AllTenantsActionsModel() override;

    /** The open tenants (call again when one opens, closes or signs in or out); tenants without a feed show
     * no rows. */
    void setTenants(const TenantHandles &tenants);
    const TenantHandles &tenants() const { return m_tenants; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void retranslate();

private:
    /** The tenant and its model's row of one of this model's rows. */
    std::pair<int, int> locate(int row) const;
    void rebuildOffsets();

    TenantHandles m_tenants;
    QList<QIcon> m_swatches;
    std::vector<std::unique_ptr<DeviceActionsModel>> m_models;
    std::vector<int> m_offsets; ///< first row of each tenant, and the total at the end
};

} // namespace passcode::ui
