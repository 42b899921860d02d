// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/actions/ActionState.h"
#include "core/actions/RemoteAction.h"

#include <gtest/gtest.h>

using namespace passcode::actions;

TEST(ActionState, GraphNamesRoundTrip)
{
    for (ActionState s : {ActionState::None, ActionState::Pending, ActionState::Canceled, ActionState::Active,
                          ActionState::Done, ActionState::Failed, ActionState::NotSupported}) {
        bool ok = false;
        EXPECT_EQ(actionStateFromGraph(graphName(s), &ok), s);
        EXPECT_TRUE(ok);
    }
}

TEST(ActionState, LocalStatesHaveNoGraphName)
{
    for (ActionState s :
         {ActionState::Requested, ActionState::Sent, ActionState::Accepted, ActionState::Unknown}) {
        EXPECT_TRUE(graphName(s).isEmpty());
        bool ok = false;
        EXPECT_EQ(actionStateFromStableName(stableName(s), &ok), s);
        EXPECT_TRUE(ok);
    }
}

TEST(ActionState, UnknownGraphStringIsReported)
{
    bool ok = true;
    actionStateFromGraph(QStringLiteral("somethingNew"), &ok);
    EXPECT_FALSE(ok);
}

TEST(ActionState, TerminalAndInFlight)
{
    EXPECT_TRUE(isTerminal(ActionState::Done));
    EXPECT_TRUE(isTerminal(ActionState::NotSupported));
    EXPECT_FALSE(isTerminal(ActionState::Unknown));
    EXPECT_TRUE(isInFlight(ActionState::Pending));
    EXPECT_TRUE(isInFlight(ActionState::Accepted));
}

TEST(RemoteAction, GraphActions)
{
    EXPECT_EQ(graphActionName(RemoteAction::ResetPasscode), QStringLiteral("resetPasscode"));
    EXPECT_EQ(graphActionName(RemoteAction::RemovePasscode), QStringLiteral("resetPasscode"));
    EXPECT_EQ(graphActionName(RemoteAction::PinReset), QStringLiteral("recoverPasscode"));
    EXPECT_FALSE(yieldsPasscode(RemoteAction::RemovePasscode));
    for (RemoteAction a : kAllRemoteActions) {
        bool ok = false;
        EXPECT_EQ(remoteActionFromStableName(stableName(a), &ok), a);
        EXPECT_TRUE(ok);
    }
}
