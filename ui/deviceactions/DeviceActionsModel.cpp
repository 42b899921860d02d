// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/deviceactions/DeviceActionsModel.h"

#include "core/actions/LikelyCause.h"

#include "ui/common/AuditActionNames.h"
#include "ui/common/Icons.h"
#include "ui/common/TimeFormat.h"

namespace passcode::ui {

using actions::ActionState;
using actions::RemoteActionAudit;

DeviceActionsModel::DeviceActionsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

DeviceActionsModel::~DeviceActionsModel() = default;

int DeviceActionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int DeviceActionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeviceActionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RemoteActionAudit &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DeviceName:
            return r.deviceDisplayName;
        case Action:
            return AuditActionNames::displayName(r.action);
        case State:
            return actions::displayName(r.actionState);
        case InitiatedBy:
            return r.initiatedByUserPrincipalName;
        case Requested:
            return TimeFormat::dateTime(r.requestDateTime);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == State) {
            QStringList tip;
            if (r.fromJournal)
                tip.append(tr("Sent from this console; not in the tenant's audit feed yet."));
            const QString cause = likelyCause(index.row());
            if (!cause.isEmpty())
                tip.append(cause);
            return tip.isEmpty() ? QVariant() : QVariant(tip.join(u'\n'));
        }
        if (index.column() == DeviceName && !r.deviceOwnerUserPrincipalName.isEmpty())
            return tr("Primary user: %1").arg(r.deviceOwnerUserPrincipalName);
        return {};
    case Qt::DecorationRole:
        if (index.column() != State)
            return {};
        switch (r.actionState) {
        case ActionState::Done:
            return Icons::ok();
        case ActionState::Failed:
        case ActionState::NotSupported:
            return Icons::error();
        case ActionState::Canceled:
        case ActionState::None:
            return {};
        default:
            return Icons::pending();
        }
    case SortRole:
        switch (index.column()) {
        case DeviceName:
            return r.deviceDisplayName;
        case Action:
            return r.action;
        case State:
            return static_cast<int>(r.actionState);
        case InitiatedBy:
            return r.initiatedByUserPrincipalName;
        case Requested:
            return r.requestDateTime.isValid() ? r.requestDateTime.toMSecsSinceEpoch()
                                               : std::numeric_limits<qint64>::min();
        default:
            return {};
        }
    case DeviceIdRole:
        return r.managedDeviceId;
    case ActionRole:
        return r.action;
    case StateRole:
        return static_cast<int>(r.actionState);
    case FromJournalRole:
        return r.fromJournal;
    default:
        return {};
    }
}

QVariant DeviceActionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < ColumnCount)
        return columnTitle(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

QString DeviceActionsModel::columnTitle(int column)
{
    switch (column) {
    case DeviceName:
        return tr("Device name");
    case Action:
        return tr("Action", "column: remote action");
    case State:
        return tr("Status", "column: state of a remote action");
    case InitiatedBy:
        return tr("Initiated by");
    case Requested:
        return tr("Requested", "column: date and time the action was requested");
    default:
        return {};
    }
}

QString DeviceActionsModel::rowKey(const RemoteActionAudit &r)
{
    if (!r.id.isEmpty())
        return r.id;
    return r.managedDeviceId + QLatin1Char('|') + r.action + QLatin1Char('|') +
           QString::number(r.requestDateTime.toMSecsSinceEpoch());
}

void DeviceActionsModel::setRows(const QList<RemoteActionAudit> &rows)
{
    const auto oldCount = m_rows.size();
    const auto newCount = rows.size();
    const qsizetype added = newCount - oldCount;
    bool sameTail = added >= 0;
    for (qsizetype i = 0; sameTail && i < oldCount; ++i)
        sameTail = rowKey(rows.at(i + added)) == rowKey(m_rows.at(i));
    if (!sameTail || (oldCount == 0 && newCount == 0)) {
        if (oldCount == 0 && newCount == 0)
            return;
        beginResetModel();
        m_rows = rows;
        endResetModel();
        return;
    }
    if (added > 0) {
        beginInsertRows({}, 0, static_cast<int>(added) - 1);
        m_rows = rows.mid(0, added) + m_rows;
        endInsertRows();
    }
    // The rows that were there already: their state may have moved on. One batched update.
    if (oldCount > 0) {
        for (qsizetype i = 0; i < oldCount; ++i)
            m_rows[i + added] = rows.at(i + added);
        Q_EMIT dataChanged(
            index(static_cast<int>(added), 0), index(static_cast<int>(newCount) - 1, ColumnCount - 1),
            {Qt::DisplayRole, Qt::ToolTipRole, Qt::DecorationRole, SortRole, StateRole, FromJournalRole});
    }
}

void DeviceActionsModel::setDeviceSource(DeviceSource source)
{
    m_devices = std::move(source);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, State), index(rowCount() - 1, State), {Qt::ToolTipRole});
}

QString DeviceActionsModel::likelyCause(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    const RemoteActionAudit &r = m_rows.at(row);
    return actions::LikelyCause::ofAudit(r, m_devices ? m_devices(r.managedDeviceId) : std::nullopt)
        .value_or(QString());
}

void DeviceActionsModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                           {Qt::DisplayRole, Qt::ToolTipRole});
}

} // namespace passcode::ui
