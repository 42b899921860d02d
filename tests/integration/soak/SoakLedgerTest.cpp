// SPDX-License-Identifier: GPL-3.0-or-later
// The soak's verdict on made-up journals and sandbox records: each rule it checks is broken once.
#include "SoakLedger.h"

#include <gtest/gtest.h>

using namespace passcode;
using namespace passcode::soak;
using actions::ActionState;
using actions::RemoteAction;
using namespace Qt::StringLiterals;

namespace {

const QString kTech = QStringLiteral("helpdesk@contoso-sandbox.onmicrosoft.com");

actions::TrackedAction entry(const QString &device, ActionState state, int errorCode = 0,
                             RemoteAction action = RemoteAction::ResetPasscode)
{
    actions::TrackedAction a;
    a.key = actions::ActionKey{device, action};
    a.state = state;
    a.errorCode = errorCode;
    return a;
}

ReceivedAction got(const QString &device, const QString &action = QStringLiteral("resetPasscode"))
{
    return ReceivedAction{device, action, kTech, QStringLiteral("done")};
}

} // namespace

TEST(soak_Ledger, AgreeingRecordsPass)
{
    const LedgerVerdict v = checkLedger(
        {entry(u"a"_s, ActionState::Done), entry(u"b"_s, ActionState::Failed, 1001),
         entry(u"c"_s, ActionState::Failed), entry(u"d"_s, ActionState::None),
         entry(u"e"_s, ActionState::Unknown), entry(u"f"_s, ActionState::Unknown),
         entry(u"g"_s, ActionState::Pending, 0, RemoteAction::PinReset), entry(u"h"_s, ActionState::Canceled),
         entry(u"i"_s, ActionState::Accepted, 0, RemoteAction::RemovePasscode)},
        {got(u"a"_s), got(u"b"_s), got(u"e"_s), got(u"g"_s, u"recoverPasscode"_s), got(u"i"_s)}, kTech);
    EXPECT_TRUE(v.violations.isEmpty()) << v.violations.join(u'\n').toStdString();
    EXPECT_EQ(v.duplicates, 0);
    EXPECT_EQ(v.unknown, 2);
    EXPECT_EQ(v.received, 5);
    EXPECT_EQ(v.byState.value(u"unknown"_s), 2);
}

TEST(soak_Ledger, EachBrokenRuleIsReported)
{
    // A duplicate; an accepted action never received; a "not processed" one received; a refused POST
    // received; a received action in no journal; one from someone else; a POST without an answer.
    const LedgerVerdict v =
        checkLedger({entry(u"a"_s, ActionState::Done), entry(u"b"_s, ActionState::Accepted),
                     entry(u"c"_s, ActionState::None), entry(u"d"_s, ActionState::Failed),
                     entry(u"g"_s, ActionState::Sent)},
                    {got(u"a"_s), got(u"a"_s), got(u"c"_s), got(u"d"_s), got(u"e"_s),
                     ReceivedAction{u"f"_s, u"resetPasscode"_s, u"someone@else"_s, u"done"_s}},
                    kTech);
    EXPECT_EQ(v.duplicates, 1);
    const QString all = v.violations.join(u'\n');
    for (const char *expected :
         {"duplicate: a", "a/resetPasscode is done in the journal", "b/resetPasscode is accepted",
          "c/resetPasscode is none", "d/resetPasscode is failed",
          "e/resetPasscode was received 1 time(s) but is not in any journal",
          "not from the soak's technician", "g/resetPasscode left sent"})
        EXPECT_TRUE(all.contains(QLatin1String(expected))) << expected << "\n" << all.toStdString();
}
