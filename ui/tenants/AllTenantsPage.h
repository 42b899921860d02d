// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/tenants/TenantHandle.h"

#include <QWidget>

class QLabel;
class QTabWidget;

namespace passcode::ui {

class AllTenantsActionsPage;
class CrossTenantSearchPage;

/**
 * The "All tenants" place of the switcher: the search over every open tenant (first tab, its box focused)
 * and the Device actions of every tenant (second tab). Both ask for a device in its tenant through
 * deviceRequested(); the window switches to that tenant and opens the device.
 */
class AllTenantsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AllTenantsPage)

public:
    explicit AllTenantsPage(QWidget *parent = nullptr);
    ~AllTenantsPage() override;

    /** The open tenants (again whenever one opens, closes, signs in or out). */
    void setTenants(const TenantHandles &tenants);

    CrossTenantSearchPage *searchPage() const { return m_search; }
    AllTenantsActionsPage *actionsPage() const { return m_actions; }
    QTabWidget *tabs() const { return m_tabs; }
    /** Shows the search tab with its box focused (Ctrl+F, and on arrival). */
    void focusSearch();

Q_SIGNALS:
    void deviceRequested(const QString &tenantId, const QString &deviceId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_title = nullptr;
    QTabWidget *m_tabs = nullptr;
    CrossTenantSearchPage *m_search = nullptr;
    AllTenantsActionsPage *m_actions = nullptr;
};

} // namespace passcode::ui
