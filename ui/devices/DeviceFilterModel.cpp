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
    , m_sorting(source)
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
    if (column == m_sorting.column() && order == m_sorting.order()) {
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
        m_sorting.sort(column, order, totalCount());
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
    // A device id pasted from the portal or an audit (found on the server while the list loads) is looked up
    // by id; the search keys hold no ids, to keep them small.
    static const QRegularExpression guid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    next.id.clear();
    if (next.words.size() == 1 && guid.match(next.words.first()).hasMatch()) {
        next.id = next.words.first();
        next.words.clear();
    }
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

void DeviceFilterModel::setPasscodeFilter(std::optional<PasscodeAvailability> availability)
{
    Criteria next = m_criteria;
    next.passcode = availability;
    applyCriteria(std::move(next));
}

bool DeviceFilterModel::narrows(const Criteria &now, const Criteria &before)
{
    const auto narrowsOption = [](const auto &n, const auto &b) {
        return !b || n == b;
    };
    if (now.id != before.id)
        return false; // ids are not in the search keys: a text's rows say nothing of an id's
    if (!narrowsOption(now.platform, before.platform) || !narrowsOption(now.ownership, before.ownership) ||
        !narrowsOption(now.compliance, before.compliance) || !narrowsOption(now.passcode, before.passcode))
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
        criteria.words == m_criteria.words && criteria.id == m_criteria.id &&
        criteria.platform == m_criteria.platform && criteria.ownership == m_criteria.ownership &&
        criteria.compliance == m_criteria.compliance && criteria.passcode == m_criteria.passcode;
    if (sameAsBefore)
        return;
    const bool narrowing = narrows(criteria, m_criteria);
    m_criteria = std::move(criteria);

    std::vector<int> next;
    const std::vector<int> &candidates = narrowing ? m_visible : m_sorting.rows();
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
    if (m_criteria.passcode && info.passcode != static_cast<quint8>(*m_criteria.passcode))
        return false;
    return true;
}

bool DeviceFilterModel::accepts(int sourceRow) const
{
    if (!m_criteria.id.isEmpty())
        return acceptsCategories(sourceRow) &&
               m_source.device(sourceRow).id.compare(m_criteria.id, Qt::CaseInsensitive) == 0;
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
    info.passcode = static_cast<quint8>(PasscodeCells::availability(m_source.passcodeCell(sourceRow)));
    return info;
}

// --- Ordering
// ---------------------------------------------------------------------------------------------------

void DeviceFilterModel::rebuildVisibleInOrder()
{
    m_visible.clear();
    for (int row : m_sorting.rows()) {
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
    auto input = std::make_shared<const DeviceSortInput>(
        m_sorting.input(m_pendingSort->column, m_pendingSort->order, totalCount()));
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
    auto previous = std::make_shared<DeviceSortResult>(m_sorting.takeKeys());
    relayout([&] {
        m_sorting.adopt(std::move(result), totalCount());
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
    m_sorting.clearVersionCache();
    m_sorting.sort(m_sorting.column(), m_sorting.order(), count);
    m_visible.clear();
    for (int row : m_sorting.rows()) {
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
        m_sorting.setColumn(m_pendingSort->column, m_pendingSort->order);
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
        Q_EMIT sortApplied(m_sorting.column(), m_sorting.order());
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
    const std::vector<int> fresh = m_sorting.append(first, last, totalCount()); // in sort order

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

    if (m_sorting.column() >= 0 && oldVisible > 0 &&
        m_sorting.less(accepted.front(), m_visible[oldVisible - 1])) {
        relayout([&] {
            m_visible.resize(static_cast<std::size_t>(oldVisible));
            m_sorting.merge(m_visible, accepted);
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
        return m_sorting.less(a, b);
    };
    m_sorting.update(sourceRow, totalCount());

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
