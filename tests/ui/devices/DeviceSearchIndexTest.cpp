// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/devices/DeviceSearchIndex.h"

#include <gtest/gtest.h>

#include <QRandomGenerator>

using passcode::ui::DeviceSearchIndex;

namespace {

QList<QStringMatcher> matchers(const QStringList &words)
{
    QList<QStringMatcher> out;
    for (const QString &word : words)
        out.append(QStringMatcher(word, Qt::CaseSensitive));
    return out;
}

TEST(ui_DeviceSearchIndex, FindsWordsOfEveryLengthAnywhereInTheBuffer)
{
    // Keys of every length around the scan's eight-character steps, repeated letters (a failed comparison
    // must not skip an overlapping match) and words at the very end of the buffer.
    QRandomGenerator rng(3);
    const QString alphabet = QStringLiteral("aab\u00e9c1");
    QStringList keys;
    DeviceSearchIndex index;
    for (int row = 0; row < 400; ++row) {
        QString key;
        const int length = int(rng.bounded(24));
        for (int i = 0; i < length; ++i)
            key += alphabet.at(qsizetype(rng.bounded(alphabet.size())));
        keys << key;
        index.append(key);
    }
    for (int round = 0; round < 300; ++round) {
        QStringList words;
        for (int w = 0; w < 1 + int(rng.bounded(2)); ++w) {
            QString word;
            for (int i = 0, n = 1 + int(rng.bounded(11)); i < n; ++i)
                word += alphabet.at(qsizetype(rng.bounded(alphabet.size())));
            words << word;
        }
        if (round % 7 == 0) // a word that ends the buffer
            words = {keys.last().right(
                1 + int(rng.bounded(qsizetype(std::max<qsizetype>(1, keys.last().size())))))};
        std::vector<quint8> hits;
        index.match(matchers(words), hits);
        ASSERT_EQ(hits.size(), std::size_t(keys.size()));
        for (qsizetype row = 0; row < keys.size(); ++row) {
            const bool expected = std::all_of(words.cbegin(), words.cend(), [&](const QString &word) {
                return keys.at(row).contains(word);
            });
            ASSERT_EQ(bool(hits[std::size_t(row)]), expected)
                << "row " << row << " key " << qPrintable(keys.at(row)) << " words "
                << qPrintable(words.join(u' '));
            ASSERT_EQ(index.rowMatches(int(row), matchers(words)), expected);
        }
    }
}

TEST(ui_DeviceSearchIndex, AChangedKeyIsSearchedAndTheOldTextNoLonger)
{
    DeviceSearchIndex index;
    index.append(QStringLiteral("alpha\nsn1"));
    index.append(QStringLiteral("bravo\nsn2"));
    index.append(QStringLiteral("charlie\nsn3"));
    index.update(1, QStringLiteral("delta\nsn9"));
    std::vector<quint8> hits;
    index.match(matchers({QStringLiteral("bravo")}), hits);
    EXPECT_EQ(hits, (std::vector<quint8>{0, 0, 0}));
    index.match(matchers({QStringLiteral("delta"), QStringLiteral("sn9")}), hits);
    EXPECT_EQ(hits, (std::vector<quint8>{0, 1, 0}));
    index.match(matchers({QStringLiteral("a\nsn")}), hits); // across two fields of one key
    EXPECT_EQ(hits, (std::vector<quint8>{1, 1, 0}));
}

} // namespace
