// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/devices/DeviceSortOrder.h"

#include "ui/devices/DeviceTableModel.h"

#include <algorithm>

namespace passcode::ui {

DeviceSortOrder::DeviceSortOrder(const DeviceTableModel &source)
    : m_source(source)
{}

DeviceSortInput DeviceSortOrder::input(int column, Qt::SortOrder order, int rowCount) const
{
    DeviceSortInput input;
    input.column = column;
    input.order = order;
    input.rows = rowCount;
    const auto rows = static_cast<std::size_t>(rowCount);
    if (isTextSortColumn(column) || column == DeviceTableModel::OsVersion) {
        input.texts.reserve(rows);
        for (int row = 0; row < rowCount; ++row)
            input.texts.push_back(DeviceTableModel::sortText(m_source.device(row), column));
    } else if (isNumberSortColumn(column)) {
        input.numbers.reserve(rows);
        for (int row = 0; row < rowCount; ++row)
            input.numbers.push_back(m_source.sortNumberAt(row, column));
    }
    return input;
}

void DeviceSortOrder::sort(int column, Qt::SortOrder order, int rowCount)
{
    adopt(sortDevices(input(column, order, rowCount)), rowCount);
}

void DeviceSortOrder::adopt(DeviceSortResult &&result, int rowCount)
{
    // One key per row, computed once and kept for the rows that arrive later: comparisons then never fold
    // text or parse versions.
    m_column = result.column;
    m_order = result.order;
    m_rows = std::move(result.rowOrder);
    m_textKeys = std::move(result.textKeys);
    m_numberKeys = std::move(result.numberKeys);
    m_foldCache = std::move(result.foldCache);
    m_versionCache.insert(result.versionCache);

    // Rows that arrived while a worker sorted a snapshot: their keys, then merged into place.
    const int sorted = static_cast<int>(m_rows.size());
    if (sorted < rowCount)
        append(sorted, rowCount - 1, rowCount);
}

void DeviceSortOrder::setColumn(int column, Qt::SortOrder order)
{
    m_column = column;
    m_order = order;
}

std::vector<int> DeviceSortOrder::append(int first, int last, int rowCount)
{
    std::vector<int> fresh;
    fresh.reserve(static_cast<std::size_t>(last - first + 1));
    for (int row = first; row <= last; ++row) {
        computeKey(row, rowCount);
        fresh.push_back(row);
    }
    if (m_column < 0) {
        m_rows.insert(m_rows.end(), fresh.begin(), fresh.end());
        return fresh;
    }
    std::sort(fresh.begin(), fresh.end(), [this](int a, int b) { return less(a, b); });
    merge(m_rows, fresh);
    return fresh;
}

void DeviceSortOrder::update(int row, int rowCount)
{
    if (m_column < 0)
        return;
    // Out of the order by position (the old key still holds), then the new key, then back in its place.
    m_rows.erase(std::find(m_rows.begin(), m_rows.end(), row));
    computeKey(row, rowCount);
    m_rows.insert(
        std::lower_bound(m_rows.begin(), m_rows.end(), row, [this](int a, int b) { return less(a, b); }),
        row);
}

void DeviceSortOrder::computeKey(int row, int rowCount)
{
    const auto at = static_cast<std::size_t>(row);
    if (isTextSortColumn(m_column)) {
        if (m_textKeys.size() <= at)
            m_textKeys.resize(static_cast<std::size_t>(rowCount));
        m_textKeys[at] =
            textSortKey(m_column, DeviceTableModel::sortText(m_source.device(row), m_column), m_foldCache);
    } else if (isNumberSortColumn(m_column)) {
        if (m_numberKeys.size() <= at)
            m_numberKeys.resize(static_cast<std::size_t>(rowCount));
        m_numberKeys[at] = m_source.sortNumberAt(row, m_column);
    }
}

bool DeviceSortOrder::less(int a, int b) const
{
    if (m_column >= 0) {
        const auto ia = static_cast<std::size_t>(a);
        const auto ib = static_cast<std::size_t>(b);
        int c = 0;
        if (isTextSortColumn(m_column)) {
            c = compareTextKeys(m_textKeys[ia], DeviceTableModel::sortText(m_source.device(a), m_column),
                                m_textKeys[ib], DeviceTableModel::sortText(m_source.device(b), m_column));
        } else if (m_column == DeviceTableModel::OsVersion) {
            c = compareVersionTexts(m_versionCache, m_source.device(a).osVersion,
                                    m_source.device(b).osVersion);
        } else {
            const qint64 ka = m_numberKeys[ia];
            const qint64 kb = m_numberKeys[ib];
            c = ka < kb ? -1 : (kb < ka ? 1 : 0);
        }
        if (c != 0)
            return m_order == Qt::AscendingOrder ? c < 0 : c > 0;
    }
    return a < b; // a total order, so equal keys keep the load order
}

void DeviceSortOrder::merge(std::vector<int> &into, const std::vector<int> &sortedFresh) const
{
    if (sortedFresh.empty())
        return;
    const auto lessRows = [this](int a, int b) {
        return less(a, b);
    };
    std::vector<int> merged;
    merged.reserve(into.size() + sortedFresh.size());
    auto from = into.cbegin();
    for (int row : sortedFresh) {
        const auto at = std::lower_bound(from, into.cend(), row, lessRows);
        merged.insert(merged.end(), from, at);
        merged.push_back(row);
        from = at;
    }
    merged.insert(merged.end(), from, into.cend());
    into = std::move(merged);
}

DeviceSortResult DeviceSortOrder::takeKeys()
{
    DeviceSortResult keys;
    keys.textKeys = std::move(m_textKeys);
    keys.foldCache = std::move(m_foldCache);
    return keys;
}

} // namespace passcode::ui
