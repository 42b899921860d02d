// SPDX-License-Identifier: GPL-3.0-or-later
// The decision table of ../shared/reference/passcode-support.md, one test row per case.
#include "core/eligibility/PasscodeRules.h"
#include "DeviceTestData.h"

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

struct RuleCase
{
    const char *name;
    Device device;
    int row;
    std::optional<RemoteAction> allowed; ///< the one action allowed, or none
    Scope scope;
    int cautions; ///< number of cautions on the allowed action (the check-in caution excluded)
};

Device withRegistered(Device d, bool registered)
{
    d.azureADRegistered = registered;
    return d;
}

std::vector<RuleCase> ruleCases()
{
    using E = EnrollmentType;
    using J = JoinType;
    return {
        {"row1_ios_ade", makeDevice("iOS", "17.5", E::AppleBulkWithUser, "iPhone"), 1,
         RemoteAction::RemovePasscode, Scope::Device, 1},
        {"row1_ipados_company_portal", makeDevice("iPadOS", "18.1", E::UserEnrollment, "iPad"), 1,
         RemoteAction::RemovePasscode, Scope::Device, 1},
        {"row1_ios_personal_cautioned",
         makeDevice("iOS", "17.5", E::UserEnrollment, "iPhone", J::NotReported, Ownership::Personal), 1,
         RemoteAction::RemovePasscode, Scope::Device, 2},
        {"row2_ios_user_enrollment", makeDevice("iOS", "17.5", E::AppleUserEnrollment, "iPhone"), 2,
         std::nullopt, Scope::None, 0},
        {"row2_ios_account_driven", makeDevice("iOS", "18.0", E::AppleAccountDrivenUserEnrollment, "iPhone"),
         2, std::nullopt, Scope::None, 0},
        {"row3_macos", makeDevice("macOS", "14.6", E::AppleBulkWithUser, "macMDM"), 3, std::nullopt,
         Scope::None, 0},
        {"row4_windows_desktop",
         makeDevice("Windows", "10.0.22631.4460", E::WindowsAzureADJoin, "desktop", J::AzureADJoined), 4,
         std::nullopt, Scope::None, 0},
        {"row5_windows_phone_81",
         withRegistered(
             makeDevice("Windows Phone", "8.10.14219.341", E::UserEnrollment, "windowsPhone", J::Unknown),
             false),
         5, RemoteAction::ResetPasscode, Scope::Device, 0},
        {"row5_w10m_anniversary_not_joined",
         makeDevice("Windows Mobile", "10.0.14393.2551", E::UserEnrollment, "windowsPhone", J::Unknown), 5,
         RemoteAction::ResetPasscode, Scope::Device, 0},
        {"row6_w10m_creators_joined",
         makeDevice("Windows Mobile", "10.0.15063.1805", E::WindowsAzureADJoin, "windowsPhone",
                    J::AzureADJoined),
         6, RemoteAction::PinReset, Scope::Device, 1},
        {"row6_v1_registered_means_joined",
         withRegistered(makeDevice("Windows Mobile", "10.0.15254.603", E::WindowsAzureADJoin), true), 6,
         RemoteAction::PinReset, Scope::Device, 1},
        {"row7_w10m_creators_not_joined",
         makeDevice("Windows Mobile", "10.0.15254.603", E::UserEnrollment, "windowsPhone", J::Unknown), 7,
         RemoteAction::ResetPasscode, Scope::Device, 0},
        {"row8_w10m_before_creators_joined",
         makeDevice("Windows Mobile", "10.0.14393.2551", E::WindowsAzureADJoin, "windowsPhone",
                    J::AzureADJoined),
         8, std::nullopt, Scope::None, 0},
        {"row9_android_admin_6", makeDevice("Android", "6.0.1", E::UserEnrollment, "android"), 9,
         RemoteAction::ResetPasscode, Scope::Device, 1},
        {"row10_android_admin_7", makeDevice("Android", "7.0", E::UserEnrollment, "android"), 10,
         std::nullopt, Scope::None, 0},
        {"row10_android_admin_no_version", makeDevice("Android", "", E::UserEnrollment, "android"), 10,
         std::nullopt, Scope::None, 0},
        {"row11_dedicated",
         makeDevice("Android", "13", E::AndroidEnterpriseDedicatedDevice, "androidEnterprise"), 11,
         RemoteAction::ResetPasscode, Scope::Device, 1},
        {"row12_aosp_user",
         makeDevice("Android", "12", E::AndroidAOSPUserOwnedDeviceEnrollment, "androidEnterprise"), 12,
         RemoteAction::ResetPasscode, Scope::Device, 1},
        {"row12_aosp_userless", makeDevice("Android", "10", E::AndroidAOSPUserlessDeviceEnrollment), 12,
         RemoteAction::ResetPasscode, Scope::Device, 1},
        {"row13_fully_managed",
         makeDevice("Android", "14", E::AndroidEnterpriseFullyManaged, "androidEnterprise"), 13,
         RemoteAction::ResetPasscode, Scope::WorkProfile, 1},
        {"row14_cope",
         makeDevice("Android", "12", E::AndroidEnterpriseCorporateWorkProfile, "androidEnterprise"), 14,
         RemoteAction::ResetPasscode, Scope::WorkProfile, 2},
        {"row15_personal_work_profile",
         makeDevice("Android", "11", E::UserEnrollment, "androidForWork", J::NotReported,
                    Ownership::Personal),
         15, RemoteAction::ResetPasscode, Scope::WorkProfile, 2},
        {"row15_personal_work_profile_8_0",
         makeDevice("Android", "8.0.0", E::UserEnrollment, "androidForWork", J::NotReported,
                    Ownership::Personal),
         15, RemoteAction::ResetPasscode, Scope::WorkProfile, 2},
        {"row16_work_profile_7",
         makeDevice("Android", "7.1.2", E::UserEnrollment, "androidForWork", J::NotReported,
                    Ownership::Personal),
         16, std::nullopt, Scope::None, 0},
        {"row17_linux", makeDevice("Linux", "6.5", E::Unknown, "linux"), 17, std::nullopt, Scope::None, 0},
        {"row17_chromeos", makeDevice("ChromeOS", "120", E::Unknown, "chromeOS"), 17, std::nullopt,
         Scope::None, 0},
        {"row17_empty_os", makeDevice("", "", E::Unknown, ""), 17, std::nullopt, Scope::None, 0},
        {"row17_android_v1_mode_unknown", makeDevice("Android", "12", E::UserEnrollment, ""), 17,
         std::nullopt, Scope::None, 0},
    };
}

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
