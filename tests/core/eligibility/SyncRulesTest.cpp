// SPDX-License-Identifier: GPL-3.0-or-later
// Intune's Sync rule: the platforms Microsoft lists (memdocs intune/device-management/actions/sync.md) take
// it, the others are refused with a reason; blocking states do not refuse it; an offline device gets a
// caution.
#include "core/eligibility/SyncRules.h"
#include "DeviceTestData.h"
#include "core/eligibility/PasscodeRules.h"

#include <gtest/gtest.h>

using namespace passcode;
using namespace passcode::devices;
using namespace passcode::eligibility;
using passcode::testdata::makeDevice;

namespace {

const QDateTime kNow(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);

} // namespace

TEST(SyncRules, EveryPlatformIntuneListsTakesIt)
{
    const QList<Device> supported = {
        makeDevice("iOS", "17.5", EnrollmentType::AppleBulkWithUser),
        makeDevice("iPadOS", "17.5", EnrollmentType::AppleUserEnrollment), // no passcode action, but sync
        makeDevice("macOS", "14.5", EnrollmentType::AppleBulkWithUser),
        makeDevice("Windows", "10.0.22631.1", EnrollmentType::WindowsAzureADJoin),
        makeDevice("Windows Holographic for Business", "10.0.20348", EnrollmentType::WindowsAzureADJoin),
        makeDevice("Windows Mobile", "10.0.15063", EnrollmentType::Unknown),
        makeDevice("Android", "14", EnrollmentType::AndroidEnterpriseDedicatedDevice, "androidEnterprise"),
        makeDevice("Android", "13", EnrollmentType::Unknown, "androidForWork"),
        makeDevice("Android", "11", EnrollmentType::Unknown, "android"), // device administrator
        makeDevice("Android", "12", EnrollmentType::AndroidAOSPUserlessDeviceEnrollment),
        makeDevice("Android", "12", EnrollmentType::Unknown), // mode undetermined
    };
    for (const Device &d : supported) {
        SCOPED_TRACE(d.operatingSystem.toStdString() + ' ' + d.deviceType.toStdString());
        EXPECT_TRUE(SyncRules::supportsPlatform(d));
        const SyncVerdict v = SyncRules::evaluate(d, kNow);
        EXPECT_TRUE(v.allowed);
        EXPECT_TRUE(v.reasons.isEmpty());
        EXPECT_TRUE(v.cautions.isEmpty());
        EXPECT_FALSE(v.source.isEmpty());
    }
}

TEST(SyncRules, OtherPlatformsAreRefusedWithAReason)
{
    for (const char *os : {"Linux", "ChromeOS", ""}) {
        SCOPED_TRACE(os);
        const Device d = makeDevice(os, "1.0", EnrollmentType::Unknown);
        EXPECT_FALSE(SyncRules::supportsPlatform(d));
        const SyncVerdict v = SyncRules::evaluate(d, kNow);
        EXPECT_FALSE(v.allowed);
        ASSERT_EQ(v.reasons.size(), 1);
        EXPECT_TRUE(v.reasons.first().contains(u"Android, iOS/iPadOS, macOS and Windows"));
        EXPECT_TRUE(
            v.reasons.first().contains(*os ? QString::fromLatin1(os) : QStringLiteral("not reported")))
            << v.reasons.first().toStdString();
        EXPECT_TRUE(v.cautions.isEmpty());
    }
}

TEST(SyncRules, BlockingStatesAndPasscodeActionsInFlightDoNotRefuseIt)
{
    Device wiping =
        makeDevice("Android", "14", EnrollmentType::AndroidEnterpriseDedicatedDevice, "androidEnterprise");
    wiping.managementState = ManagementState::WipePending;
    EXPECT_FALSE(PasscodeRules::evaluate(wiping, actions::RemoteAction::ResetPasscode, {}).allowed);
    EXPECT_TRUE(SyncRules::evaluate(wiping, kNow).allowed);
}

TEST(SyncRules, ADeviceThatHasNotCheckedInForLongGetsACaution)
{
    Device stale = makeDevice("iOS", "17.5", EnrollmentType::AppleBulkWithUser);
    stale.lastSyncDateTime = kNow.addDays(-9);
    SyncVerdict v = SyncRules::evaluate(stale, kNow);
    EXPECT_TRUE(v.allowed);
    ASSERT_EQ(v.cautions.size(), 1);
    EXPECT_TRUE(v.cautions.first().contains(u"9 day")) << v.cautions.first().toStdString();
    EXPECT_TRUE(SyncRules::evaluate(stale, kNow, 10).cautions.isEmpty());

    stale.lastSyncDateTime = {};
    v = SyncRules::evaluate(stale, kNow);
    EXPECT_TRUE(v.allowed);
    ASSERT_EQ(v.cautions.size(), 1);
    EXPECT_TRUE(v.cautions.first().contains(u"never checked in"));
}
