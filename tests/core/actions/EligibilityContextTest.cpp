// SPDX-License-Identifier: GPL-3.0-or-later
// core/actions/EligibilityContext: the one evaluation context of the passcode rules for a device.
#include "core/actions/EligibilityContext.h"

#include "ActionsTestData.h"
#include "core/actions/ActionTracker.h"
#include "core/eligibility/PasscodeRules.h"
#include "fakes/ManualClock.h"

#include <gtest/gtest.h>

using namespace passcode;
using namespace passcode::actions;
using passcode::testing::ManualClock;

namespace {

class EligibilityContextTest : public ::testing::Test
{
protected:
    /** Puts an action of the tracker in `state`, requested at `requestedAt`. */
    void track(const char *deviceId, RemoteAction action, ActionState state, const QDateTime &requestedAt)
    {
        TrackedAction a;
        a.key = ActionKey{QString::fromLatin1(deviceId), action};
        a.state = state;
        a.deviceName = QStringLiteral("Test device");
        a.requestedAt = requestedAt;
        a.stateSince = requestedAt;
        tracker.restore(a);
    }

    ManualClock clock;
    ActionTracker tracker{clock};
};

TEST_F(EligibilityContextTest, NothingTrackedGivesNowAndNoLocalAction)
{
    const eligibility::EvaluationContext c =
        eligibilityContext(tracker, QStringLiteral("dev-1"), clock.now());
    EXPECT_EQ(c.now, clock.now());
    EXPECT_FALSE(c.localInFlight.has_value());
    EXPECT_EQ(c.staleAfterDays, eligibility::EvaluationContext{}.staleAfterDays);
}

TEST_F(EligibilityContextTest, EveryInFlightStateOfTheDeviceIsTheLocalAction)
{
    for (ActionState s : {ActionState::Requested, ActionState::Sent, ActionState::Accepted,
                          ActionState::Unknown, ActionState::Pending, ActionState::Active}) {
        SCOPED_TRACE(stableName(s).toStdString());
        const QDateTime at = clock.now().addSecs(-90);
        track("dev-1", RemoteAction::ResetPasscode, s, at);
        const auto c = eligibilityContext(tracker, QStringLiteral("dev-1"), clock.now());
        ASSERT_TRUE(c.localInFlight.has_value());
        EXPECT_EQ(c.localInFlight->action, RemoteAction::ResetPasscode);
        EXPECT_EQ(c.localInFlight->since, at);
    }
}

TEST_F(EligibilityContextTest, FinishedActionsAndOtherDevicesDoNotCount)
{
    for (ActionState s : {ActionState::Done, ActionState::Failed, ActionState::NotSupported,
                          ActionState::Canceled, ActionState::None}) {
        track("dev-1", RemoteAction::ResetPasscode, s, clock.now().addSecs(-30));
        EXPECT_FALSE(eligibilityContext(tracker, QStringLiteral("dev-1"), clock.now()).localInFlight)
            << stableName(s).toStdString();
    }
    track("dev-2", RemoteAction::ResetPasscode, ActionState::Pending, clock.now().addSecs(-30));
    EXPECT_FALSE(eligibilityContext(tracker, QStringLiteral("dev-1"), clock.now()).localInFlight);
    EXPECT_TRUE(eligibilityContext(tracker, QStringLiteral("dev-2"), clock.now()).localInFlight);
}

TEST_F(EligibilityContextTest, TheLatestRequestOfTheDeviceWins)
{
    const QDateTime older = clock.now().addSecs(-600);
    const QDateTime newer = clock.now().addSecs(-60);
    track("dev-1", RemoteAction::RemovePasscode, ActionState::Unknown, newer);
    track("dev-1", RemoteAction::ResetPasscode, ActionState::Pending, older);
    const auto c = eligibilityContext(tracker, QStringLiteral("dev-1"), clock.now());
    ASSERT_TRUE(c.localInFlight.has_value());
    EXPECT_EQ(c.localInFlight->action, RemoteAction::RemovePasscode);
    EXPECT_EQ(c.localInFlight->since, newer);
}

TEST_F(EligibilityContextTest, TheRulesRefuseASecondActionBeforeGraphReportsTheFirst)
{
    const devices::Device d = actionstest::dedicatedAndroid();
    EXPECT_TRUE(eligibility::PasscodeRules::evaluate(d, RemoteAction::ResetPasscode,
                                                     eligibilityContext(tracker, d.id, clock.now()))
                    .allowed);

    ASSERT_TRUE(tracker.request({d.id, RemoteAction::ResetPasscode}, d.deviceName, QStringLiteral("tech")));
    const eligibility::Verdict v = eligibility::PasscodeRules::evaluate(
        d, RemoteAction::ResetPasscode, eligibilityContext(tracker, d.id, clock.now()));
    EXPECT_FALSE(v.allowed);
    EXPECT_TRUE(v.blocked);
    ASSERT_FALSE(v.reasons.isEmpty());
    EXPECT_TRUE(v.reasons.first().contains(QStringLiteral("already pending")))
        << v.reasons.first().toStdString();
}

TEST_F(EligibilityContextTest, TheDevicesOwnBlockingStatesStillApply)
{
    // The context carries what only the tracker knows; a retire under way or an action Graph reports pending
    // are read from the device by the rules.
    devices::Device d = actionstest::dedicatedAndroid();
    d.managementState = devices::ManagementState::RetirePending;
    EXPECT_TRUE(eligibility::PasscodeRules::evaluate(d, RemoteAction::ResetPasscode,
                                                     eligibilityContext(tracker, d.id, clock.now()))
                    .blocked);
    d = actionstest::dedicatedAndroid();
    d.actionResults.append(actionstest::passcodeResult(ActionState::Pending, clock.now().addSecs(-300)));
    EXPECT_TRUE(eligibility::PasscodeRules::evaluate(d, RemoteAction::ResetPasscode,
                                                     eligibilityContext(tracker, d.id, clock.now()))
                    .blocked);
}

TEST_F(EligibilityContextTest, NowDrivesTheStaleCheckInCaution)
{
    const devices::Device d = actionstest::dedicatedAndroid(); // last check-in 2026-11-01 08:00
    clock.set(QDateTime(QDate(2026, 11, 20), QTime(8, 0), Qt::UTC));
    const eligibility::Verdict v = eligibility::PasscodeRules::evaluate(
        d, RemoteAction::ResetPasscode, eligibilityContext(tracker, d.id, clock.now()));
    ASSERT_TRUE(v.allowed);
    EXPECT_TRUE(v.cautions.last().contains(QStringLiteral("19 day"))) << v.cautions.last().toStdString();
}

} // namespace
