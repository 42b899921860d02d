// SPDX-License-Identifier: GPL-3.0-or-later
// DeviceFilterModel sorting on its worker thread (background sorts): the old order stays until the new one
// is applied with one layout change; newer requests, changed devices and resets supersede a sort in flight;
// rows appended meanwhile are merged. Waits are on signals, never on wall-clock time.
#include "UiTestSupport.h"
#include "core/devices/DeviceDirectory.h"
#include "fakes/ManualClock.h"
#include "ui/devices/DeviceFilterModel.h"
#include "ui/devices/DeviceTableModel.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QPersistentModelIndex>
#include <QRandomGenerator>
#include <QSignalSpy>

#include <algorithm>

using namespace passcode;
using passcode::ui::DeviceFilterModel;
using passcode::ui::DeviceTableModel;

namespace {

constexpr int kWaitMs = 20000; // an upper bound for a slow CI machine, never a timing assertion

class ui_DeviceFilterModelBackgroundSort : public ::testing::Test
{
protected:
    ui_DeviceFilterModelBackgroundSort() { filter.setBackgroundSortThreshold(0); }

    passcode::testing::ManualClock clock;
    devices::DeviceDirectory directory;
    DeviceTableModel table{directory, clock};
    DeviceFilterModel filter{table};
    QAbstractItemModelTester tester{&filter, QAbstractItemModelTester::FailureReportingMode::Fatal};

    QStringList visibleNames() const
    {
        QStringList names;
        for (int row = 0; row < filter.rowCount(); ++row)
            names << filter.index(row, DeviceTableModel::DeviceName).data().toString();
        return names;
    }

    /** What the filter must show: a brute-force oracle over the directory. */
    QStringList expectedNames(int column, Qt::SortOrder order,
                              const std::function<bool(const devices::Device &)> &accept = {}) const
    {
        QList<int> rows;
        for (int row = 0; row < directory.count(); ++row) {
            if (!accept || accept(directory.at(row)))
                rows << row;
        }
        if (column >= 0) {
            std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
                const int c = DeviceTableModel::compare(directory.at(a), directory.at(b), column);
                return order == Qt::AscendingOrder ? c < 0 : c > 0;
            });
        }
        QStringList names;
        for (int row : rows)
            names << directory.at(row).deviceName;
        return names;
    }

    /** Devices whose names sort differently from their load order. */
    QList<devices::Device> shuffledDevices(int first, int count) const
    {
        QList<devices::Device> list = uitest::makeDevices(first, count);
        for (qsizetype i = 0; i < list.size(); ++i)
            list[i].deviceName = QStringLiteral("dev-%1-%2").arg((first + i) * 7919 % 1009).arg(first + i);
        return list;
    }
};

TEST_F(ui_DeviceFilterModelBackgroundSort, ShowsTheOldOrderUntilTheNewOneIsAppliedInOneLayoutChange)
{
    directory.appendDevices(shuffledDevices(0, 300));
    const QStringList loadOrder = visibleNames();
    QSignalSpy applied(&filter, &DeviceFilterModel::sortApplied);
    QSignalSpy layouts(&filter, &QAbstractItemModel::layoutChanged);
    QSignalSpy resets(&filter, &QAbstractItemModel::modelReset);

    filter.sort(DeviceTableModel::DeviceName, Qt::DescendingOrder);
    // The indicator shows the requested sort; the rows wait for the worker.
    EXPECT_TRUE(filter.isSorting());
    EXPECT_EQ(filter.sortColumn(), DeviceTableModel::DeviceName);
    EXPECT_EQ(filter.sortOrder(), Qt::DescendingOrder);
    EXPECT_EQ(visibleNames(), loadOrder);
    EXPECT_EQ(applied.count(), 0);

    ASSERT_TRUE(applied.wait(kWaitMs));
    EXPECT_FALSE(filter.isSorting());
    EXPECT_EQ(applied.at(0).at(0).toInt(), int(DeviceTableModel::DeviceName));
    EXPECT_EQ(applied.at(0).at(1).value<Qt::SortOrder>(), Qt::DescendingOrder);
    EXPECT_EQ(visibleNames(), expectedNames(DeviceTableModel::DeviceName, Qt::DescendingOrder));
    EXPECT_EQ(layouts.count(), 1);
    EXPECT_EQ(resets.count(), 0);
}

TEST_F(ui_DeviceFilterModelBackgroundSort, SortsEveryColumnOnRawValuesLikeTheSynchronousSort)
{
    QList<devices::Device> list = shuffledDevices(0, 120);
    for (qsizetype i = 0; i < list.size(); ++i) {
        list[i].operatingSystem = i % 2 ? QStringLiteral("ios") : QStringLiteral("iOS");
        list[i].osVersion = QStringLiteral("%1.%2").arg(i % 11).arg(i % 3); // 10.0 after 9.2
    }
    directory.appendDevices(list);
    QSignalSpy applied(&filter, &DeviceFilterModel::sortApplied);
    for (int column = 0; column < DeviceTableModel::ColumnCount; ++column) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            applied.clear();
            filter.sort(column, order);
            ASSERT_TRUE(applied.wait(kWaitMs)) << "column " << column;
            EXPECT_EQ(visibleNames(), expectedNames(column, order)) << "column " << column;
        }
    }
}

TEST_F(ui_DeviceFilterModelBackgroundSort, ANewerRequestSupersedesTheSortInFlight)
{
    directory.appendDevices(shuffledDevices(0, 300));
    QSignalSpy applied(&filter, &DeviceFilterModel::sortApplied);
    QSignalSpy layouts(&filter, &QAbstractItemModel::layoutChanged);

    filter.sort(DeviceTableModel::DeviceName, Qt::AscendingOrder);
    filter.sort(DeviceTableModel::PrimaryUser, Qt::DescendingOrder);
    EXPECT_EQ(filter.sortColumn(), DeviceTableModel::PrimaryUser);
    ASSERT_TRUE(applied.wait(kWaitMs));
    QCoreApplication::processEvents(); // a superseded result, had one been posted, arrives before this one

    ASSERT_EQ(applied.count(), 1); // only the newer sort is ever applied
    EXPECT_EQ(applied.at(0).at(0).toInt(), int(DeviceTableModel::PrimaryUser));
    EXPECT_EQ(layouts.count(), 1);
    EXPECT_EQ(visibleNames(), expectedNames(DeviceTableModel::PrimaryUser, Qt::DescendingOrder));
}

TEST_F(ui_DeviceFilterModelBackgroundSort, GoingBackToTheShownOrderDropsTheSortInFlight)
{
    directory.appendDevices(shuffledDevices(0, 100));
    QSignalSpy applied(&filter, &DeviceFilterModel::sortApplied);
    filter.sort(DeviceTableModel::DeviceName, Qt::AscendingOrder);
    ASSERT_TRUE(applied.wait(kWaitMs));
    const QStringList shown = visibleNames();
    QSignalSpy layouts(&filter, &QAbstractItemModel::layoutChanged);

    filter.sort(DeviceTableModel::LastCheckIn, Qt::DescendingOrder);
    filter.sort(DeviceTableModel::DeviceName, Qt::AscendingOrder); // what the view shows already
    EXPECT_FALSE(filter.isSorting());
    EXPECT_EQ(applied.count(), 2);
    EXPECT_EQ(filter.sortColumn(), DeviceTableModel::DeviceName);
    QCoreApplication::processEvents();
    EXPECT_EQ(layouts.count(), 0);
    EXPECT_EQ(visibleNames(), shown);
}

TEST_F(ui_DeviceFilterModelBackgroundSort, RowsAppendedDuringTheSortAreMergedInPlace)
{
    directory.appendDevices(shuffledDevices(0, 200));
    QSignalSpy applied(&filter, &DeviceFilterModel::sortApplied);
    filter.sort(DeviceTableModel::DeviceName, Qt::DescendingOrder);
    ASSERT_TRUE(filter.isSorting());
    directory.appendDevices(shuffledDevices(200, 80)); // while the worker sorts the first 200
    directory.appendDevices(shuffledDevices(280, 40));
    EXPECT_EQ(filter.rowCount(), 320);
    ASSERT_TRUE(applied.wait(kWaitMs));
    EXPECT_EQ(visibleNames(), expectedNames(DeviceTableModel::DeviceName, Qt::DescendingOrder));

    // Later pages merge with the applied sort's keys.
    directory.appendDevices(shuffledDevices(320, 30));
    EXPECT_EQ(visibleNames(), expectedNames(DeviceTableModel::DeviceName, Qt::DescendingOrder));
}

TEST_F(ui_DeviceFilterModelBackgroundSort, AChangedDeviceSupersedesTheSortInFlight)
{
    directory.appendDevices(shuffledDevices(0, 200));
    QSignalSpy applied(&filter, &DeviceFilterModel::sortApplied);
    filter.sort(DeviceTableModel::DeviceName, Qt::AscendingOrder);
    ASSERT_TRUE(filter.isSorting());
    devices::Device d = directory.at(150);
    d.deviceName = QStringLiteral("aaa-first");
    directory.upsert(d); // the worker's snapshot still has the old name
    ASSERT_TRUE(applied.wait(kWaitMs));
    QCoreApplication::processEvents();
    EXPECT_EQ(applied.count(), 1);
    EXPECT_EQ(visibleNames().first(), QStringLiteral("aaa-first"));
    EXPECT_EQ(visibleNames(), expectedNames(DeviceTableModel::DeviceName, Qt::AscendingOrder));
}

TEST_F(ui_DeviceFilterModelBackgroundSort, APersistentIndexStaysOnItsDevice)
{
    directory.appendDevices(shuffledDevices(0, 200));
    const QPersistentModelIndex kept(filter.index(5, DeviceTableModel::PrimaryUser));
    const QString id = kept.data(DeviceTableModel::DeviceIdRole).toString();
    const QString name = directory.at(directory.rowOf(id)).deviceName;
    QSignalSpy applied(&filter, &DeviceFilterModel::sortApplied);
    filter.sort(DeviceTableModel::DeviceName, Qt::DescendingOrder);
    ASSERT_TRUE(applied.wait(kWaitMs));
    ASSERT_TRUE(kept.isValid());
    EXPECT_EQ(kept.data(DeviceTableModel::DeviceIdRole).toString(), id);
    EXPECT_EQ(kept.column(), int(DeviceTableModel::PrimaryUser));
    EXPECT_EQ(kept.row(), int(visibleNames().indexOf(name)));
    EXPECT_NE(kept.row(), 5);
}

TEST_F(ui_DeviceFilterModelBackgroundSort, ASearchDuringTheSortIsKept)
{
    directory.appendDevices(shuffledDevices(0, 300));
    QSignalSpy applied(&filter, &DeviceFilterModel::sortApplied);
    filter.sort(DeviceTableModel::PrimaryUser, Qt::AscendingOrder);
    filter.setSearchText(QStringLiteral("user1"));
    ASSERT_TRUE(applied.wait(kWaitMs));
    const auto accept = [](const devices::Device &d) {
        return DeviceFilterModel::searchKey(d).contains(u"user1");
    };
    EXPECT_EQ(visibleNames(), expectedNames(DeviceTableModel::PrimaryUser, Qt::AscendingOrder, accept));
}

TEST_F(ui_DeviceFilterModelBackgroundSort, AReloadAppliesTheRequestedSort)
{
    directory.appendDevices(shuffledDevices(0, 200));
    QSignalSpy applied(&filter, &DeviceFilterModel::sortApplied);
    filter.sort(DeviceTableModel::DeviceName, Qt::DescendingOrder);
    directory.beginLoad();
    directory.appendDevices(
        shuffledDevices(0, 50)); // the first page replaces the rows: the worker's sort is moot
    ASSERT_EQ(applied.count(), 1);
    EXPECT_FALSE(filter.isSorting());
    directory.appendDevices(shuffledDevices(50, 50));
    directory.finishLoad(devices::DeviceDirectory::LoadState::Complete);
    EXPECT_EQ(visibleNames(), expectedNames(DeviceTableModel::DeviceName, Qt::DescendingOrder));
    QCoreApplication::processEvents();
    EXPECT_EQ(applied.count(), 1);
}

TEST_F(ui_DeviceFilterModelBackgroundSort, RandomOperationsMatchTheOracleWheneverNoSortIsInFlight)
{
    QRandomGenerator rng(7);
    const QStringList queries{QString(), QStringLiteral("dev-1"), QStringLiteral("pixel"),
                              QStringLiteral("user3")};
    QString query;
    QSignalSpy applied(&filter, &DeviceFilterModel::sortApplied);
    for (int step = 0; step < 80; ++step) {
        switch (rng.bounded(5)) {
        case 0:
            directory.appendDevices(shuffledDevices(directory.count(), 1 + int(rng.bounded(40))));
            break;
        case 1:
            query = queries.at(int(rng.bounded(qsizetype(queries.size()))));
            filter.setSearchText(query);
            break;
        case 2:
            filter.sort(int(rng.bounded(DeviceTableModel::ColumnCount)),
                        rng.bounded(2) ? Qt::AscendingOrder : Qt::DescendingOrder);
            break;
        case 3:
            if (directory.count() > 0) {
                devices::Device d = directory.at(int(rng.bounded(directory.count())));
                d.deviceName = QStringLiteral("dev-%1").arg(rng.bounded(100000));
                d.lastSyncDateTime = d.lastSyncDateTime.addSecs(qint64(rng.bounded(100000)) - 50000);
                directory.upsert(d);
            }
            break;
        default:
            if (filter.isSorting()) {
                applied.clear();
                ASSERT_TRUE(applied.wait(kWaitMs)) << "step " << step;
            }
            break;
        }
        if (filter.isSorting())
            continue; // the rows are still in the previous sort's order
        const QString folded = query.toCaseFolded();
        const auto accept = [&](const devices::Device &d) {
            return DeviceFilterModel::searchKey(d).contains(folded);
        };
        ASSERT_EQ(visibleNames(), expectedNames(filter.sortColumn(), filter.sortOrder(), accept))
            << "step " << step;
    }
}

} // namespace
