// SPDX-License-Identifier: GPL-3.0-or-later
// The window on the screens helpdesks have (issue: "fits the screens helpdesks have"): the whole console, two
// sandbox tenants open (so the tenant switcher shows), fits a 1024 × 700 screen's work area in English and in
// French (the longer language); at 1280 × 800 the device table shows Last check-in without scrolling; the
// navigation pane can be hidden (View › Navigation pane, F9) and comes back, remembered at the next start.
#include "UiTestSupport.h"
#include "app/console/ConsoleSession.h"
#include "app/console/LanguageSwitcher.h"
#include "core/devices/DeviceDirectory.h"
#include "ui/devices/DeviceTableModel.h"
#include "ui/devices/DevicesPage.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/settings/SettingsDialog.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace passcode;

namespace {

// A 1024 × 700 screen's work area less a window frame (title bar and borders of a common window manager).
constexpr QSize kSmallScreenRoom(1024 - 16, 700 - 40);

class ui_WindowFit : public ::testing::TestWithParam<const char *>
{
protected:
    QTemporaryDir dir;
    std::unique_ptr<QSettings> settings;
    uitest::FakeDialogPresenter dialogs;
    std::unique_ptr<console::ConsoleSession> session;
    std::unique_ptr<console::LanguageSwitcher> language;

    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        language = std::make_unique<console::LanguageSwitcher>(*QCoreApplication::instance());
        language->apply(QString::fromLatin1(GetParam()));
        settings =
            std::make_unique<QSettings>(dir.filePath(QStringLiteral("console.ini")), QSettings::IniFormat);
        start();
    }
    void TearDown() override
    {
        session.reset();
        language->apply(QStringLiteral("en"));
    }
    void start()
    {
        console::ConsoleOptions options;
        options.sandboxTenants = 2;
        options.devices = 200;
        session = std::make_unique<console::ConsoleSession>(options, settings.get(), &dialogs);
        session->setJournalPath(dir.filePath(QStringLiteral("journal.json")));
        QSignalSpy ready(session.get(), &console::ConsoleSession::ready);
        session->start();
        ASSERT_TRUE(ready.wait(60000));
        window()->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window()));
        QSignalSpy finished(&session->directory(), &devices::DeviceDirectory::loadFinished);
        if (session->directory().loadState() != devices::DeviceDirectory::LoadState::Complete) {
            ASSERT_TRUE(finished.wait(60000));
        }
    }
    ui::MainWindow *window() const { return session->window(); }

    /** The widgets of the window whose minimum width is the largest, for the failure message. */
    std::string widest() const
    {
        QList<QPair<int, QString>> widths;
        for (const QWidget *w : window()->findChildren<QWidget *>()) {
            if (w->isVisibleTo(window()) || w->minimumSizeHint().width() > 500)
                widths.append({w->minimumSizeHint().width(),
                               QString::fromLatin1(w->metaObject()->className()) + u' ' + w->objectName()});
        }
        std::sort(widths.begin(), widths.end(),
                  [](const auto &a, const auto &b) { return a.first > b.first; });
        std::string out;
        for (qsizetype i = 0; i < std::min<qsizetype>(widths.size(), 25); ++i)
            out += std::to_string(widths[i].first) + " " + widths[i].second.toStdString() + "\n";
        return out;
    }
};

TEST_P(ui_WindowFit, TheWholeWindowFitsA1024By700Screen)
{
    const QSize minimum = window()->minimumSizeHint();
    EXPECT_LE(minimum.width(), kSmallScreenRoom.width()) << widest();
    EXPECT_LE(minimum.height(), kSmallScreenRoom.height());
    window()->resize(kSmallScreenRoom);
    QApplication::processEvents();
    EXPECT_EQ(window()->size(), kSmallScreenRoom);
    // Nothing of the device list's tools is pushed out of the page: each lies inside it.
    ui::DevicesPage *page = window()->devicesPage();
    ASSERT_NE(page, nullptr);
    for (const char *name : {"deviceSearch", "platformFilter", "ownershipFilter", "complianceFilter",
                             "passcodeFilter", "refreshButton", "exportButton", "bulkPasscodeButton"}) {
        const QWidget *tool = page->findChild<QWidget *>(QLatin1String(name));
        ASSERT_NE(tool, nullptr) << name;
        const QRect inPage(tool->mapTo(page, QPoint(0, 0)), tool->size());
        EXPECT_TRUE(page->rect().contains(inPage)) << name << " lies outside the page at 1024 × 700";
    }
    // The All tenants place (search and device actions of every tenant) too.
    window()->showAllTenants();
    QApplication::processEvents();
    EXPECT_LE(window()->minimumSizeHint().width(), kSmallScreenRoom.width()) << widest();
    EXPECT_LE(window()->minimumSizeHint().height(), kSmallScreenRoom.height());
}

TEST_P(ui_WindowFit, LastCheckInIsVisibleAt1280By800)
{
    window()->resize(1280 - 16, 800 - 40);
    QApplication::processEvents();
    ui::DevicesPage *page = window()->devicesPage();
    ASSERT_NE(page, nullptr);
    const QHeaderView *header = page->view()->horizontalHeader();
    const int column = ui::DeviceTableModel::LastCheckIn;
    const int right = header->sectionViewportPosition(column) + header->sectionSize(column);
    EXPECT_LE(right, page->view()->viewport()->width());
}

TEST_P(ui_WindowFit, TheNavigationPaneHidesAndIsRememberedAtTheNextStart)
{
    QAction *toggle = window()->navigationPaneAction();
    ASSERT_NE(toggle, nullptr);
    EXPECT_EQ(toggle->shortcut(), QKeySequence(Qt::Key_F9));
    ui::DevicesPage *page = window()->devicesPage();
    const int withPane = page->width();
    toggle->trigger();
    QApplication::processEvents();
    EXPECT_GT(page->width(), withPane + 150) << "the page takes the pane's width";
    window()->close(); // saves the layout
    session.reset();
    start();
    EXPECT_FALSE(window()->navigationPaneAction()->isChecked());
    window()->navigationPaneAction()->trigger();
    EXPECT_TRUE(window()->navigationPaneAction()->isChecked());
}

TEST_P(ui_WindowFit, PreferencesOpenWithinA1024By700Screen)
{
    ui::SettingsDialog dialog(QString::fromLatin1(GetParam()), {}, window());
    EXPECT_LE(dialog.minimumSizeHint().height(), kSmallScreenRoom.height());
    EXPECT_LE(dialog.minimumSizeHint().width(), kSmallScreenRoom.width());
    EXPECT_LE(dialog.height(), std::max(dialog.minimumSizeHint().height(),
                                        window()->screen()->availableGeometry().height() - 40));
}

INSTANTIATE_TEST_SUITE_P(Languages, ui_WindowFit, ::testing::Values("en", "fr"));

} // namespace
