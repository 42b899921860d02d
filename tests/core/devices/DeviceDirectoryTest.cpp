// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/devices/DeviceDirectory.h"

#include <gtest/gtest.h>

#include <QSignalSpy>

using namespace passcode::devices;

namespace {

Device device(const QString &id, const QString &name, const QString &serial = {})
{
    Device d;
    d.id = id;
    d.deviceName = name;
    d.serialNumber = serial;
    d.operatingSystem = QStringLiteral("Android");
    d.userPrincipalName = QStringLiteral("lea@contoso.com");
    return d;
}

} // namespace

TEST(DeviceDirectory, AppendsPagesWithExactRowSignals)
{
    DeviceDirectory dir;
    QSignalSpy about(&dir, &DeviceDirectory::aboutToAppend);
    QSignalSpy appended(&dir, &DeviceDirectory::appended);
    QSignalSpy progress(&dir, &DeviceDirectory::progress);
    dir.beginLoad();
    dir.appendDevices(
        {device(QStringLiteral("1"), QStringLiteral("A")), device(QStringLiteral("2"), QStringLiteral("B"))},
        3);
    dir.appendDevices({device(QStringLiteral("3"), QStringLiteral("C"))});
    dir.finishLoad(DeviceDirectory::LoadState::Complete);
    ASSERT_EQ(about.size(), 2);
    EXPECT_EQ(about.at(0).at(0).toInt(), 0);
    EXPECT_EQ(about.at(0).at(1).toInt(), 1);
    EXPECT_EQ(appended.at(1).at(0).toInt(), 2);
    EXPECT_EQ(appended.at(1).at(1).toInt(), 2);
    EXPECT_EQ(dir.count(), 3);
    EXPECT_EQ(dir.expectedCount(), 3);
    EXPECT_EQ(progress.last().at(0).toInt(), 3);
    EXPECT_EQ(dir.loadState(), DeviceDirectory::LoadState::Complete);
    EXPECT_EQ(dir.rowOf(QStringLiteral("3")), 2);
}

TEST(DeviceDirectory, RefreshKeepsRowsUntilTheFirstPage)
{
    DeviceDirectory dir;
    dir.beginLoad();
    dir.appendDevices({device(QStringLiteral("1"), QStringLiteral("A"))});
    dir.finishLoad(DeviceDirectory::LoadState::Complete);

    QSignalSpy reset(&dir, &DeviceDirectory::resetDone);
    dir.beginLoad();
    EXPECT_EQ(dir.count(), 1);
    EXPECT_TRUE(reset.isEmpty());
    dir.appendDevices({device(QStringLiteral("9"), QStringLiteral("Z"))});
    EXPECT_EQ(reset.size(), 1);
    EXPECT_EQ(dir.count(), 1);
    EXPECT_EQ(dir.rowOf(QStringLiteral("1")), -1);
    EXPECT_EQ(dir.rowOf(QStringLiteral("9")), 0);
}

TEST(DeviceDirectory, IncompleteLoadKeepsWhatItHas)
{
    DeviceDirectory dir;
    dir.beginLoad();
    dir.appendDevices({device(QStringLiteral("1"), QStringLiteral("A"))});
    dir.finishLoad(DeviceDirectory::LoadState::Incomplete,
                   passcode::Error::make(passcode::Error::Kind::Unavailable, QStringLiteral("503")));
    EXPECT_EQ(dir.count(), 1);
    ASSERT_TRUE(dir.lastError().has_value());
    EXPECT_EQ(dir.lastError()->kind, passcode::Error::Kind::Unavailable);
}

TEST(DeviceDirectory, RepeatedDeviceAcrossPagesIsNotDuplicated)
{
    DeviceDirectory dir;
    QSignalSpy changed(&dir, &DeviceDirectory::deviceChanged);
    dir.beginLoad();
    dir.appendDevices({device(QStringLiteral("1"), QStringLiteral("A"))});
    dir.appendDevices({device(QStringLiteral("1"), QStringLiteral("A2"))});
    EXPECT_EQ(dir.count(), 1);
    EXPECT_EQ(dir.at(0).deviceName, QStringLiteral("A2"));
    EXPECT_EQ(changed.size(), 1);
}

TEST(DeviceDirectory, RepeatedDeviceWithinAPageIsNotDuplicated)
{
    DeviceDirectory dir;
    QSignalSpy appended(&dir, &DeviceDirectory::appended);
    QSignalSpy changed(&dir, &DeviceDirectory::deviceChanged);
    dir.beginLoad();
    dir.appendDevices({device(QStringLiteral("1"), QStringLiteral("A"))});
    dir.appendDevices({device(QStringLiteral("2"), QStringLiteral("B")),
                       device(QStringLiteral("1"), QStringLiteral("A2")),
                       device(QStringLiteral("2"), QStringLiteral("B2")),
                       device(QStringLiteral("3"), QStringLiteral("C"))});
    ASSERT_EQ(dir.count(), 3);
    EXPECT_EQ(dir.at(0).deviceName, QStringLiteral("A2"));
    EXPECT_EQ(dir.at(1).deviceName, QStringLiteral("B2"));
    EXPECT_EQ(dir.at(2).deviceName, QStringLiteral("C"));
    EXPECT_EQ(dir.rowOf(QStringLiteral("3")), 2);
    EXPECT_EQ(dir.loadedCount(), 5);
    ASSERT_EQ(appended.size(), 2);
    EXPECT_EQ(appended.at(1).at(0).toInt(), 1);
    EXPECT_EQ(appended.at(1).at(1).toInt(), 2);
    ASSERT_EQ(changed.size(), 1);
    EXPECT_EQ(changed.at(0).at(0).toInt(), 0);
}

TEST(DeviceDirectory, LookupByIdNameSerialImeiUpn)
{
    DeviceDirectory dir;
    dir.beginLoad();
    Device a = device(QStringLiteral("id-a"), QStringLiteral("Kiosk-12"), QStringLiteral("R58R12"));
    a.imei = QStringLiteral("356938035643809");
    Device b = device(QStringLiteral("id-b"), QStringLiteral("Kiosk-13"), QStringLiteral("R58R13"));
    dir.appendDevices({a, b});
    EXPECT_EQ(dir.lookup(QStringLiteral("id-b")), QList<int>{1});
    EXPECT_EQ(dir.lookup(QStringLiteral(" kiosk-12 ")), QList<int>{0});
    EXPECT_EQ(dir.lookup(QStringLiteral("r58r13")), QList<int>{1});
    EXPECT_EQ(dir.lookup(QStringLiteral("356938035643809")), QList<int>{0});
    EXPECT_EQ(dir.lookup(QStringLiteral("LEA@contoso.com")), (QList<int>{0, 1}));
    EXPECT_TRUE(dir.lookup(QStringLiteral("nothing")).isEmpty());
}

TEST(DeviceDirectory, UpsertReplacesOrAppends)
{
    DeviceDirectory dir;
    QSignalSpy appended(&dir, &DeviceDirectory::appended);
    QSignalSpy changed(&dir, &DeviceDirectory::deviceChanged);
    dir.upsert(device(QStringLiteral("1"), QStringLiteral("A")));
    dir.upsert(device(QStringLiteral("1"), QStringLiteral("B")));
    EXPECT_EQ(dir.count(), 1);
    EXPECT_EQ(appended.size(), 1);
    EXPECT_EQ(changed.size(), 1);
    EXPECT_EQ(dir.findById(QStringLiteral("1"))->deviceName, QStringLiteral("B"));
}

TEST(DeviceDirectory, RepeatedTextsAreShared)
{
    DeviceDirectory dir;
    dir.beginLoad();
    dir.appendDevices(
        {device(QStringLiteral("1"), QStringLiteral("A")), device(QStringLiteral("2"), QStringLiteral("B"))});
    // Interned: both rows point at the same string data.
    EXPECT_EQ(dir.at(0).operatingSystem.constData(), dir.at(1).operatingSystem.constData());
    EXPECT_EQ(dir.at(0).userPrincipalName.constData(), dir.at(1).userPrincipalName.constData());
}
