// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/tenants/TenantHandle.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace passcode::ui {

class AllTenantsActionsModel;
class DeviceActionsFilterModel;

/**
 * Devices › Device actions, all tenants: the remote actions of every open tenant in one table with a Tenant
 * column (AllTenantsActionsModel) and a tenant filter, sorted newest first. Enter or a double-click on a row
 * asks for the device in its tenant (deviceRequested()). The feeds refresh themselves (each tenant's
 * AuditFeed); this page only shows them.
 */
class AllTenantsActionsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AllTenantsActionsPage)

public:
    explicit AllTenantsActionsPage(QWidget *parent = nullptr);
    ~AllTenantsActionsPage() override;

    void setTenants(const TenantHandles &tenants);

    AllTenantsActionsModel *model() const { return m_model; }
    DeviceActionsFilterModel *filterModel() const { return m_filter; }
    QComboBox *tenantFilter() const { return m_tenantFilter; }
    QTableView *view() const { return m_view; }

Q_SIGNALS:
    void deviceRequested(const QString &tenantId, const QString &deviceId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillTenantFilter();
    void applyTenantFilter();
    void updateCount();
    void activateRow(const QModelIndex &index);

    AllTenantsActionsModel *m_model = nullptr;
    DeviceActionsFilterModel *m_filter = nullptr;
    QLabel *m_title = nullptr;
    QComboBox *m_tenantFilter = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_view = nullptr;
};

} // namespace passcode::ui
