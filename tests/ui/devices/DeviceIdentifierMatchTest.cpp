// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/devices/DeviceIdentifierMatch.h"
#include "UiTestSupport.h"
#include "core/devices/DeviceDirectory.h"

#include <gtest/gtest.h>

using namespace passcode;

namespace {

class ui_DeviceIdentifierMatch : public ::testing::Test
{
protected:
    devices::DeviceDirectory directory;
    void SetUp() override { directory.appendDevices(uitest::makeDevices(0, 300)); }
};

TEST_F(ui_DeviceIdentifierMatch, NamesOneDeviceBySerialImeiUpnOrIdExactlyAndCaseInsensitively)
{
    const devices::Device &d = directory.at(42);
    EXPECT_EQ(ui::deviceNamedBy(directory, d.serialNumber.toLower()), d.id);
    EXPECT_EQ(ui::deviceNamedBy(directory, QStringLiteral("  %1\n").arg(d.imei)), d.id);
    const QString spaced = d.imei.left(2) + u' ' + d.imei.mid(2, 6) + u'-' + d.imei.mid(8);
    EXPECT_EQ(ui::deviceNamedBy(directory, spaced), d.id);
    EXPECT_EQ(ui::deviceNamedBy(directory, d.id.toUpper()), d.id);

    devices::Device alone = uitest::makeDevice(1000);
    alone.userPrincipalName = QStringLiteral("Only.One@Contoso.example");
    directory.appendDevices({alone});
    EXPECT_EQ(ui::deviceNamedBy(directory, QStringLiteral("only.one@contoso.EXAMPLE")), alone.id);
}

TEST_F(ui_DeviceIdentifierMatch, APartANameOrSeveralDevicesNameNone)
{
    const devices::Device &d = directory.at(42);
    EXPECT_TRUE(ui::rowsNamedBy(directory, d.serialNumber.left(5)).isEmpty());
    EXPECT_TRUE(ui::rowsNamedBy(directory, d.model).isEmpty());
    EXPECT_TRUE(ui::rowsNamedBy(directory, QStringLiteral("   ")).isEmpty());
    // user42@ is the primary user of devices 42, 139 and 236.
    EXPECT_EQ(ui::rowsNamedBy(directory, d.userPrincipalName).size(), 3);
    EXPECT_TRUE(ui::deviceNamedBy(directory, d.userPrincipalName).isEmpty());
}

} // namespace
