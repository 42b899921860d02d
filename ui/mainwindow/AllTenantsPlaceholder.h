// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/tenants/TenantHandle.h"
// Complete types: TenantHandles are copied here (their QPointers need them).
#include "core/actions/AuditFeed.h"
#include "core/devices/DeviceDirectory.h"
#include "core/graph/GraphClient.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace passcode::ui {

/**
 * The "All tenants" page until the cross-tenant views are wired in (MainWindow::setAllTenantsPageFactory):
 * the open tenants with their colour and state.
 */
class AllTenantsPlaceholder final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AllTenantsPlaceholder)

public:
    explicit AllTenantsPlaceholder(QWidget *parent = nullptr);
    ~AllTenantsPlaceholder() override;

    void setTenants(const TenantHandles &tenants);
    QTreeWidget *list() const { return m_list; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_title = nullptr;
    QTreeWidget *m_list = nullptr;
    TenantHandles m_tenants;
};

} // namespace passcode::ui
