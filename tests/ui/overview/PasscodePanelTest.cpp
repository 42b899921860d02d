// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/overview/PasscodePanel.h"
#include "UiTestSupport.h"
#include "fakes/ManualClock.h"

#include <gtest/gtest.h>

#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace passcode;
using namespace std::chrono_literals;
using actions::ActionState;
using actions::RemoteAction;
using passcode::ui::PasscodePanel;

namespace {

class ui_PasscodePanel : public ::testing::Test
{
protected:
    passcode::testing::ManualClock clock;
    PasscodePanel panel{clock};
    devices::Device android = uitest::makeDevice(4);

    actions::TrackedAction action(ActionState state, RemoteAction kind = RemoteAction::ResetPasscode,
                                  std::optional<QString> passcode = std::nullopt)
    {
        actions::TrackedAction a;
        a.key = {android.id, kind};
        a.state = state;
        a.requestedAt = clock.now().addSecs(-125);
        a.stateSince = clock.now().addSecs(-60);
        a.passcode = std::move(passcode);
        if (a.passcode)
            a.passcodeExpiry = clock.now().addDays(7);
        return a;
    }

    void TearDown() override { QGuiApplication::clipboard()->clear(); }
};

TEST_F(ui_PasscodePanel, ACodeIsMaskedUntilShown)
{
    panel.setAction(android, action(ActionState::Done, RemoteAction::ResetPasscode, QStringLiteral("482913")),
                    eligibility::Scope::Device);
    EXPECT_EQ(panel.mode(), PasscodePanel::Mode::Code);
    EXPECT_EQ(panel.shownCode(), QStringLiteral("••• •••"));
    EXPECT_FALSE(panel.isRevealed());
    panel.findChild<QToolButton *>(QStringLiteral("passcodeReveal"))->click();
    EXPECT_TRUE(panel.isRevealed());
    EXPECT_EQ(panel.shownCode(), QStringLiteral("482 913"));
    panel.findChild<QToolButton *>(QStringLiteral("passcodeReveal"))->click();
    EXPECT_EQ(panel.shownCode(), QStringLiteral("••• •••"));
    EXPECT_TRUE(panel.readingHint().startsWith(QStringLiteral("Numeric")));
}

TEST_F(ui_PasscodePanel, AnAlphanumericCodeGetsAKeypadHintAndAPhoneticReadingWhenShown)
{
    panel.setAction(android,
                    action(ActionState::Done, RemoteAction::ResetPasscode, QStringLiteral("aB3dE6gH")),
                    eligibility::Scope::WorkProfile);
    EXPECT_TRUE(panel.readingHint().startsWith(QStringLiteral("Alphanumeric")));
    EXPECT_FALSE(panel.readingHint().contains(QStringLiteral("BRAVO"))); // nothing readable while masked
    panel.setRevealed(true);
    EXPECT_EQ(panel.shownCode(), QStringLiteral("aB3d E6gH"));
    EXPECT_TRUE(panel.readingHint().contains(QStringLiteral("alfa (lower case), BRAVO (capital), three")));
    EXPECT_EQ(panel.headline(), QStringLiteral("New work-profile passcode"));
}

TEST_F(ui_PasscodePanel, AnotherCodeIsMaskedAgain)
{
    panel.setAction(android, action(ActionState::Done, RemoteAction::ResetPasscode, QStringLiteral("482913")),
                    eligibility::Scope::Device);
    panel.setRevealed(true);
    panel.setAction(android, action(ActionState::Done, RemoteAction::ResetPasscode, QStringLiteral("111222")),
                    eligibility::Scope::Device);
    EXPECT_FALSE(panel.isRevealed());
}

TEST_F(ui_PasscodePanel, ShowsTheTimeLeftOfItsSevenDays)
{
    panel.setAction(android, action(ActionState::Done, RemoteAction::ResetPasscode, QStringLiteral("482913")),
                    eligibility::Scope::Device);
    const auto *times = panel.findChild<QWidget *>(QStringLiteral("passcodeTimes"));
    ASSERT_TRUE(times);
    EXPECT_TRUE(panel.findChild<QLabel *>(QStringLiteral("passcodeTimes"))
                    ->text()
                    .contains(QStringLiteral("7 day(s) 0 h left")));
}

TEST_F(ui_PasscodePanel, ACodePastItsSevenDaysIsNoLongerShown)
{
    actions::TrackedAction a =
        action(ActionState::Done, RemoteAction::ResetPasscode, QStringLiteral("482913"));
    panel.setAction(android, a, eligibility::Scope::Device);
    EXPECT_EQ(panel.mode(), PasscodePanel::Mode::Code);
    clock.advanceSecs(7 * 86400 + 1);
    panel.setAction(android, a, eligibility::Scope::Device);
    EXPECT_EQ(panel.mode(), PasscodePanel::Mode::CodeExpired);
    EXPECT_TRUE(panel.shownCode().isEmpty());
}

TEST_F(ui_PasscodePanel, CopyClearsTheClipboardAfterTheDelayIfItStillHoldsTheCode)
{
    panel.setClipboardClearDelay(50ms);
    panel.setAction(android, action(ActionState::Done, RemoteAction::ResetPasscode, QStringLiteral("482913")),
                    eligibility::Scope::Device);
    QSignalSpy cleared(&panel, &PasscodePanel::clipboardCleared);
    panel.findChild<QToolButton *>(QStringLiteral("passcodeCopy"))->click();
    EXPECT_EQ(QGuiApplication::clipboard()->text(), QStringLiteral("482913"));
    EXPECT_TRUE(ui::SecretClipboard::isMarkedSecret(QGuiApplication::clipboard()->mimeData()));
    ASSERT_TRUE(cleared.wait(5000));
    EXPECT_TRUE(QGuiApplication::clipboard()->text().isEmpty());
}

TEST_F(ui_PasscodePanel, CopyLeavesAClipboardChangedMeanwhileAlone)
{
    panel.setClipboardClearDelay(50ms);
    panel.setAction(android, action(ActionState::Done, RemoteAction::ResetPasscode, QStringLiteral("482913")),
                    eligibility::Scope::Device);
    QSignalSpy cleared(&panel, &PasscodePanel::clipboardCleared);
    panel.copyCode();
    QGuiApplication::clipboard()->setText(QStringLiteral("the technician's own text"));
    QTest::qWait(200);
    EXPECT_EQ(cleared.count(), 0);
    EXPECT_EQ(QGuiApplication::clipboard()->text(), QStringLiteral("the technician's own text"));
}

TEST_F(ui_PasscodePanel, TheDefaultDelayIsSixtySeconds)
{
    EXPECT_EQ(panel.clipboardClearDelay(), 60000ms);
}

TEST_F(ui_PasscodePanel, WaitingSaysTheDeviceMustCheckIn)
{
    android.lastSyncDateTime = clock.now().addDays(-3);
    panel.setAction(android, action(ActionState::Pending), eligibility::Scope::WorkProfile);
    EXPECT_EQ(panel.mode(), PasscodePanel::Mode::Waiting);
    EXPECT_TRUE(panel.details().contains(QStringLiteral("must check in")));
    const QString times = panel.findChild<QLabel *>(QStringLiteral("passcodeTimes"))->text();
    EXPECT_TRUE(times.contains(QStringLiteral("2 min 5 s ago"))) << qPrintable(times);
    EXPECT_TRUE(times.contains(QStringLiteral("3 day(s) ago"))) << qPrintable(times);
    EXPECT_TRUE(panel.shownCode().isEmpty());
}

TEST_F(ui_PasscodePanel, AnIosRemovalSaysThePasscodeWasRemoved)
{
    const devices::Device ios =
        uitest::makeDevice(1, QStringLiteral("iOS"), devices::EnrollmentType::AppleBulkWithUser);
    actions::TrackedAction a = action(ActionState::Done, RemoteAction::RemovePasscode);
    a.key.deviceId = ios.id;
    panel.setAction(ios, a, eligibility::Scope::Device);
    EXPECT_EQ(panel.mode(), PasscodePanel::Mode::Removed);
    EXPECT_TRUE(panel.details().contains(QStringLiteral(
        "The passcode was removed; if a passcode policy applies, the user will be asked to set a new one.")));
}

TEST_F(ui_PasscodePanel, FailuresShowTheLikelyFix)
{
    actions::TrackedAction failed = action(ActionState::Failed);
    failed.errorCode = 1001;
    panel.setAction(android, failed, eligibility::Scope::WorkProfile);
    EXPECT_EQ(panel.mode(), PasscodePanel::Mode::Failed);
    EXPECT_TRUE(
        panel.details().contains(QStringLiteral("no device configuration policy that requires a passcode")));
    EXPECT_TRUE(panel.details().contains(QStringLiteral("1001")));

    const devices::Device ios =
        uitest::makeDevice(1, QStringLiteral("iOS"), devices::EnrollmentType::AppleBulkWithUser);
    actions::TrackedAction removal = action(ActionState::Failed, RemoteAction::RemovePasscode);
    removal.key.deviceId = ios.id;
    panel.setAction(ios, removal, eligibility::Scope::Device);
    EXPECT_TRUE(panel.details().contains(QStringLiteral("wrong unlock token")));
    EXPECT_TRUE(panel.details().contains(QStringLiteral("wipe")));
}

TEST_F(ui_PasscodePanel, AWorkProfileNotSupportedNamesTheResetToken)
{
    devices::Device wp =
        uitest::makeDevice(8, QStringLiteral("Android"), devices::EnrollmentType::UserEnrollment);
    wp.deviceType = QStringLiteral("androidForWork");
    wp.ownership = devices::Ownership::Personal;
    panel.setAction(wp, action(ActionState::NotSupported), eligibility::Scope::WorkProfile);
    EXPECT_EQ(panel.mode(), PasscodePanel::Mode::NotSupported);
    EXPECT_TRUE(panel.details().contains(QStringLiteral("has not activated the work-profile reset token")));
}

TEST_F(ui_PasscodePanel, AnUnknownOutcomeSaysSoAndThatPollingGoesOn)
{
    panel.setAction(android, action(ActionState::Unknown), eligibility::Scope::Device);
    EXPECT_EQ(panel.mode(), PasscodePanel::Mode::Unknown);
    EXPECT_TRUE(panel.headline().contains(QStringLiteral("outcome unknown")));
    EXPECT_TRUE(panel.details().contains(QStringLiteral("keeps polling")));
    EXPECT_TRUE(panel.details().contains(QStringLiteral("not sent again")));
}

} // namespace

TEST_F(ui_PasscodePanel, AGatedCodeCannotBeShownOrCopiedAndSaysWhy)
{
    panel.setAction(android, action(ActionState::Done, RemoteAction::ResetPasscode, QStringLiteral("482913")),
                    eligibility::Scope::Device);
    auto *reveal = panel.findChild<QToolButton *>(QStringLiteral("passcodeReveal"));
    auto *copy = panel.findChild<QToolButton *>(QStringLiteral("passcodeCopy"));
    auto *hint = panel.findChild<QLabel *>(QStringLiteral("passcodeGateHint"));
    ASSERT_TRUE(reveal && copy && hint);
    reveal->click();
    ASSERT_TRUE(panel.isRevealed());

    panel.setSecretGate(QStringLiteral("Verify the caller first."));
    EXPECT_FALSE(panel.isRevealed()); // a shown code is masked at once
    EXPECT_EQ(panel.shownCode(), QStringLiteral("••• •••"));
    EXPECT_FALSE(reveal->isEnabled());
    EXPECT_FALSE(copy->isEnabled());
    EXPECT_EQ(copy->accessibleDescription(), QStringLiteral("Verify the caller first."));
    EXPECT_FALSE(hint->isHidden());
    EXPECT_EQ(hint->text(), QStringLiteral("Verify the caller first."));
    panel.setRevealed(true);
    EXPECT_FALSE(panel.isRevealed());
    panel.copyCode();
    EXPECT_NE(QGuiApplication::clipboard()->text(), QStringLiteral("482913"));

    panel.setSecretGate({});
    EXPECT_TRUE(reveal->isEnabled());
    EXPECT_TRUE(copy->isEnabled());
    EXPECT_TRUE(hint->isHidden());
    panel.copyCode();
    EXPECT_EQ(QGuiApplication::clipboard()->text(), QStringLiteral("482913"));
}
