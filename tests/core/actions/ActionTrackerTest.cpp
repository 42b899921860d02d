// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/actions/ActionTracker.h"
#include "DeviceTestData.h"
#include "fakes/ManualClock.h"

#include <gtest/gtest.h>

#include <QSignalSpy>

using namespace passcode;
using namespace passcode::actions;
using passcode::testing::ManualClock;

namespace {

const ActionKey kKey{QStringLiteral("dev-1"), RemoteAction::ResetPasscode};

devices::Device androidWith(ActionState state, const QDateTime &start, const char *passcode = nullptr)
{
    devices::Device d = testdata::makeDevice(
        "Android", "13", devices::EnrollmentType::AndroidEnterpriseDedicatedDevice, "androidEnterprise");
    devices::DeviceActionResult r;
    r.type = devices::ActionResultType::ResetPasscode;
    r.actionName = QStringLiteral("resetPasscode");
    r.actionState = state;
    r.startDateTime = start;
    r.lastUpdatedDateTime = start.addSecs(120);
    if (passcode)
        r.passcode = QString::fromLatin1(passcode);
    d.actionResults.append(r);
    return d;
}

} // namespace

TEST(ActionTracker, LegalTransitionTable)
{
    using S = ActionState;
    // The happy path.
    EXPECT_TRUE(ActionTracker::isLegal(S::None, S::Requested));
    EXPECT_TRUE(ActionTracker::isLegal(S::Requested, S::Sent));
    EXPECT_TRUE(ActionTracker::isLegal(S::Sent, S::Accepted));
    EXPECT_TRUE(ActionTracker::isLegal(S::Accepted, S::Pending));
    EXPECT_TRUE(ActionTracker::isLegal(S::Pending, S::Active));
    EXPECT_TRUE(ActionTracker::isLegal(S::Active, S::Done));
    // Unknown outcome is settled by polling, or found never processed.
    EXPECT_TRUE(ActionTracker::isLegal(S::Sent, S::Unknown));
    EXPECT_TRUE(ActionTracker::isLegal(S::Unknown, S::Done));
    EXPECT_TRUE(ActionTracker::isLegal(S::Unknown, S::None));
    // Graph may skip states.
    EXPECT_TRUE(ActionTracker::isLegal(S::Accepted, S::Done));
    EXPECT_TRUE(ActionTracker::isLegal(S::Pending, S::NotSupported));
    // A new cycle only from a terminal state.
    EXPECT_TRUE(ActionTracker::isLegal(S::Done, S::Requested));
    EXPECT_TRUE(ActionTracker::isLegal(S::Failed, S::Requested));

    // Illegal moves.
    EXPECT_FALSE(ActionTracker::isLegal(S::None, S::Sent));
    EXPECT_FALSE(ActionTracker::isLegal(S::Requested, S::Accepted));
    EXPECT_FALSE(ActionTracker::isLegal(S::Requested, S::Done));
    EXPECT_FALSE(ActionTracker::isLegal(S::Sent, S::Done));
    EXPECT_FALSE(ActionTracker::isLegal(S::Active, S::Pending));
    EXPECT_FALSE(ActionTracker::isLegal(S::Done, S::Pending));
    EXPECT_FALSE(ActionTracker::isLegal(S::Done, S::Failed));
    EXPECT_FALSE(ActionTracker::isLegal(S::Pending, S::Requested));
    EXPECT_FALSE(ActionTracker::isLegal(S::Accepted, S::None));
    EXPECT_FALSE(ActionTracker::isLegal(S::Pending, S::Pending));
}

TEST(ActionTracker, FullLifecycleEmitsEachChangeWithTheClock)
{
    ManualClock clock;
    ActionTracker tracker(clock);
    QSignalSpy spy(&tracker, &ActionTracker::stateChanged);

    ASSERT_TRUE(tracker.request(kKey, QStringLiteral("Kiosk 12"), QStringLiteral("tech@contoso.com"),
                                QStringLiteral("INC0042")));
    const QDateTime requested = clock.now();
    clock.advanceSecs(1);
    ASSERT_TRUE(tracker.transition(kKey, ActionState::Sent));
    clock.advanceSecs(1);
    ASSERT_TRUE(tracker.transition(kKey, ActionState::Accepted));
    clock.advanceSecs(30);

    // Graph reports pending, then done with a passcode.
    QSignalSpy passcodeSpy(&tracker, &ActionTracker::passcodeAvailable);
    EXPECT_EQ(tracker.applyDevice(androidWith(ActionState::Pending, requested.addSecs(2))).size(), 1);
    EXPECT_EQ(tracker.find(kKey)->state, ActionState::Pending);
    EXPECT_EQ(tracker.find(kKey)->stateSince, clock.now());
    clock.advanceSecs(60);
    EXPECT_EQ(tracker.applyDevice(androidWith(ActionState::Done, requested.addSecs(2), "482913")).size(), 1);
    const auto done = tracker.find(kKey);
    ASSERT_TRUE(done.has_value());
    EXPECT_EQ(done->state, ActionState::Done);
    EXPECT_EQ(done->passcode.value_or(QString()), QStringLiteral("482913"));
    EXPECT_EQ(done->ticket, QStringLiteral("INC0042"));
    EXPECT_EQ(done->passcodeExpiry, requested.addSecs(2 + 120).addDays(7));
    EXPECT_EQ(passcodeSpy.size(), 1);

    ASSERT_EQ(spy.size(), 5);
    const QList<ActionState> expected{ActionState::Requested, ActionState::Sent, ActionState::Accepted,
                                      ActionState::Pending, ActionState::Done};
    for (int i = 0; i < spy.size(); ++i)
        EXPECT_EQ(spy.at(i).at(2).value<ActionState>(), expected.at(i)) << i;

    // Applying the same state again changes nothing.
    EXPECT_TRUE(
        tracker.applyDevice(androidWith(ActionState::Done, requested.addSecs(2), "482913")).isEmpty());
    EXPECT_EQ(spy.size(), 5);
}

TEST(ActionTracker, IllegalMoveIsRejectedAndChangesNothing)
{
    ManualClock clock;
    ActionTracker tracker(clock);
    ASSERT_TRUE(tracker.request(kKey, {}, {}));
    QSignalSpy spy(&tracker, &ActionTracker::stateChanged);
    EXPECT_FALSE(tracker.transition(kKey, ActionState::Done));
    EXPECT_EQ(tracker.find(kKey)->state, ActionState::Requested);
    EXPECT_TRUE(spy.isEmpty());
}

TEST(ActionTracker, SecondRequestWhileInFlightIsRefused)
{
    ManualClock clock;
    ActionTracker tracker(clock);
    ASSERT_TRUE(tracker.request(kKey, {}, {}));
    ASSERT_TRUE(tracker.transition(kKey, ActionState::Sent));
    ASSERT_TRUE(tracker.transition(kKey, ActionState::Unknown));
    EXPECT_FALSE(tracker.request(kKey, {}, {}));
    EXPECT_EQ(tracker.inFlight().size(), 1);
    // Polling settles the unknown outcome.
    EXPECT_EQ(tracker.applyDevice(androidWith(ActionState::Active, clock.now())).size(), 1);
    EXPECT_EQ(tracker.find(kKey)->state, ActionState::Active);
}

TEST(ActionTracker, OldResultsDoNotSettleANewRequest)
{
    ManualClock clock;
    ActionTracker tracker(clock);
    ASSERT_TRUE(tracker.request(kKey, {}, {}));
    ASSERT_TRUE(tracker.transition(kKey, ActionState::Sent));
    ASSERT_TRUE(tracker.transition(kKey, ActionState::Accepted));
    // A result from two days ago belongs to an older action.
    EXPECT_TRUE(
        tracker.applyDevice(androidWith(ActionState::Done, clock.now().addDays(-2), "111111")).isEmpty());
    EXPECT_EQ(tracker.find(kKey)->state, ActionState::Accepted);
    EXPECT_FALSE(tracker.find(kKey)->passcode.has_value());
}

TEST(ActionTracker, UnansweredPostIgnoresResults)
{
    ManualClock clock;
    ActionTracker tracker(clock);
    ASSERT_TRUE(tracker.request(kKey, {}, {}));
    ASSERT_TRUE(tracker.transition(kKey, ActionState::Sent));
    EXPECT_TRUE(tracker.applyDevice(androidWith(ActionState::Pending, clock.now())).isEmpty());
    EXPECT_EQ(tracker.find(kKey)->state, ActionState::Sent);
}

TEST(ActionTracker, ObservesActionsStartedElsewhere)
{
    ManualClock clock;
    ActionTracker tracker(clock);
    QSignalSpy spy(&tracker, &ActionTracker::stateChanged);
    EXPECT_EQ(tracker.applyDevice(androidWith(ActionState::Pending, clock.now().addSecs(-300))).size(), 1);
    ASSERT_EQ(spy.size(), 1);
    EXPECT_EQ(spy.at(0).at(1).value<ActionState>(), ActionState::None);
    EXPECT_EQ(spy.at(0).at(2).value<ActionState>(), ActionState::Pending);
    EXPECT_EQ(tracker.find(kKey)->requestedAt, clock.now().addSecs(-300));
}

TEST(ActionTracker, NewerActionAfterATerminalOneStartsANewCycle)
{
    ManualClock clock;
    ActionTracker tracker(clock);
    const QDateTime first = clock.now();
    tracker.applyDevice(androidWith(ActionState::Done, first, "111111"));
    ASSERT_EQ(tracker.find(kKey)->state, ActionState::Done);
    clock.advanceSecs(3600);
    // Someone resets again from the portal: pending with a newer start.
    EXPECT_EQ(tracker.applyDevice(androidWith(ActionState::Pending, clock.now())).size(), 1);
    EXPECT_EQ(tracker.find(kKey)->state, ActionState::Pending);
    EXPECT_FALSE(tracker.find(kKey)->passcode.has_value());
}

TEST(ActionTracker, RemovalOnIosTracksRemovePasscode)
{
    ManualClock clock;
    ActionTracker tracker(clock);
    devices::Device ios =
        testdata::makeDevice("iOS", "17.5", devices::EnrollmentType::AppleBulkWithUser, "iPhone");
    devices::DeviceActionResult r;
    r.type = devices::ActionResultType::ResetPasscode;
    r.actionName = QStringLiteral("resetPasscode");
    r.actionState = ActionState::Done;
    r.startDateTime = clock.now();
    ios.actionResults.append(r);
    tracker.applyDevice(ios);
    const auto removal = tracker.find({ios.id, RemoteAction::RemovePasscode});
    ASSERT_TRUE(removal.has_value());
    EXPECT_EQ(removal->state, ActionState::Done);
    EXPECT_FALSE(removal->passcode.has_value());
}

TEST(ActionTracker, PasscodesExpireAfterSevenDays)
{
    ManualClock clock;
    ActionTracker tracker(clock);
    tracker.applyDevice(androidWith(ActionState::Done, clock.now(), "654321"));
    clock.advanceSecs(7 * 24 * 3600);
    EXPECT_EQ(tracker.expirePasscodes(), 0); // 7 days after lastUpdated (start + 120 s)
    clock.advanceSecs(121);
    EXPECT_EQ(tracker.expirePasscodes(), 1);
    EXPECT_FALSE(tracker.find(kKey)->passcode.has_value());
}

TEST(ActionTracker, ReadPasscodeResultPicksTheLatest)
{
    devices::Device d =
        androidWith(ActionState::Done, QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC), "1");
    devices::DeviceActionResult newer = d.actionResults.first();
    newer.startDateTime = newer.startDateTime.addDays(1);
    newer.actionState = ActionState::Failed;
    newer.passcode.reset();
    newer.errorCode = 7;
    d.actionResults.append(newer);
    const auto r = readPasscodeResult(d);
    ASSERT_TRUE(r.has_value());
    EXPECT_EQ(r->state, ActionState::Failed);
    EXPECT_EQ(r->errorCode, 7);
    EXPECT_FALSE(readPasscodeResult(d, newer.startDateTime.addSecs(1)).has_value());
}
