// SPDX-License-Identifier: GPL-3.0-or-later
#include "UiTestSupport.h"
#include "core/actions/ActionTracker.h"
#include "core/actions/EligibilityContext.h"
#include "core/devices/DeviceDirectory.h"
#include "core/eligibility/PasscodeRules.h"
#include "fakes/ManualClock.h"
#include "ui/devices/DeviceFilterModel.h"
#include "ui/devices/DeviceTableModel.h"
#include "ui/devices/DevicesPage.h"
#include "ui/devices/PasscodeActionCell.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace passcode;
using passcode::actions::RemoteAction;
using passcode::ui::DevicesPage;
using passcode::ui::DeviceTableModel;
using passcode::ui::PasscodeAvailability;
using passcode::ui::PasscodeCell;
using passcode::ui::PasscodeCells;

namespace {

/** Devices of every kind the column tells apart. */
QList<devices::Device> mixedDevices()
{
    QList<devices::Device> out = uitest::makeDevices(0, 40); // Android FM, iOS, Windows, macOS
    devices::Device dedicated = uitest::makeDevice(100, QStringLiteral("Android"),
                                                   devices::EnrollmentType::AndroidEnterpriseDedicatedDevice);
    out.append(dedicated);
    devices::Device wiped =
        uitest::makeDevice(101, QStringLiteral("iOS"), devices::EnrollmentType::AppleBulkWithUser);
    wiped.managementState = devices::ManagementState::WipePending;
    out.append(wiped);
    return out;
}

class ui_PasscodeActionColumn : public ::testing::Test
{
protected:
    passcode::testing::ManualClock clock;
    devices::DeviceDirectory directory;
    actions::ActionTracker tracker{clock};
    uitest::FakeDialogPresenter dialogs;
};

TEST_F(ui_PasscodeActionColumn, AgreesWithTheRulesOnEveryDevice)
{
    directory.appendDevices(mixedDevices());
    DeviceTableModel model(directory, clock);
    for (int row = 0; row < model.rowCount(); ++row) {
        const devices::Device &d = directory.at(row);
        const eligibility::EvaluationContext context =
            actions::eligibilityContext(tracker, d.id, clock.now());
        const auto action = eligibility::PasscodeRules::platformAction(d);
        const eligibility::Verdict verdict =
            eligibility::PasscodeRules::evaluate(d, action.value_or(RemoteAction::ResetPasscode), context);
        const PasscodeCell cell = model.passcodeCell(row);
        EXPECT_EQ(PasscodeCells::availability(cell) == PasscodeAvailability::Available, verdict.allowed)
            << d.deviceName.toStdString();
        if (verdict.allowed) {
            EXPECT_EQ(PasscodeCells::action(cell), action);
            EXPECT_EQ(cell == PasscodeCell::ResetWorkProfile,
                      verdict.scope == eligibility::Scope::WorkProfile);
        } else {
            // "—" (or Pending) with the rules' reason in the tooltip.
            const QModelIndex index = model.index(row, DeviceTableModel::PasscodeAction);
            EXPECT_EQ(index.data(Qt::ToolTipRole).toString(), verdict.reasons.join(u'\n'));
        }
    }
}

TEST_F(ui_PasscodeActionColumn, ShowsTheActionOrADashWithTheReason)
{
    directory.appendDevices(mixedDevices());
    DeviceTableModel model(directory, clock);
    const auto cellText = [&](const QString &id) {
        return model.index(directory.rowOf(id), DeviceTableModel::PasscodeAction).data().toString();
    };
    EXPECT_EQ(cellText(QStringLiteral("dev-000001")), QStringLiteral("Remove passcode")); // iOS
    EXPECT_EQ(cellText(QStringLiteral("dev-000000")), QStringLiteral("Reset passcode (work profile)"));
    EXPECT_EQ(cellText(QStringLiteral("dev-000100")), QStringLiteral("Reset passcode")); // dedicated
    EXPECT_EQ(cellText(QStringLiteral("dev-000002")), QStringLiteral("—"));              // Windows desktop
    const QModelIndex windows =
        model.index(directory.rowOf(QStringLiteral("dev-000002")), DeviceTableModel::PasscodeAction);
    EXPECT_TRUE(windows.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Windows")));
    const QModelIndex wiped =
        model.index(directory.rowOf(QStringLiteral("dev-000101")), DeviceTableModel::PasscodeAction);
    EXPECT_EQ(wiped.data().toString(), QStringLiteral("—"));
    EXPECT_TRUE(wiped.data(Qt::ToolTipRole).toString().contains(QStringLiteral("management state")));
    EXPECT_EQ(model.headerData(DeviceTableModel::PasscodeAction, Qt::Horizontal).toString(),
              QStringLiteral("Passcode action"));
}

TEST_F(ui_PasscodeActionColumn, AnActionInFlightMakesTheDevicePendingAndBack)
{
    directory.appendDevices(mixedDevices());
    DeviceTableModel model(directory, clock);
    model.setTracker(&tracker);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const QString id = QStringLiteral("dev-000001");
    const int row = directory.rowOf(id);
    EXPECT_EQ(model.passcodeCell(row), PasscodeCell::RemovePasscode);
    const actions::ActionKey key{id, RemoteAction::RemovePasscode};
    ASSERT_TRUE(
        tracker.request(key, QStringLiteral("Device-000001"), QStringLiteral("tech@contoso.example")));
    EXPECT_EQ(model.passcodeCell(row), PasscodeCell::Pending);
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.first().at(0).value<QModelIndex>().row(), row);
    EXPECT_TRUE(model.index(row, DeviceTableModel::PasscodeAction)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("already pending")));
    ASSERT_TRUE(tracker.transition(key, actions::ActionState::Sent));
    ASSERT_TRUE(tracker.transition(key, actions::ActionState::Failed));
    EXPECT_EQ(model.passcodeCell(row), PasscodeCell::RemovePasscode);
}

TEST_F(ui_PasscodeActionColumn, FiltersAndSortsOnTheCachedCell)
{
    directory.appendDevices(mixedDevices());
    DeviceTableModel model(directory, clock);
    model.setTracker(&tracker);
    ASSERT_TRUE(tracker.request({QStringLiteral("dev-000005"), RemoteAction::RemovePasscode},
                                QStringLiteral("Device-000005"), QStringLiteral("tech")));
    ui::DeviceFilterModel filter(model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const auto countWith = [&](PasscodeAvailability a) {
        int n = 0;
        for (int row = 0; row < model.rowCount(); ++row)
            n += PasscodeCells::availability(model.passcodeCell(row)) == a;
        return n;
    };
    filter.setPasscodeFilter(PasscodeAvailability::Available);
    EXPECT_EQ(filter.rowCount(), countWith(PasscodeAvailability::Available));
    EXPECT_EQ(filter.rowCount(), 20); // 10 Android + 10 iOS - 1 pending + 1 dedicated
    filter.setPasscodeFilter(PasscodeAvailability::Pending);
    ASSERT_EQ(filter.rowCount(), 1);
    EXPECT_EQ(filter.index(0, 0).data(DeviceTableModel::DeviceIdRole).toString(),
              QStringLiteral("dev-000005"));
    filter.setPasscodeFilter(PasscodeAvailability::NotAvailable);
    EXPECT_EQ(filter.rowCount(), 21); // 10 Windows + 10 macOS + 1 wipe pending
    filter.setPasscodeFilter(std::nullopt);
    EXPECT_EQ(filter.rowCount(), model.rowCount());

    filter.sort(DeviceTableModel::PasscodeAction, Qt::AscendingOrder);
    int previous = -1;
    for (int row = 0; row < filter.rowCount(); ++row) {
        const int cell = filter.index(row, 0).data(DeviceTableModel::PasscodeCellRole).toInt();
        EXPECT_LE(previous, cell);
        previous = cell;
    }
    // A device whose action settles moves to its place in the sorted, filtered view.
    filter.setPasscodeFilter(PasscodeAvailability::Pending);
    ASSERT_TRUE(tracker.transition({QStringLiteral("dev-000005"), RemoteAction::RemovePasscode},
                                   actions::ActionState::Sent));
    ASSERT_TRUE(tracker.transition({QStringLiteral("dev-000005"), RemoteAction::RemovePasscode},
                                   actions::ActionState::Failed));
    EXPECT_EQ(filter.rowCount(), 0);
}

class ui_DevicesPageSelection : public ui_PasscodeActionColumn
{
protected:
    DevicesPage page{directory, clock, dialogs};

    void SetUp() override
    {
        page.setSearchDelay(std::chrono::milliseconds(0));
        page.setTracker(&tracker);
        page.resize(1200, 600);
        page.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
        directory.appendDevices(mixedDevices());
    }
    QModelIndex rowOf(const QString &id) const
    {
        return page.filterModel()->index(page.filterModel()->proxyRowOf(directory.rowOf(id)), 0);
    }
    void click(const QString &id, Qt::KeyboardModifiers modifiers = {})
    {
        QTableView *view = page.view();
        const QModelIndex index = rowOf(id);
        view->scrollTo(index);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, modifiers, view->visualRect(index).center());
    }
};

TEST_F(ui_DevicesPageSelection, TheCommandIsDisabledWithAReasonUntilAnEligibleDeviceIsSelected)
{
    QAction *bulk = page.bulkAction();
    EXPECT_FALSE(bulk->isEnabled());
    EXPECT_TRUE(page.bulkDisabledReason().contains(QStringLiteral("Select devices")));
    click(QStringLiteral("dev-000002")); // Windows: no passcode action
    EXPECT_FALSE(bulk->isEnabled());
    EXPECT_TRUE(page.bulkDisabledReason().contains(QStringLiteral("None of the 1 selected")));
    click(QStringLiteral("dev-000001"), Qt::ControlModifier); // iOS
    EXPECT_TRUE(bulk->isEnabled());
    EXPECT_EQ(bulk->text(), QStringLiteral("&Passcode action for 2 device(s)…"));
    EXPECT_EQ(page.eligibleSelectedDeviceIds(), QStringList{QStringLiteral("dev-000001")});
    EXPECT_EQ(bulk->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
}

TEST_F(ui_DevicesPageSelection, CtrlAndShiftClickAndCtrlAOnTheRowsShown)
{
    page.view()->sortByColumn(DeviceTableModel::DeviceName, Qt::AscendingOrder);
    click(QStringLiteral("dev-000000"));
    click(QStringLiteral("dev-000003"), Qt::ShiftModifier);
    EXPECT_EQ(page.selectedDeviceIds(),
              (QStringList{QStringLiteral("dev-000000"), QStringLiteral("dev-000001"),
                           QStringLiteral("dev-000002"), QStringLiteral("dev-000003")}));
    click(QStringLiteral("dev-000002"), Qt::ControlModifier);
    EXPECT_EQ(page.selectedDeviceIds().size(), 3);

    // Ctrl+A selects every row shown (after the filters), not the hidden ones.
    page.passcodeFilter()->setCurrentIndex(
        page.passcodeFilter()->findData(int(PasscodeAvailability::Available)));
    page.view()->setFocus();
    QTest::keyClick(page.view(), Qt::Key_A, Qt::ControlModifier);
    EXPECT_EQ(page.selectedDeviceIds().size(), page.filterModel()->rowCount());
    EXPECT_EQ(page.eligibleSelectedDeviceIds().size(), 21);

    QSignalSpy requested(&page, &DevicesPage::bulkActionRequested);
    QTest::keyClick(page.view(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    ASSERT_EQ(requested.count(), 1);
    EXPECT_EQ(requested.first().at(0).toStringList().size(), 21);
}

TEST_F(ui_DevicesPageSelection, EnterStillOpensOneDevice)
{
    QSignalSpy activated(&page, &DevicesPage::deviceActivated);
    click(QStringLiteral("dev-000001"));
    QTest::keyClick(page.view(), Qt::Key_Return);
    ASSERT_EQ(activated.count(), 1);
    EXPECT_EQ(activated.first().at(0).toString(), QStringLiteral("dev-000001"));
}

} // namespace
