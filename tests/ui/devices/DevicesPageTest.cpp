// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/devices/DevicesPage.h"
#include "UiTestSupport.h"
#include "core/devices/DeviceDirectory.h"
#include "fakes/ManualClock.h"
#include "ui/devices/DeviceFilterModel.h"
#include "ui/devices/DeviceTableModel.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMouseEvent>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace passcode;
using passcode::ui::DevicesPage;

namespace {

class ui_DevicesPage : public ::testing::Test
{
protected:
    passcode::testing::ManualClock clock;
    devices::DeviceDirectory directory;
    uitest::FakeDialogPresenter dialogs;
    DevicesPage page{directory, clock, dialogs};
    QAbstractItemModelTester tester{page.filterModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal};

    void SetUp() override
    {
        page.setSearchDelay(std::chrono::milliseconds(0));
        page.resize(1000, 600);
        page.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    }
};

TEST_F(ui_DevicesPage, ShowsNOfMDevices)
{
    directory.appendDevices(uitest::makeDevices(0, 1200));
    const QString total = QLocale().toString(1200);
    EXPECT_EQ(page.countText(), QStringLiteral("%1 of %2 device(s)").arg(total, total));
    page.searchEdit()->setText(QStringLiteral("device-00001"));
    EXPECT_EQ(page.countText(), QStringLiteral("10 of %1 device(s)").arg(total));
}

TEST_F(ui_DevicesPage, ShowsProgressAndCancelWhileLoading)
{
    QSignalSpy cancel(&page, &DevicesPage::cancelRequested);
    directory.beginLoad();
    EXPECT_TRUE(page.cancelButton()->isVisible());
    directory.appendDevices(uitest::makeDevices(0, 100), 300);
    EXPECT_EQ(page.progressBar()->maximum(), 300);
    EXPECT_EQ(page.progressBar()->value(), 100);
    EXPECT_EQ(page.view()->model()->rowCount(), 100); // rows are on screen before the load ends
    QTest::mouseClick(page.cancelButton(), Qt::LeftButton);
    EXPECT_EQ(cancel.count(), 1);
    directory.finishLoad(devices::DeviceDirectory::LoadState::Cancelled);
    EXPECT_FALSE(page.cancelButton()->isVisible());
    EXPECT_TRUE(page.loadStatusText().contains(QStringLiteral("cancelled")));
}

TEST_F(ui_DevicesPage, AnIncompleteLoadSaysSoWithTheError)
{
    directory.beginLoad();
    directory.appendDevices(uitest::makeDevices(0, 10));
    directory.finishLoad(
        devices::DeviceDirectory::LoadState::Incomplete,
        Error::make(Error::Kind::Unavailable, QStringLiteral("The service is unavailable.")));
    EXPECT_TRUE(page.loadStatusText().contains(QStringLiteral("incomplete")));
    EXPECT_TRUE(page.loadStatusText().contains(QStringLiteral("The service is unavailable.")));
}

TEST_F(ui_DevicesPage, RefreshAsksTheLoader)
{
    QSignalSpy refresh(&page, &DevicesPage::refreshRequested);
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("refreshButton")), Qt::LeftButton);
    EXPECT_EQ(refresh.count(), 1);
}

TEST_F(ui_DevicesPage, CombosFilterThePlatformOwnershipAndCompliance)
{
    directory.appendDevices(uitest::makeDevices(0, 40));
    QComboBox *platform = page.platformFilter();
    platform->setCurrentIndex(platform->findData(static_cast<int>(eligibility::Platform::MacOS)));
    EXPECT_EQ(page.view()->model()->rowCount(), 10);
    QComboBox *ownership = page.ownershipFilter();
    ownership->setCurrentIndex(ownership->findData(static_cast<int>(devices::Ownership::Personal)));
    for (int row = 0; row < page.view()->model()->rowCount(); ++row)
        EXPECT_EQ(page.view()->model()->index(row, 2).data().toString(), QStringLiteral("Personal"));
    platform->setCurrentIndex(0);
    ownership->setCurrentIndex(0);
    EXPECT_EQ(page.view()->model()->rowCount(), 40);
}

TEST_F(ui_DevicesPage, EnterAndDoubleClickOpenTheDevice)
{
    directory.appendDevices(uitest::makeDevices(0, 5));
    QSignalSpy opened(&page, &DevicesPage::deviceActivated);
    QTableView *view = page.view();
    view->setFocus();
    view->setCurrentIndex(view->model()->index(2, 0));
    const QString id = view->currentIndex().data(ui::DeviceTableModel::DeviceIdRole).toString();
    QTest::keyClick(view, Qt::Key_Return);
    ASSERT_EQ(opened.count(), 1);
    EXPECT_EQ(opened.at(0).at(0).toString(), id);

    const QRect cell = view->visualRect(view->model()->index(3, 0));
    // A real double click: press, release, then the double-click event the platform synthesises.
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, cell.center());
    QMouseEvent dbl(QEvent::MouseButtonDblClick, QPointF(cell.center()),
                    view->viewport()->mapToGlobal(QPointF(cell.center())), Qt::LeftButton, Qt::LeftButton,
                    Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &dbl);
    ASSERT_EQ(opened.count(), 2);
    EXPECT_EQ(opened.at(1).at(0).toString(),
              view->model()->index(3, 0).data(ui::DeviceTableModel::DeviceIdRole));
}

TEST_F(ui_DevicesPage, EnterInTheSearchOpensTheOnlyMatch)
{
    directory.appendDevices(uitest::makeDevices(0, 50));
    QSignalSpy opened(&page, &DevicesPage::deviceActivated);
    page.focusSearch();
    EXPECT_TRUE(page.searchEdit()->hasFocus());
    QTest::keyClicks(page.searchEdit(), QStringLiteral("device-000042"));
    QTest::keyClick(page.searchEdit(), Qt::Key_Return);
    ASSERT_EQ(opened.count(), 1);
    EXPECT_EQ(opened.at(0).at(0).toString(), QStringLiteral("dev-000042"));
}

TEST_F(ui_DevicesPage, PastingASerialImeiOrUpnThatNamesOneDeviceOpensIt)
{
    directory.appendDevices(uitest::makeDevices(0, 300));
    QSignalSpy opened(&page, &DevicesPage::deviceActivated);
    page.focusSearch();
    QApplication::clipboard()->setText(directory.at(42).serialNumber.toLower());
    QTest::keySequence(page.searchEdit(), QKeySequence::Paste);
    ASSERT_EQ(opened.count(), 1);
    EXPECT_EQ(opened.at(0).at(0).toString(), directory.at(42).id);

    // The context menu's Paste, over the selected text: the IMEI of another device.
    page.focusSearch();
    QApplication::clipboard()->setText(directory.at(7).imei);
    page.searchEdit()->paste();
    ASSERT_EQ(opened.count(), 2);
    EXPECT_EQ(opened.at(1).at(0).toString(), directory.at(7).id);
    QApplication::clipboard()->clear();
}

TEST_F(ui_DevicesPage, PastingAUpnOfSeveralDevicesOnlyFilters)
{
    directory.appendDevices(uitest::makeDevices(0, 300));
    QSignalSpy opened(&page, &DevicesPage::deviceActivated);
    page.focusSearch();
    QApplication::clipboard()->setText(directory.at(42).userPrincipalName); // devices 42, 139 and 236
    QTest::keySequence(page.searchEdit(), QKeySequence::Paste);
    EXPECT_EQ(opened.count(), 0);
    EXPECT_EQ(page.view()->model()->rowCount(), 3);
    // Typed rather than pasted, one device's serial only filters too (Enter opens it).
    page.searchEdit()->clear();
    QTest::keyClicks(page.searchEdit(), directory.at(42).serialNumber);
    EXPECT_EQ(opened.count(), 0);
    EXPECT_EQ(page.view()->model()->rowCount(), 1);
    QApplication::clipboard()->clear();
}

TEST_F(ui_DevicesPage, DownFromTheSearchGoesToTheListAndTheCurrentRowSurvivesFiltering)
{
    directory.appendDevices(uitest::makeDevices(0, 50));
    page.focusSearch();
    QTest::keyClicks(page.searchEdit(), QStringLiteral("device-00004"));
    QTest::keyClick(page.searchEdit(), Qt::Key_Down);
    EXPECT_TRUE(page.view()->hasFocus());
    QTest::keyClick(page.view(), Qt::Key_Down);
    const QString current = page.view()->currentIndex().data(ui::DeviceTableModel::DeviceIdRole).toString();
    ASSERT_FALSE(current.isEmpty());
    page.searchEdit()->setText(QStringLiteral("device-0000"));
    EXPECT_EQ(page.view()->currentIndex().data(ui::DeviceTableModel::DeviceIdRole).toString(), current);
}

TEST_F(ui_DevicesPage, AHeaderClickShowsItsSortAtOnceAndTheRowsWhenTheWorkerIsDone)
{
    page.filterModel()->setBackgroundSortThreshold(0);
    directory.appendDevices(uitest::makeDevices(0, 300));
    QTableView *view = page.view();
    const QString firstBefore = view->model()->index(0, 0).data().toString();
    QSignalSpy applied(page.filterModel(), &ui::DeviceFilterModel::sortApplied);

    view->sortByColumn(ui::DeviceTableModel::DeviceName, Qt::DescendingOrder);
    EXPECT_EQ(view->horizontalHeader()->sortIndicatorSection(), int(ui::DeviceTableModel::DeviceName));
    EXPECT_EQ(view->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
    EXPECT_TRUE(page.filterModel()->isSorting());
    EXPECT_EQ(view->model()->index(0, 0).data().toString(), firstBefore);

    ASSERT_TRUE(applied.wait(20000));
    EXPECT_EQ(view->model()->index(0, 0).data().toString(), QStringLiteral("Device-000299"));
    EXPECT_EQ(view->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
}

} // namespace
