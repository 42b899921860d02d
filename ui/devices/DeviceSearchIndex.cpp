// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/devices/DeviceSearchIndex.h"

#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace passcode::ui {

namespace {
constexpr char16_t kSeparator = u'\n';

/**
 * The next occurrence of a word in the text at or after from, or -1. With SSE2, eight positions at a time
 * are tested on the word's first and last characters, and only positions where both match are compared in
 * full: a short word (the first letters typed) costs about as much as a long one, where Boyer-Moore
 * (QStringMatcher) can skip little and looked at every character.
 */
qsizetype findWord(QStringView text, QStringView word, const QStringMatcher &matcher, qsizetype from)
{
#if defined(__SSE2__)
    Q_UNUSED(matcher)
    const qsizetype n = text.size();
    const qsizetype k = word.size();
    if (k == 0)
        return from <= n ? from : -1;
    const char16_t *s = text.utf16();
    const char16_t *w = word.utf16();
    const __m128i first = _mm_set1_epi16(static_cast<short>(w[0]));
    const __m128i last = _mm_set1_epi16(static_cast<short>(w[k - 1]));
    qsizetype i = from;
    for (; i + k - 1 + 8 <= n; i += 8) {
        const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i *>(s + i));
        const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i *>(s + i + k - 1));
        auto mask = static_cast<unsigned>(
            _mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi16(a, first), _mm_cmpeq_epi16(b, last))));
        while (mask != 0) {
            const unsigned bit = qCountTrailingZeroBits(mask); // two bits per matching position
            const qsizetype at = i + qsizetype(bit / 2);
            if (k <= 2 || std::memcmp(s + at + 1, w + 1, std::size_t(k - 2) * sizeof(char16_t)) == 0)
                return at;
            mask &= ~(3u << bit);
        }
    }
    for (; i + k <= n; ++i) {
        if (s[i] == w[0] && QStringView(s + i, k) == word)
            return i;
    }
    return -1;
#else
    Q_UNUSED(word)
    return matcher.indexIn(text, from);
#endif
}

} // namespace

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
        const QString pattern = word.pattern();
        std::fill(found.begin(), found.end(), 0);
        std::size_t row = 0;
        qsizetype from = 0;
        for (;;) {
            const qsizetype at = findWord(text, pattern, word, from);
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
