// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/devices/DeviceTableModel.h"
#include "UiTestSupport.h"
#include "core/devices/DeviceDirectory.h"
#include "fakes/ManualClock.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QVersionNumber>

using namespace passcode;
using passcode::ui::DeviceTableModel;

namespace {

class ui_DeviceTableModel : public ::testing::Test
{
protected:
    passcode::testing::ManualClock clock;
    devices::DeviceDirectory directory;
    DeviceTableModel model{directory, clock};
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
};

TEST_F(ui_DeviceTableModel, HasThePortalColumnsWithTranslatedHeaders)
{
    ASSERT_EQ(model.columnCount(), DeviceTableModel::ColumnCount);
    const QStringList expected{QStringLiteral("Device name"),
                               QStringLiteral("Managed by"),
                               QStringLiteral("Ownership"),
                               QStringLiteral("Compliance"),
                               QStringLiteral("OS"),
                               QStringLiteral("OS version"),
                               QStringLiteral("Primary user UPN"),
                               QStringLiteral("Last check-in"),
                               QStringLiteral("Passcode action")};
    for (int c = 0; c < DeviceTableModel::ColumnCount; ++c)
        EXPECT_EQ(model.headerData(c, Qt::Horizontal).toString(), expected.at(c));
}

TEST_F(ui_DeviceTableModel, RowsStreamInPageByPageWithExactInsertSignals)
{
    QSignalSpy aboutToInsert(&model, &QAbstractItemModel::rowsAboutToBeInserted);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    directory.beginLoad();
    directory.appendDevices(uitest::makeDevices(0, 50));
    // The first page of a load replaces the (empty) list: one reset, then the insertion.
    EXPECT_EQ(reset.count(), 1);
    ASSERT_EQ(inserted.count(), 1);
    EXPECT_EQ(inserted.at(0).at(1).toInt(), 0);
    EXPECT_EQ(inserted.at(0).at(2).toInt(), 49);
    directory.appendDevices(uitest::makeDevices(50, 30));
    ASSERT_EQ(inserted.count(), 2);
    EXPECT_EQ(inserted.at(1).at(1).toInt(), 50);
    EXPECT_EQ(inserted.at(1).at(2).toInt(), 79);
    EXPECT_EQ(aboutToInsert.count(), inserted.count());
    directory.finishLoad(devices::DeviceDirectory::LoadState::Complete);
    EXPECT_EQ(model.rowCount(), 80);

    // A refresh keeps the old rows until its first page, which resets.
    directory.beginLoad();
    EXPECT_EQ(model.rowCount(), 80);
    directory.appendDevices(uitest::makeDevices(0, 10));
    EXPECT_EQ(reset.count(), 2);
    EXPECT_EQ(model.rowCount(), 10);
}

TEST_F(ui_DeviceTableModel, AChangedDeviceEmitsDataChangedForItsRow)
{
    directory.appendDevices(uitest::makeDevices(0, 5));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    devices::Device d = directory.at(3);
    d.deviceName = QStringLiteral("Renamed");
    directory.upsert(d);
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.at(0).at(0).toModelIndex().row(), 3);
    EXPECT_EQ(changed.at(0).at(1).toModelIndex().row(), 3);
    EXPECT_EQ(model.index(3, DeviceTableModel::DeviceName).data().toString(), QStringLiteral("Renamed"));
}

TEST_F(ui_DeviceTableModel, SortRoleGivesRawValuesNeverDisplayText)
{
    devices::Device d = uitest::makeDevice(1);
    d.osVersion = QStringLiteral("10.0.19045");
    d.lastSyncDateTime = QDateTime(QDate(2026, 10, 31), QTime(12, 0), Qt::UTC);
    d.compliance = devices::ComplianceState::InGracePeriod;
    directory.appendDevices({d});
    const auto sortValue = [&](int column) {
        return model.index(0, column).data(DeviceTableModel::SortRole);
    };
    EXPECT_EQ(sortValue(DeviceTableModel::LastCheckIn).toLongLong(), d.lastSyncDateTime.toMSecsSinceEpoch());
    EXPECT_EQ(sortValue(DeviceTableModel::Compliance).toInt(),
              static_cast<int>(devices::ComplianceState::InGracePeriod));
    EXPECT_EQ(sortValue(DeviceTableModel::Ownership).toInt(), static_cast<int>(d.ownership));
    EXPECT_EQ(sortValue(DeviceTableModel::OsVersion).value<QVersionNumber>(), QVersionNumber(10, 0, 19045));
    EXPECT_EQ(model.index(0, 0).data(DeviceTableModel::DeviceIdRole).toString(), d.id);
}

TEST_F(ui_DeviceTableModel, CompareOrdersVersionsNumericallyAndNamesCaseInsensitively)
{
    devices::Device a = uitest::makeDevice(1);
    devices::Device b = uitest::makeDevice(2);
    a.osVersion = QStringLiteral("9.0");
    b.osVersion = QStringLiteral("10.0");
    EXPECT_LT(DeviceTableModel::compare(a, b, DeviceTableModel::OsVersion), 0);
    a.deviceName = QStringLiteral("alpha");
    b.deviceName = QStringLiteral("Beta");
    EXPECT_LT(DeviceTableModel::compare(a, b, DeviceTableModel::DeviceName), 0);
    a.lastSyncDateTime = {};
    EXPECT_LT(DeviceTableModel::compare(a, b, DeviceTableModel::LastCheckIn), 0); // never synced sorts first
}

TEST_F(ui_DeviceTableModel, ShowsHowLongAgoTheLastCheckInWasAsTooltip)
{
    devices::Device d = uitest::makeDevice(1);
    d.lastSyncDateTime = clock.now().addDays(-3);
    directory.appendDevices({d});
    EXPECT_EQ(model.index(0, DeviceTableModel::LastCheckIn).data(Qt::ToolTipRole).toString(),
              QStringLiteral("3 day(s) ago"));
}

} // namespace
