// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/bulk/BulkPlanDialog.h"

#include <gtest/gtest.h>

#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace passcode;
using passcode::actions::BulkPlan;
using passcode::actions::PlanItem;
using passcode::actions::RemoteAction;
using passcode::actions::SkipReason;
using passcode::ui::BulkPlanDialog;

namespace {

/** @p eligible iOS removals, @p workProfile Android work-profile resets, and one device per skip reason. */
BulkPlan makePlan(int eligible, int workProfile = 0)
{
    BulkPlan plan;
    for (int i = 0; i < eligible; ++i) {
        PlanItem item;
        item.deviceId = QStringLiteral("ios-%1").arg(i);
        item.deviceName = QStringLiteral("iPad-%1").arg(i);
        item.action = RemoteAction::RemovePasscode;
        item.scope = eligibility::Scope::Device;
        plan.items.append(item);
    }
    for (int i = 0; i < workProfile; ++i) {
        PlanItem item;
        item.deviceId = QStringLiteral("and-%1").arg(i);
        item.deviceName = QStringLiteral("Scanner-%1").arg(i);
        item.action = RemoteAction::ResetPasscode;
        item.scope = eligibility::Scope::WorkProfile;
        item.cautions << QStringLiteral("A device configuration policy must already require a passcode.");
        plan.items.append(item);
    }
    const std::pair<SkipReason, const char *> skipped[] = {
        {SkipReason::NotEligible, "Windows 10/11 desktop passcodes cannot be reset by Intune."},
        {SkipReason::AlreadyPending, "Reset passcode is already pending for this device."},
        {SkipReason::NotFound, "Not found."}};
    int n = 0;
    for (const auto &[reason, text] : skipped) {
        PlanItem item;
        item.deviceId = QStringLiteral("skip-%1").arg(n);
        item.deviceName = QStringLiteral("Skipped-%1").arg(n++);
        item.skip = reason;
        item.skipText = QString::fromUtf8(text);
        plan.items.append(item);
    }
    return plan;
}

TEST(ui_BulkPlanDialog, ShowsCountsPerActionAndScopeAndSkippedDevicesGroupedByReason)
{
    BulkPlanDialog dialog(QStringLiteral("Contoso"));
    dialog.setPlan(makePlan(3, 2));
    ASSERT_TRUE(dialog.isPlanShown());
    EXPECT_TRUE(dialog.countsText().contains(QStringLiteral("3 device(s): Remove passcode (device)")));
    EXPECT_TRUE(dialog.countsText().contains(QStringLiteral("2 device(s): Reset passcode (work profile)")));
    QTreeWidget *skipped = dialog.skippedTree();
    ASSERT_EQ(skipped->topLevelItemCount(), 3); // one group per reason
    EXPECT_TRUE(skipped->topLevelItem(0)->text(0).startsWith(QStringLiteral("Not eligible")));
    ASSERT_EQ(skipped->topLevelItem(0)->childCount(), 1);
    EXPECT_EQ(skipped->topLevelItem(0)->child(0)->text(0), QStringLiteral("Skipped-0"));
    EXPECT_TRUE(skipped->topLevelItem(0)->child(0)->text(1).contains(QStringLiteral("Windows")));
}

TEST(ui_BulkPlanDialog, TheConfirmationNamesTheTenantTheCountsAndTheActions)
{
    BulkPlanDialog dialog(QStringLiteral("Contoso Kiosks"));
    dialog.setPlan(makePlan(3, 2));
    const QString text = dialog.confirmationText();
    EXPECT_TRUE(text.contains(QStringLiteral("Contoso Kiosks"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Remove passcode (device) to 3 device(s)")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Reset passcode (work profile) to 2 device(s)")));
    EXPECT_TRUE(text.contains(QStringLiteral("5 device(s) in all")));
}

TEST(ui_BulkPlanDialog, CancelIsTheDefaultAndEnterNeverSends)
{
    BulkPlanDialog dialog(QStringLiteral("Contoso"));
    QSignalSpy confirmed(&dialog, &BulkPlanDialog::confirmed);
    dialog.setPlan(makePlan(3));
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    EXPECT_TRUE(dialog.cancelButton()->isDefault());
    EXPECT_FALSE(dialog.sendButton()->isDefault());
    QTest::keyClicks(dialog.ticketEdit(), QStringLiteral("INC-1"));
    EXPECT_TRUE(dialog.sendButton()->isEnabled());
    QTest::keyClick(dialog.ticketEdit(), Qt::Key_Return);
    EXPECT_EQ(confirmed.count(), 0);
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
}

TEST(ui_BulkPlanDialog, TheTicketIsRequired)
{
    BulkPlanDialog dialog(QStringLiteral("Contoso"));
    QSignalSpy confirmed(&dialog, &BulkPlanDialog::confirmed);
    dialog.setPlan(makePlan(3));
    EXPECT_FALSE(dialog.canConfirm());
    EXPECT_FALSE(dialog.sendButton()->isEnabled());
    EXPECT_TRUE(dialog.sendButton()->toolTip().contains(QStringLiteral("ticket")));
    dialog.ticketEdit()->setText(QStringLiteral("   "));
    EXPECT_FALSE(dialog.sendButton()->isEnabled()); // blanks are no ticket
    dialog.ticketEdit()->setText(QStringLiteral(" INC-4711 "));
    ASSERT_TRUE(dialog.sendButton()->isEnabled());
    dialog.sendButton()->click();
    ASSERT_EQ(confirmed.count(), 1);
    EXPECT_EQ(confirmed.first().at(1).toString(), QStringLiteral("INC-4711"));
}

TEST(ui_BulkPlanDialog, UpTo25DevicesNeedNoTypedCount)
{
    BulkPlanDialog dialog(QStringLiteral("Contoso"));
    dialog.setPlan(makePlan(25));
    EXPECT_FALSE(dialog.needsTypedCount());
    EXPECT_TRUE(dialog.countEdit()->isHidden());
    dialog.ticketEdit()->setText(QStringLiteral("INC-1"));
    EXPECT_TRUE(dialog.canConfirm());
}

TEST(ui_BulkPlanDialog, Above25DevicesTheTechnicianTypesTheNumber)
{
    BulkPlanDialog dialog(QStringLiteral("Contoso"));
    QSignalSpy confirmed(&dialog, &BulkPlanDialog::confirmed);
    dialog.setPlan(makePlan(20, 10)); // 30 eligible, 3 skipped
    ASSERT_TRUE(dialog.needsTypedCount());
    EXPECT_FALSE(dialog.countEdit()->isHidden());
    dialog.ticketEdit()->setText(QStringLiteral("INC-1"));
    EXPECT_FALSE(dialog.canConfirm());
    dialog.countEdit()->setText(QStringLiteral("33")); // every device asked, not the eligible ones
    EXPECT_FALSE(dialog.sendButton()->isEnabled());
    dialog.countEdit()->setText(QStringLiteral("29"));
    EXPECT_FALSE(dialog.sendButton()->isEnabled());
    dialog.countEdit()->setText(QStringLiteral("30"));
    ASSERT_TRUE(dialog.sendButton()->isEnabled());
    dialog.ticketEdit()->clear();
    EXPECT_FALSE(dialog.sendButton()->isEnabled()); // the ticket is still required
    dialog.ticketEdit()->setText(QStringLiteral("INC-1"));
    dialog.sendButton()->click();
    EXPECT_EQ(confirmed.count(), 1);
}

TEST(ui_BulkPlanDialog, NothingEligibleCannotBeSent)
{
    BulkPlanDialog dialog(QStringLiteral("Contoso"));
    dialog.setPlan(makePlan(0));
    dialog.ticketEdit()->setText(QStringLiteral("INC-1"));
    EXPECT_FALSE(dialog.canConfirm());
    EXPECT_TRUE(dialog.countsText().contains(QStringLiteral("No selected device")));
}

} // namespace
