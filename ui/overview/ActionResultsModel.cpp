// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/overview/ActionResultsModel.h"

#include "core/eligibility/PasscodeRules.h"
#include "ui/common/AuditActionNames.h"
#include "ui/common/TimeFormat.h"

#include <algorithm>

namespace passcode::ui {

using actions::ActionState;

ActionResultsModel::ActionResultsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

ActionResultsModel::~ActionResultsModel() = default;

int ActionResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ActionResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActionResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Action:
            return r.action;
        case State:
            if (r.errorCode != 0)
                return tr("%1 (error %2)", "state (error code)")
                    .arg(actions::displayName(r.state))
                    .arg(r.errorCode);
            return actions::displayName(r.state);
        case Started:
            return r.started.isValid() ? TimeFormat::dateTime(r.started) : QString();
        case LastUpdated:
            return r.lastUpdated.isValid() ? TimeFormat::dateTime(r.lastUpdated) : QString();
        case Source:
            return r.local ? tr("This console") : tr("Intune", "source of an action status");
        default:
            return {};
        }
    }
    if (role == SortRole) {
        switch (index.column()) {
        case Action:
            return r.action;
        case State:
            return static_cast<int>(r.state);
        case Started:
            return r.started.toMSecsSinceEpoch();
        case LastUpdated:
            return r.lastUpdated.toMSecsSinceEpoch();
        case Source:
            return r.local;
        default:
            return {};
        }
    }
    if (role == StateRole)
        return static_cast<int>(r.state);
    return {};
}

QVariant ActionResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < ColumnCount)
        return columnTitle(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

QString ActionResultsModel::columnTitle(int column)
{
    switch (column) {
    case Action:
        return tr("Action", "column: remote action");
    case State:
        return tr("Status", "column: state of a remote action");
    case Started:
        return tr("Started");
    case LastUpdated:
        return tr("Last updated");
    case Source:
        return tr("Reported by");
    default:
        return {};
    }
}

void ActionResultsModel::setDevice(const devices::Device &device,
                                   const QList<actions::TrackedAction> &tracked)
{
    m_device = device;
    m_tracked = tracked;
    // Graph reports Remove passcode (iOS) as resetPasscode; name it after what the platform's action is.
    const std::optional<actions::RemoteAction> platformAction =
        eligibility::PasscodeRules::platformAction(device);
    const auto passcodeActionOf =
        [&](const devices::DeviceActionResult &r) -> std::optional<actions::RemoteAction> {
        if (r.type != devices::ActionResultType::ResetPasscode)
            return std::nullopt;
        if (r.actionName.compare(u"recoverPasscode", Qt::CaseInsensitive) == 0)
            return actions::RemoteAction::PinReset;
        return platformAction.value_or(actions::RemoteAction::ResetPasscode);
    };

    QList<Row> rows;
    for (const devices::DeviceActionResult &result : device.actionResults) {
        Row row;
        const std::optional<actions::RemoteAction> passcodeAction = passcodeActionOf(result);
        row.action = passcodeAction ? actions::displayName(*passcodeAction)
                                    : AuditActionNames::displayName(result.actionName);
        row.state = result.actionState;
        row.started = result.startDateTime;
        row.lastUpdated = result.lastUpdatedDateTime;
        row.errorCode = result.errorCode;
        rows.append(row);
    }
    // What this console sent and Graph does not report yet (requested, sending, accepted, outcome
    // unknown...).
    for (const actions::TrackedAction &t : tracked) {
        if (t.key.deviceId != device.id || t.state == ActionState::None)
            continue;
        const bool reportedByGraph =
            std::any_of(device.actionResults.cbegin(), device.actionResults.cend(), [&](const auto &r) {
                return passcodeActionOf(r) == t.key.action && r.startDateTime.isValid() &&
                       t.requestedAt.isValid() && std::abs(r.startDateTime.secsTo(t.requestedAt)) <= 300;
            });
        if (reportedByGraph)
            continue;
        Row row;
        row.action = actions::displayName(t.key.action);
        row.state = t.state;
        row.started = t.requestedAt;
        row.lastUpdated = t.stateSince;
        row.local = true;
        row.errorCode = t.errorCode;
        rows.append(row);
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const Row &a, const Row &b) { return a.started > b.started; });
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void ActionResultsModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_device = {};
    m_tracked.clear();
    endResetModel();
}

void ActionResultsModel::retranslate()
{
    setDevice(m_device, m_tracked);
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

} // namespace passcode::ui
