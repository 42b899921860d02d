// SPDX-License-Identifier: GPL-3.0-or-later
// The decision table of ../shared/reference/passcode-support.md, one test row per case.
#include "core/eligibility/PasscodeRules.h"
#include "DeviceTestData.h"
#include "PasscodeRuleCases.h"

#include <gtest/gtest.h>

using namespace passcode;
using namespace passcode::devices;
using namespace passcode::eligibility;
using actions::RemoteAction;
using passcode::testdata::makeDevice;

namespace {

const QDateTime kNow(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);

EvaluationContext context()
{
    EvaluationContext c;
    c.now = kNow;
    return c;
}

using passcode::testdata::RuleCase;
using passcode::testdata::ruleCases;

class PasscodeRulesTable : public ::testing::TestWithParam<RuleCase>
{
};

} // namespace

TEST_P(PasscodeRulesTable, VerdictMatchesTheTable)
{
    const RuleCase &c = GetParam();
    EXPECT_EQ(PasscodeRules::ruleRow(c.device), c.row);
    EXPECT_EQ(PasscodeRules::platformAction(c.device), c.allowed);
    for (RemoteAction a : actions::kAllRemoteActions)
        EXPECT_EQ(PasscodeRules::platformScope(c.device, a),
                  c.allowed && a == *c.allowed ? c.scope : Scope::None)
            << actions::stableName(a).toStdString();
    const QList<Verdict> verdicts = PasscodeRules::evaluateAll(c.device, context());
    ASSERT_EQ(verdicts.size(), 3);
    for (const Verdict &v : verdicts) {
        SCOPED_TRACE(actions::stableName(v.action).toStdString());
        EXPECT_EQ(v.rule, c.row);
        EXPECT_FALSE(v.source.isEmpty());
        EXPECT_FALSE(v.blocked);
        if (c.allowed && v.action == *c.allowed) {
            EXPECT_TRUE(v.allowed);
            EXPECT_EQ(v.scope, c.scope);
            EXPECT_TRUE(v.reasons.isEmpty());
            EXPECT_EQ(v.cautions.size(), c.cautions) << v.cautions.join(u'|').toStdString();
        } else {
            EXPECT_FALSE(v.allowed);
            EXPECT_EQ(v.scope, Scope::None);
            // A refused action always says why.
            ASSERT_FALSE(v.reasons.isEmpty());
            EXPECT_FALSE(v.reasons.first().isEmpty());
            EXPECT_TRUE(v.cautions.isEmpty());
        }
    }
}

INSTANTIATE_TEST_SUITE_P(AllRows, PasscodeRulesTable, ::testing::ValuesIn(ruleCases()),
                         [](const ::testing::TestParamInfo<RuleCase> &info) {
                             return std::string(info.param.name);
                         });

TEST(PasscodeRules, EveryRowOfTheTableIsCovered)
{
    std::set<int> rows;
    for (const RuleCase &c : ruleCases())
        rows.insert(c.row);
    EXPECT_EQ(rows.size(), 17u);
    EXPECT_EQ(*rows.begin(), 1);
    EXPECT_EQ(*rows.rbegin(), 17);
}

TEST(PasscodeRules, OtherPlatformReasonNamesThePlatformSeen)
{
    const Verdict v = PasscodeRules::evaluate(makeDevice("Tizen", "5", EnrollmentType::Unknown),
                                              RemoteAction::ResetPasscode, context());
    ASSERT_FALSE(v.reasons.isEmpty());
    EXPECT_TRUE(v.reasons.first().contains(QStringLiteral("Tizen"))) << v.reasons.first().toStdString();
}

TEST(PasscodeRules, MismatchedActionNamesTheRightOne)
{
    const Verdict v = PasscodeRules::evaluate(
        makeDevice("Android", "13", EnrollmentType::AndroidEnterpriseDedicatedDevice, "androidEnterprise"),
        RemoteAction::RemovePasscode, context());
    EXPECT_FALSE(v.allowed);
    ASSERT_FALSE(v.reasons.isEmpty());
    EXPECT_TRUE(v.reasons.first().contains(QStringLiteral("Reset passcode")))
        << v.reasons.first().toStdString();
}

class BlockingStates : public ::testing::TestWithParam<ManagementState>
{
};

TEST_P(BlockingStates, BlockEveryPasscodeAction)
{
    Device d = makeDevice("iOS", "17.5", EnrollmentType::AppleBulkWithUser, "iPhone");
    d.managementState = GetParam();
    EXPECT_TRUE(PasscodeRules::isBlockingManagementState(d.managementState));
    for (const Verdict &v : PasscodeRules::evaluateAll(d, context())) {
        EXPECT_FALSE(v.allowed);
        EXPECT_TRUE(v.blocked);
        ASSERT_FALSE(v.reasons.isEmpty());
        EXPECT_TRUE(v.reasons.first().contains(displayText(GetParam()))) << v.reasons.first().toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(States, BlockingStates,
                         ::testing::Values(ManagementState::RetirePending, ManagementState::RetireIssued,
                                           ManagementState::WipePending, ManagementState::WipeIssued,
                                           ManagementState::DeletePending));

TEST(PasscodeRules, ThePlatformScopeIgnoresWhatBlocksTheActionNow)
{
    // A fully managed device's passcode is the work profile's, even while a retire or an action is under way.
    Device d =
        makeDevice("Android", "14", EnrollmentType::AndroidEnterpriseFullyManaged, "androidEnterprise");
    d.managementState = ManagementState::WipePending;
    DeviceActionResult pending;
    pending.type = ActionResultType::ResetPasscode;
    pending.actionName = QStringLiteral("resetPasscode");
    pending.actionState = actions::ActionState::Active;
    pending.startDateTime = kNow.addSecs(-60);
    d.actionResults.append(pending);
    EXPECT_EQ(PasscodeRules::evaluate(d, RemoteAction::ResetPasscode, context()).scope, Scope::None);
    EXPECT_EQ(PasscodeRules::platformScope(d, RemoteAction::ResetPasscode), Scope::WorkProfile);
    EXPECT_EQ(PasscodeRules::platformScope(d, RemoteAction::RemovePasscode), Scope::None);
}

TEST(PasscodeRules, NonBlockingStatesDoNotBlock)
{
    for (ManagementState s :
         {ManagementState::Managed, ManagementState::RetireFailed, ManagementState::WipeFailed,
          ManagementState::Unhealthy, ManagementState::WipeCanceled, ManagementState::RetireCanceled,
          ManagementState::Discovered}) {
        Device d = makeDevice("iOS", "17.5", EnrollmentType::AppleBulkWithUser, "iPhone");
        d.managementState = s;
        EXPECT_TRUE(PasscodeRules::evaluate(d, RemoteAction::RemovePasscode, context()).allowed)
            << toGraphString(s).toStdString();
    }
}

TEST(PasscodeRules, AnActionPendingInGraphBlocksASecondOne)
{
    Device d =
        makeDevice("Android", "13", EnrollmentType::AndroidEnterpriseDedicatedDevice, "androidEnterprise");
    DeviceActionResult pending;
    pending.type = ActionResultType::ResetPasscode;
    pending.actionName = QStringLiteral("resetPasscode");
    pending.actionState = actions::ActionState::Pending;
    pending.startDateTime = QDateTime(QDate(2026, 11, 2), QTime(8, 30), Qt::UTC);
    d.actionResults.append(pending);
    const Verdict v = PasscodeRules::evaluate(d, RemoteAction::ResetPasscode, context());
    EXPECT_FALSE(v.allowed);
    EXPECT_TRUE(v.blocked);
    ASSERT_FALSE(v.reasons.isEmpty());
    EXPECT_TRUE(v.reasons.first().contains(QStringLiteral("already pending")));
    ASSERT_TRUE(PasscodeRules::graphInFlight(d).has_value());
    EXPECT_EQ(PasscodeRules::graphInFlight(d)->since, pending.startDateTime);

    // Once done, a new one may be sent.
    d.actionResults.first().actionState = actions::ActionState::Done;
    EXPECT_TRUE(PasscodeRules::evaluate(d, RemoteAction::ResetPasscode, context()).allowed);
}

TEST(PasscodeRules, AnActionInFlightLocallyBlocksASecondOne)
{
    const Device d = makeDevice("iOS", "17.5", EnrollmentType::AppleBulkWithUser, "iPhone");
    EvaluationContext c = context();
    c.localInFlight = InFlightAction{RemoteAction::RemovePasscode, kNow.addSecs(-60)};
    const Verdict v = PasscodeRules::evaluate(d, RemoteAction::RemovePasscode, c);
    EXPECT_FALSE(v.allowed);
    EXPECT_TRUE(v.blocked);
}

TEST(PasscodeRules, StaleCheckInAddsACaution)
{
    Device d =
        makeDevice("Android", "13", EnrollmentType::AndroidEnterpriseDedicatedDevice, "androidEnterprise");
    d.lastSyncDateTime = kNow.addDays(-9);
    Verdict v = PasscodeRules::evaluate(d, RemoteAction::ResetPasscode, context());
    ASSERT_TRUE(v.allowed);
    ASSERT_EQ(v.cautions.size(), 2);
    EXPECT_TRUE(v.cautions.last().contains(QStringLiteral("9 day"))) << v.cautions.last().toStdString();

    d.lastSyncDateTime = QDateTime();
    v = PasscodeRules::evaluate(d, RemoteAction::ResetPasscode, context());
    ASSERT_EQ(v.cautions.size(), 2);
    EXPECT_TRUE(v.cautions.last().contains(QStringLiteral("never")));
}
