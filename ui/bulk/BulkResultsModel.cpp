// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/bulk/BulkResultsModel.h"

#include "core/actions/ActionTracker.h"
#include "core/common/CsvWriter.h"
#include "ui/overview/PasscodeFormat.h"

namespace passcode::ui {

using actions::BulkRunItem;
using actions::RunItemStatus;

BulkResultsModel::BulkResultsModel(actions::BulkRun &run, const actions::ActionTracker &tracker,
                                   QObject *parent)
    : QAbstractTableModel(parent)
    , m_run(run)
    , m_tracker(tracker)
{
    connect(&run, &actions::BulkRun::itemChanged, this, [this](int row) {
        if (row >= 0 && row < rowCount())
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    });
    connect(&tracker, &actions::ActionTracker::passcodeAvailable, this,
            [this](const actions::ActionKey &key) {
                const QList<BulkRunItem> &items = m_run.items();
                for (int row = 0; row < items.size(); ++row) {
                    if (items.at(row).key() == key)
                        Q_EMIT dataChanged(index(row, Passcode), index(row, Passcode));
                }
            });
}

BulkResultsModel::~BulkResultsModel() = default;

int BulkResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_run.items().size());
}

int BulkResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BulkResultsModel::passcode(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    const BulkRunItem &item = m_run.items().at(row);
    if (!item.plan.action || !actions::yieldsPasscode(*item.plan.action))
        return {};
    const std::optional<actions::TrackedAction> tracked = m_tracker.find(item.key());
    if (!tracked || !tracked->passcode || tracked->runId != m_run.id())
        return {};
    return *tracked->passcode;
}

void BulkResultsModel::setRevealed(int row, bool revealed)
{
    if (revealed == isRevealed(row))
        return;
    if (revealed)
        m_revealed.insert(row);
    else
        m_revealed.remove(row);
    Q_EMIT dataChanged(index(row, Passcode), index(row, Passcode));
}

QString BulkResultsModel::details(const BulkRunItem &item) const
{
    if (item.status == RunItemStatus::Skipped)
        return item.plan.skipText;
    if (!item.likelyCause.isEmpty())
        return item.likelyCause;
    if (!item.errorText.isEmpty())
        return item.errorText;
    if (item.status == RunItemStatus::Unknown)
        return tr("The answer to its request was lost: it is followed, never sent again.");
    if (item.status == RunItemStatus::NotSent && m_run.state() == actions::RunState::Cancelled)
        return tr("Not sent: the run was cancelled.");
    return {};
}

QVariant BulkResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BulkRunItem &item = m_run.items().at(index.row());
    if (role == StatusRole)
        return static_cast<int>(item.status);
    if (role == DeviceIdRole)
        return item.plan.deviceId;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case Device:
        return item.plan.deviceName.isEmpty() ? item.plan.deviceId : item.plan.deviceName;
    case Action:
        if (!item.plan.action)
            return QStringLiteral("—");
        return item.plan.scope == eligibility::Scope::WorkProfile
                   ? tr("%1 (work profile)").arg(actions::displayName(*item.plan.action))
                   : actions::displayName(*item.plan.action);
    case State:
        return actions::displayName(item.status);
    case Details:
        return details(item);
    case Passcode: {
        if (role == Qt::ToolTipRole)
            return {}; // never the code in a tooltip
        const QString code = passcode(index.row());
        if (code.isEmpty())
            return {};
        if (isRevealed(index.row()))
            return PasscodeFormat::grouped(code);
        return role == Qt::AccessibleTextRole ? tr("Passcode hidden") : PasscodeFormat::masked(code);
    }
    default:
        return {};
    }
}

QVariant BulkResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Device:
        return tr("Device");
    case Action:
        return tr("Action");
    case State:
        return tr("State");
    case Details:
        return tr("Likely cause and fix / reason");
    case Passcode:
        return tr("Passcode");
    default:
        return {};
    }
}

QStringList BulkResultsModel::csvHeaders()
{
    return {tr("Device name"), tr("Device ID"), tr("Action"),    tr("Scope"),
            tr("State"),       tr("Details"),   tr("Error code")};
}

QByteArray BulkResultsModel::csv() const
{
    CsvWriter writer;
    writer.addRecord(csvHeaders());
    for (int row = 0; row < rowCount(); ++row) {
        const BulkRunItem &item = m_run.items().at(row);
        writer.addRecord({item.plan.deviceName, item.plan.deviceId,
                          item.plan.action ? actions::displayName(*item.plan.action) : QString(),
                          item.plan.scope == eligibility::Scope::None
                              ? QString()
                              : eligibility::displayName(item.plan.scope),
                          actions::displayName(item.status), details(item),
                          item.errorCode != 0 ? QString::number(item.errorCode) : QString()});
    }
    return writer.data();
}

void BulkResultsModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void BulkResultsFilter::setStatusFilter(std::optional<RunItemStatus> status)
{
    m_status = status;
    invalidateFilter();
}

bool BulkResultsFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_status)
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(BulkResultsModel::StatusRole).toInt() == static_cast<int>(*m_status);
}

} // namespace passcode::ui
