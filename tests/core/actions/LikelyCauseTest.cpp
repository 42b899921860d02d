// SPDX-License-Identifier: GPL-3.0-or-later
// core/actions/LikelyCause: the likely cause and fix of a failed or not-supported passcode action.
#include "core/actions/LikelyCause.h"

#include "ActionsTestData.h"
#include "core/actions/PasscodeResult.h"

#include <gtest/gtest.h>

using namespace passcode;
using namespace passcode::actions;
using actionstest::device;
using devices::EnrollmentType;

namespace {

const QDateTime kStart(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);

std::string text(const std::optional<QString> &s)
{
    return s ? s->toStdString() : std::string("(none)");
}

bool says(const std::optional<QString> &cause, const char *needle)
{
    return cause && cause->contains(QString::fromUtf8(needle));
}

devices::Device personalWorkProfile()
{
    devices::Device d = device("Android", "11", EnrollmentType::UserEnrollment, "androidForWork");
    d.ownership = devices::Ownership::Personal;
    return d;
}

devices::Device windowsMobileJoined()
{
    devices::Device d =
        device("Windows Mobile", "10.0.15063.1805", EnrollmentType::WindowsAzureADJoin, "windowsPhone");
    d.joinType = devices::JoinType::AzureADJoined;
    return d;
}

TEST(LikelyCause, AnAndroidFailureIsAMissingPasscodePolicy)
{
    for (const devices::Device &d :
         {actionstest::dedicatedAndroid(), personalWorkProfile(),
          device("Android", "14", EnrollmentType::AndroidEnterpriseFullyManaged, "androidEnterprise")}) {
        const auto cause = LikelyCause::of(d, RemoteAction::ResetPasscode, ActionState::Failed);
        EXPECT_TRUE(says(cause, "no device configuration policy that requires a passcode")) << text(cause);
        EXPECT_TRUE(says(cause, "Fix:")) << text(cause);
    }
}

TEST(LikelyCause, AnIosRemovalFailureIsAWrongUnlockToken)
{
    const devices::Device ios = device("iOS", "17.5", EnrollmentType::AppleBulkWithUser, "iPhone");
    const auto cause = LikelyCause::of(ios, RemoteAction::RemovePasscode, ActionState::Failed);
    EXPECT_TRUE(says(cause, "wrong unlock token")) << text(cause);
    EXPECT_TRUE(says(cause, "wipe")) << text(cause);
}

TEST(LikelyCause, APinResetFailureIsThePinResetService)
{
    const auto cause = LikelyCause::of(windowsMobileJoined(), RemoteAction::PinReset, ActionState::Failed);
    EXPECT_TRUE(says(cause, "PIN Reset Service")) << text(cause);
}

TEST(LikelyCause, AnUnexplainedFailureSaysWhereToLook)
{
    const devices::Device phone =
        device("Windows Mobile", "10.0.14393.2551", EnrollmentType::UserEnrollment, "windowsPhone");
    const auto cause = LikelyCause::of(phone, RemoteAction::ResetPasscode, ActionState::Failed);
    EXPECT_TRUE(says(cause, "Intune admin center")) << text(cause);
}

TEST(LikelyCause, NotSupportedOnAWorkProfileIsTheResetToken)
{
    // A work-profile device, and a device whose platform scope is the work profile (fully managed).
    for (const devices::Device &d :
         {personalWorkProfile(),
          device("Android", "12", EnrollmentType::AndroidEnterpriseCorporateWorkProfile, "androidEnterprise"),
          device("Android", "14", EnrollmentType::AndroidEnterpriseFullyManaged, "androidEnterprise")}) {
        const auto cause = LikelyCause::of(d, RemoteAction::ResetPasscode, ActionState::NotSupported);
        EXPECT_TRUE(says(cause, "has not activated the work-profile reset token")) << text(cause);
    }
}

TEST(LikelyCause, NotSupportedElsewherePointsAtTheSupportedPlatforms)
{
    const auto cause = LikelyCause::of(actionstest::dedicatedAndroid(), RemoteAction::ResetPasscode,
                                       ActionState::NotSupported);
    EXPECT_TRUE(says(cause, "does not support the action")) << text(cause);
    EXPECT_FALSE(says(cause, "work-profile")) << text(cause);
}

TEST(LikelyCause, OnlyFailedAndNotSupportedHaveOne)
{
    for (ActionState s : {ActionState::None, ActionState::Requested, ActionState::Sent, ActionState::Accepted,
                          ActionState::Unknown, ActionState::Pending, ActionState::Active, ActionState::Done,
                          ActionState::Canceled}) {
        EXPECT_FALSE(LikelyCause::of(actionstest::dedicatedAndroid(), RemoteAction::ResetPasscode, s))
            << stableName(s).toStdString();
    }
}

TEST(LikelyCause, TheLatestGraphResultOfADevice)
{
    devices::Device d = actionstest::dedicatedAndroid();
    EXPECT_FALSE(LikelyCause::ofLatestResult(d)) << "no passcode action result";

    d.actionResults.append(actionstest::passcodeResult(ActionState::Failed, kStart));
    EXPECT_TRUE(says(LikelyCause::ofLatestResult(d), "passcode policy"));

    // A newer result decides.
    d.actionResults.append(actionstest::passcodeResult(ActionState::Done, kStart.addDays(1)));
    EXPECT_FALSE(LikelyCause::ofLatestResult(d));
}

TEST(LikelyCause, AGraphRecoverPasscodeResultIsAPinReset)
{
    devices::Device d = windowsMobileJoined();
    d.actionResults.append(actionstest::passcodeResult(ActionState::Failed, kStart, "recoverPasscode"));
    EXPECT_EQ(passcodeResultAction(d), RemoteAction::PinReset);
    EXPECT_TRUE(says(LikelyCause::ofLatestResult(d), "PIN Reset Service"));

    devices::Device ios = device("iOS", "17.5", EnrollmentType::AppleBulkWithUser, "iPhone");
    ios.actionResults.append(actionstest::passcodeResult(ActionState::Failed, kStart));
    EXPECT_EQ(passcodeResultAction(ios), RemoteAction::RemovePasscode);
    EXPECT_TRUE(says(LikelyCause::ofLatestResult(ios), "wrong unlock token"));
}

TEST(LikelyCause, TheBriefFormIsOneShortSentencePerCauseWithoutTheFix)
{
    const devices::Device ios = device("iOS", "17.5", EnrollmentType::AppleBulkWithUser, "iPhone");
    const devices::Device windows =
        device("Windows", "10.0.22631", EnrollmentType::WindowsAzureADJoin, "Surface Laptop");
    const struct
    {
        devices::Device device;
        RemoteAction action;
        ActionState state;
        const char *needle;
    } cases[] = {
        {actionstest::dedicatedAndroid(), RemoteAction::ResetPasscode, ActionState::Failed,
         "passcode policy"},
        {ios, RemoteAction::RemovePasscode, ActionState::Failed, "wrong unlock token"},
        {windowsMobileJoined(), RemoteAction::PinReset, ActionState::Failed, "PIN Reset Service"},
        {windows, RemoteAction::ResetPasscode, ActionState::Failed, "Intune admin center"},
        {personalWorkProfile(), RemoteAction::ResetPasscode, ActionState::NotSupported, "reset token"},
        {windows, RemoteAction::RemovePasscode, ActionState::NotSupported, "does not support"},
    };
    for (const auto &c : cases) {
        const auto brief = LikelyCause::briefOf(c.device, c.action, c.state);
        EXPECT_TRUE(says(brief, c.needle)) << text(brief);
        EXPECT_FALSE(says(brief, "Fix:")) << text(brief);
        EXPECT_LE(brief.value_or(QString()).size(), 70) << text(brief);
        EXPECT_EQ(brief.value_or(QString()).count(u'.'), 1) << "one sentence: " << text(brief);
        EXPECT_TRUE(LikelyCause::of(c.device, c.action, c.state)) << "the long form exists too";
    }
    for (ActionState s : {ActionState::None, ActionState::Pending, ActionState::Active, ActionState::Done,
                          ActionState::Canceled, ActionState::Unknown}) {
        EXPECT_FALSE(LikelyCause::briefOf(ios, RemoteAction::RemovePasscode, s))
            << stableName(s).toStdString();
    }
}

} // namespace
