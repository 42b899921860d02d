// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/overview/ActionBar.h"
#include "UiTestSupport.h"
#include "core/eligibility/PasscodeRules.h"

#include <gtest/gtest.h>

#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace passcode;
using actions::RemoteAction;
using passcode::ui::ActionBar;

namespace {

eligibility::EvaluationContext context()
{
    eligibility::EvaluationContext c;
    c.now = QDateTime(QDate(2026, 10, 5), QTime(9, 0), Qt::UTC);
    return c;
}

TEST(ui_ActionBar, AnEligibleDeviceEnablesItsActionWithScopeAndCautions)
{
    ActionBar bar;
    const devices::Device d = uitest::makeDevice(4); // Android Enterprise fully managed
    bar.setVerdicts(eligibility::PasscodeRules::evaluateAll(d, context()));
    QPushButton *reset = bar.button(RemoteAction::ResetPasscode);
    EXPECT_TRUE(reset->isEnabled());
    EXPECT_EQ(reset->text(), QStringLiteral("Reset passcode (work profile)"));
    EXPECT_TRUE(bar.explanation(RemoteAction::ResetPasscode).contains(QStringLiteral("work profile")));
    EXPECT_TRUE(bar.explanation(RemoteAction::ResetPasscode).contains(QStringLiteral("passcode")));
    // The Android caution (a passcode policy must exist) is shown beside the enabled button.
    EXPECT_TRUE(
        bar.explanation(RemoteAction::ResetPasscode).contains(QStringLiteral("configuration policy")));
    // The others say why not, in the tooltip and on the page.
    for (RemoteAction a : {RemoteAction::RemovePasscode, RemoteAction::PinReset}) {
        EXPECT_FALSE(bar.button(a)->isEnabled());
        EXPECT_TRUE(bar.button(a)->toolTip().startsWith(QStringLiteral("Not available: ")));
        EXPECT_TRUE(bar.explanation(a).contains(QStringLiteral("it takes Reset passcode")));
    }
    EXPECT_TRUE(bar.sourceText().contains(QStringLiteral("row 13")));
}

TEST(ui_ActionBar, AnIneligibleDeviceDisablesEverythingAndSaysWhy)
{
    ActionBar bar;
    const devices::Device d =
        uitest::makeDevice(2, QStringLiteral("Windows"), devices::EnrollmentType::WindowsAzureADJoin);
    bar.setVerdicts(eligibility::PasscodeRules::evaluateAll(d, context()));
    for (RemoteAction a : actions::kAllRemoteActions) {
        QPushButton *button = bar.button(a);
        EXPECT_FALSE(button->isEnabled());
        EXPECT_TRUE(button->toolTip().contains(QStringLiteral("Windows 10/11 desktop")));
        EXPECT_TRUE(bar.explanation(a).contains(QStringLiteral("Windows 10/11 desktop")));
    }
}

TEST(ui_ActionBar, AnActionAlreadyPendingBlocksAndSaysSince)
{
    ActionBar bar;
    devices::Device d =
        uitest::makeDevice(1, QStringLiteral("iOS"), devices::EnrollmentType::AppleBulkWithUser);
    eligibility::EvaluationContext c = context();
    c.localInFlight = eligibility::InFlightAction{RemoteAction::RemovePasscode, c.now.addSecs(-600)};
    bar.setVerdicts(eligibility::PasscodeRules::evaluateAll(d, c));
    EXPECT_FALSE(bar.button(RemoteAction::RemovePasscode)->isEnabled());
    EXPECT_TRUE(bar.explanation(RemoteAction::RemovePasscode).contains(QStringLiteral("already pending")));
}

TEST(ui_ActionBar, ClickingAnEnabledButtonAsksForTheAction)
{
    ActionBar bar;
    bar.setVerdicts(eligibility::PasscodeRules::evaluateAll(uitest::makeDevice(4), context()));
    QSignalSpy triggered(&bar, &ActionBar::actionTriggered);
    QTest::mouseClick(bar.button(RemoteAction::ResetPasscode), Qt::LeftButton);
    QTest::mouseClick(bar.button(RemoteAction::PinReset), Qt::LeftButton); // disabled: nothing
    ASSERT_EQ(triggered.count(), 1);
    EXPECT_EQ(triggered.at(0).at(0).value<RemoteAction>(), RemoteAction::ResetPasscode);
}

TEST(ui_ActionBar, WithoutVerdictsNothingCanBeSent)
{
    ActionBar bar;
    bar.clear();
    for (RemoteAction a : actions::kAllRemoteActions) {
        EXPECT_FALSE(bar.button(a)->isEnabled());
        EXPECT_FALSE(bar.button(a)->toolTip().isEmpty());
    }
}

} // namespace

TEST(ui_ActionBar, SyncIsHiddenWithoutAServiceAndFollowsItsVerdict)
{
    ActionBar bar;
    bar.show();
    EXPECT_FALSE(bar.syncButton()->isVisible()); // no SyncService: no Sync

    const QDateTime now = context().now;
    const devices::Device android = uitest::makeDevice(4);
    bar.setSync(eligibility::SyncRules::evaluate(android, now));
    EXPECT_TRUE(bar.syncButton()->isVisible());
    EXPECT_TRUE(bar.syncButton()->isEnabled());
    EXPECT_EQ(bar.syncButton()->text(), QStringLiteral("Sync"));
    EXPECT_TRUE(bar.syncButton()->focusPolicy() & Qt::TabFocus); // reachable from the keyboard
    EXPECT_TRUE(bar.syncButton()->accessibleDescription().contains(QStringLiteral("check in")));
    EXPECT_TRUE(bar.syncExplanation().contains(QStringLiteral("check in")));

    devices::Device other = uitest::makeDevice(5, QStringLiteral("Linux"), devices::EnrollmentType::Unknown);
    bar.setSync(eligibility::SyncRules::evaluate(other, now));
    EXPECT_FALSE(bar.syncButton()->isEnabled());
    EXPECT_TRUE(bar.syncButton()->toolTip().startsWith(QStringLiteral("Not available: ")));
    EXPECT_TRUE(bar.syncExplanation().contains(QStringLiteral("Linux"))) << qPrintable(bar.syncExplanation());
    EXPECT_TRUE(bar.syncButton()->accessibleDescription().contains(QStringLiteral("Linux")));

    // The last Sync's status is shown and read out.
    bar.setSync(eligibility::SyncRules::evaluate(android, now), QStringLiteral("Sync sent at 10:42."));
    EXPECT_TRUE(bar.syncExplanation().contains(QStringLiteral("Sync sent at 10:42.")));
    EXPECT_TRUE(bar.syncButton()->accessibleDescription().contains(QStringLiteral("Sync sent at 10:42.")));

    bar.setSyncWaiting();
    EXPECT_FALSE(bar.syncButton()->isEnabled());
    QSignalSpy triggered(&bar, &ActionBar::syncTriggered);
    bar.setSync(eligibility::SyncRules::evaluate(android, now));
    bar.syncButton()->setFocus();
    QTest::keyClick(bar.syncButton(), Qt::Key_Space);
    EXPECT_EQ(triggered.size(), 1);
    bar.setSync(std::nullopt);
    EXPECT_FALSE(bar.syncButton()->isVisible());
}
