// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/devices/DeviceFilterModel.h"

#include "core/devices/DeviceDirectory.h"
#include "ui/devices/DeviceTableModel.h"

#include <QRegularExpression>

#include <algorithm>

namespace passcode::ui {

using devices::Device;

DeviceFilterModel::DeviceFilterModel(DeviceTableModel &source, QObject *parent)
    : QAbstractProxyModel(parent)
    , m_source(source)
{
    QAbstractProxyModel::setSourceModel(&source);
    connect(&source, &QAbstractItemModel::rowsAboutToBeInserted, this,
            &DeviceFilterModel::onRowsAboutToBeInserted);
    connect(&source, &QAbstractItemModel::rowsInserted, this, &DeviceFilterModel::onRowsInserted);
    connect(&source, &QAbstractItemModel::dataChanged, this, &DeviceFilterModel::onDataChanged);
    connect(&source, &QAbstractItemModel::modelAboutToBeReset, this, &DeviceFilterModel::beginSourceReset);
    connect(&source, &QAbstractItemModel::modelReset, this, &DeviceFilterModel::endSourceReset);
    connect(&source, &QAbstractItemModel::rowsAboutToBeRemoved, this, &DeviceFilterModel::beginSourceReset);
    connect(&source, &QAbstractItemModel::rowsRemoved, this, &DeviceFilterModel::endSourceReset);
    connect(&source, &QAbstractItemModel::rowsAboutToBeMoved, this, &DeviceFilterModel::beginSourceReset);
    connect(&source, &QAbstractItemModel::rowsMoved, this, &DeviceFilterModel::endSourceReset);
    connect(&source, &QAbstractItemModel::layoutAboutToBeChanged, this, &DeviceFilterModel::beginSourceReset);
    connect(&source, &QAbstractItemModel::layoutChanged, this, &DeviceFilterModel::endSourceReset);
    connect(&source, &QAbstractItemModel::headerDataChanged, this, &QAbstractItemModel::headerDataChanged);
    m_sortPool.setMaxThreadCount(1);
    rebuildAll();
}

DeviceFilterModel::~DeviceFilterModel()
{
    // A worker still sorting would post its result to this object: stop it and wait for it.
    m_wantedSort->store(0);
    m_sortPool.waitForDone();
}

// --- QAbstractProxyModel
// -------------------------------------------------------------------------------------

QModelIndex DeviceFilterModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || proxyIndex.model() != this)
        return {};
    const int row = proxyIndex.row();
    if (row < 0 || static_cast<std::size_t>(row) >= m_visible.size())
        return {};
    return m_source.index(m_visible[static_cast<std::size_t>(row)], proxyIndex.column());
}

QModelIndex DeviceFilterModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != &m_source)
        return {};
    const int row = proxyRowOf(sourceIndex.row());
    return row < 0 ? QModelIndex() : index(row, sourceIndex.column());
}

QModelIndex DeviceFilterModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex DeviceFilterModel::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex DeviceFilterModel::sibling(int row, int column, const QModelIndex &idx) const
{
    return idx.isValid() ? index(row, column) : QModelIndex();
}

int DeviceFilterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_visible.size());
}

int DeviceFilterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_source.columnCount();
}

bool DeviceFilterModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_visible.empty();
}

QVariant DeviceFilterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal)
        return m_source.headerData(section, orientation, role);
    return QAbstractItemModel::headerData(section, orientation, role);
}

void DeviceFilterModel::sort(int column, Qt::SortOrder order)
{
    if (column >= columnCount())
        column = -1;
    if (column == sortColumn() && order == sortOrder())
        return;
    if (column == m_sortColumn && order == m_sortOrder) {
        // Back to the order on screen: the sort in flight is no longer wanted.
        cancelBackgroundSort();
        Q_EMIT sortApplied(column, order);
        return;
    }
    if (column >= 0 && totalCount() >= m_backgroundSortThreshold) {
        m_pendingSort = SortRequest{column, order};
        startBackgroundSort();
        return;
    }
    cancelBackgroundSort();
    relayout([&] {
        m_sortColumn = column;
        m_sortOrder = order;
        resort();
        rebuildVisibleInOrder();
    });
    Q_EMIT sortApplied(column, order);
}

// --- Filtering
// --------------------------------------------------------------------------------------------------

QString DeviceFilterModel::searchKey(const Device &d)
{
    const QChar sep(u'\n'); // never part of a search word, so no match spans two fields
    const QString key =
        d.deviceName + sep + d.serialNumber + sep + d.userPrincipalName + sep + d.imei + sep + d.model;
    return key.toCaseFolded();
}

void DeviceFilterModel::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    Criteria next = m_criteria;
    next.words = text.toCaseFolded().split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    next.matchers.clear();
    for (const QString &word : std::as_const(next.words))
        next.matchers.append(QStringMatcher(word, Qt::CaseSensitive)); // keys and words are both case-folded
    applyCriteria(std::move(next));
}

void DeviceFilterModel::setPlatformFilter(std::optional<eligibility::Platform> platform)
{
    Criteria next = m_criteria;
    next.platform = platform;
    applyCriteria(std::move(next));
}

void DeviceFilterModel::setOwnershipFilter(std::optional<devices::Ownership> ownership)
{
    Criteria next = m_criteria;
    next.ownership = ownership;
    applyCriteria(std::move(next));
}

void DeviceFilterModel::setComplianceFilter(std::optional<devices::ComplianceState> compliance)
{
    Criteria next = m_criteria;
    next.compliance = compliance;
    applyCriteria(std::move(next));
}

bool DeviceFilterModel::narrows(const Criteria &now, const Criteria &before)
{
    const auto narrowsOption = [](const auto &n, const auto &b) {
        return !b || n == b;
    };
    if (!narrowsOption(now.platform, before.platform) || !narrowsOption(now.ownership, before.ownership) ||
        !narrowsOption(now.compliance, before.compliance))
        return false;
    // Every old word must be contained in a new word: then whatever matches now matched before.
    return std::all_of(before.words.cbegin(), before.words.cend(), [&](const QString &old) {
        return std::any_of(now.words.cbegin(), now.words.cend(),
                           [&](const QString &word) { return word.contains(old); });
    });
}

void DeviceFilterModel::applyCriteria(Criteria criteria)
{
    const bool sameAsBefore =
        criteria.words == m_criteria.words && criteria.platform == m_criteria.platform &&
        criteria.ownership == m_criteria.ownership && criteria.compliance == m_criteria.compliance;
    if (sameAsBefore)
        return;
    const bool narrowing = narrows(criteria, m_criteria);
    m_criteria = std::move(criteria);

    std::vector<int> next;
    const std::vector<int> &candidates = narrowing ? m_visible : m_order;
    next.reserve(candidates.size());
    if (m_criteria.matchers.isEmpty() || candidates.size() < m_info.size() / 8) {
        // No words, or few rows left to check: row by row.
        for (int row : candidates) {
            if (accepts(row))
                next.push_back(row);
        }
    } else {
        // Many rows: one scan of the key buffer per word, then the categories.
        m_index.match(m_criteria.matchers, m_hits);
        for (int row : candidates) {
            if (m_hits[static_cast<std::size_t>(row)] && acceptsCategories(row))
                next.push_back(row);
        }
    }
    if (next == m_visible)
        return; // the same rows (a letter that narrows nothing): nothing to lay out or paint again
    beginResetModel();
    m_visible = std::move(next);
    rebuildInverse();
    endResetModel();
    emitCounts();
}

bool DeviceFilterModel::acceptsCategories(int sourceRow) const
{
    const RowInfo &info = m_info[static_cast<std::size_t>(sourceRow)];
    if (m_criteria.platform && info.platform != static_cast<quint8>(*m_criteria.platform))
        return false;
    if (m_criteria.ownership && info.ownership != static_cast<quint8>(*m_criteria.ownership))
        return false;
    if (m_criteria.compliance && info.compliance != static_cast<quint8>(*m_criteria.compliance))
        return false;
    return true;
}

bool DeviceFilterModel::accepts(int sourceRow) const
{
    return acceptsCategories(sourceRow) &&
           (m_criteria.matchers.isEmpty() || m_index.rowMatches(sourceRow, m_criteria.matchers));
}

DeviceFilterModel::RowInfo DeviceFilterModel::computeInfo(int sourceRow) const
{
    const Device &d = m_source.device(sourceRow);
    RowInfo info;
    info.platform = static_cast<quint8>(eligibility::classify(d).platform);
    info.ownership = static_cast<quint8>(d.ownership);
    info.compliance = static_cast<quint8>(d.compliance);
    return info;
}

// --- Ordering
// ---------------------------------------------------------------------------------------------------

int DeviceFilterModel::compareVersions(const QString &a, const QString &b) const
{
    return compareVersionTexts(m_versionCache, a, b);
}

void DeviceFilterModel::computeSortKey(int sourceRow)
{
    const auto at = static_cast<std::size_t>(sourceRow);
    if (isTextSortColumn(m_sortColumn)) {
        if (m_textKeys.size() <= at)
            m_textKeys.resize(m_info.size());
        const QString &raw = DeviceTableModel::sortText(m_source.device(sourceRow), m_sortColumn);
        if (m_sortColumn == DeviceTableModel::DeviceName) {
            m_textKeys[at] = DeviceTableModel::foldedText(raw); // one name per device
        } else {
            // The directory interns these texts: equal texts share their data, so the data pointer identifies
            // them and each distinct text folds once.
            const QChar *identity = raw.constData();
            auto it = m_foldCache.constFind(identity);
            if (it == m_foldCache.cend() || it->second != raw)
                it = m_foldCache.insert(identity, {DeviceTableModel::foldedText(raw), raw});
            m_textKeys[at] = it->first;
        }
    } else if (isNumberSortColumn(m_sortColumn)) {
        if (m_numberKeys.size() <= at)
            m_numberKeys.resize(m_info.size());
        m_numberKeys[at] = DeviceTableModel::sortNumber(m_source.device(sourceRow), m_sortColumn);
    }
}

bool DeviceFilterModel::lessRows(int a, int b) const
{
    if (m_sortColumn >= 0) {
        const auto ia = static_cast<std::size_t>(a);
        const auto ib = static_cast<std::size_t>(b);
        int c = 0;
        if (isTextSortColumn(m_sortColumn)) {
            // The keys order rows exactly as DeviceTableModel::compare(): folded text, then the raw text.
            c = QtPrivate::compareStrings(m_textKeys[ia], m_textKeys[ib], Qt::CaseSensitive);
            if (c == 0)
                c = QtPrivate::compareStrings(DeviceTableModel::sortText(m_source.device(a), m_sortColumn),
                                              DeviceTableModel::sortText(m_source.device(b), m_sortColumn),
                                              Qt::CaseSensitive);
        } else if (m_sortColumn == DeviceTableModel::OsVersion) {
            c = compareVersions(m_source.device(a).osVersion, m_source.device(b).osVersion);
        } else {
            const qint64 ka = m_numberKeys[ia];
            const qint64 kb = m_numberKeys[ib];
            c = ka < kb ? -1 : (kb < ka ? 1 : 0);
        }
        if (c != 0)
            return m_sortOrder == Qt::AscendingOrder ? c < 0 : c > 0;
    }
    return a < b; // a total order, so equal keys keep the load order
}

void DeviceFilterModel::resort()
{
    adoptSort(sortDevices(sortInput(m_sortColumn, m_sortOrder)));
}

DeviceSortInput DeviceFilterModel::sortInput(int column, Qt::SortOrder order) const
{
    DeviceSortInput input;
    input.column = column;
    input.order = order;
    input.rows = totalCount();
    const auto rows = static_cast<std::size_t>(input.rows);
    if (isTextSortColumn(column) || column == DeviceTableModel::OsVersion) {
        input.texts.reserve(rows);
        for (int row = 0; row < input.rows; ++row)
            input.texts.push_back(DeviceTableModel::sortText(m_source.device(row), column));
    } else if (isNumberSortColumn(column)) {
        input.numbers.reserve(rows);
        for (int row = 0; row < input.rows; ++row)
            input.numbers.push_back(DeviceTableModel::sortNumber(m_source.device(row), column));
    }
    return input;
}

void DeviceFilterModel::adoptSort(DeviceSortResult &&result)
{
    // One key per row, computed once and kept for the rows that arrive later: comparisons then never fold
    // text or parse versions.
    m_sortColumn = result.column;
    m_sortOrder = result.order;
    m_order = std::move(result.rowOrder);
    m_textKeys = std::move(result.textKeys);
    m_numberKeys = std::move(result.numberKeys);
    m_foldCache = std::move(result.foldCache);
    m_versionCache.insert(result.versionCache);

    // Rows that arrived while a worker sorted a snapshot: their keys, then merged into place.
    const int sorted = static_cast<int>(m_order.size());
    if (sorted >= totalCount())
        return;
    std::vector<int> fresh;
    fresh.reserve(static_cast<std::size_t>(totalCount() - sorted));
    for (int row = sorted; row < totalCount(); ++row) {
        computeSortKey(row);
        fresh.push_back(row);
    }
    if (m_sortColumn < 0) {
        m_order.insert(m_order.end(), fresh.begin(), fresh.end());
        return;
    }
    std::sort(fresh.begin(), fresh.end(), [this](int a, int b) { return lessRows(a, b); });
    mergeSorted(m_order, fresh);
}

void DeviceFilterModel::rebuildVisibleInOrder()
{
    m_visible.clear();
    for (int row : m_order) {
        if (m_proxyOf[static_cast<std::size_t>(row)] >= 0)
            m_visible.push_back(row);
    }
    rebuildInverse();
}

void DeviceFilterModel::startBackgroundSort()
{
    Q_ASSERT(m_pendingSort);
    const quint64 generation = ++m_sortGeneration;
    m_wantedSort->store(generation);
    // The snapshot is taken here, on the UI thread: the worker never reads the directory.
    auto input =
        std::make_shared<const DeviceSortInput>(sortInput(m_pendingSort->column, m_pendingSort->order));
    m_sortPool.start([this, input, wanted = m_wantedSort, generation] {
        const auto superseded = [&wanted, generation] {
            return wanted->load() != generation;
        };
        if (superseded())
            return;
        auto result = std::make_shared<DeviceSortResult>(sortDevices(*input, superseded));
        if (superseded())
            return;
        // Queued to the UI thread; the destructor waits for this worker, so `this` is alive here.
        QMetaObject::invokeMethod(
            this, [this, generation, result] { finishBackgroundSort(generation, std::move(*result)); },
            Qt::QueuedConnection);
    });
}

void DeviceFilterModel::finishBackgroundSort(quint64 generation, DeviceSortResult &&result)
{
    if (generation != m_sortGeneration || !m_pendingSort)
        return; // superseded while it was on its way
    const SortRequest request = *m_pendingSort;
    m_pendingSort.reset();
    // The previous sort's keys (100,000 strings) are freed on the worker: freeing them here stalls a frame.
    auto previous = std::make_shared<DeviceSortResult>();
    previous->textKeys = std::move(m_textKeys);
    previous->foldCache = std::move(m_foldCache);
    relayout([&] {
        adoptSort(std::move(result));
        rebuildVisibleInOrder();
    });
    m_sortPool.start([previous = std::move(previous)]() mutable { previous.reset(); });
    Q_EMIT sortApplied(request.column, request.order);
}

void DeviceFilterModel::cancelBackgroundSort()
{
    m_pendingSort.reset();
    m_wantedSort->store(++m_sortGeneration);
}

void DeviceFilterModel::mergeSorted(std::vector<int> &into, const std::vector<int> &sortedFresh) const
{
    if (sortedFresh.empty())
        return;
    const auto less = [this](int a, int b) {
        return lessRows(a, b);
    };
    std::vector<int> merged;
    merged.reserve(into.size() + sortedFresh.size());
    auto from = into.cbegin();
    for (int row : sortedFresh) {
        const auto at = std::lower_bound(from, into.cend(), row, less);
        merged.insert(merged.end(), from, at);
        merged.push_back(row);
        from = at;
    }
    merged.insert(merged.end(), from, into.cend());
    into = std::move(merged);
}

template<typename Change>
void DeviceFilterModel::relayout(Change &&change)
{
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<std::pair<int, int>> sources;
    sources.reserve(before.size());
    for (const QModelIndex &idx : before)
        sources.append({sourceRowAt(idx.row()), idx.column()});
    change();
    QModelIndexList after;
    after.reserve(before.size());
    for (const auto &[sourceRow, column] : sources) {
        const int row = sourceRow < 0 ? -1 : proxyRowOf(sourceRow);
        after.append(row < 0 ? QModelIndex() : index(row, column));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

// --- Source changes
// ---------------------------------------------------------------------------------------------

void DeviceFilterModel::rebuildAll()
{
    const int count = m_source.rowCount();
    m_info.clear();
    m_index.clear();
    m_info.reserve(static_cast<std::size_t>(count));
    for (int row = 0; row < count; ++row) {
        m_info.push_back(computeInfo(row));
        m_index.append(searchKey(m_source.device(row)));
    }
    m_order.resize(static_cast<std::size_t>(count));
    for (int row = 0; row < count; ++row)
        m_order[static_cast<std::size_t>(row)] = row;
    m_versionCache.clear();
    resort();
    m_visible.clear();
    for (int row : m_order) {
        if (accepts(row))
            m_visible.push_back(row);
    }
    rebuildInverse();
}

void DeviceFilterModel::rebuildInverse()
{
    m_proxyOf.assign(m_info.size(), -1);
    for (std::size_t i = 0; i < m_visible.size(); ++i)
        m_proxyOf[static_cast<std::size_t>(m_visible[i])] = static_cast<int>(i);
}

int DeviceFilterModel::totalCount() const
{
    return static_cast<int>(m_info.size());
}

int DeviceFilterModel::sourceRowAt(int proxyRow) const
{
    if (proxyRow < 0 || static_cast<std::size_t>(proxyRow) >= m_visible.size())
        return -1;
    return m_visible[static_cast<std::size_t>(proxyRow)];
}

int DeviceFilterModel::proxyRowOf(int sourceRow) const
{
    if (sourceRow < 0 || static_cast<std::size_t>(sourceRow) >= m_proxyOf.size())
        return -1;
    return m_proxyOf[static_cast<std::size_t>(sourceRow)];
}

void DeviceFilterModel::emitCounts()
{
    Q_EMIT countsChanged(rowCount(), totalCount());
}

void DeviceFilterModel::beginSourceReset()
{
    if (m_resetting)
        return;
    m_resetting = true;
    if (m_pendingSort) {
        // The rows are rebuilt and sorted here anyway: by the requested column, and the worker's sort is
        // moot.
        m_sortColumn = m_pendingSort->column;
        m_sortOrder = m_pendingSort->order;
        cancelBackgroundSort();
        m_sortAppliedByReset = true;
    }
    beginResetModel();
}

void DeviceFilterModel::endSourceReset()
{
    if (!m_resetting)
        return;
    rebuildAll();
    m_resetting = false;
    endResetModel();
    emitCounts();
    if (std::exchange(m_sortAppliedByReset, false))
        Q_EMIT sortApplied(m_sortColumn, m_sortOrder);
}

void DeviceFilterModel::onRowsAboutToBeInserted(const QModelIndex &parent, int first, int)
{
    // Rows inserted anywhere but at the end break the index lists' numbering: start over.
    if (!parent.isValid() && first != totalCount())
        beginSourceReset();
}

void DeviceFilterModel::onRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    if (m_resetting) {
        endSourceReset();
        return;
    }
    appendSourceRows(first, last);
    emitCounts();
}

void DeviceFilterModel::appendSourceRows(int first, int last)
{
    for (int row = first; row <= last; ++row) {
        m_info.push_back(computeInfo(row)); // geometric growth: no exact reserve per page
        m_index.append(searchKey(m_source.device(row)));
    }
    m_proxyOf.resize(m_info.size(), -1);
    for (int row = first; row <= last; ++row)
        computeSortKey(row);

    std::vector<int> fresh;
    fresh.reserve(static_cast<std::size_t>(last - first + 1));
    for (int row = first; row <= last; ++row)
        fresh.push_back(row);
    const auto less = [this](int a, int b) {
        return lessRows(a, b);
    };
    if (m_sortColumn >= 0)
        std::sort(fresh.begin(), fresh.end(), less);
    if (m_sortColumn >= 0)
        mergeSorted(m_order, fresh);
    else
        m_order.insert(m_order.end(), fresh.begin(), fresh.end());

    std::vector<int> accepted;
    for (int row : fresh) {
        if (accepts(row))
            accepted.push_back(row);
    }
    if (accepted.empty())
        return;

    // Step 1: the new rows arrive at the end; step 2 (sorted views only): one layout change moves them in
    // place.
    const int oldVisible = rowCount();
    beginInsertRows({}, oldVisible, oldVisible + static_cast<int>(accepted.size()) - 1);
    m_visible.insert(m_visible.end(), accepted.begin(), accepted.end());
    for (std::size_t i = static_cast<std::size_t>(oldVisible); i < m_visible.size(); ++i)
        m_proxyOf[static_cast<std::size_t>(m_visible[i])] = static_cast<int>(i);
    endInsertRows();

    if (m_sortColumn >= 0 && oldVisible > 0 && lessRows(accepted.front(), m_visible[oldVisible - 1])) {
        relayout([&] {
            m_visible.resize(static_cast<std::size_t>(oldVisible));
            mergeSorted(m_visible, accepted);
            rebuildInverse();
        });
    }
}

void DeviceFilterModel::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                      const QList<int> &roles)
{
    if (!topLeft.isValid() || !bottomRight.isValid())
        return;
    if (!roles.isEmpty() && !roles.contains(DeviceTableModel::SortRole)) {
        // Display texts only (e.g. a language change): the rows and their order stay.
        if (!m_visible.empty())
            Q_EMIT dataChanged(index(0, topLeft.column()), index(rowCount() - 1, bottomRight.column()),
                               roles);
        return;
    }
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row)
        updateSourceRow(row);
    emitCounts();
    if (m_pendingSort)
        startBackgroundSort(); // the worker's snapshot is out of date: sort the new data
}

void DeviceFilterModel::updateSourceRow(int sourceRow)
{
    if (sourceRow < 0 || sourceRow >= totalCount())
        return;
    m_info[static_cast<std::size_t>(sourceRow)] = computeInfo(sourceRow);
    m_index.update(sourceRow, searchKey(m_source.device(sourceRow)));
    const auto less = [this](int a, int b) {
        return lessRows(a, b);
    };

    if (m_sortColumn >= 0) {
        // Out of the order by position (the old key still holds), then the new key, then back in its place.
        m_order.erase(std::find(m_order.begin(), m_order.end(), sourceRow));
        computeSortKey(sourceRow);
        m_order.insert(std::lower_bound(m_order.begin(), m_order.end(), sourceRow, less), sourceRow);
    }

    const int oldRow = proxyRowOf(sourceRow);
    const bool nowAccepted = accepts(sourceRow);
    if (oldRow < 0 && !nowAccepted)
        return;
    if (oldRow >= 0 && !nowAccepted) {
        beginRemoveRows({}, oldRow, oldRow);
        m_visible.erase(m_visible.begin() + oldRow);
        rebuildInverse();
        endRemoveRows();
        return;
    }
    if (oldRow < 0) {
        const auto at = std::lower_bound(m_visible.begin(), m_visible.end(), sourceRow, less);
        const int row = static_cast<int>(at - m_visible.begin());
        beginInsertRows({}, row, row);
        m_visible.insert(at, sourceRow);
        rebuildInverse();
        endInsertRows();
        return;
    }
    // Still visible: it may have to move.
    std::vector<int> without = m_visible;
    without.erase(without.begin() + oldRow);
    const int newRow =
        static_cast<int>(std::lower_bound(without.begin(), without.end(), sourceRow, less) - without.begin());
    if (newRow != oldRow) {
        const int destination = newRow > oldRow ? newRow + 1 : newRow;
        if (beginMoveRows({}, oldRow, oldRow, {}, destination)) {
            without.insert(without.begin() + newRow, sourceRow);
            m_visible = std::move(without);
            rebuildInverse();
            endMoveRows();
        }
    }
    const int row = proxyRowOf(sourceRow);
    Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
}

} // namespace passcode::ui
