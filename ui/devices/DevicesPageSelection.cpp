// SPDX-License-Identifier: GPL-3.0-or-later
// DevicesPage: the selection of several devices and the bulk passcode action it offers.
#include "ui/devices/DevicesPage.h"

#include "ui/devices/DeviceFilterModel.h"
#include "ui/devices/DeviceTableModel.h"
#include "ui/devices/PasscodeActionCell.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>

namespace passcode::ui {

void DevicesPage::setTracker(const actions::ActionTracker *tracker)
{
    m_table->setTracker(tracker);
    updateBulkAction();
}

template<typename Visit>
void DevicesPage::forEachSelectedSourceRow(Visit &&visit) const
{
    const QItemSelection selection = m_view->selectionModel()->selection();
    for (const QItemSelectionRange &range : selection) {
        for (int row = range.top(); row <= range.bottom(); ++row) {
            // Ranges of one row span every column: visit each row once, from its first column's range.
            if (range.left() == 0)
                visit(m_filter->sourceRowAt(row));
        }
    }
}

QStringList DevicesPage::selectedDeviceIds() const
{
    QStringList ids;
    forEachSelectedSourceRow([&](int sourceRow) { ids.append(m_directory.at(sourceRow).id); });
    return ids;
}

QStringList DevicesPage::eligibleSelectedDeviceIds() const
{
    QStringList ids;
    forEachSelectedSourceRow([&](int sourceRow) {
        if (PasscodeCells::availability(m_table->passcodeCell(sourceRow)) == PasscodeAvailability::Available)
            ids.append(m_directory.at(sourceRow).id);
    });
    return ids;
}

QString DevicesPage::bulkDisabledReason() const
{
    return m_bulkAction->isEnabled() ? QString() : m_bulkAction->toolTip();
}

void DevicesPage::updateBulkAction()
{
    int selected = 0;
    int eligible = 0;
    forEachSelectedSourceRow([&](int sourceRow) {
        ++selected;
        if (PasscodeCells::availability(m_table->passcodeCell(sourceRow)) == PasscodeAvailability::Available)
            ++eligible;
    });
    m_bulkAction->setText(selected == 0 ? tr("&Passcode action for the selected devices…")
                                        : tr("&Passcode action for %Ln device(s)…", nullptr, selected));
    m_bulkButton->setAccessibleName(tr("Passcode action for the selected devices"));
    QString reason;
    if (selected == 0)
        reason = tr("Select devices first (Ctrl+click, Shift+click, or Ctrl+A for every device shown).");
    else if (eligible == 0)
        reason = tr("None of the %Ln selected device(s) has a passcode action available: see the Passcode "
                    "action column.",
                    nullptr, selected);
    m_bulkAction->setEnabled(reason.isEmpty());
    m_bulkAction->setToolTip(
        reason.isEmpty() ? tr("Plan a passcode action for the %Ln eligible device(s) among the selected ones "
                              "(Ctrl+Shift+P)",
                              nullptr, eligible)
                         : reason);
    m_bulkAction->setStatusTip(m_bulkAction->toolTip());
    m_bulkButton->setAccessibleDescription(m_bulkAction->toolTip());
}

void DevicesPage::requestBulkAction()
{
    updateBulkAction();
    if (!m_bulkAction->isEnabled())
        return;
    Q_EMIT bulkActionRequested(selectedDeviceIds());
}

} // namespace passcode::ui
