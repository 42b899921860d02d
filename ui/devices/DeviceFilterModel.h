// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/devices/Device.h"
#include "core/eligibility/DeviceProfile.h"
#include "ui/devices/DeviceSearchIndex.h"
#include "ui/devices/DeviceSortOrder.h"
#include "ui/devices/PasscodeActionCell.h"

#include <QAbstractProxyModel>
#include <QStringList>
#include <QStringMatcher>
#include <QThreadPool>

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

namespace passcode::ui {

class DeviceTableModel;

/**
 * Search, filters and sorting of the All devices table, fluid at 100,000 rows.
 *
 * Why not QSortFilterProxyModel: with a sorted view, invalidateFilter() removes and inserts the changed rows
 * interval by interval; a keystroke that hides half of 100,000 scattered rows costs tens of thousands of
 * rowsRemoved signals and quadratic list shifts (hundreds of milliseconds, see tests/bench/ui). This model
 * keeps index lists instead:
 *  - per source row, a precomputed case-folded search key (name, serial, UPN, IMEI, model), kept end to end
 * in one buffer (DeviceSearchIndex) so a word is found with one scan, and the platform, ownership,
 * compliance and passcode-action codes; all computed when the rows arrive, never per keystroke;
 *  - m_sorting: every source row in the current sort order, with its per-row keys (DeviceSortOrder; sorted
 * once per sort change, merged per loaded page);
 *  - m_visible: the accepted rows of m_sorting (proxy row → source row), and its inverse.
 * A search or filter change is one linear pass over the sort order (over m_visible only when the new filter
 * can only narrow the old one) followed by a model reset (none when the rows stay the same). Rows streaming
 * in are inserted at the end, then moved into place with one layout change per page; a changed row is
 * removed, inserted or moved on its own.
 *
 * Sorting many rows (setBackgroundSortThreshold) runs on a worker thread over a snapshot of the column's raw
 * values (DeviceSorter): the view keeps the current order until the new one is ready, which is then applied
 * with one layout change (persistent indexes follow their rows). sortColumn()/sortOrder() already tell the
 * requested sort; sortApplied() says when it is shown. A newer sort request, a changed device or a source
 * reset supersedes a sort in flight (its result is dropped); rows appended meanwhile are merged into the
 * result when it is applied.
 *
 * Contract with the source (DeviceTableModel): rows are appended at the end; dataChanged with an empty role
 * list means the device changed, while a role list without SortRole (e.g. after a language change) means only
 * display texts changed. Anything else (rows removed, inserted in the middle, a source layout change) resets.
 */
class DeviceFilterModel final : public QAbstractProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceFilterModel)

public:
    explicit DeviceFilterModel(DeviceTableModel &source, QObject *parent = nullptr);
    ~DeviceFilterModel() override;

    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &idx) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /** Search as you type: every whitespace-separated word must occur (case-insensitively) in the device
     * name, serial number, primary user UPN, IMEI or model. */
    void setSearchText(const QString &text);
    void setPlatformFilter(std::optional<eligibility::Platform> platform);
    void setOwnershipFilter(std::optional<devices::Ownership> ownership);
    void setComplianceFilter(std::optional<devices::ComplianceState> compliance);
    /** Available / not available / pending, by the cached "Passcode action" cell. */
    void setPasscodeFilter(std::optional<PasscodeAvailability> availability);

    /** Rows of the source (all loaded devices). */
    int totalCount() const;
    /** The requested sort column (-1: load order), possibly still being sorted (isSorting()). */
    int sortColumn() const { return m_pendingSort ? m_pendingSort->column : m_sorting.column(); }
    Qt::SortOrder sortOrder() const { return m_pendingSort ? m_pendingSort->order : m_sorting.order(); }
    /** Whether a sort is being computed on the worker: the rows are still in the previous order. */
    bool isSorting() const { return m_pendingSort.has_value(); }
    /**
     * Sorts of this many rows or more run on a worker thread (default 10,000); smaller ones are applied
     * before sort() returns. 0: always on the worker.
     */
    void setBackgroundSortThreshold(int rows) { m_backgroundSortThreshold = rows; }
    /** The source row shown at a proxy row. */
    int sourceRowAt(int proxyRow) const;
    /** The proxy row of a source row, or -1 when it is filtered out. */
    int proxyRowOf(int sourceRow) const;
    /** The visible source rows, in view order (for the export). */
    const std::vector<int> &visibleSourceRows() const { return m_visible; }

    /** The search keys of all source rows (the directory's rows), kept up to date: the command palette
     * matches devices with it rather than with a second copy. */
    const DeviceSearchIndex &searchIndex() const { return m_index; }

    /** The case-folded search key of a device. */
    static QString searchKey(const devices::Device &device);

Q_SIGNALS:
    /** The number of visible rows or of all rows changed ("N of M devices"). */
    void countsChanged(int visible, int total);
    /** The rows are now in the order of the last sort() request (at once, or when the worker is done). */
    void sortApplied(int column, Qt::SortOrder order);

private:
    struct RowInfo
    {
        quint8 platform = 0;
        quint8 ownership = 0;
        quint8 compliance = 0;
        quint8 passcode = 0; ///< PasscodeAvailability
    };
    struct SortRequest
    {
        int column = -1;
        Qt::SortOrder order = Qt::AscendingOrder;
    };
    struct Criteria
    {
        QStringList words;
        QList<QStringMatcher> matchers; ///< one per word, built once per keystroke
        /** A pasted Intune device id (a GUID, case-folded): the row with that id, not a text search. */
        QString id;
        std::optional<eligibility::Platform> platform;
        std::optional<devices::Ownership> ownership;
        std::optional<devices::ComplianceState> compliance;
        std::optional<PasscodeAvailability> passcode;
    };

    RowInfo computeInfo(int sourceRow) const;
    bool accepts(int sourceRow) const;
    /** The platform, ownership and compliance filters only. */
    bool acceptsCategories(int sourceRow) const;
    /** m_visible from the sort order (the accepted rows, as m_proxyOf still tells them) and its inverse. */
    void rebuildVisibleInOrder();
    /** Starts (or restarts, over fresh data) the worker's sort for m_pendingSort. */
    void startBackgroundSort();
    void finishBackgroundSort(quint64 generation, DeviceSortResult &&result);
    /** Drops the sort in flight, if any. */
    void cancelBackgroundSort();
    /** Applies new criteria with one pass and a reset. */
    void applyCriteria(Criteria criteria);
    static bool narrows(const Criteria &now, const Criteria &before);
    void rebuildAll();
    void rebuildInverse();
    void appendSourceRows(int first, int last);
    void updateSourceRow(int sourceRow);
    template<typename Change>
    void relayout(Change &&change);
    void emitCounts();

    void onRowsAboutToBeInserted(const QModelIndex &parent, int first, int last);
    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);
    void beginSourceReset();
    void endSourceReset();

    DeviceTableModel &m_source;
    std::vector<RowInfo> m_info;
    DeviceSearchIndex m_index;
    std::vector<quint8> m_hits; ///< scratch: rows matching the search words
    DeviceSortOrder m_sorting;  ///< every source row in the current sort order
    std::vector<int> m_visible;
    std::vector<int> m_proxyOf;
    Criteria m_criteria;
    QString m_searchText;
    bool m_resetting = false;
    std::optional<SortRequest> m_pendingSort; ///< the sort the worker computes, shown when it is done
    bool m_sortAppliedByReset = false;        ///< a source reset applied the pending sort: say so after it
    int m_backgroundSortThreshold = 10000;
    quint64 m_sortGeneration = 0;
    /** The generation of the sort wanted now, shared with the workers: a superseded sort stops early. */
    std::shared_ptr<std::atomic<quint64>> m_wantedSort = std::make_shared<std::atomic<quint64>>(0);
    QThreadPool m_sortPool; ///< one thread: a superseded sort stops before the next one starts
};

} // namespace passcode::ui
