// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QWidget;

namespace passcode {
class Clock;
}
namespace passcode::actions {
class ActionTracker;
class BulkRun;
struct BulkPlan;
} // namespace passcode::actions

namespace passcode::ui {

class BulkPlanDialog;
class BulkRunWindow;
class BulkRuns;
class BulkRunsDialog;
class DialogPresenter;

/**
 * The console's bulk passcode flow, for the main window: a plan for the chosen devices (BulkPlanDialog),
 * then a run started on confirmation and shown in its window (BulkRunWindow); "Retry failed" plans again;
 * the runs list (BulkRunsDialog) opens any run's grid; at start, an interrupted run is offered for resume.
 *
 * A run that lives in this console is never restored a second time from its file: opening it again shows
 * its window, so that nothing can be sent twice by two run objects.
 */
class BulkController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkController)

public:
    BulkController(BulkRuns &runs, actions::ActionTracker &tracker, const Clock &clock,
                   DialogPresenter &dialogs, const QString &tenantName, QWidget *window);
    ~BulkController() override;

    /** Reads the devices again and shows the plan; a confirmed plan starts a run. */
    BulkPlanDialog *planFor(const QStringList &deviceIds);
    /** Starts a run of a confirmed plan and shows it. Null (with a message) when the run cannot be made. */
    BulkRunWindow *startRun(const actions::BulkPlan &plan, const QString &ticket);
    /** Shows a run's window (raised when already open). */
    BulkRunWindow *showRun(actions::BulkRun *run);
    /** Opens a persisted run by id (the live one when it is this console's). */
    BulkRunWindow *openRun(const QString &runId);
    /** The list of runs. */
    BulkRunsDialog *showRuns();
    /** At start: offers to resume the newest interrupted run, if any. Returns whether one was offered. */
    bool offerResume();

private:
    BulkRuns &m_runs;
    actions::ActionTracker &m_tracker;
    const Clock &m_clock;
    DialogPresenter &m_dialogs;
    QString m_tenantName;
    QWidget *m_window;
    QHash<QString, QPointer<actions::BulkRun>> m_live;
    QHash<QString, QPointer<BulkRunWindow>> m_windows;
    QPointer<BulkRunsDialog> m_runsDialog;
};

} // namespace passcode::ui
