// SPDX-License-Identifier: GPL-3.0-or-later
// ui/common/PassphraseDialog: asked twice, must match and be long enough before OK is enabled, usable from
// the keyboard alone, answers through ask()'s callback, and keeps nothing once closed.
#include "ui/common/PassphraseDialog.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <optional>

using passcode::ui::PassphraseDialog;

namespace {

const QString kGood = QStringLiteral("kiosk fleet hall B");

TEST(ui_PassphraseDialog, AMismatchKeepsOkDisabledAndSaysWhy)
{
    PassphraseDialog dialog;
    dialog.setPassphrases(kGood, kGood + QLatin1Char('!'));
    EXPECT_FALSE(dialog.isAcceptable());
    EXPECT_FALSE(dialog.okButton()->isEnabled());
    EXPECT_EQ(dialog.problem(), QStringLiteral("The two passphrases do not match."));
    EXPECT_TRUE(dialog.passphrase().isEmpty());
}

TEST(ui_PassphraseDialog, ATooShortPassphraseKeepsOkDisabledWithTheMinimum)
{
    PassphraseDialog dialog;
    const QString shortOne = QStringLiteral("x").repeated(PassphraseDialog::kMinimumLength - 1);
    dialog.setPassphrases(shortOne, shortOne);
    EXPECT_FALSE(dialog.okButton()->isEnabled());
    EXPECT_TRUE(dialog.problem().contains(QString::number(PassphraseDialog::kMinimumLength)))
        << dialog.problem().toStdString();
    // Characters, not bytes or UTF-16 units: 11 emoji (22 units, 44 bytes) are still too short.
    const QString emoji =
        QString::fromUtf8("\xF0\x9F\x94\x91").repeated(PassphraseDialog::kMinimumLength - 1);
    dialog.setPassphrases(emoji, emoji);
    EXPECT_FALSE(dialog.okButton()->isEnabled());
}

TEST(ui_PassphraseDialog, TheSecondEntryIsRequired)
{
    PassphraseDialog dialog;
    dialog.setPassphrases(kGood, QString());
    EXPECT_FALSE(dialog.okButton()->isEnabled());
    EXPECT_EQ(dialog.problem(), QStringLiteral("Type the passphrase again to confirm it."));
}

TEST(ui_PassphraseDialog, MatchingEntriesEnableOkAndGiveUtf8)
{
    PassphraseDialog dialog;
    const QString accented = QStringLiteral("clé du kiosque 2026");
    dialog.setPassphrases(accented, accented);
    EXPECT_TRUE(dialog.isAcceptable());
    EXPECT_TRUE(dialog.okButton()->isEnabled());
    EXPECT_TRUE(dialog.problem().isEmpty());
    EXPECT_EQ(dialog.passphrase(), accented.toUtf8());
}

TEST(ui_PassphraseDialog, FieldsAreMaskedLabelledAndNamedForAccessibility)
{
    PassphraseDialog dialog;
    for (QLineEdit *field : {dialog.firstField(), dialog.secondField()}) {
        EXPECT_EQ(field->echoMode(), QLineEdit::Password);
        EXPECT_FALSE(field->accessibleName().isEmpty());
    }
    int buddies = 0;
    for (const QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->buddy())
            ++buddies;
    }
    EXPECT_EQ(buddies, 2);
    EXPECT_FALSE(dialog.windowTitle().isEmpty());
}

TEST(ui_PassphraseDialog, KeyboardOnlyEnterDoesNothingUntilBothMatchThenAccepts)
{
    PassphraseDialog dialog;
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    QApplication::setActiveWindow(&dialog);
    ASSERT_EQ(QApplication::focusWidget(), dialog.firstField());

    QTest::keyClicks(QApplication::focusWidget(), kGood);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    ASSERT_EQ(QApplication::focusWidget(), dialog.secondField());
    QTest::keyClicks(QApplication::focusWidget(), kGood.left(kGood.size() - 1));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    EXPECT_TRUE(dialog.isVisible()); // a mismatch: Enter does not accept
    EXPECT_NE(dialog.result(), QDialog::Accepted);

    QTest::keyClicks(QApplication::focusWidget(), kGood.right(1));
    EXPECT_TRUE(dialog.okButton()->isEnabled());
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    EXPECT_EQ(accepted.count(), 1);
    EXPECT_FALSE(dialog.isVisible());
}

TEST(ui_PassphraseDialog, EscapeCancels)
{
    PassphraseDialog dialog;
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy rejected(&dialog, &QDialog::rejected);
    QTest::keyClick(&dialog, Qt::Key_Escape);
    EXPECT_EQ(rejected.count(), 1);
}

TEST(ui_PassphraseDialog, AskAnswersThePassphraseThenClearsTheFields)
{
    QWidget parent;
    QObject context;
    std::optional<QByteArray> answer;
    QPointer<PassphraseDialog> dialog = PassphraseDialog::ask(
        &parent, QStringLiteral("passcodes-1.gpg"), &context, [&answer](QByteArray p) { answer = p; });
    ASSERT_TRUE(dialog);
    EXPECT_NE(dialog->windowModality(), Qt::NonModal);
    bool namesTheFile = false;
    for (const QLabel *label : dialog->findChildren<QLabel *>())
        namesTheFile = namesTheFile || label->text().contains(QStringLiteral("passcodes-1.gpg"));
    EXPECT_TRUE(namesTheFile);

    dialog->setPassphrases(kGood, kGood);
    QLineEdit *first = dialog->firstField();
    dialog->okButton()->click();
    ASSERT_TRUE(answer.has_value());
    EXPECT_EQ(*answer, kGood.toUtf8());
    EXPECT_TRUE(first->text().isEmpty()); // cleared right after answering
    QTest::qWait(0);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_TRUE(dialog.isNull()); // deleted on close
}

TEST(ui_PassphraseDialog, AskAnswersAnEmptyArrayOnCancel)
{
    QWidget parent;
    QObject context;
    std::optional<QByteArray> answer;
    PassphraseDialog *dialog =
        PassphraseDialog::ask(&parent, QString(), &context, [&answer](QByteArray p) { answer = p; });
    dialog->setPassphrases(kGood, kGood);
    dialog->reject();
    ASSERT_TRUE(answer.has_value());
    EXPECT_TRUE(answer->isEmpty());
}

} // namespace
