// SPDX-License-Identifier: GPL-3.0-or-later
// A bulk passcode action through the console's own object graph against the embedded sandbox tenant: devices
// selected in All devices, the plan read again and confirmed, the run sends each eligible device's action
// once, the results grid follows it; nothing of it holds a passcode on disk.
#include "UiTestSupport.h"
#include "app/console/ConsoleSession.h"
#include "core/actions/ActionTracker.h"
#include "core/actions/BulkRun.h"
#include "core/devices/DeviceDirectory.h"
#include "ui/bulk/BulkController.h"
#include "ui/bulk/BulkPlanDialog.h"
#include "ui/bulk/BulkResultsModel.h"
#include "ui/bulk/BulkRunWindow.h"
#include "ui/bulk/BulkRunsDialog.h"
#include "ui/devices/DeviceFilterModel.h"
#include "ui/devices/DeviceTableModel.h"
#include "ui/devices/DevicesPage.h"
#include "ui/mainwindow/MainWindow.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QDirIterator>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace passcode;

namespace {

template<typename Dialog>
Dialog *openDialog()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *dialog = qobject_cast<Dialog *>(w); dialog && dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

TEST(ui_BulkFlow, SelectedDevicesArePlannedConfirmedAndSentOnceEach)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QSettings settings(dir.filePath(QStringLiteral("console.ini")), QSettings::IniFormat);
    uitest::FakeDialogPresenter dialogs;
    console::ConsoleOptions options;
    options.sandbox = true;
    options.devices = 300;
    console::ConsoleSession session(options, &settings, &dialogs);
    session.setJournalPath(dir.filePath(QStringLiteral("journal.json")));
    QSignalSpy ready(&session, &console::ConsoleSession::ready);
    session.start();
    ASSERT_TRUE(ready.wait(60000));
    ui::MainWindow *window = session.window();
    window->show();
    QSignalSpy loaded(&session.directory(), &devices::DeviceDirectory::loadFinished);
    if (session.directory().loadState() != devices::DeviceDirectory::LoadState::Complete) {
        ASSERT_TRUE(loaded.wait(60000));
    }

    // The first 30 rows by passcode action (resets first) and the last 3 (no action).
    ui::DevicesPage *page = window->devicesPage();
    page->view()->sortByColumn(ui::DeviceTableModel::PasscodeAction, Qt::AscendingOrder);
    ASSERT_TRUE(QTest::qWaitFor([page] { return !page->filterModel()->isSorting(); }, 10000));
    ui::DeviceFilterModel *model = page->filterModel();
    const int last = model->rowCount() - 1;
    QItemSelection selection(model->index(0, 0), model->index(29, 0));
    selection.select(model->index(last - 2, 0), model->index(last, 0));
    page->view()->selectionModel()->select(selection,
                                           QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const QStringList eligible = page->eligibleSelectedDeviceIds();
    ASSERT_EQ(page->selectedDeviceIds().size(), 33);
    ASSERT_GE(eligible.size(), 26);
    ASSERT_TRUE(page->bulkAction()->isEnabled());
    page->bulkAction()->trigger();

    ui::BulkPlanDialog *plan = nullptr;
    ASSERT_TRUE(QTest::qWaitFor(
        [&plan] {
            plan = openDialog<ui::BulkPlanDialog>();
            return plan && plan->isPlanShown();
        },
        30000));
    EXPECT_EQ(plan->currentPlan().items.size(), 33);
    EXPECT_GE(plan->currentPlan().skippedCount(), 3); // the three without an action, and any already pending
    const int toSend = plan->currentPlan().eligibleCount();
    ASSERT_GT(toSend, 25);
    EXPECT_TRUE(plan->confirmationText().contains(QStringLiteral("contoso-sandbox"))); // the tenant
    plan->ticketEdit()->setText(QStringLiteral("CHG-1: kiosk rotation"));
    EXPECT_FALSE(plan->sendButton()->isEnabled()); // the count is not typed yet
    plan->countEdit()->setText(QString::number(toSend));
    ASSERT_TRUE(plan->sendButton()->isEnabled());
    plan->sendButton()->click();

    ui::BulkRunWindow *runWindow = nullptr;
    ASSERT_TRUE(QTest::qWaitFor(
        [&runWindow] {
            runWindow = openDialog<ui::BulkRunWindow>();
            return runWindow != nullptr;
        },
        10000));
    actions::BulkRun &run = runWindow->run();
    ASSERT_TRUE(QTest::qWaitFor([&run] { return run.isAllSent(); }, 60000));
    EXPECT_EQ(run.ticket(), QStringLiteral("CHG-1: kiosk rotation"));

    // Each planned device has exactly one action of this run in the tracker; the grid shows every device.
    int withAction = 0;
    for (const actions::BulkRunItem &item : run.items()) {
        if (!item.plan.eligible())
            continue;
        ++withAction;
        EXPECT_TRUE(item.sent) << item.plan.deviceName.toStdString();
        const std::optional<actions::TrackedAction> tracked = session.tracker().find(item.key());
        ASSERT_TRUE(tracked.has_value());
        EXPECT_EQ(tracked->runId, run.id());
    }
    EXPECT_EQ(withAction, toSend);
    EXPECT_EQ(runWindow->resultsModel()->rowCount(), 33);

    // The console shows these devices as pending now.
    int pending = 0;
    for (const QString &id : eligible) {
        const int row = session.directory().rowOf(id);
        pending += page->tableModel()->passcodeCell(row) == ui::PasscodeCell::Pending;
    }
    EXPECT_GT(pending, 0);

    // No file the console wrote holds a passcode the tracker knows.
    QStringList codes;
    for (const actions::TrackedAction &a : session.tracker().all()) {
        if (a.passcode)
            codes << *a.passcode;
    }
    QDirIterator files(dir.path(), QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        for (const QString &code : std::as_const(codes))
            EXPECT_FALSE(bytes.contains(code.toUtf8())) << file.fileName().toStdString();
    }

    // The runs list names the run; opening it shows the live run's window, never a second copy of the run.
    ui::BulkRunsDialog *runs = window->bulk()->showRuns();
    ASSERT_NE(runs, nullptr);
    ASSERT_GE(runs->list()->topLevelItemCount(), 1);
    EXPECT_EQ(runs->list()->topLevelItem(0)->text(1), QStringLiteral("CHG-1: kiosk rotation"));
    EXPECT_EQ(window->bulk()->openRun(run.id()), runWindow);
    runs->close();
    runWindow->close();
}

} // namespace
