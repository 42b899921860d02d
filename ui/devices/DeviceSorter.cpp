// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/devices/DeviceSorter.h"

#include "ui/devices/DeviceTableModel.h"

#include <algorithm>
#include <numeric>

namespace passcode::ui {

bool isTextSortColumn(int column)
{
    return column == DeviceTableModel::DeviceName || column == DeviceTableModel::ManagedBy ||
           column == DeviceTableModel::OperatingSystem || column == DeviceTableModel::PrimaryUser;
}

bool isNumberSortColumn(int column)
{
    return column == DeviceTableModel::Ownership || column == DeviceTableModel::Compliance ||
           column == DeviceTableModel::LastCheckIn || column == DeviceTableModel::PasscodeAction;
}

QString textSortKey(int column, const QString &text, TextKeyCache &cache)
{
    if (column == DeviceTableModel::DeviceName)
        return DeviceTableModel::foldedText(text); // one name per device: nothing to share
    auto it = cache.constFind(text.constData());
    if (it == cache.cend() || it->second != text)
        it = cache.insert(text.constData(), {DeviceTableModel::foldedText(text), text});
    return it->first;
}

int compareVersionTexts(QHash<QString, QVersionNumber> &cache, const QString &a, const QString &b)
{
    if (a == b)
        return 0;
    // By value: looking the second version up may insert into the cache and move the first one.
    const auto version = [&cache](const QString &text) -> QVersionNumber {
        auto it = cache.constFind(text);
        if (it == cache.cend())
            it = cache.insert(text, QVersionNumber::fromString(text));
        return *it;
    };
    const QVersionNumber va = version(a);
    const QVersionNumber vb = version(b);
    const int byVersion = QVersionNumber::compare(va, vb);
    if (byVersion != 0)
        return byVersion;
    return DeviceTableModel::compareTexts(a, b);
}

namespace {

using Entries = std::vector<std::pair<qint64, int>>; // (rank or number, row)

/** Folds every row's text (each distinct interned text once) and ranks the distinct texts. */
bool rankTexts(const DeviceSortInput &input, DeviceSortResult &result, Entries &entries,
               const std::function<bool()> &cancelled)
{
    const auto rows = static_cast<std::size_t>(input.rows);
    result.textKeys.resize(rows);
    for (std::size_t row = 0; row < rows; ++row)
        result.textKeys[row] = textSortKey(input.column, input.texts[row], result.foldCache);
    if (cancelled && cancelled())
        return false;

    // Rank the distinct texts, then sort rows on integer ranks. Texts the directory interned share their
    // data, so the data pointer finds a text's entry without hashing the text.
    struct Distinct
    {
        quint64 high = 0; ///< the first twelve folded characters, packed: most comparisons stop here
        quint64 middle = 0;
        quint64 low = 0;
        int row = 0; ///< a row holding this text
        qint64 rank = 0;
    };
    const auto pack = [](QStringView key, qsizetype from) {
        quint64 v = 0;
        for (qsizetype i = from; i < from + 4; ++i)
            v = (v << 16) | (i < key.size() ? key[i].unicode() : 0u);
        return v;
    };
    std::vector<Distinct> distinct;
    std::vector<int> distinctOf(rows);
    QHash<const QChar *, int> byData;
    byData.reserve(input.column == DeviceTableModel::DeviceName ? qsizetype(rows) : 1024);
    for (std::size_t row = 0; row < rows; ++row) {
        const QString &raw = input.texts[row];
        auto it = byData.constFind(raw.constData());
        if (it == byData.cend()) {
            const QString &key = result.textKeys[row];
            distinct.push_back({pack(key, 0), pack(key, 4), pack(key, 8), int(row), 0});
            it = byData.insert(raw.constData(), int(distinct.size()) - 1);
        }
        distinctOf[row] = *it;
    }
    const auto compareDistinct = [&](const Distinct &a, const Distinct &b) {
        if (a.high != b.high)
            return a.high < b.high ? -1 : 1;
        if (a.middle != b.middle)
            return a.middle < b.middle ? -1 : 1;
        if (a.low != b.low)
            return a.low < b.low ? -1 : 1;
        const auto ra = std::size_t(a.row);
        const auto rb = std::size_t(b.row);
        return compareTextKeys(result.textKeys[ra], input.texts[ra], result.textKeys[rb], input.texts[rb]);
    };
    std::vector<int> ordered(distinct.size());
    std::iota(ordered.begin(), ordered.end(), 0);
    std::sort(ordered.begin(), ordered.end(), [&](int a, int b) {
        return compareDistinct(distinct[std::size_t(a)], distinct[std::size_t(b)]) < 0;
    });
    if (cancelled && cancelled())
        return false;
    // Dense ranks: equal texts held in different strings share a rank, so their rows keep the load order.
    qint64 rank = 0;
    for (std::size_t i = 0; i < ordered.size(); ++i) {
        if (i > 0 &&
            compareDistinct(distinct[std::size_t(ordered[i - 1])], distinct[std::size_t(ordered[i])]) != 0)
            ++rank;
        distinct[std::size_t(ordered[i])].rank = rank;
    }
    for (std::size_t row = 0; row < rows; ++row)
        entries.push_back({distinct[std::size_t(distinctOf[row])].rank, int(row)});
    return true;
}

/** Ranks the distinct versions (a few hundred) once; rows then sort on their rank. */
void rankVersions(const DeviceSortInput &input, DeviceSortResult &result, Entries &entries)
{
    QHash<QString, qint64> rank;
    for (const QString &version : input.texts)
        rank.insert(version, 0);
    QStringList distinct = rank.keys();
    std::sort(distinct.begin(), distinct.end(), [&result](const QString &a, const QString &b) {
        return compareVersionTexts(result.versionCache, a, b) < 0;
    });
    for (qsizetype i = 0; i < distinct.size(); ++i)
        rank[distinct.at(i)] = i;
    for (std::size_t row = 0; row < input.texts.size(); ++row)
        entries.push_back({rank.value(input.texts[row]), int(row)});
}

} // namespace

DeviceSortResult sortDevices(const DeviceSortInput &input, const std::function<bool()> &cancelled)
{
    DeviceSortResult result;
    result.column = input.column;
    result.order = input.order;
    const auto rows = static_cast<std::size_t>(std::max(0, input.rows));
    if (input.column < 0) {
        result.rowOrder.resize(rows);
        std::iota(result.rowOrder.begin(), result.rowOrder.end(), 0);
        return result;
    }
    Entries entries;
    entries.reserve(rows);
    if (isTextSortColumn(input.column)) {
        Q_ASSERT(input.texts.size() == rows);
        if (!rankTexts(input, result, entries, cancelled))
            return result;
    } else if (input.column == DeviceTableModel::OsVersion) {
        Q_ASSERT(input.texts.size() == rows);
        rankVersions(input, result, entries);
    } else {
        Q_ASSERT(input.numbers.size() == rows);
        result.numberKeys = input.numbers;
        for (std::size_t row = 0; row < rows; ++row)
            entries.push_back({input.numbers[row], int(row)});
    }
    if (cancelled && cancelled())
        return result;
    const bool ascending = input.order == Qt::AscendingOrder;
    std::sort(entries.begin(), entries.end(), [ascending](const auto &a, const auto &b) {
        if (a.first != b.first)
            return ascending ? a.first < b.first : a.first > b.first;
        return a.second < b.second;
    });
    result.rowOrder.resize(rows);
    for (std::size_t i = 0; i < rows; ++i)
        result.rowOrder[i] = entries[i].second;
    return result;
}

} // namespace passcode::ui
