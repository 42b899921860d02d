// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/devices/DeviceFilterModel.h"
#include "UiTestSupport.h"
#include "core/devices/DeviceDirectory.h"
#include "fakes/ManualClock.h"
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

class ui_DeviceFilterModel : public ::testing::Test
{
protected:
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
    QStringList expectedNames(const std::function<bool(const devices::Device &)> &accept, int column,
                              Qt::SortOrder order) const
    {
        QList<int> rows;
        for (int row = 0; row < directory.count(); ++row) {
            if (accept(directory.at(row)))
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
};

TEST_F(ui_DeviceFilterModel, SearchMatchesNameSerialUpnImeiAndModelCaseInsensitively)
{
    QList<devices::Device> list = uitest::makeDevices(0, 8);
    list[1].deviceName = QStringLiteral("Reception-Kiosk");
    list[2].serialNumber = QStringLiteral("F2LXQ7ABCD");
    list[3].userPrincipalName = QStringLiteral("Zoé.Martin@contoso.example");
    list[4].imei = QStringLiteral("356938035643809");
    list[5].model = QStringLiteral("ThinkPad X1 Carbon");
    directory.appendDevices(list);

    filter.setSearchText(QStringLiteral("kiosk"));
    EXPECT_EQ(visibleNames(), QStringList{QStringLiteral("Reception-Kiosk")});
    filter.setSearchText(QStringLiteral("q7ab")); // a partial serial
    EXPECT_EQ(visibleNames(), QStringList{list[2].deviceName});
    filter.setSearchText(QStringLiteral("ZOÉ.MARTIN"));
    EXPECT_EQ(visibleNames(), QStringList{list[3].deviceName});
    filter.setSearchText(QStringLiteral("035643"));
    EXPECT_EQ(visibleNames(), QStringList{list[4].deviceName});
    filter.setSearchText(QStringLiteral("carbon thinkpad")); // every word, any order
    EXPECT_EQ(visibleNames(), QStringList{list[5].deviceName});
    filter.setSearchText(QStringLiteral("carbon zzz"));
    EXPECT_EQ(filter.rowCount(), 0);
    filter.setSearchText(QString());
    EXPECT_EQ(filter.rowCount(), 8);
}

TEST_F(ui_DeviceFilterModel, APastedDeviceIdShowsThatDevice)
{
    QList<devices::Device> list = uitest::makeDevices(0, 8);
    list[6].id = QStringLiteral("0b7a3c1e-1111-4a2b-9c3d-0123456789ab");
    directory.appendDevices(list);
    filter.setSearchText(QStringLiteral("0b7a3c1e-1111-4a2b-9c3d-0123456789a")); // one character short
    EXPECT_EQ(filter.rowCount(), 0);
    filter.setSearchText(QStringLiteral(" 0B7A3C1E-1111-4A2B-9C3D-0123456789AB ")); // pasted, upper case
    EXPECT_EQ(visibleNames(), QStringList{list[6].deviceName});
    filter.setSearchText(QStringLiteral("0b7a3c1e-1111-4a2b-9c3d-0123456789ac"));
    EXPECT_EQ(filter.rowCount(), 0);
    filter.setSearchText(QString());
    EXPECT_EQ(filter.rowCount(), 8);
}

TEST_F(ui_DeviceFilterModel, AWordNeverMatchesAcrossTwoFields)
{
    devices::Device d = uitest::makeDevice(1);
    d.deviceName = QStringLiteral("abc");
    d.serialNumber = QStringLiteral("def");
    directory.appendDevices({d});
    filter.setSearchText(QStringLiteral("cd"));
    EXPECT_EQ(filter.rowCount(), 0);
}

TEST_F(ui_DeviceFilterModel, PlatformOwnershipAndComplianceFiltersCombine)
{
    directory.appendDevices(uitest::makeDevices(0, 40));
    filter.setPlatformFilter(eligibility::Platform::Ios);
    EXPECT_EQ(filter.rowCount(), 10);
    filter.setOwnershipFilter(devices::Ownership::Personal);
    const auto accept = [](const devices::Device &d) {
        return d.operatingSystem == u"iOS" && d.ownership == devices::Ownership::Personal;
    };
    EXPECT_EQ(visibleNames(), expectedNames(accept, -1, Qt::AscendingOrder));
    filter.setComplianceFilter(devices::ComplianceState::Noncompliant);
    for (int row = 0; row < filter.rowCount(); ++row) {
        const devices::Device &d = table.device(filter.sourceRowAt(row));
        EXPECT_EQ(d.compliance, devices::ComplianceState::Noncompliant);
    }
    filter.setPlatformFilter(std::nullopt);
    filter.setOwnershipFilter(std::nullopt);
    filter.setComplianceFilter(std::nullopt);
    EXPECT_EQ(filter.rowCount(), 40);
}

TEST_F(ui_DeviceFilterModel, SortsOnRawValuesBothWays)
{
    QList<devices::Device> list = uitest::makeDevices(0, 60);
    // Accents, case and versions that sort differently as text.
    const QStringList names{QStringLiteral("Émile"), QStringLiteral("emile"), QStringLiteral("Zoé"),
                            QStringLiteral("zoe"),   QStringLiteral("ÉMILE"), QStringLiteral("Ärger")};
    for (qsizetype i = 0; i < names.size(); ++i) {
        list[i].deviceName = names.at(i);
        list[i].operatingSystem = i % 2 ? QStringLiteral("ios") : QStringLiteral("iOS");
        list[i].osVersion = i % 2 ? QStringLiteral("9.3") : QStringLiteral("10.0.1");
    }
    directory.appendDevices(list);
    const auto all = [](const devices::Device &) {
        return true;
    };
    for (int column = 0; column < DeviceTableModel::ColumnCount; ++column) {
        filter.sort(column, Qt::AscendingOrder);
        EXPECT_EQ(visibleNames(), expectedNames(all, column, Qt::AscendingOrder)) << "column " << column;
        filter.sort(column, Qt::DescendingOrder);
        EXPECT_EQ(visibleNames(), expectedNames(all, column, Qt::DescendingOrder)) << "column " << column;
    }
}

TEST_F(ui_DeviceFilterModel, SortsManyDistinctVersions)
{
    QList<devices::Device> list = uitest::makeDevices(0, 400);
    for (qsizetype i = 0; i < list.size(); ++i)
        list[i].osVersion = QStringLiteral("%1.%2.%3").arg(i % 17).arg(i % 13).arg(i);
    filter.sort(DeviceTableModel::OsVersion, Qt::DescendingOrder);
    directory.appendDevices(list.mid(0, 200)); // merged with the version comparison, row by row
    directory.appendDevices(list.mid(200));
    EXPECT_EQ(visibleNames(), expectedNames([](const devices::Device &) { return true; },
                                            DeviceTableModel::OsVersion, Qt::DescendingOrder));
    filter.sort(DeviceTableModel::OsVersion, Qt::AscendingOrder);
    EXPECT_EQ(visibleNames(), expectedNames([](const devices::Device &) { return true; },
                                            DeviceTableModel::OsVersion, Qt::AscendingOrder));
}

TEST_F(ui_DeviceFilterModel, RowsStreamingIntoASortedFilteredViewLandInPlace)
{
    filter.sort(DeviceTableModel::LastCheckIn, Qt::DescendingOrder);
    filter.setSearchText(QStringLiteral("user1"));
    QSignalSpy inserted(&filter, &QAbstractItemModel::rowsInserted);
    directory.beginLoad();
    for (int page = 0; page < 6; ++page)
        directory.appendDevices(uitest::makeDevices(page * 50, 50));
    directory.finishLoad(devices::DeviceDirectory::LoadState::Complete);
    EXPECT_GT(inserted.count(), 0);
    const auto accept = [](const devices::Device &d) {
        return d.userPrincipalName.contains(u"user1");
    };
    EXPECT_EQ(visibleNames(), expectedNames(accept, DeviceTableModel::LastCheckIn, Qt::DescendingOrder));
    EXPECT_EQ(filter.totalCount(), 300);
}

TEST_F(ui_DeviceFilterModel, KeepsPersistentIndexesOnTheSameDeviceWhileRowsArriveSorted)
{
    filter.sort(DeviceTableModel::DeviceName, Qt::DescendingOrder);
    directory.appendDevices(uitest::makeDevices(0, 20));
    const QPersistentModelIndex kept(filter.index(5, 0));
    const QString name = kept.data().toString();
    directory.appendDevices(uitest::makeDevices(20, 40));
    ASSERT_TRUE(kept.isValid());
    EXPECT_EQ(kept.data().toString(), name);
    EXPECT_NE(kept.row(), 5); // newer, larger names arrived above it
}

TEST_F(ui_DeviceFilterModel, TypingMoreLettersGivesWhatAFreshSearchGives)
{
    directory.appendDevices(uitest::makeDevices(0, 200));
    filter.sort(DeviceTableModel::PrimaryUser, Qt::AscendingOrder);
    const QString query = QStringLiteral("user4 pixel");
    for (int length = 1; length <= query.size(); ++length) {
        filter.setSearchText(query.left(length));
        const QStringList words = query.left(length).split(u' ', Qt::SkipEmptyParts);
        const auto accept = [&](const devices::Device &d) {
            const QString key = DeviceFilterModel::searchKey(d);
            return std::all_of(words.cbegin(), words.cend(),
                               [&](const QString &w) { return key.contains(w.toCaseFolded()); });
        };
        EXPECT_EQ(visibleNames(), expectedNames(accept, DeviceTableModel::PrimaryUser, Qt::AscendingOrder))
            << qPrintable(query.left(length));
    }
    // Deleting letters widens again.
    filter.setSearchText(QStringLiteral("user"));
    EXPECT_EQ(filter.rowCount(), 200);
}

TEST_F(ui_DeviceFilterModel, ALetterThatChangesNoRowResetsNothing)
{
    directory.appendDevices(uitest::makeDevices(0, 40));
    filter.setSearchText(QStringLiteral("contoso"));
    ASSERT_EQ(filter.rowCount(), 40);
    QSignalSpy resets(&filter, &QAbstractItemModel::modelReset);
    filter.setSearchText(QStringLiteral("contos"));          // wider, but every device matched already
    filter.setSearchText(QStringLiteral("contoso.example")); // narrower, but every device still matches
    EXPECT_EQ(resets.count(), 0);
    EXPECT_EQ(filter.rowCount(), 40);
    filter.setSearchText(QStringLiteral("user1"));
    EXPECT_EQ(resets.count(), 1);
}

TEST_F(ui_DeviceFilterModel, AChangedDeviceIsHiddenShownOrMovedOnItsOwn)
{
    directory.appendDevices(uitest::makeDevices(0, 30));
    filter.sort(DeviceTableModel::DeviceName, Qt::AscendingOrder);
    filter.setSearchText(QStringLiteral("device-00000"));
    ASSERT_EQ(filter.rowCount(), 10);
    QSignalSpy removed(&filter, &QAbstractItemModel::rowsRemoved);
    QSignalSpy insertedSpy(&filter, &QAbstractItemModel::rowsInserted);
    QSignalSpy moved(&filter, &QAbstractItemModel::rowsMoved);
    QSignalSpy reset(&filter, &QAbstractItemModel::modelReset);

    devices::Device d = directory.at(directory.rowOf(QStringLiteral("dev-000003")));
    d.deviceName = QStringLiteral("Zulu"); // no longer matches
    directory.upsert(d);
    EXPECT_EQ(removed.count(), 1);
    EXPECT_EQ(filter.rowCount(), 9);

    d.deviceName = QStringLiteral("device-000009z"); // matches again, sorts last
    directory.upsert(d);
    EXPECT_EQ(insertedSpy.count(), 1);
    EXPECT_EQ(visibleNames().last(), QStringLiteral("device-000009z"));

    d.deviceName = QStringLiteral("device-000000a"); // still matches, moves to the top... second
    directory.upsert(d);
    EXPECT_EQ(moved.count(), 1);
    EXPECT_EQ(visibleNames().at(1), QStringLiteral("device-000000a"));
    EXPECT_EQ(reset.count(), 0);
}

TEST_F(ui_DeviceFilterModel, CountsFollowFiltersAndLoads)
{
    QSignalSpy counts(&filter, &DeviceFilterModel::countsChanged);
    directory.appendDevices(uitest::makeDevices(0, 12));
    ASSERT_FALSE(counts.isEmpty());
    EXPECT_EQ(counts.last().at(0).toInt(), 12);
    EXPECT_EQ(counts.last().at(1).toInt(), 12);
    filter.setPlatformFilter(eligibility::Platform::WindowsDesktop);
    EXPECT_EQ(counts.last().at(0).toInt(), 3);
    EXPECT_EQ(counts.last().at(1).toInt(), 12);
}

TEST_F(ui_DeviceFilterModel, RandomOperationsAlwaysMatchTheOracle)
{
    QRandomGenerator rng(42);
    const QStringList queries{QString(),
                              QStringLiteral("dev"),
                              QStringLiteral("device-00001"),
                              QStringLiteral("pixel"),
                              QStringLiteral("user3"),
                              QStringLiteral("sn0")};
    int next = 0;
    QString query;
    int column = -1;
    Qt::SortOrder order = Qt::AscendingOrder;
    std::optional<devices::Ownership> ownership;
    for (int step = 0; step < 60; ++step) {
        switch (rng.bounded(5)) {
        case 0:
            directory.appendDevices(uitest::makeDevices(next, 1 + int(rng.bounded(25))));
            next = directory.count();
            break;
        case 1:
            query = queries.at(int(rng.bounded(qsizetype(queries.size()))));
            filter.setSearchText(query);
            break;
        case 2:
            column = int(rng.bounded(DeviceTableModel::ColumnCount));
            order = rng.bounded(2) ? Qt::AscendingOrder : Qt::DescendingOrder;
            filter.sort(column, order);
            break;
        case 3:
            ownership = rng.bounded(2) ? std::optional(devices::Ownership::Personal) : std::nullopt;
            filter.setOwnershipFilter(ownership);
            break;
        default:
            if (directory.count() > 0) {
                devices::Device d = directory.at(int(rng.bounded(directory.count())));
                d.deviceName = QStringLiteral("device-%1").arg(rng.bounded(100000));
                d.ownership = rng.bounded(2) ? devices::Ownership::Personal : devices::Ownership::Company;
                directory.upsert(d);
            }
            break;
        }
        const QString folded = query.toCaseFolded();
        const auto accept = [&](const devices::Device &d) {
            return (!ownership || d.ownership == *ownership) &&
                   DeviceFilterModel::searchKey(d).contains(folded);
        };
        // Equal sort keys keep the load order, as the oracle's stable sort does.
        const QStringList shown = visibleNames();
        const QStringList expected = expectedNames(accept, column, order);
        ASSERT_EQ(shown, expected) << "step " << step;
    }
}

} // namespace
