// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/actions/ActionTracker.h"
#include "core/devices/Device.h"

#include <QAbstractTableModel>

namespace passcode::ui {

/**
 * The action status list of one device on its Overview: every deviceActionResult Graph reports (any action),
 * plus what this console's tracker knows and Graph does not show yet (requested, sending, accepted, outcome
 * unknown). Never shows a passcode. Small (a handful of rows): every update resets.
 */
class ActionResultsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionResultsModel)

public:
    enum Column
    {
        Action,
        State,
        Started,
        LastUpdated,
        Source,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        SortRole = Qt::UserRole + 1,
        StateRole, ///< actions::ActionState as int
    };

    struct Row
    {
        QString action; ///< translated action name
        actions::ActionState state = actions::ActionState::None;
        QDateTime started;
        QDateTime lastUpdated;
        bool local = false; ///< from this console's tracker
        int errorCode = 0;
    };

    explicit ActionResultsModel(QObject *parent = nullptr);
    ~ActionResultsModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** Rebuilds the list from the device's results and the tracker's entries for this device. */
    void setDevice(const devices::Device &device, const QList<actions::TrackedAction> &tracked);
    void clear();
    const QList<Row> &rows() const { return m_rows; }

    static QString columnTitle(int column);
    void retranslate();

private:
    QList<Row> m_rows;
    devices::Device m_device;
    QList<actions::TrackedAction> m_tracked;
};

} // namespace passcode::ui
