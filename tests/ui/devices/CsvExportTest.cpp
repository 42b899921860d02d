// SPDX-License-Identifier: GPL-3.0-or-later
#include "UiTestSupport.h"
#include "core/devices/DeviceDirectory.h"
#include "fakes/ManualClock.h"
#include "ui/devices/DeviceCsvExport.h"
#include "ui/devices/DevicesPage.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace passcode;

namespace {

TEST(ui_DeviceCsvExport, OneRecordPerDeviceWithIsoDates)
{
    devices::Device d = uitest::makeDevice(7);
    d.deviceName = QStringLiteral("Kiosk, lobby");
    d.lastSyncDateTime = QDateTime(QDate(2026, 10, 31), QTime(13, 14, 15), Qt::UTC);
    const QStringList record = ui::DeviceCsvExport::record(d);
    EXPECT_EQ(record.size(), ui::DeviceCsvExport::headers().size());
    EXPECT_EQ(record.at(0), QStringLiteral("Kiosk, lobby"));
    EXPECT_TRUE(record.contains(QStringLiteral("2026-10-31T13:14:15Z")));
    EXPECT_TRUE(record.contains(d.serialNumber));
    EXPECT_TRUE(record.contains(d.imei));
    EXPECT_TRUE(record.contains(d.id));
    const QByteArray csv = ui::DeviceCsvExport::toCsv({d});
    EXPECT_TRUE(csv.contains("\"Kiosk, lobby\""));
}

TEST(ui_DeviceCsvExport, NeutralisesANameThatLooksLikeAFormula)
{
    devices::Device d = uitest::makeDevice(3);
    d.deviceName = QStringLiteral("=HYPERLINK(\"http://x\")");
    const QByteArray csv = ui::DeviceCsvExport::toCsv({d});
    EXPECT_TRUE(csv.contains("\r\n\"'=HYPERLINK(\"\"http://x\"\")\",")) << csv.constData();
}

TEST(ui_DevicesPageExport, ExportsTheFilteredRowsToTheFileThePresenterGives)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    passcode::testing::ManualClock clock;
    devices::DeviceDirectory directory;
    uitest::FakeDialogPresenter dialogs;
    dialogs.nextFileName = dir.filePath(QStringLiteral("devices.csv"));
    ui::DevicesPage page(directory, clock, dialogs);
    page.setSearchDelay(std::chrono::milliseconds(0));
    directory.appendDevices(uitest::makeDevices(0, 40));
    page.searchEdit()->setText(QStringLiteral("device-00001")); // Device-000010 … Device-000019

    QSignalSpy finished(&page, &ui::DevicesPage::exportFinished);
    page.exportCsv();
    ASSERT_TRUE(finished.wait(10000));
    EXPECT_EQ(finished.at(0).at(1).toInt(), 10);
    EXPECT_TRUE(finished.at(0).at(2).toString().isEmpty());
    ASSERT_EQ(dialogs.suggestedNames.size(), 1);
    EXPECT_TRUE(dialogs.suggestedNames.at(0).endsWith(QStringLiteral(".csv")));

    QFile file(dialogs.nextFileName);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    // BOM + header, 10 records, and the empty piece after the last CRLF.
    ASSERT_EQ(lines.size(), 12);
    EXPECT_TRUE(lines.at(0).startsWith("\xEF\xBB\xBF"
                                       "Device name,Managed by,Ownership"));
    for (int i = 1; i <= 10; ++i)
        EXPECT_TRUE(lines.at(i).startsWith("Device-00001")) << lines.at(i).constData();
}

TEST(ui_DevicesPageExport, ACancelledFileDialogWritesNothing)
{
    passcode::testing::ManualClock clock;
    devices::DeviceDirectory directory;
    uitest::FakeDialogPresenter dialogs; // no file name: the dialog was cancelled
    ui::DevicesPage page(directory, clock, dialogs);
    directory.appendDevices(uitest::makeDevices(0, 3));
    QSignalSpy finished(&page, &ui::DevicesPage::exportFinished);
    page.exportCsv();
    EXPECT_EQ(dialogs.suggestedNames.size(), 1);
    EXPECT_FALSE(finished.wait(200));
}

} // namespace
