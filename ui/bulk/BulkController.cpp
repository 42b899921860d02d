// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/bulk/BulkController.h"

#include "core/actions/BulkPlanner.h"
#include "core/actions/BulkRun.h"
#include "core/actions/RunStore.h"
#include "ui/bulk/BulkPlanDialog.h"
#include "ui/bulk/BulkRunWindow.h"
#include "ui/bulk/BulkRuns.h"
#include "ui/bulk/BulkRunsDialog.h"
#include "ui/common/TimeFormat.h"

#include <QMessageBox>
#include <QPushButton>
#include <QWidget>

namespace passcode::ui {

BulkController::BulkController(BulkRuns &runs, actions::ActionTracker &tracker, const Clock &clock,
                               DialogPresenter &dialogs, const QString &tenantName, QWidget *window)
    : QObject(window)
    , m_runs(runs)
    , m_tracker(tracker)
    , m_clock(clock)
    , m_dialogs(dialogs)
    , m_tenantName(tenantName)
    , m_window(window)
{}

BulkController::~BulkController()
{
    // The run windows show runs this controller owns: they go first, before the runs (its children).
    for (const QPointer<BulkRunWindow> &window : std::as_const(m_windows))
        delete window.data();
}

BulkPlanDialog *BulkController::planFor(const QStringList &deviceIds)
{
    auto *dialog = new BulkPlanDialog(m_tenantName, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &BulkPlanDialog::confirmed, this,
            [this](const actions::BulkPlan &plan, const QString &ticket) { startRun(plan, ticket); });
    dialog->plan(m_runs.createPlanner(dialog), deviceIds);
    dialog->open();
    return dialog;
}

BulkRunWindow *BulkController::startRun(const actions::BulkPlan &plan, const QString &ticket)
{
    Result<actions::BulkRun *> run = m_runs.createRun(plan, ticket, this);
    if (!run) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Bulk passcode action"),
                                    tr("The run could not be started: %1").arg(run.error().message),
                                    QMessageBox::Ok, m_window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return nullptr;
    }
    BulkRunWindow *window = showRun(*run);
    (*run)->start();
    return window;
}

BulkRunWindow *BulkController::showRun(actions::BulkRun *run)
{
    m_live.insert(run->id(), run);
    if (QPointer<BulkRunWindow> open = m_windows.value(run->id())) {
        open->show();
        open->raise();
        open->activateWindow();
        return open;
    }
    auto *window = new BulkRunWindow(*run, m_tracker, m_clock, m_dialogs, m_tenantName, m_window);
    connect(window, &BulkRunWindow::retryRequested, this, [this](const QStringList &ids) { planFor(ids); });
    m_windows.insert(run->id(), window);
    window->show();
    return window;
}

BulkRunWindow *BulkController::openRun(const QString &runId)
{
    if (QPointer<actions::BulkRun> live = m_live.value(runId))
        return showRun(live);
    Result<actions::BulkRun *> run = m_runs.resumeRun(runId, this);
    if (!run) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Bulk passcode runs"),
                                    tr("The run could not be opened: %1").arg(run.error().message),
                                    QMessageBox::Ok, m_window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return nullptr;
    }
    return showRun(*run);
}

BulkRunsDialog *BulkController::showRuns()
{
    if (!m_runsDialog) {
        m_runsDialog = new BulkRunsDialog(m_window);
        m_runsDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_runsDialog, &BulkRunsDialog::openRequested, this, &BulkController::openRun);
    }
    m_runsDialog->setRuns(m_runs.runStore().list());
    m_runsDialog->show();
    m_runsDialog->raise();
    return m_runsDialog;
}

bool BulkController::offerResume()
{
    const QList<actions::RunRecord> interrupted = m_runs.runStore().interrupted();
    if (interrupted.isEmpty())
        return false;
    const actions::RunRecord &run = interrupted.first();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Interrupted bulk run"),
                                tr("A bulk passcode run did not finish: ticket %1, started %2 by %3, %Ln "
                                   "device(s) not sent yet.",
                                   nullptr, run.unsentCount())
                                    .arg(run.ticket, TimeFormat::dateTime(run.createdAt), run.initiatedBy),
                                QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("resumeRunOffer"));
    box->setInformativeText(tr("Resume reads the devices never sent again and sends them if they are still "
                               "eligible; the devices already sent are followed, never sent twice."));
    QPushButton *resume = box->addButton(tr("&Resume the run"), QMessageBox::AcceptRole);
    QPushButton *show = box->addButton(tr("&Show it paused"), QMessageBox::ActionRole);
    QPushButton *later = box->addButton(tr("&Later"), QMessageBox::RejectRole);
    box->setDefaultButton(later);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = run.id;
    connect(box, &QMessageBox::buttonClicked, this, [this, id, resume, show](QAbstractButton *clicked) {
        if (clicked != resume && clicked != show)
            return;
        BulkRunWindow *window = openRun(id);
        if (window && clicked == resume)
            window->run().resume();
    });
    box->open();
    return true;
}

} // namespace passcode::ui
