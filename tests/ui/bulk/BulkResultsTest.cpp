// SPDX-License-Identifier: GPL-3.0-or-later
#include "UiTestSupport.h"
#include "core/actions/ActionTracker.h"
#include "core/actions/RunRecord.h"
#include "core/common/Translations.h"
#include "core/graph/WriteBudget.h"
#include "fakes/ManualClock.h"
#include "ui/bulk/BulkResultsModel.h"
#include "ui/bulk/BulkRunWindow.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace passcode;
using passcode::actions::ActionState;
using passcode::actions::RemoteAction;
using passcode::actions::RunItemStatus;
using passcode::ui::BulkResultsModel;

namespace {

const QString kRunId = QStringLiteral("8c1f9a52-3b0e-4d7a-9b43-1f2e6f0c7d11");
const QString kCode = QStringLiteral("482916");

/** A finished run with one device in each state; dev-0 (done) has a passcode in the tracker. */
actions::RunRecord makeRecord()
{
    actions::RunRecord record;
    record.id = kRunId;
    record.createdAt = QDateTime(QDate(2026, 12, 4), QTime(9, 30), Qt::UTC);
    record.ticket = QStringLiteral("INC-4711");
    record.initiatedBy = QStringLiteral("tech@contoso.example");
    record.state = actions::RunState::Finished;
    const RunItemStatus states[] = {RunItemStatus::Done,         RunItemStatus::Failed,
                                    RunItemStatus::NotSupported, RunItemStatus::Pending,
                                    RunItemStatus::Unknown,      RunItemStatus::Skipped};
    int n = 0;
    for (RunItemStatus s : states) {
        actions::RunRecordItem item;
        item.deviceId = QStringLiteral("dev-%1").arg(n);
        item.deviceName = QStringLiteral("Scanner-%1").arg(n++);
        item.status = s;
        if (s == RunItemStatus::Skipped) {
            item.skip = actions::SkipReason::NotEligible;
            item.skipText = QStringLiteral("Windows 10/11 desktop passcodes cannot be reset by Intune.");
        } else {
            item.action = RemoteAction::ResetPasscode;
            item.scope = eligibility::Scope::Device;
            item.sent = true;
        }
        if (s == RunItemStatus::Failed)
            item.errorCode = 400;
        record.items.append(item);
    }
    return record;
}

class ui_BulkResults : public ::testing::Test
{
protected:
    passcode::testing::ManualClock clock;
    graph::WriteBudget budget{clock};
    actions::ActionTracker tracker{clock};
    uitest::FakeDialogPresenter dialogs;
    std::unique_ptr<actions::BulkRun> run;

    void SetUp() override
    {
        actions::TrackedAction done;
        done.key = {QStringLiteral("dev-0"), RemoteAction::ResetPasscode};
        done.state = ActionState::Done;
        done.passcode = kCode;
        done.runId = kRunId;
        done.requestedAt = clock.now();
        done.stateSince = clock.now();
        tracker.restore(done);
        actions::BulkRun::Context context;
        context.tracker = &tracker;
        context.clock = &clock;
        context.budget = &budget;
        run = actions::BulkRun::fromRecord(context, makeRecord());
    }
};

TEST_F(ui_BulkResults, ShowsEveryStateAndTheSkipReason)
{
    BulkResultsModel model(*run, tracker);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(model.rowCount(), 6);
    const QStringList expected{QStringLiteral("Done"),          QStringLiteral("Failed"),
                               QStringLiteral("Not supported"), QStringLiteral("Pending"),
                               QStringLiteral("Unknown"),       QStringLiteral("Skipped")};
    for (int row = 0; row < 6; ++row)
        EXPECT_EQ(model.index(row, BulkResultsModel::State).data().toString(), expected.at(row));
    EXPECT_TRUE(
        model.index(5, BulkResultsModel::Details).data().toString().contains(QStringLiteral("Windows")));
    EXPECT_TRUE(model.index(4, BulkResultsModel::Details)
                    .data()
                    .toString()
                    .contains(QStringLiteral("never sent again")));
}

TEST_F(ui_BulkResults, ThePasscodeIsMaskedUntilRevealedAndNeverInATooltip)
{
    BulkResultsModel model(*run, tracker);
    const QModelIndex code = model.index(0, BulkResultsModel::Passcode);
    EXPECT_EQ(model.passcode(0), kCode);
    EXPECT_FALSE(code.data().toString().contains(kCode));
    EXPECT_FALSE(code.data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("482")));
    EXPECT_TRUE(code.data(Qt::ToolTipRole).toString().isEmpty());
    model.setRevealed(0, true);
    EXPECT_EQ(QString(code.data().toString()).remove(u' '), kCode);
    EXPECT_TRUE(code.data(Qt::ToolTipRole).toString().isEmpty());
    EXPECT_TRUE(model.index(1, BulkResultsModel::Passcode).data().toString().isEmpty()); // failed: no code
}

TEST_F(ui_BulkResults, TheCsvHasEveryRowAndNeverThePasscode)
{
    BulkResultsModel model(*run, tracker);
    model.setRevealed(0, true);
    const QString csv = QString::fromUtf8(model.csv());
    EXPECT_FALSE(csv.contains(kCode));
    const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 7); // header + 6 devices
    EXPECT_TRUE(lines.at(0).startsWith(QStringLiteral("Device name,Device ID,Action,Scope,State")));
    EXPECT_TRUE(lines.at(2).contains(QStringLiteral("Scanner-1,dev-1,Reset passcode,device,Failed")));
    EXPECT_TRUE(lines.at(2).endsWith(QStringLiteral(",400")));
    EXPECT_TRUE(lines.at(6).contains(QStringLiteral("Skipped")));
}

TEST_F(ui_BulkResults, TheWindowFiltersByStateAndExportsTheGrid)
{
    ui::BulkRunWindow window(*run, tracker, clock, dialogs, QStringLiteral("Contoso"));
    window.setAttribute(Qt::WA_DeleteOnClose, false);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QComboBox *filter = window.stateFilter();
    filter->setCurrentIndex(filter->findData(int(RunItemStatus::Failed)));
    ASSERT_EQ(window.grid()->model()->rowCount(), 1);
    EXPECT_EQ(window.grid()->model()->index(0, 0).data().toString(), QStringLiteral("Scanner-1"));
    filter->setCurrentIndex(filter->findData(int(RunItemStatus::Skipped)));
    EXPECT_EQ(window.grid()->model()->rowCount(), 1);
    filter->setCurrentIndex(0);
    EXPECT_EQ(window.grid()->model()->rowCount(), 6);
    EXPECT_TRUE(window.countsText().contains(QStringLiteral("1 failed")));
    // Retry failed offers the failed device only (not the unknown one: it is never sent again).
    EXPECT_EQ(run->retryCandidates(), QStringList{QStringLiteral("dev-1")});
    EXPECT_TRUE(window.retryButton()->isEnabled());
    EXPECT_FALSE(window.pauseButton()->isEnabled()); // a finished run

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("run.csv"));
    EXPECT_TRUE(window.exportTo(file).isEmpty());
    QFile written(file);
    ASSERT_TRUE(written.open(QIODevice::ReadOnly));
    const QByteArray bytes = written.readAll();
    EXPECT_FALSE(bytes.contains(kCode.toUtf8()));
    EXPECT_TRUE(bytes.contains("Scanner-5"));
}

TEST_F(ui_BulkResults, CopyPutsTheCodeOnTheClipboardForTheCurrentRowOnly)
{
    ui::BulkRunWindow window(*run, tracker, clock, dialogs, QStringLiteral("Contoso"));
    window.setAttribute(Qt::WA_DeleteOnClose, false);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QGuiApplication::clipboard()->clear();
    window.grid()->setCurrentIndex(window.grid()->model()->index(1, 0)); // failed: no code
    window.copyPasscode();
    EXPECT_TRUE(QGuiApplication::clipboard()->text().isEmpty());
    window.grid()->setCurrentIndex(window.grid()->model()->index(0, 0));
    window.copyPasscode();
    EXPECT_EQ(QGuiApplication::clipboard()->text(), kCode);
    EXPECT_TRUE(ui::SecretClipboard::isMarkedSecret(QGuiApplication::clipboard()->mimeData()));
    window.toggleReveal();
    EXPECT_TRUE(window.resultsModel()->isRevealed(0));
}

TEST_F(ui_BulkResults, TheEncryptedExportTakesTheCollectedPasscodesOnly)
{
    ui::BulkRunWindow window(*run, tracker, clock, dialogs, QStringLiteral("Contoso"));
    window.setAttribute(Qt::WA_DeleteOnClose, false);
    const QList<actions::PasscodeExportRow> rows = window.passcodeRows();
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows.first().deviceId, QStringLiteral("dev-0"));
    EXPECT_EQ(rows.first().passcode, kCode);
    EXPECT_TRUE(window.exportPasscodesButton()->isEnabled());
    EXPECT_FALSE(window.exportPasscodesButton()->accessibleName().isEmpty());
}

} // namespace

TEST_F(ui_BulkResults, TheRunWindowFitsA1024By700ScreenInFrench)
{
    // French labels are the longest: the buttons wrap instead of widening the window past the screen.
    QCoreApplication &app = *QCoreApplication::instance();
    const QList<QTranslator *> before = app.findChildren<QTranslator *>(Qt::FindDirectChildrenOnly);
    passcode::installTranslations(app, QStringLiteral("fr"));
    QSize minimum;
    {
        ui::BulkRunWindow window(*run, tracker, clock, dialogs, QStringLiteral("Contoso"));
        minimum = window.minimumSizeHint();
    }
    for (QTranslator *added : app.findChildren<QTranslator *>(Qt::FindDirectChildrenOnly)) {
        if (!before.contains(added)) {
            QCoreApplication::removeTranslator(added);
            delete added;
        }
    }
    EXPECT_LE(minimum.width(), 1024 - 16);
    EXPECT_LE(minimum.height(), 700 - 40);
}
