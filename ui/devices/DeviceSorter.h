// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringView>
#include <QVersionNumber>
#include <QtGlobal>

#include <functional>
#include <utility>
#include <vector>

namespace passcode::ui {

/** Interned text → (its sort key, the text): each distinct text of a column folds once. */
using TextKeyCache = QHash<const QChar *, std::pair<QString, QString>>;

/**
 * The key a text column sorts a text on: its case-folded form (ties are broken on the raw text, see
 * compareTextKeys()). Texts other than device names are interned by the directory, so equal texts share
 * their data and @p cache folds each distinct one once, found by its data pointer.
 */
QString textSortKey(int column, const QString &text, TextKeyCache &cache);

/**
 * Three-way comparison of two texts of a text column from their sort keys: by key, then by the raw text, both
 * by UTF-16 code units. Every sort of the table (DeviceTableModel::compare(), sortDevices(),
 * DeviceFilterModel) orders texts with this. The raw texts are read only when the keys are equal (references,
 * not views: a sort of 100,000 rows would otherwise load every raw text it compares).
 */
inline int compareTextKeys(const QString &keyA, const QString &textA, const QString &keyB,
                           const QString &textB) noexcept
{
    const int byKey = QStringView(keyA).compare(keyB);
    return byKey != 0 ? byKey : QStringView(textA).compare(textB);
}

/**
 * What one sort of the All devices table needs: the raw values of the sort column for rows 0..rows-1, copied
 * on the UI thread. The sort then runs on any thread without reading the directory (which the UI thread keeps
 * appending to). Texts are implicitly shared copies (atomic reference count), so a snapshot costs a pointer
 * copy per row, and the directory's interned texts keep their shared data: a data pointer identifies a text.
 */
struct DeviceSortInput
{
    int column = -1; ///< DeviceTableModel::Column, or -1 for the load order
    Qt::SortOrder order = Qt::AscendingOrder;
    int rows = 0;
    std::vector<QString> texts;  ///< per row: the raw text (text columns and OS version), else empty
    std::vector<qint64> numbers; ///< per row: the number (ownership, compliance, dates), else empty
};

/** The sorted row order, with the per-row keys that later merges (rows streaming in) compare on. */
struct DeviceSortResult
{
    int column = -1;
    Qt::SortOrder order = Qt::AscendingOrder;
    std::vector<int> rowOrder;      ///< rows 0..rows-1 in sort order; equal keys keep the load order
    std::vector<QString> textKeys;  ///< per row: the case-folded text (text columns), else empty
    std::vector<qint64> numberKeys; ///< per row: the number (number columns), else empty
    TextKeyCache foldCache;         ///< interned text → (folded, raw)
    QHash<QString, QVersionNumber> versionCache; ///< OS version text → parsed version
};

/**
 * Sorts on raw values exactly as DeviceTableModel::compare() orders two devices (folded text then raw text;
 * versions by value then as text; numbers), ties in load order. Pure: no QObject, no shared state, so it may
 * run on a worker thread. When cancelled() answers true (it is asked between phases), the result's rowOrder
 * is left empty.
 */
DeviceSortResult sortDevices(const DeviceSortInput &input, const std::function<bool()> &cancelled = {});

/** Whether a column sorts on text (name, managed by, OS, UPN). */
bool isTextSortColumn(int column);
/** Whether a column sorts on a number (ownership, compliance, last check-in, passcode action). */
bool isNumberSortColumn(int column);
/** Three-way comparison of two OS versions: by value, then as text; parsed versions are kept in cache. */
int compareVersionTexts(QHash<QString, QVersionNumber> &cache, const QString &a, const QString &b);

} // namespace passcode::ui
