// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/actions/RemoteActionAudit.h"
#include "core/devices/Device.h"

#include <QAbstractTableModel>
#include <QList>

#include <functional>
#include <optional>

namespace passcode::ui {

/**
 * The Device actions table: the tenant's remote actions (AuditFeed rows, which already merge this console's
 * own actions). setRows() is called on every periodic refresh and changes the view as little as possible: the
 * same rows in the same order give one batched dataChanged with an explicit role list; new rows on top (the
 * feed is newest first) are inserted; anything else resets.
 *
 * A passcode action that ended failed or not supported says its likely cause and fix (actions::LikelyCause,
 * the words of the passcode panel and of passcodectl) in the State column's tooltip and in likelyCause(),
 * read from the device as the device list has it (setDeviceSource); a device not loaded gets the general
 * advice.
 */
class DeviceActionsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceActionsModel)

public:
    enum Column
    {
        DeviceName,
        Action,
        State,
        InitiatedBy,
        Requested,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        SortRole = Qt::UserRole + 1, ///< raw value: QString, int (ActionState), ms since the epoch
        DeviceIdRole,                ///< managedDeviceId
        ActionRole,                  ///< Graph remoteAction member (QString)
        StateRole,                   ///< actions::ActionState as int
        FromJournalRole,             ///< bool: a row of this console's journal not (yet) in the audit feed
        TenantIdRole, ///< the tenant's roster id: given by AllTenantsActionsModel only (empty here)
    };

    explicit DeviceActionsModel(QObject *parent = nullptr);
    ~DeviceActionsModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** Where the rows' devices are read from (the tenant's device list); none: the general advice only. */
    using DeviceSource = std::function<std::optional<devices::Device>(const QString &deviceId)>;
    void setDeviceSource(DeviceSource source);
    /** The likely cause and fix of row @p row when it is a passcode action that failed or is not supported.
     */
    QString likelyCause(int row) const;

    void setRows(const QList<actions::RemoteActionAudit> &rows);
    const QList<actions::RemoteActionAudit> &rows() const { return m_rows; }
    const actions::RemoteActionAudit &row(int row) const { return m_rows.at(row); }

    static QString columnTitle(int column);
    /** Re-emits the texts after a language change. */
    void retranslate();

private:
    static QString rowKey(const actions::RemoteActionAudit &row);

    QList<actions::RemoteActionAudit> m_rows;
    DeviceSource m_devices;
};

} // namespace passcode::ui
