// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/PasteWatcher.h"

#include <gtest/gtest.h>

#include <QClipboard>
#include <QGuiApplication>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using passcode::ui::PasteWatcher;

namespace {

class ui_PasteWatcher : public ::testing::Test
{
protected:
    QLineEdit edit;
    PasteWatcher *watcher = new PasteWatcher(&edit);
    QSignalSpy pasted{watcher, &PasteWatcher::pasted};

    void SetUp() override
    {
        edit.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&edit));
        edit.setFocus();
    }
    void TearDown() override { QGuiApplication::clipboard()->clear(); }
};

TEST_F(ui_PasteWatcher, ThePasteKeysArePastesEvenOfOneCharacter)
{
    QGuiApplication::clipboard()->setText(QStringLiteral("X"));
    QTest::keySequence(&edit, QKeySequence::Paste);
    ASSERT_EQ(pasted.count(), 1);
    EXPECT_EQ(pasted.at(0).at(0).toString(), QStringLiteral("X"));
}

TEST_F(ui_PasteWatcher, TypingIsNotAPasteNorIsTextSetByTheProgram)
{
    QTest::keyClicks(&edit, QStringLiteral("SN0001"));
    edit.setText(QStringLiteral("R52W70ABCDE"));
    edit.clear();
    EXPECT_EQ(pasted.count(), 0);
}

TEST_F(ui_PasteWatcher, TheContextMenusPasteOrAnyInsertionOfSeveralCharactersIsAPaste)
{
    QTest::keyClicks(&edit, QStringLiteral("ab"));
    QGuiApplication::clipboard()->setText(QStringLiteral("R52W70ABCDE"));
    edit.paste(); // what the context menu's Paste does
    ASSERT_EQ(pasted.count(), 1);
    EXPECT_EQ(pasted.at(0).at(0).toString(), QStringLiteral("abR52W70ABCDE"));
    // A paste over a selection of the same length changes no length.
    edit.setText(QStringLiteral("SN0001X"));
    edit.selectAll();
    QGuiApplication::clipboard()->setText(QStringLiteral("SN0002Y"));
    edit.paste();
    ASSERT_EQ(pasted.count(), 2);
    EXPECT_EQ(pasted.at(1).at(0).toString(), QStringLiteral("SN0002Y"));
}

TEST(ui_PasteWatcherInsertion, TellsWhatAnEditInserted)
{
    EXPECT_FALSE(PasteWatcher::insertsSeveral(QStringLiteral("ab"), QStringLiteral("abc")));
    EXPECT_FALSE(PasteWatcher::insertsSeveral(QStringLiteral("abc"), QStringLiteral("ab")));
    EXPECT_FALSE(PasteWatcher::insertsSeveral(QStringLiteral("aaa"), QStringLiteral("aaaa")));
    EXPECT_TRUE(PasteWatcher::insertsSeveral(QStringLiteral("ab"), QStringLiteral("axyb")));
    EXPECT_TRUE(PasteWatcher::insertsSeveral(QStringLiteral("abc"), QStringLiteral("xyz")));
    EXPECT_TRUE(PasteWatcher::insertsSeveral(QString(), QStringLiteral("xy")));
}

} // namespace
