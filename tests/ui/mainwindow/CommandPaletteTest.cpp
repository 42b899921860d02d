// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/CommandPalette.h"
#include "UiTestSupport.h"
#include "core/devices/DeviceDirectory.h"
#include "ui/devices/DeviceFilterModel.h"
#include "ui/devices/DeviceSearchIndex.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace passcode;
using ui::CommandPalette;
using ui::PaletteMatcher;

namespace {

class ui_CommandPalette : public ::testing::Test
{
protected:
    QWidget window;
    devices::DeviceDirectory directory;
    ui::DeviceSearchIndex index;
    QPointer<CommandPalette> palette;

    void SetUp() override
    {
        directory.appendDevices(uitest::makeDevices(0, 300));
        for (int row = 0; row < directory.count(); ++row)
            index.append(ui::DeviceFilterModel::searchKey(directory.at(row)));
        PaletteMatcher matcher;
        matcher.setCommands({
            {QStringLiteral("all"), QStringLiteral("All devices"), {}, QStringLiteral("Ctrl+1"), true},
            {QStringLiteral("refresh"), QStringLiteral("Refresh"), {}, QStringLiteral("F5"), false},
        });
        matcher.setRecents({{directory.at(5).id, directory.at(5).deviceName},
                            {directory.at(9).id, directory.at(9).deviceName}});
        matcher.setDevices(&directory, &index);
        window.resize(800, 600);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        palette = new CommandPalette(std::move(matcher), &window);
        palette->popUp(&window);
        ASSERT_TRUE(QTest::qWaitForWindowExposed(palette));
    }
    void TearDown() override
    {
        delete palette.data();
        QApplication::clipboard()->clear();
    }

    QStringList titles() const
    {
        QStringList out;
        for (int row = 0; row < palette->list()->topLevelItemCount(); ++row)
            out.append(palette->list()->topLevelItem(row)->text(0));
        return out;
    }
};

TEST_F(ui_CommandPalette, OpensOnTheRecentDevicesThenPagesAndCommandsWithTheirKeys)
{
    EXPECT_TRUE(palette->filterEdit()->hasFocus());
    EXPECT_EQ(titles(), (QStringList{directory.at(5).deviceName, directory.at(9).deviceName,
                                     QStringLiteral("All devices"), QStringLiteral("Refresh")}));
    QTreeWidget *list = palette->list();
    EXPECT_EQ(list->topLevelItem(0)->text(2), PaletteMatcher::recentShortcut(0));
    EXPECT_EQ(list->topLevelItem(2)->text(2), QStringLiteral("Ctrl+1"));
    EXPECT_EQ(list->currentItem(), list->topLevelItem(0));
}

TEST_F(ui_CommandPalette, TypingFiltersAndEnterGoes)
{
    QSignalSpy commands(palette, &CommandPalette::commandChosen);
    QTest::keyClicks(palette->filterEdit(), QStringLiteral("refr"));
    EXPECT_EQ(titles(), QStringList{QStringLiteral("Refresh")});
    QTest::keyClick(palette->filterEdit(), Qt::Key_Return);
    ASSERT_EQ(commands.count(), 1);
    EXPECT_EQ(commands.at(0).at(0).toString(), QStringLiteral("refresh"));
    QTRY_VERIFY(palette.isNull()); // closed and deleted
}

TEST_F(ui_CommandPalette, DownThenEnterOpensTheSecondDevice)
{
    QSignalSpy devicesChosen(palette, &CommandPalette::deviceChosen);
    QTest::keyClicks(palette->filterEdit(), QStringLiteral("device-00012"));
    ASSERT_EQ(palette->list()->topLevelItemCount(), 10);
    QTest::keyClick(palette->filterEdit(), Qt::Key_Down);
    QTest::keyClick(palette->filterEdit(), Qt::Key_Return);
    ASSERT_EQ(devicesChosen.count(), 1);
    EXPECT_EQ(devicesChosen.at(0).at(0).toString(), directory.at(121).id);
}

TEST_F(ui_CommandPalette, EscapeCloses)
{
    QSignalSpy devicesChosen(palette, &CommandPalette::deviceChosen);
    QSignalSpy commands(palette, &CommandPalette::commandChosen);
    QTest::keyClick(palette->filterEdit(), Qt::Key_Escape);
    QTRY_VERIFY(palette.isNull());
    EXPECT_EQ(devicesChosen.count() + commands.count(), 0);
}

TEST_F(ui_CommandPalette, AltDigitOpensARecentDeviceEvenWhenTheTextHidesIt)
{
    QSignalSpy devicesChosen(palette, &CommandPalette::deviceChosen);
    QTest::keyClicks(palette->filterEdit(), QStringLiteral("refresh"));
    QTest::keyClick(palette->filterEdit(), Qt::Key_2, Qt::AltModifier);
    ASSERT_EQ(devicesChosen.count(), 1);
    EXPECT_EQ(devicesChosen.at(0).at(0).toString(), directory.at(9).id);
}

TEST_F(ui_CommandPalette, AltDigitBeyondTheRecentDevicesDoesNothing)
{
    QSignalSpy devicesChosen(palette, &CommandPalette::deviceChosen);
    QTest::keyClick(palette->filterEdit(), Qt::Key_0, Qt::AltModifier); // the tenth: there are two
    EXPECT_EQ(devicesChosen.count(), 0);
    EXPECT_FALSE(palette.isNull());
}

TEST_F(ui_CommandPalette, PastingASerialOfOneDeviceOpensIt)
{
    QSignalSpy devicesChosen(palette, &CommandPalette::deviceChosen);
    QApplication::clipboard()->setText(directory.at(77).serialNumber);
    QTest::keySequence(palette->filterEdit(), QKeySequence::Paste);
    ASSERT_EQ(devicesChosen.count(), 1);
    EXPECT_EQ(devicesChosen.at(0).at(0).toString(), directory.at(77).id);
}

TEST_F(ui_CommandPalette, PastingAUpnOfSeveralDevicesListsThem)
{
    QSignalSpy devicesChosen(palette, &CommandPalette::deviceChosen);
    QApplication::clipboard()->setText(directory.at(42).userPrincipalName);
    palette->filterEdit()->paste(); // the context menu's Paste
    EXPECT_EQ(devicesChosen.count(), 0);
    EXPECT_EQ(palette->list()->topLevelItemCount(), 3);
}

TEST_F(ui_CommandPalette, TooManyMatchesAreCappedAndSaidSo)
{
    palette->filterEdit()->setText(QStringLiteral("device"));
    // All devices, the two recent devices, then fifty of the 298 others.
    EXPECT_EQ(palette->list()->topLevelItemCount(), 1 + 2 + PaletteMatcher::kMaxDevices);
    EXPECT_TRUE(palette->statusText().contains(QStringLiteral("298")));
    EXPECT_TRUE(palette->findChild<QLabel *>(QStringLiteral("commandPaletteStatus"))->isVisibleTo(palette));
    palette->filterEdit()->setText(QStringLiteral("zzzz"));
    EXPECT_TRUE(palette->statusText().contains(QStringLiteral("zzzz")));
}

TEST_F(ui_CommandPalette, EveryPartHasAnAccessibleNameAndEveryRowADescription)
{
    EXPECT_FALSE(palette->accessibleName().isEmpty());
    EXPECT_FALSE(palette->filterEdit()->accessibleName().isEmpty());
    EXPECT_FALSE(palette->filterEdit()->accessibleDescription().isEmpty());
    EXPECT_FALSE(palette->list()->accessibleName().isEmpty());
    EXPECT_FALSE(palette->list()->accessibleDescription().isEmpty());
    QTreeWidget *list = palette->list();
    const QString recent = list->topLevelItem(0)->data(0, Qt::AccessibleTextRole).toString();
    EXPECT_TRUE(recent.contains(directory.at(5).deviceName));
    EXPECT_TRUE(recent.contains(directory.at(5).serialNumber));
    EXPECT_TRUE(recent.contains(PaletteMatcher::recentShortcut(0)));
    EXPECT_FALSE(list->topLevelItem(0)->data(0, Qt::AccessibleDescriptionRole).toString().isEmpty());
    const QString page = list->topLevelItem(2)->data(0, Qt::AccessibleTextRole).toString();
    EXPECT_TRUE(page.contains(QStringLiteral("All devices")));
    EXPECT_TRUE(page.contains(QStringLiteral("Page")));
    EXPECT_TRUE(page.contains(QStringLiteral("Ctrl+1")));
}

} // namespace
