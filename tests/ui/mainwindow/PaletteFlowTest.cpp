// SPDX-License-Identifier: GPL-3.0-or-later
// The command palette (Ctrl+K) in the console's own window over the embedded sandbox tenant: it opens from
// anywhere in the window (the device search too, where Ctrl+K is a line-editing key), its pages and commands
// are the window's actions, devices open from it, and the recent devices come first, one keystroke away, and
// are remembered.
#include "ConsoleSessionFixture.h"
#include "UiTestSupport.h"
#include "app/console/ConsoleSession.h"
#include "core/devices/DeviceDirectory.h"
#include "ui/deviceactions/DeviceActionsPage.h"
#include "ui/devices/DevicesPage.h"
#include "ui/mainwindow/CommandPalette.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/overview/DeviceOverviewPage.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QKeyEvent>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace passcode;
using ui::PaletteItem;

namespace {

/**
 * Makes a line edit claim Ctrl+K as its own, as QLineEdit does where the platform binds it to "delete to the
 * end of the line" (X11, GNOME and KDE themes; the offscreen platform binds nothing to it).
 */
class ClaimsCtrlK final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::ShortcutOverride &&
            static_cast<QKeyEvent *>(event)->keyCombination() == (Qt::CTRL | Qt::Key_K)) {
            event->accept();
            return true;
        }
        return QObject::eventFilter(watched, event);
    }
};

class ui_PaletteFlow : public uitest::ConsoleSessionFixture
{
protected:
    void SetUp() override
    {
        openConsole(sandboxOptions(200));
        if (HasFatalFailure())
            return;
        window()->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(window()));
    }

    void TearDown() override
    {
        if (ui::CommandPalette *palette = window()->commandPalette())
            delete palette;
        QApplication::clipboard()->clear();
    }

    ui::CommandPalette *openPalette()
    {
        QTest::keyClick(window(), Qt::Key_K, Qt::ControlModifier);
        ui::CommandPalette *palette = window()->commandPalette();
        if (palette) {
            EXPECT_TRUE(QTest::qWaitForWindowExposed(palette));
        }
        return palette;
    }
};

TEST_F(ui_PaletteFlow, CtrlKOpensItFromTheWindowAndFromTheDeviceSearch)
{
    ui::CommandPalette *palette = openPalette();
    ASSERT_TRUE(palette);
    EXPECT_TRUE(palette->filterEdit()->hasFocus());
    QTest::keyClick(palette->filterEdit(), Qt::Key_Escape);
    QTRY_VERIFY(!window()->commandPalette());

    window()->devicesPage()->focusSearch();
    QLineEdit *search = window()->devicesPage()->searchEdit();
    ClaimsCtrlK claims(search);
    search->installEventFilter(&claims);
    QTest::keyClicks(search, QStringLiteral("device"));
    search->setCursorPosition(0);
    QTest::keyClick(search, Qt::Key_K, Qt::ControlModifier);
    EXPECT_TRUE(window()->commandPalette());
    EXPECT_EQ(search->text(), QStringLiteral("device")); // not "deleted to the end of the line"
}

TEST_F(ui_PaletteFlow, PagesAndCommandsAreTheWindowsEnabledActions)
{
    ui::CommandPalette *palette = openPalette();
    ASSERT_TRUE(palette);
    QStringList titles;
    for (const PaletteItem &item : palette->items())
        titles.append(item.title);
    for (const QString &title : {QStringLiteral("All devices"), QStringLiteral("Device actions"),
                                 QStringLiteral("Refresh"), QStringLiteral("Export devices to CSV…"),
                                 QStringLiteral("Preferences…"), QStringLiteral("Language: Français")})
        EXPECT_TRUE(titles.contains(title))
            << qPrintable(title) << " not in " << qPrintable(titles.join(u'|'));
    // One language command per View › Language action (system default and each shipped language).
    EXPECT_EQ(titles.filter(QStringLiteral("Language: ")).size(), window()->languageActions().size());
    // Hidden or disabled actions are not offered: no sign-in to end on the sandbox's token, no Back.
    EXPECT_FALSE(titles.contains(QStringLiteral("Sign out")));
    EXPECT_FALSE(titles.contains(QStringLiteral("Back")));

    QTest::keyClicks(palette->filterEdit(), QStringLiteral("device actions"));
    QTest::keyClick(palette->filterEdit(), Qt::Key_Return);
    EXPECT_EQ(window()->currentPage(), static_cast<QWidget *>(window()->deviceActionsPage()));
}

TEST_F(ui_PaletteFlow, ADeviceOpensFromTheTextOrAPasteAndRecentDevicesComeFirstAndAreRemembered)
{
    const devices::Device first = session->directory().at(3);
    const devices::Device second = session->directory().at(11);
    ui::CommandPalette *palette = openPalette();
    ASSERT_TRUE(palette);
    QTest::keyClicks(palette->filterEdit(), first.deviceName);
    ASSERT_FALSE(palette->items().isEmpty());
    EXPECT_EQ(palette->items().constFirst().key, first.id);
    QTest::keyClick(palette->filterEdit(), Qt::Key_Return);
    ASSERT_EQ(window()->currentPage(), static_cast<QWidget *>(window()->overviewPage()));
    EXPECT_EQ(window()->overviewPage()->deviceId(), first.id);
    EXPECT_TRUE(QTest::qWaitFor([this] { return !window()->overviewPage()->isLoading(); }, 20000));

    palette = openPalette();
    ASSERT_TRUE(palette);
    QApplication::clipboard()->setText(second.serialNumber);
    QTest::keySequence(palette->filterEdit(), QKeySequence::Paste);
    EXPECT_EQ(window()->overviewPage()->deviceId(), second.id);
    EXPECT_TRUE(QTest::qWaitFor([this] { return !window()->overviewPage()->isLoading(); }, 20000));

    // Back on the list: the last opened first, with Alt+1 and Alt+2.
    window()->showPlace(ui::Place::AllDevices);
    palette = openPalette();
    ASSERT_TRUE(palette);
    ASSERT_GE(palette->items().size(), 2);
    EXPECT_EQ(palette->items().at(0).key, second.id);
    EXPECT_EQ(palette->items().at(0).shortcut, ui::PaletteMatcher::recentShortcut(0));
    EXPECT_EQ(palette->items().at(1).key, first.id);
    QTest::keyClick(palette->filterEdit(), Qt::Key_2, Qt::AltModifier);
    EXPECT_EQ(window()->overviewPage()->deviceId(), first.id);

    const QString tenant = window()->currentTenantId();
    const QList<ui::RecentDevice> recents = window()->recentDevices(tenant);
    ASSERT_EQ(recents.size(), 2);
    EXPECT_EQ(recents.at(0), (ui::RecentDevice{first.id, first.deviceName}));
    settings->sync();
    QSettings reread(settings->fileName(), QSettings::IniFormat);
    EXPECT_EQ(ui::RecentDevices::load(reread, tenant).devices(), recents);
}

TEST_F(ui_PaletteFlow, TheLanguageCommandsAreTheViewMenusLanguageActions)
{
    const QList<QAction *> languages = window()->languageActions();
    ASSERT_GE(languages.size(), 3); // system default, English, French
    QAction *french = nullptr;
    for (QAction *action : languages) {
        if (action->data().toString() == QStringLiteral("fr"))
            french = action;
    }
    ASSERT_TRUE(french);
    EXPECT_EQ(french->text(), QStringLiteral("Français"));
    french->trigger();
    EXPECT_EQ(settings->value(QStringLiteral("ui/language")).toString(), QStringLiteral("fr"));
    EXPECT_TRUE(french->isChecked());
}

} // namespace
