// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/actions/PollSchedule.h"
#include "fakes/ManualClock.h"

#include <gtest/gtest.h>

using namespace passcode;
using namespace passcode::actions;
using passcode::testing::ManualClock;

namespace {
const ActionKey kA{QStringLiteral("dev-a"), RemoteAction::ResetPasscode};
const ActionKey kB{QStringLiteral("dev-b"), RemoteAction::RemovePasscode};
} // namespace

TEST(engine_PollPolicy, DoublesFromFiveSecondsUpToTheCap)
{
    const PollPolicy p; // production defaults
    const QList<qint64> expected{5000, 10000, 20000, 40000, 80000, 160000, 180000, 180000};
    for (int i = 0; i < expected.size(); ++i)
        EXPECT_EQ(p.delayForPoll(i), expected.at(i)) << "poll " << i;
    EXPECT_EQ(p.delayForPoll(1000), p.maxDelayMs); // no overflow
}

TEST(engine_PollSchedule, FollowsTheBackoffOnTheClock)
{
    ManualClock clock;
    PollSchedule s(clock, PollPolicy{});
    s.add(kA);
    EXPECT_EQ(s.msUntilNextDue(), 5000);
    clock.advanceMs(3000);
    EXPECT_TRUE(s.takeDue().isEmpty());
    clock.advanceMs(2000);
    QList<qint64> waits;
    for (int poll = 0; poll < 8; ++poll) {
        ASSERT_EQ(s.takeDue(), QList<ActionKey>{kA}) << "poll " << poll;
        EXPECT_FALSE(s.msUntilNextDue().has_value()); // being polled: not due again until polled()
        s.polled(kA);
        const qint64 wait = *s.msUntilNextDue();
        waits.append(wait);
        clock.advanceMs(wait);
    }
    EXPECT_EQ(waits, (QList<qint64>{10000, 20000, 40000, 80000, 160000, 180000, 180000, 180000}));
    EXPECT_EQ(s.pollCount(kA), 8);
}

TEST(engine_PollSchedule, NeverSoonerThanTheServerAsks)
{
    ManualClock clock;
    PollSchedule s(clock, PollPolicy{});
    s.add(kA, 0);
    ASSERT_EQ(s.takeDue().size(), 1);
    s.polled(kA, 42000); // Retry-After: 42
    EXPECT_EQ(s.msUntilNextDue(), 42000);
    clock.advanceMs(41000);
    EXPECT_TRUE(s.takeDue().isEmpty());
    clock.advanceMs(1000);
    ASSERT_EQ(s.takeDue().size(), 1);
    s.polled(kA, 1000); // shorter than the backoff: the backoff wins
    EXPECT_EQ(s.msUntilNextDue(), 20000);
}

TEST(engine_PollSchedule, DeferAllPushesEveryWatchBack)
{
    ManualClock clock;
    PollSchedule s(clock, PollPolicy{});
    s.add(kA, 0);
    s.add(kB, 100000);
    s.deferAll(30000);
    EXPECT_EQ(s.dueAtMs(kA), 30000);
    EXPECT_EQ(s.dueAtMs(kB), 100000);
}

TEST(engine_PollSchedule, CoalescesWatchesDueCloseTogether)
{
    ManualClock clock;
    PollPolicy p;
    p.coalesceMs = 1000;
    PollSchedule s(clock, p);
    s.add(kA, 5000);
    s.add(kB, 5800);
    const ActionKey later{QStringLiteral("dev-c"), RemoteAction::ResetPasscode};
    s.add(later, 9000);
    clock.advanceMs(5000);
    EXPECT_EQ(s.takeDue(), (QList<ActionKey>{kA, kB}));
    EXPECT_EQ(s.msUntilNextDue(), 4000);
}

TEST(engine_PollSchedule, AddKeepsAnExistingTimetableAndRemoveForgets)
{
    ManualClock clock;
    PollSchedule s(clock, PollPolicy{});
    s.add(kA, 0);
    ASSERT_EQ(s.takeDue().size(), 1);
    s.polled(kA);
    const qint64 due = s.dueAtMs(kA);
    s.add(kA, 0);
    EXPECT_EQ(s.dueAtMs(kA), due);
    s.remove(kA);
    EXPECT_FALSE(s.contains(kA));
    EXPECT_EQ(s.size(), 0);
    EXPECT_FALSE(s.msUntilNextDue().has_value());
    s.polled(kA); // ignored
    EXPECT_FALSE(s.contains(kA));
}
