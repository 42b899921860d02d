// SPDX-License-Identifier: GPL-3.0-or-later
// BulkPlanner::judge() on every case of the decision table (../shared/reference/passcode-support.md) and on
// the blocking states; the plan's counts and names.
#include "core/actions/ActionTracker.h"
#include "core/actions/BulkPlanner.h"
#include "eligibility/PasscodeRuleCases.h"
#include "fakes/ManualClock.h"

#include <gtest/gtest.h>

using namespace passcode;
using namespace passcode::actions;
using passcode::testdata::makeDevice;
using passcode::testdata::RuleCase;
using passcode::testdata::ruleCases;
using E = passcode::devices::EnrollmentType;
using eligibility::Scope;

namespace {

const QDateTime kNow(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);

devices::Device dedicated(const QString &id)
{
    devices::Device d = makeDevice("Android", "13", E::AndroidEnterpriseDedicatedDevice, "androidEnterprise");
    d.id = id;
    d.deviceName = QStringLiteral("KIOSK-") + id;
    return d;
}

devices::Device withPendingReset(devices::Device d)
{
    devices::DeviceActionResult r;
    r.type = devices::ActionResultType::ResetPasscode;
    r.actionName = QStringLiteral("resetPasscode");
    r.actionState = ActionState::Pending;
    r.startDateTime = kNow.addSecs(-600);
    d.actionResults.append(r);
    return d;
}

class BulkPlanRows : public ::testing::TestWithParam<RuleCase>
{
};

} // namespace

TEST_P(BulkPlanRows, EveryRowOfTheTableGetsItsActionOrIsSkippedAsNotEligible)
{
    const RuleCase &c = GetParam();
    passcode::testing::ManualClock clock(kNow);
    ActionTracker tracker(clock);
    const PlanItem item = BulkPlanner::judge(c.device, tracker, kNow);
    EXPECT_EQ(item.deviceId, c.device.id);
    EXPECT_EQ(item.rule, c.row);
    if (c.allowed) {
        EXPECT_TRUE(item.eligible()) << item.skipText.toStdString();
        EXPECT_EQ(item.skip, SkipReason::None);
        EXPECT_EQ(item.action, c.allowed);
        EXPECT_EQ(item.scope, c.scope);
        EXPECT_TRUE(item.skipText.isEmpty());
    } else {
        EXPECT_FALSE(item.eligible());
        EXPECT_EQ(item.skip, SkipReason::NotEligible);
        EXPECT_FALSE(item.skipText.isEmpty()); // the reason is always given
    }
}

INSTANTIATE_TEST_SUITE_P(AllRows, BulkPlanRows, ::testing::ValuesIn(ruleCases()),
                         [](const ::testing::TestParamInfo<RuleCase> &info) {
                             return std::string(info.param.name);
                         });

TEST(BulkPlanner, AndroidDedicatedGetsResetAndIosGetsRemove)
{
    passcode::testing::ManualClock clock(kNow);
    ActionTracker tracker(clock);
    const PlanItem kiosk = BulkPlanner::judge(dedicated(QStringLiteral("k1")), tracker, kNow);
    EXPECT_EQ(kiosk.action, RemoteAction::ResetPasscode);
    EXPECT_EQ(kiosk.scope, Scope::Device);
    devices::Device ipad = makeDevice("iPadOS", "18.1", E::AppleBulkWithUser, "iPad");
    ipad.id = QStringLiteral("ipad-1");
    const PlanItem ios = BulkPlanner::judge(ipad, tracker, kNow);
    EXPECT_EQ(ios.action, RemoteAction::RemovePasscode);
    EXPECT_TRUE(ios.eligible());
}

TEST(BulkPlanner, PendingInGraphOrInTheTrackerIsAlreadyPending)
{
    passcode::testing::ManualClock clock(kNow);
    ActionTracker tracker(clock);
    const PlanItem graphPending =
        BulkPlanner::judge(withPendingReset(dedicated(QStringLiteral("p1"))), tracker, kNow);
    EXPECT_EQ(graphPending.skip, SkipReason::AlreadyPending);
    EXPECT_FALSE(graphPending.skipText.isEmpty());

    ASSERT_TRUE(tracker.request(ActionKey{QStringLiteral("p2"), RemoteAction::ResetPasscode},
                                QStringLiteral("P2"), QStringLiteral("me")));
    const PlanItem localPending = BulkPlanner::judge(dedicated(QStringLiteral("p2")), tracker, kNow);
    EXPECT_EQ(localPending.skip, SkipReason::AlreadyPending);
    EXPECT_EQ(localPending.action, RemoteAction::ResetPasscode);
}

TEST(BulkPlanner, RetireOrWipeUnderWayIsRetireWipeIssued)
{
    passcode::testing::ManualClock clock(kNow);
    ActionTracker tracker(clock);
    for (devices::ManagementState state :
         {devices::ManagementState::RetireIssued, devices::ManagementState::RetirePending,
          devices::ManagementState::WipeIssued, devices::ManagementState::WipePending,
          devices::ManagementState::DeletePending}) {
        devices::Device d = dedicated(QStringLiteral("r1"));
        d.managementState = state;
        const PlanItem item = BulkPlanner::judge(d, tracker, kNow);
        EXPECT_EQ(item.skip, SkipReason::RetireWipeIssued) << int(state);
        EXPECT_FALSE(item.eligible());
    }
    // Retire issued wins over a pending action: the device is leaving management.
    devices::Device both = withPendingReset(dedicated(QStringLiteral("r2")));
    both.managementState = devices::ManagementState::RetireIssued;
    EXPECT_EQ(BulkPlanner::judge(both, tracker, kNow).skip, SkipReason::RetireWipeIssued);
}

TEST(BulkPlanner, AFixedActionSkipsTheOtherPlatformsAsNotEligible)
{
    passcode::testing::ManualClock clock(kNow);
    ActionTracker tracker(clock);
    devices::Device ipad = makeDevice("iPadOS", "18.1", E::AppleBulkWithUser, "iPad");
    const PlanItem item = BulkPlanner::judge(ipad, tracker, kNow, RemoteAction::ResetPasscode);
    EXPECT_EQ(item.skip, SkipReason::NotEligible);
    EXPECT_EQ(item.action, RemoteAction::RemovePasscode); // what its platform would call for
    EXPECT_FALSE(item.skipText.isEmpty());
    EXPECT_TRUE(BulkPlanner::judge(dedicated(QStringLiteral("k")), tracker, kNow, RemoteAction::ResetPasscode)
                    .eligible());
}

TEST(BulkPlanner, UnreadableDevicesAreNotFoundOrReadFailed)
{
    Error notFound = Error::make(Error::Kind::NotFound, QStringLiteral("gone"));
    notFound.httpStatus = 404;
    EXPECT_EQ(BulkPlanner::unreadable(QStringLiteral("x"), notFound).skip, SkipReason::NotFound);
    const PlanItem failed = BulkPlanner::unreadable(
        QStringLiteral("y"), Error::make(Error::Kind::Throttled, QStringLiteral("busy")));
    EXPECT_EQ(failed.skip, SkipReason::ReadFailed);
    EXPECT_TRUE(failed.skipText.contains(QStringLiteral("busy")));
    EXPECT_FALSE(failed.action.has_value());
}

TEST(BulkPlan, CountsPerActionScopeAndSkipReason)
{
    passcode::testing::ManualClock clock(kNow);
    ActionTracker tracker(clock);
    BulkPlan plan;
    plan.items.append(BulkPlanner::judge(dedicated(QStringLiteral("a")), tracker, kNow));
    plan.items.append(BulkPlanner::judge(dedicated(QStringLiteral("b")), tracker, kNow));
    devices::Device ipad = makeDevice("iPadOS", "18.1", E::AppleBulkWithUser, "iPad");
    ipad.id = QStringLiteral("c");
    plan.items.append(BulkPlanner::judge(ipad, tracker, kNow));
    plan.items.append(BulkPlanner::judge(withPendingReset(dedicated(QStringLiteral("d"))), tracker, kNow));
    plan.items.append(BulkPlanner::unreadable(QStringLiteral("e"),
                                              Error::make(Error::Kind::NotFound, QStringLiteral("x"))));
    devices::Device penguin = makeDevice("Linux", "6.5", E::Unknown, "linux");
    penguin.id = QStringLiteral("f");
    plan.items.append(BulkPlanner::judge(penguin, tracker, kNow));

    EXPECT_EQ(plan.eligibleCount(), 3);
    EXPECT_EQ(plan.skippedCount(), 3);
    EXPECT_EQ(plan.skipCount(SkipReason::AlreadyPending), 1);
    EXPECT_EQ(plan.skipCount(SkipReason::NotFound), 1);
    EXPECT_EQ(plan.skipCount(SkipReason::NotEligible), 1);
    EXPECT_EQ(plan.eligibleIndices(), (QList<int>{0, 1, 2}));
    const QList<PlanActionCount> counts = plan.actionCounts();
    ASSERT_EQ(counts.size(), 2);
    EXPECT_EQ(counts.at(0).action, RemoteAction::ResetPasscode);
    EXPECT_EQ(counts.at(0).count, 2);
    EXPECT_EQ(counts.at(1).action, RemoteAction::RemovePasscode);
    EXPECT_EQ(counts.at(1).count, 1);
    EXPECT_FALSE(plan.summaryText().isEmpty());
}

TEST(BulkPlan, SkipReasonNamesRoundTrip)
{
    for (SkipReason r : {SkipReason::None, SkipReason::NotEligible, SkipReason::AlreadyPending,
                         SkipReason::RetireWipeIssued, SkipReason::NotFound, SkipReason::ReadFailed}) {
        bool ok = false;
        EXPECT_EQ(skipReasonFromStableName(stableName(r), &ok), r);
        EXPECT_TRUE(ok);
        EXPECT_FALSE(displayName(r).isEmpty());
    }
    bool ok = true;
    skipReasonFromStableName(QStringLiteral("bogus"), &ok);
    EXPECT_FALSE(ok);
}
