// SPDX-License-Identifier: GPL-3.0-or-later
// How text columns order rows, checked against an independent reference: the case-folded text, then the raw
// text, each compared by UTF-16 code units. The same order must come out of DeviceTableModel::compareTexts,
// sortDevices() (the worker's sort, which ranks distinct texts on a packed prefix first) and
// DeviceFilterModel (its synchronous sort, and the merge of rows streaming into a sorted view).
#include "UiTestSupport.h"
#include "core/devices/DeviceDirectory.h"
#include "fakes/ManualClock.h"
#include "ui/devices/DeviceFilterModel.h"
#include "ui/devices/DeviceSorter.h"
#include "ui/devices/DeviceTableModel.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>

#include <algorithm>
#include <numeric>
#include <string>

using namespace passcode;
using passcode::ui::DeviceFilterModel;
using passcode::ui::DeviceTableModel;

namespace {

std::u16string codeUnits(const QString &text)
{
    return std::u16string(reinterpret_cast<const char16_t *>(text.utf16()), std::size_t(text.size()));
}

/** The reference order of two texts of a text column, written without Qt's comparison functions. */
int referenceCompare(const QString &a, const QString &b)
{
    const std::u16string foldedA = codeUnits(a.toCaseFolded());
    const std::u16string foldedB = codeUnits(b.toCaseFolded());
    if (foldedA != foldedB)
        return foldedA < foldedB ? -1 : 1;
    const std::u16string rawA = codeUnits(a);
    const std::u16string rawB = codeUnits(b);
    return rawA == rawB ? 0 : (rawA < rawB ? -1 : 1);
}

int sign(int value)
{
    return (value > 0) - (value < 0);
}

/** Case variants, accents (composed and not), folding that changes length or script, characters outside the
 * BMP (surrogates sort below U+E000..U+FFFF by code unit), and texts equal in their first twelve characters.
 */
QStringList trickyTexts()
{
    const char16_t *texts[] = {
        u"",
        u"a",
        u"A",
        u"ab",
        u"aB",
        u"Ab",
        u"AB",
        u"abc",
        u"ab ",
        u"a b",
        u"a-b",
        u"a_b",
        u"a0",
        u"a10",
        u"a9",
        u"Zoe",
        u"zo\u00e9",
        u"Zo\u00e9",
        u"ZO\u00c9",
        u"zoe\u0301",
        u"\u00c4pfel",
        u"apfel",
        u"Stra\u00dfe",
        u"STRASSE",
        u"strasse",
        u"\u03a3\u03af\u03c3\u03c5\u03c6\u03bf\u03c2",
        u"\u03a3\u038a\u03a3\u03a5\u03a6\u039f\u03a3",
        u"\u03c2",
        u"\u03c3",
        u"\u03a3",
        u"\u0130stanbul",
        u"istanbul",
        u"\u0131",
        u"\U0001F600",
        u"\U0001F600a",
        u"\uFF21",
        u"\uFF41",
        u"\uFFFD",
        u"\uD7FF",
        u"device-000010",
        u"DEVICE-000010",
        u"device-00001",
        u"abcdefghijklmnop",
        u"ABCDEFGHIJKLMNOQ",
        u"abcdefghijklM",
        u"abcdefghijkl",
        u"abcdefghijklm",
        u"ABCDEFGHIJKLm",
        u"user@contoso.com",
        u"User@Contoso.com",
        u"user@contoso.co",
    };
    QStringList out;
    for (const char16_t *text : texts)
        out << QString::fromUtf16(text);
    return out;
}

/** Row indexes of @p texts in the reference order; equal texts keep their load order. */
std::vector<int> referenceOrder(const QStringList &texts, Qt::SortOrder order)
{
    std::vector<int> rows(std::size_t(texts.size()));
    std::iota(rows.begin(), rows.end(), 0);
    std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
        const int c = referenceCompare(texts.at(a), texts.at(b));
        return order == Qt::AscendingOrder ? c < 0 : c > 0;
    });
    return rows;
}

TEST(ui_TextSortOrder, CompareTextsIsTheFoldedThenTheRawTextByCodeUnits)
{
    const QStringList texts = trickyTexts();
    for (const QString &a : texts) {
        for (const QString &b : texts) {
            EXPECT_EQ(sign(DeviceTableModel::compareTexts(a, b)), sign(referenceCompare(a, b)))
                << qPrintable(a) << " / " << qPrintable(b);
        }
    }
}

TEST(ui_TextSortOrder, TheWorkersSortGivesTheReferenceOrder)
{
    // Each text twice: once sharing its data with the first (interned, as the directory does), once as a
    // separate copy (equal texts in different strings must share a rank).
    QStringList texts = trickyTexts();
    const qsizetype distinct = texts.size();
    for (qsizetype i = 0; i < distinct; ++i)
        texts << (i % 2 == 0 ? texts.at(i) : QString(texts.at(i).constData(), texts.at(i).size()));
    for (const int column : {int(DeviceTableModel::DeviceName), int(DeviceTableModel::PrimaryUser)}) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            ui::DeviceSortInput input;
            input.column = column;
            input.order = order;
            input.rows = int(texts.size());
            input.texts.assign(texts.cbegin(), texts.cend());
            const ui::DeviceSortResult result = ui::sortDevices(input);
            EXPECT_EQ(result.rowOrder, referenceOrder(texts, order))
                << "column " << column << " order " << order;
        }
    }
}

/** A directory, the table over it and the filter model, fresh for each sort. */
struct Console
{
    passcode::testing::ManualClock clock;
    devices::DeviceDirectory directory;
    DeviceTableModel table{directory, clock};
    DeviceFilterModel filter{table};
    QAbstractItemModelTester tester{&filter, QAbstractItemModelTester::FailureReportingMode::Fatal};

    void append(const QStringList &texts, int firstId)
    {
        QList<devices::Device> list;
        for (qsizetype i = 0; i < texts.size(); ++i) {
            devices::Device d = uitest::makeDevice(firstId + int(i));
            d.deviceName = texts.at(i);
            d.userPrincipalName = texts.at(i);
            list << d;
        }
        directory.appendDevices(list);
    }

    QStringList shown(int column) const
    {
        QStringList out;
        for (int row = 0; row < filter.rowCount(); ++row)
            out << filter.index(row, column).data(DeviceTableModel::SortRole).toString();
        return out;
    }
};

QStringList inReferenceOrder(const QStringList &texts, Qt::SortOrder order)
{
    QStringList out;
    for (int row : referenceOrder(texts, order))
        out << texts.at(row);
    return out;
}

TEST(ui_TextSortOrder, TheFilterModelSortsAndMergesArrivingRowsInTheReferenceOrder)
{
    const QStringList first = trickyTexts();
    QStringList second = trickyTexts();
    std::reverse(second.begin(), second.end());
    for (const int column : {int(DeviceTableModel::DeviceName), int(DeviceTableModel::PrimaryUser)}) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            Console console;
            console.append(first, 0);
            console.filter.sort(column, order); // below the background threshold: sorted at once
            ASSERT_FALSE(console.filter.isSorting());
            EXPECT_EQ(console.shown(column), inReferenceOrder(first, order))
                << "column " << column << " order " << order;

            console.append(second, 1000); // keyed and merged into the sorted rows one by one
            EXPECT_EQ(console.shown(column), inReferenceOrder(first + second, order))
                << "column " << column << " order " << order;
        }
    }
}

} // namespace
