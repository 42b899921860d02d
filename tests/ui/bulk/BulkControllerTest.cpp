// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/bulk/BulkController.h"
#include "UiTestSupport.h"
#include "core/actions/ActionTracker.h"
#include "core/actions/BulkPlanner.h"
#include "core/actions/RunStore.h"
#include "fakes/ManualClock.h"
#include "ui/bulk/BulkRuns.h"
#include "ui/bulk/BulkRunsDialog.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUuid>
#include <QWidget>

using namespace passcode;

namespace {

/** Runs kept in a temporary folder; nothing can be planned or sent. */
class FolderBulkRuns final : public ui::BulkRuns
{
public:
    explicit FolderBulkRuns(const QString &folder)
        : store(folder)
    {}
    actions::BulkPlanner *createPlanner(QObject *) override { return nullptr; }
    Result<actions::BulkRun *> createRun(const actions::BulkPlan &, const QString &, QObject *) override
    {
        return Error::make(Error::Kind::Usage, QStringLiteral("not in this test"));
    }
    Result<actions::BulkRun *> resumeRun(const QString &, QObject *) override
    {
        return Error::make(Error::Kind::NotFound, QStringLiteral("not in this test"));
    }
    actions::RunStore &runStore() override { return store; }

    actions::RunStore store;
};

actions::RunRecord record(const QString &ticket, actions::RunState state, bool sent)
{
    actions::RunRecord run;
    run.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    run.createdAt = QDateTime(QDate(2026, 12, 4), QTime(9, 0), Qt::UTC);
    run.updatedAt = run.createdAt;
    run.ticket = ticket;
    run.initiatedBy = QStringLiteral("tech@contoso.example");
    run.state = state;
    actions::RunRecordItem item;
    item.deviceId = QStringLiteral("dev-1");
    item.deviceName = QStringLiteral("Scanner-1");
    item.action = actions::RemoteAction::ResetPasscode;
    item.scope = eligibility::Scope::Device;
    item.sent = sent;
    item.status = sent ? actions::RunItemStatus::Done : actions::RunItemStatus::NotSent;
    run.items.append(item);
    return run;
}

QMessageBox *resumeOffer()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (w->objectName() == QStringLiteral("resumeRunOffer") && w->isVisible())
            return qobject_cast<QMessageBox *>(w);
    }
    return nullptr;
}

class ui_BulkController : public ::testing::Test
{
protected:
    QTemporaryDir dir;
    FolderBulkRuns runs{dir.path()};
    passcode::testing::ManualClock clock;
    actions::ActionTracker tracker{clock};
    uitest::FakeDialogPresenter dialogs;
    QWidget window;
    ui::BulkController controller{runs, tracker, clock, dialogs, QStringLiteral("Contoso"), &window};
};

TEST_F(ui_BulkController, NoInterruptedRunNoOffer)
{
    ASSERT_FALSE(runs.store.save(record(QStringLiteral("INC-aaaa"), actions::RunState::Finished, true)));
    EXPECT_FALSE(controller.offerResume());
    EXPECT_EQ(resumeOffer(), nullptr);
}

TEST_F(ui_BulkController, AnInterruptedRunIsOfferedForResumeWithLaterAsTheDefault)
{
    ASSERT_FALSE(runs.store.save(record(QStringLiteral("INC-bbbb"), actions::RunState::Running, false)));
    window.show();
    ASSERT_TRUE(controller.offerResume());
    QMessageBox *box = resumeOffer();
    ASSERT_NE(box, nullptr);
    EXPECT_TRUE(box->text().contains(QStringLiteral("INC-bbbb")));
    EXPECT_TRUE(box->text().contains(QStringLiteral("1 device(s) not sent yet")));
    ASSERT_NE(box->defaultButton(), nullptr);
    EXPECT_EQ(box->buttonRole(box->defaultButton()), QMessageBox::RejectRole);
    box->reject();
}

TEST_F(ui_BulkController, TheRunsListShowsEveryRunWithItsTicketAndCounts)
{
    ASSERT_FALSE(runs.store.save(record(QStringLiteral("INC-cccc"), actions::RunState::Finished, true)));
    ASSERT_FALSE(runs.store.save(record(QStringLiteral("INC-dddd"), actions::RunState::Paused, false)));
    ui::BulkRunsDialog *dialog = controller.showRuns();
    ASSERT_NE(dialog, nullptr);
    QTreeWidget *list = dialog->list();
    ASSERT_EQ(list->topLevelItemCount(), 2);
    QStringList tickets;
    for (int i = 0; i < 2; ++i)
        tickets << list->topLevelItem(i)->text(1);
    EXPECT_TRUE(tickets.contains(QStringLiteral("INC-cccc")));
    EXPECT_TRUE(tickets.contains(QStringLiteral("INC-dddd")));
    EXPECT_FALSE(list->accessibleName().isEmpty());
    dialog->close();
}

} // namespace
