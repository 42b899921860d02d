// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/actions/BulkRun.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QSet>
#include <QSortFilterProxyModel>

#include <optional>

namespace passcode::actions {
class ActionTracker;
}

namespace passcode::ui {

/**
 * The results grid of a bulk run: one row per device of the run (BulkRun::items()), with its action, its
 * state (done, failed, not supported, pending, unknown, skipped...), the details (the skip reason, or the
 * likely cause and fix of a failure), and for an action that yields a code, the passcode: read from the
 * tracker only (the run never holds it), masked unless its row is revealed. The passcode is never in a
 * tooltip, never in the accessible text while masked, never in the CSV (csv()).
 */
class BulkResultsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkResultsModel)

public:
    enum Column
    {
        Device,
        Action,
        State,
        Details,
        Passcode,
        ColumnCount
    };
    enum Role
    {
        StatusRole = Qt::UserRole + 1, ///< actions::RunItemStatus as int
        DeviceIdRole,
    };

    BulkResultsModel(actions::BulkRun &run, const actions::ActionTracker &tracker, QObject *parent = nullptr);
    ~BulkResultsModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** The passcode of a row from the tracker (empty when there is none, or it expired). */
    QString passcode(int row) const;
    bool isRevealed(int row) const { return m_revealed.contains(row); }
    void setRevealed(int row, bool revealed);

    /** The grid as CSV (CsvWriter): every row, never a passcode. */
    QByteArray csv() const;
    static QStringList csvHeaders();

    void retranslate();

private:
    QString details(const actions::BulkRunItem &item) const;

    actions::BulkRun &m_run;
    const actions::ActionTracker &m_tracker;
    QSet<int> m_revealed;
};

/** The grid's filter by state (none: every row). */
class BulkResultsFilter final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkResultsFilter)

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setStatusFilter(std::optional<actions::RunItemStatus> status);
    std::optional<actions::RunItemStatus> statusFilter() const { return m_status; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<actions::RunItemStatus> m_status;
};

} // namespace passcode::ui
