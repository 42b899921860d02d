// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/actions/ActionState.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace passcode::ui {

/**
 * State and action filters of the Device actions page, sorting on DeviceActionsModel::SortRole. The feed
 * holds hundreds to a few thousand rows, which QSortFilterProxyModel handles well.
 */
class DeviceActionsFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceActionsFilterModel)

public:
    explicit DeviceActionsFilterModel(QObject *parent = nullptr);
    ~DeviceActionsFilterModel() override;

    void setStateFilter(std::optional<actions::ActionState> state);
    /** A Graph remoteAction member ("resetPasscode"), or std::nullopt for all actions. */
    void setActionFilter(std::optional<QString> action);
    /** One tenant's rows (DeviceActionsModel::TenantIdRole, all tenants' view), or std::nullopt for all. */
    void setTenantFilter(std::optional<QString> tenantId);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<actions::ActionState> m_state;
    std::optional<QString> m_action;
    std::optional<QString> m_tenant;
};

} // namespace passcode::ui
