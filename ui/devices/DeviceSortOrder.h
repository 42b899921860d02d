// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/devices/DeviceSorter.h"

#include <QHash>
#include <QString>
#include <QVersionNumber>

#include <vector>

namespace passcode::ui {

class DeviceTableModel;

/**
 * Every row of the All devices table in the order of one sort column, with the per-row keys that keep that
 * order while rows arrive or change: DeviceFilterModel's sorted state, used on its (the UI) thread. A sort of
 * all rows is computed by sortDevices(), on a worker or here (sort()), and taken with adopt(); rows appended
 * or changed later get their key here and find their place with the same comparison, so that both give the
 * same order (equal keys in load order).
 *
 * Rows are the source model's rows; @p rowCount arguments are its row count, which may run ahead of rows()
 * only until the next adopt() or append().
 */
class DeviceSortOrder
{
public:
    explicit DeviceSortOrder(const DeviceTableModel &source);

    /** The sort column (DeviceTableModel::Column), or -1: the load order. */
    int column() const { return m_column; }
    Qt::SortOrder order() const { return m_order; }
    /** Every row, in sort order. */
    const std::vector<int> &rows() const { return m_rows; }

    /** The raw values of @p column for rows 0..rowCount-1: what sortDevices() reads, copied on this thread.
     */
    DeviceSortInput input(int column, Qt::SortOrder order, int rowCount) const;
    /** Sorts rows 0..rowCount-1 by @p column, on this thread. */
    void sort(int column, Qt::SortOrder order, int rowCount);
    /**
     * Takes a sort computed over a snapshot of the first rows; the rows up to @p rowCount that arrived since
     * get their keys and are merged in.
     */
    void adopt(DeviceSortResult &&result, int rowCount);
    /**
     * Changes the column and order without sorting, for a sort() that follows before the order is read again
     * (a source reset rebuilds everything).
     */
    void setColumn(int column, Qt::SortOrder order);
    /** Rows first..last were appended to the source: keyed and merged in place. Returns them in sort order.
     */
    std::vector<int> append(int first, int last, int rowCount);
    /** A row's values changed: out of the order by its old key, then in again by its new one. */
    void update(int row, int rowCount);
    /** Whether row @p a sorts before row @p b (equal keys: the lower row first). */
    bool less(int a, int b) const;
    /** Inserts rows sorted by less() into a vector sorted by less(): a binary search per row, then copies. */
    void merge(std::vector<int> &into, const std::vector<int> &sortedFresh) const;
    /** Moves the text keys out, so that they can be freed off this thread (100,000 strings stall a frame). */
    DeviceSortResult takeKeys();
    /** Forgets the parsed OS versions (the rows are about to be rebuilt). */
    void clearVersionCache() { m_versionCache.clear(); }

private:
    /** The key of one row for the current column (m_textKeys or m_numberKeys). */
    void computeKey(int row, int rowCount);

    const DeviceTableModel &m_source;
    int m_column = -1;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    std::vector<int> m_rows;
    std::vector<QString> m_textKeys;  ///< per row: the folded text of the sort column
    std::vector<qint64> m_numberKeys; ///< per row: the number of the sort column
    TextKeyCache m_foldCache;
    mutable QHash<QString, QVersionNumber> m_versionCache;
};

} // namespace passcode::ui
