// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/actions/ActionKey.h"
#include "core/actions/ActionState.h"
#include "core/actions/BulkPlan.h"
#include "core/actions/RunRecord.h"
#include "core/common/Clock.h"
#include "core/common/Error.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <optional>

namespace passcode::graph {
class GraphClient;
class WriteBudget;
} // namespace passcode::graph

namespace passcode::actions {

class ActionService;
class ActionTracker;
class BulkPlanner;
class RunStore;

/** The counts of a run (every item is in exactly one of the per-status counts). */
struct BulkRunProgress
{
    int total = 0;
    int skipped = 0;
    int notSent = 0;
    int sent = 0; ///< journaled, no answer yet
    int accepted = 0;
    int pending = 0;
    int done = 0;
    int failed = 0;
    int notSupported = 0;
    int unknown = 0;
    int notProcessed = 0;
    /** Items not sent because the run was cancelled (a subset of notSent). */
    int cancelled = 0;
    /** Estimated milliseconds until every remaining item has left (from the write budget); 0 when none
     *  remain, -1 while paused/cancelled. */
    qint64 etaMs = 0;

    /** Items with nothing more to come (settled or skipped, or not sent after a cancel). */
    int finishedCount() const;
};

/** One row of a run's results. The passcode is never here: read it from the tracker (passcodeAvailable). */
struct BulkRunItem
{
    PlanItem plan;
    RunItemStatus status = RunItemStatus::NotSent;
    /** Its POST was handed over (journaled Sent first). */
    bool sent = false;
    /** Graph's error code of a failure (0: none). */
    int errorCode = 0;
    /** The error that refused or failed the send, if any (translated message). */
    QString errorText;
    /** LikelyCause's text for a failed / not supported action. */
    QString likelyCause;
    /** The tracker holds a passcode for this item's action (reveal/copy reads it there). */
    bool passcodeAvailable = false;

    ActionKey key() const;
};

/**
 * One bulk run: from a BulkPlan (or a persisted RunRecord) to every eligible device's action sent once and
 * followed to its end.
 *
 * start() hands every planned item the WriteBudget admits now to ActionService::sendMany() (one journal
 * write, then a $batch per GraphBatch::MaxRequestsPerBatch items), then waits (a timer) until the budget has
 * room for the next 20 (or what is left, or the limit if smaller); each item's state is followed through the
 * ActionTracker (its stateChanged and passcodeAvailable) and ActionService::deviceFetched (for the likely
 * cause). pause() stops sending (what left is followed); resume() goes on; cancel() drops what has not left
 * (its items stay NotSent, counted as cancelled). A journal failure pauses the run with the reason
 * (pauseReason()); nothing of that batch left.
 *
 * A run restored from a RunStore (fromRecord()) knows which items were sent: those are followed (never sent
 * again); the items never sent are read again (BulkPlanner) when it starts and sent if still eligible.
 *
 * The run saves itself to the RunStore (if given) on every state change and after every batch it hands
 * over. Signals: progressChanged, itemChanged(index), stateChanged, finished (once: all items settled, or
 * cancelled with nothing left to follow). The service, tracker, budget, store and clock must outlive the run.
 */
class BulkRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkRun)

public:
    /** What a run needs (not owned). store may be null (nothing persisted). */
    struct Context
    {
        ActionService *service = nullptr;
        ActionTracker *tracker = nullptr;
        graph::WriteBudget *budget = nullptr;
        RunStore *store = nullptr;
        graph::GraphClient *client = nullptr; ///< for the fresh reads of a resumed run
        const Clock *clock = nullptr;
        QString tenantLabel;
    };

    /** A new run of @p plan (state Ready). @p ticket must not be empty (TenantEngine::createRun checks). */
    BulkRun(Context context, const BulkPlan &plan, const QString &ticket, const QString &initiator,
            QObject *parent = nullptr);
    /** A run restored from its record (state Paused with its reason, or the record's end state). */
    static std::unique_ptr<BulkRun> fromRecord(Context context, const RunRecord &record,
                                               QObject *parent = nullptr);
    ~BulkRun() override;

    QString id() const;
    QString ticket() const;
    QString initiator() const;
    QDateTime createdAt() const;
    RunState state() const;
    /** allSent() has been emitted: every planned item left and has an answer. */
    bool isAllSent() const;
    /** Why the run is paused (translated; empty when paused by the technician or not paused). */
    QString pauseReason() const;

    /** Ready or Paused → Running. Does nothing in other states. */
    void start();
    /** Running → Paused (by the technician). */
    void pause();
    /** Paused → Running (same as start()). */
    void resume();
    /** → Cancelled: what has not left never will; what left is followed. */
    void cancel();

    BulkRunProgress progress() const;
    const QList<BulkRunItem> &items() const;
    /** The persisted form of the run now (never a passcode). */
    RunRecord record() const;

    /**
     * The device ids of the items that failed, were not supported, not processed, or never sent (after a
     * cancel or an interruption): what "Retry failed" plans again (a new run from a new, fresh plan).
     */
    QStringList retryCandidates() const;

Q_SIGNALS:
    void progressChanged();
    void itemChanged(int index);
    void stateChanged(passcode::actions::RunState state);
    /** Every planned item has left and has an answer (accepted, failed, unknown...): nothing is on the wire
     *  for the run any more. Once. passcodectl without --wait can stop following here. */
    void allSent();
    /** Every item is settled (or was cancelled before it left). Once. */
    void finished();
    /** Saving the run record failed (the run goes on; the journal is the authority). */
    void storeError(const passcode::Error &error);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace passcode::actions
