// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/tenants/TenantHandle.h"

#include <QTimer>
#include <QWidget>

#include <chrono>

class QHBoxLayout;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace passcode::ui {

class CrossTenantSearch;

/**
 * "All tenants" search: one search box over every open tenant (CrossTenantSearch), the results in one table
 * with a Tenant column (name and colour swatch), and a status strip with each tenant's progress or error
 * ("Contoso: searching…", "Fabrikam: 3 found", "Northwind: 403 — …", "Tailspin: Sign-in needed"). The search
 * starts shortly after the last keystroke (setSearchDelay()) or at once on Enter; Enter or a double-click on
 * a row asks for that device (deviceRequested()).
 */
class CrossTenantSearchPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CrossTenantSearchPage)

public:
    explicit CrossTenantSearchPage(QWidget *parent = nullptr);
    ~CrossTenantSearchPage() override;

    /** The open tenants (call again whenever one opens, closes or signs in or out). */
    void setTenants(const TenantHandles &tenants);
    /** Delay after the last keystroke (default 250 ms; tests set 0). */
    void setSearchDelay(std::chrono::milliseconds delay) { m_delay = delay; }

    CrossTenantSearch *search() const { return m_search; }
    QLineEdit *searchEdit() const { return m_edit; }
    QTableView *view() const { return m_view; }
    /** The status strip's texts, one per tenant, in the tenants' order. */
    QStringList tenantStatusTexts() const;
    void focusSearch();

Q_SIGNALS:
    void deviceRequested(const QString &tenantId, const QString &deviceId);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void onTextEdited();
    void startSearch();
    void rebuildStrip();
    void updateTenant(int tenant);
    void updateSummary();
    void activateRow(const QModelIndex &index);

    CrossTenantSearch *m_search = nullptr;
    QSortFilterProxyModel *m_sorted = nullptr;
    QLabel *m_title = nullptr;
    QLineEdit *m_edit = nullptr;
    QWidget *m_strip = nullptr;
    QHBoxLayout *m_stripLayout = nullptr;
    QList<QLabel *> m_tenantLabels;
    QLabel *m_summary = nullptr;
    QTableView *m_view = nullptr;
    QTimer m_timer;
    std::chrono::milliseconds m_delay{250};
};

} // namespace passcode::ui
