// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/DeviceFilterModel.h"

#include "core/devices/DeviceDirectory.h"
#include "ui/models/DeviceTableModel.h"

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
    rebuildAll();
}

DeviceFilterModel::~DeviceFilterModel() = default;

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
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    relayout([&] {
        m_sortColumn = column;
        m_sortOrder = order;
        std::sort(m_order.begin(), m_order.end(), [this](int a, int b) { return lessRows(a, b); });
        m_visible.clear();
        for (int row : m_order) {
            if (m_proxyOf[static_cast<std::size_t>(row)] >= 0)
                m_visible.push_back(row);
        }
        rebuildInverse();
    });
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

    beginResetModel();
    std::vector<int> next;
    const std::vector<int> &candidates = narrowing ? m_visible : m_order;
    next.reserve(candidates.size());
    for (int row : candidates) {
        if (accepts(row))
            next.push_back(row);
    }
    m_visible = std::move(next);
    rebuildInverse();
    endResetModel();
    emitCounts();
}

bool DeviceFilterModel::accepts(int sourceRow) const
{
    const RowInfo &info = m_info.at(sourceRow);
    if (m_criteria.platform && info.platform != static_cast<quint8>(*m_criteria.platform))
        return false;
    if (m_criteria.ownership && info.ownership != static_cast<quint8>(*m_criteria.ownership))
        return false;
    if (m_criteria.compliance && info.compliance != static_cast<quint8>(*m_criteria.compliance))
        return false;
    for (const QString &word : m_criteria.words) {
        if (!info.key.contains(word))
            return false;
    }
    return true;
}

DeviceFilterModel::RowInfo DeviceFilterModel::computeInfo(int sourceRow) const
{
    const Device &d = m_source.device(sourceRow);
    RowInfo info;
    info.key = searchKey(d);
    info.platform = static_cast<quint8>(eligibility::classify(d).platform);
    info.ownership = static_cast<quint8>(d.ownership);
    info.compliance = static_cast<quint8>(d.compliance);
    return info;
}

// --- Ordering
// ---------------------------------------------------------------------------------------------------

int DeviceFilterModel::compareVersions(const QString &a, const QString &b) const
{
    if (a == b)
        return 0;
    const auto version = [this](const QString &text) -> const QVersionNumber & {
        auto it = m_versionCache.constFind(text);
        if (it == m_versionCache.cend())
            it = m_versionCache.insert(text, QVersionNumber::fromString(text));
        return *it;
    };
    const int byVersion = QVersionNumber::compare(version(a), version(b));
    if (byVersion != 0)
        return byVersion;
    return a.compare(b);
}

bool DeviceFilterModel::lessRows(int a, int b) const
{
    if (m_sortColumn >= 0) {
        const Device &da = m_source.device(a);
        const Device &db = m_source.device(b);
        const int c = m_sortColumn == DeviceTableModel::OsVersion
                          ? compareVersions(da.osVersion, db.osVersion)
                          : DeviceTableModel::compare(da, db, m_sortColumn);
        if (c != 0)
            return m_sortOrder == Qt::AscendingOrder ? c < 0 : c > 0;
    }
    return a < b; // a total order, so equal keys keep the load order
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
    m_info.reserve(count);
    for (int row = 0; row < count; ++row)
        m_info.append(computeInfo(row));
    m_order.resize(static_cast<std::size_t>(count));
    for (int row = 0; row < count; ++row)
        m_order[static_cast<std::size_t>(row)] = row;
    if (m_sortColumn >= 0)
        std::sort(m_order.begin(), m_order.end(), [this](int a, int b) { return lessRows(a, b); });
    m_visible.clear();
    for (int row : m_order) {
        if (accepts(row))
            m_visible.push_back(row);
    }
    m_versionCache.clear();
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
    m_info.reserve(last + 1);
    for (int row = first; row <= last; ++row)
        m_info.append(computeInfo(row));
    m_proxyOf.resize(m_info.size(), -1);

    std::vector<int> fresh;
    fresh.reserve(static_cast<std::size_t>(last - first + 1));
    for (int row = first; row <= last; ++row)
        fresh.push_back(row);
    const auto less = [this](int a, int b) {
        return lessRows(a, b);
    };
    if (m_sortColumn >= 0)
        std::sort(fresh.begin(), fresh.end(), less);
    const auto oldOrderSize = static_cast<std::ptrdiff_t>(m_order.size());
    m_order.insert(m_order.end(), fresh.begin(), fresh.end());
    if (m_sortColumn >= 0)
        std::inplace_merge(m_order.begin(), m_order.begin() + oldOrderSize, m_order.end(), less);

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
            std::inplace_merge(m_visible.begin(), m_visible.begin() + oldVisible, m_visible.end(), less);
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
}

void DeviceFilterModel::updateSourceRow(int sourceRow)
{
    if (sourceRow < 0 || sourceRow >= totalCount())
        return;
    m_info[sourceRow] = computeInfo(sourceRow);
    const auto less = [this](int a, int b) {
        return lessRows(a, b);
    };

    if (m_sortColumn >= 0) {
        m_order.erase(std::find(m_order.begin(), m_order.end(), sourceRow));
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
