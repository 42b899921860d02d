// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringMatcher>

#include <vector>

namespace passcode::ui {

/**
 * The case-folded search keys of all devices, end to end in one buffer (keys separated by '\n', which no
 * search word contains), so that a search word is found with one pass of a fast matcher over the whole buffer
 * instead of one call per device: at 100,000 devices a keystroke costs a few milliseconds. A row whose key
 * changes keeps its place: the old text is blanked with separators and the new key is kept aside.
 */
class DeviceSearchIndex
{
public:
    void clear();
    /** Appends the key of the next row (row number count()). */
    void append(const QString &foldedKey);
    /** Replaces the key of a row. */
    void update(int row, const QString &foldedKey);
    int count() const { return static_cast<int>(m_start.size()); }

    /** Whether a row's key contains every word. */
    bool rowMatches(int row, const QList<QStringMatcher> &words) const;
    /**
     * Sets hits[row] to 1 for every row whose key contains every word, 0 otherwise (hits is resized to
     * count()). One scan of the buffer per word.
     */
    void match(const QList<QStringMatcher> &words, std::vector<quint8> &hits) const;

private:
    QStringView key(int row) const;

    QString m_text;
    std::vector<qsizetype> m_start; ///< where each row's key starts in m_text
    QHash<int, QString> m_moved;    ///< rows whose key changed since they were appended
};

} // namespace passcode::ui
