// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/DeviceSearchIndex.h"

namespace passcode::ui {

namespace {
constexpr char16_t kSeparator = u'\n';
}

void DeviceSearchIndex::clear()
{
    m_text.clear();
    m_start.clear();
    m_moved.clear();
}

void DeviceSearchIndex::append(const QString &foldedKey)
{
    m_start.push_back(m_text.size());
    m_text += foldedKey;
    m_text += QChar(kSeparator);
}

QStringView DeviceSearchIndex::key(int row) const
{
    const auto it = m_moved.constFind(row);
    if (it != m_moved.cend())
        return *it;
    const auto at = static_cast<std::size_t>(row);
    const qsizetype begin = m_start[at];
    const qsizetype end = at + 1 < m_start.size() ? m_start[at + 1] : m_text.size();
    return QStringView(m_text).mid(begin, end - begin - 1);
}

void DeviceSearchIndex::update(int row, const QString &foldedKey)
{
    if (row < 0 || row >= count() || key(row) == foldedKey)
        return;
    if (!m_moved.contains(row)) {
        // Blank the old text in place: separators match no word, and every other row keeps its offset.
        const QStringView old = key(row);
        const qsizetype begin = m_start[static_cast<std::size_t>(row)];
        QChar *data = m_text.data();
        for (qsizetype i = 0; i < old.size(); ++i)
            data[begin + i] = QChar(kSeparator);
    }
    m_moved.insert(row, foldedKey);
}

bool DeviceSearchIndex::rowMatches(int row, const QList<QStringMatcher> &words) const
{
    const QStringView k = key(row);
    for (const QStringMatcher &word : words) {
        if (word.indexIn(k) < 0)
            return false;
    }
    return true;
}

void DeviceSearchIndex::match(const QList<QStringMatcher> &words, std::vector<quint8> &hits) const
{
    const std::size_t rows = m_start.size();
    hits.assign(rows, 1);
    if (words.isEmpty() || rows == 0)
        return;
    std::vector<quint8> found(rows);
    const QStringView text(m_text);
    for (const QStringMatcher &word : words) {
        std::fill(found.begin(), found.end(), 0);
        std::size_t row = 0;
        qsizetype from = 0;
        for (;;) {
            const qsizetype at = word.indexIn(text, from);
            if (at < 0)
                break;
            // Hits come in increasing order: walk the rows forward (amortised over the whole scan).
            while (row + 1 < rows && m_start[row + 1] <= at)
                ++row;
            found[row] = 1;
            if (row + 1 >= rows)
                break;
            from = m_start[row + 1]; // one hit per row is enough
        }
        for (auto it = m_moved.cbegin(); it != m_moved.cend(); ++it)
            found[static_cast<std::size_t>(it.key())] = word.indexIn(*it) >= 0 ? 1 : 0;
        for (std::size_t r = 0; r < rows; ++r)
            hits[r] &= found[r];
    }
}

} // namespace passcode::ui
