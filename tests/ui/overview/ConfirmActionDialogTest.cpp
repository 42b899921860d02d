// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/overview/ConfirmActionDialog.h"
#include "UiTestSupport.h"
#include "core/eligibility/PasscodeRules.h"

#include <gtest/gtest.h>

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace passcode;
using actions::RemoteAction;
using passcode::ui::ConfirmActionDialog;

namespace {

ui::ConfirmRequest request(RemoteAction action = RemoteAction::ResetPasscode)
{
    ui::ConfirmRequest r;
    r.device = uitest::makeDevice(4);
    r.device.deviceName = QStringLiteral("KIOSK-LOBBY-01");
    r.action = action;
    r.verdict = eligibility::PasscodeRules::evaluate(r.device, action, {});
    r.tenantName = QStringLiteral("contoso.example");
    r.sandbox = true;
    return r;
}

QString allText(const QWidget &w)
{
    QString text;
    for (const QLabel *label : w.findChildren<QLabel *>())
        text += label->text() + QLatin1Char('\n');
    return text;
}

TEST(ui_ConfirmActionDialog, ShowsTheDeviceItsUserPlatformAndWhatWillHappen)
{
    ConfirmActionDialog dialog(request());
    const QString text = allText(dialog);
    EXPECT_TRUE(text.contains(QStringLiteral("KIOSK-LOBBY-01")));
    EXPECT_TRUE(text.contains(QStringLiteral("user4@contoso.example")));
    EXPECT_TRUE(text.contains(QStringLiteral("Android")));
    EXPECT_TRUE(text.contains(QStringLiteral("contoso.example — training data, no real devices")));
    EXPECT_TRUE(text.contains(
        ConfirmActionDialog::effectText(RemoteAction::ResetPasscode, eligibility::Scope::WorkProfile)));
    EXPECT_TRUE(text.contains(QStringLiteral("configuration policy"))); // the caution
}

TEST(ui_ConfirmActionDialog, CancelIsTheDefaultAndEnterCancels)
{
    ConfirmActionDialog dialog(request());
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    EXPECT_TRUE(dialog.cancelButton()->isDefault());
    EXPECT_FALSE(dialog.sendButton()->isDefault());
    EXPECT_FALSE(dialog.sendButton()->autoDefault());
    QSignalSpy confirmed(&dialog, &ConfirmActionDialog::confirmed);
    QTest::keyClick(&dialog, Qt::Key_Return);
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_FALSE(dialog.isVisible());
    EXPECT_EQ(confirmed.count(), 0);
}

TEST(ui_ConfirmActionDialog, EscapeCancels)
{
    ConfirmActionDialog dialog(request());
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy confirmed(&dialog, &ConfirmActionDialog::confirmed);
    QSignalSpy rejected(&dialog, &QDialog::rejected);
    QTest::keyClick(&dialog, Qt::Key_Escape);
    EXPECT_EQ(rejected.count(), 1);
    EXPECT_EQ(confirmed.count(), 0);
}

TEST(ui_ConfirmActionDialog, ADoubleClickSendsOnce)
{
    ConfirmActionDialog dialog(request());
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    auto *ticket = dialog.findChild<QLineEdit *>(QStringLiteral("ticketEdit"));
    ASSERT_TRUE(ticket);
    ticket->setText(QStringLiteral("  INC0012345  "));
    QSignalSpy confirmed(&dialog, &ConfirmActionDialog::confirmed);
    QPushButton *send = dialog.sendButton();
    QTest::mouseClick(send, Qt::LeftButton);
    QTest::mouseClick(send, Qt::LeftButton);
    QTest::mouseDClick(send, Qt::LeftButton);
    dialog.accept(); // and a programmatic second accept
    ASSERT_EQ(confirmed.count(), 1);
    EXPECT_EQ(confirmed.at(0).at(0).toString(), QStringLiteral("INC0012345"));
    EXPECT_FALSE(send->isEnabled());
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
}

TEST(ui_ConfirmActionDialog, RemovalSaysNoCodeIsGenerated)
{
    ui::ConfirmRequest r = request(RemoteAction::RemovePasscode);
    r.device = uitest::makeDevice(1, QStringLiteral("iOS"), devices::EnrollmentType::AppleBulkWithUser);
    r.verdict = eligibility::PasscodeRules::evaluate(r.device, RemoteAction::RemovePasscode, {});
    ConfirmActionDialog dialog(r);
    EXPECT_TRUE(allText(dialog).contains(QStringLiteral("No new code is generated")));
    EXPECT_TRUE(allText(dialog).contains(QStringLiteral("wipe"))); // the unlock-token caution
}

} // namespace
