// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/actions/ActionTracker.h"
#include "core/actions/BulkPlan.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace passcode::actions {

/** The state of a bulk run. Persisted (RunRecord::state) as stableName(). */
enum class RunState
{
    Ready,   ///< planned, not started (never persisted as such: a saved run starts Running)
    Running, ///< sending and/or following
    Paused,  ///< nothing more leaves until resume(); what left is followed (RunRecord::pauseReason says why)
    Cancelled, ///< nothing more leaves; what left is followed
    Finished,  ///< every item sent (or skipped) and every sent one settled
};
/** "ready", "running", "paused", "cancelled", "finished". */
QString stableName(RunState state);
RunState runStateFromStableName(const QString &text, bool *ok = nullptr);
/** Translated: "Ready", "Running", "Paused", "Cancelled", "Finished". */
QString displayName(RunState state);

/** Where one item of a run stands, as the results grid and --json show it. */
enum class RunItemStatus
{
    Skipped,      ///< the plan skipped it (PlanItem::skip says why)
    NotSent,      ///< not sent yet (or never: cancelled or interrupted before it left)
    Sent,         ///< journaled and on its way; no answer yet
    Accepted,     ///< Graph answered 204; it has not reported a state yet
    Pending,      ///< Graph reports it pending or active
    Done,         ///< completed
    Failed,       ///< refused by Graph, or failed on the device (or cancelled in Intune)
    NotSupported, ///< not supported on this device
    Unknown,      ///< the outcome of its POST is unknown; never sent again, settled by polling
    NotProcessed, ///< sent with an unknown outcome that Graph never showed: may be sent again
};
/** "skipped", "notSent", "sent", "accepted", "pending", "done", "failed", "notSupported", "unknown",
 *  "notProcessed". */
QString stableName(RunItemStatus status);
RunItemStatus runItemStatusFromStableName(const QString &text, bool *ok = nullptr);
/** Translated: "Skipped", "Not sent", "Sent"... */
QString displayName(RunItemStatus status);
/** The status of an item whose action is in @p state (None: NotProcessed when it was sent, else NotSent). */
RunItemStatus runItemStatusOf(ActionState state, bool sent);
/** Done, Failed, NotSupported, NotProcessed and Skipped: nothing more will happen to the item. */
bool isSettled(RunItemStatus status);

/** One device of a persisted run (what the plan decided and whether its POST was handed over). */
struct RunRecordItem
{
    QString deviceId;
    QString deviceName;
    std::optional<RemoteAction> action;
    eligibility::Scope scope = eligibility::Scope::None;
    SkipReason skip = SkipReason::None;
    QString skipText;
    /** Its POST was handed to the network (journaled Sent first); a sent item is never sent again. */
    bool sent = false;
    /** The run's last known status of the item (refreshed from the journal on load). */
    RunItemStatus status = RunItemStatus::NotSent;
    int errorCode = 0;
};

/**
 * A bulk run as persisted by RunStore: one JSON file per run, NEVER a passcode (written field by field).
 * {"version":1,"id","createdAt","updatedAt","ticket","initiatedBy","tenant","state","pauseReason",
 *  "items":[{"deviceId","deviceName","action","scope","skip","skipText","sent","status","errorCode"}]}
 */
struct RunRecord
{
    Q_DECLARE_TR_FUNCTIONS(RunRecord)

public:
    QString id; ///< a UUID without braces
    QDateTime createdAt;
    QDateTime updatedAt;
    QString ticket;
    QString initiatedBy;
    QString tenantLabel;
    RunState state = RunState::Running;
    QString pauseReason;
    QList<RunRecordItem> items;

    /** Items not skipped, not sent. */
    int unsentCount() const;
    /** Items per status. */
    int count(RunItemStatus status) const;
    /** Running or paused (not cancelled, not finished) with items never sent: offered for resume. */
    bool isInterrupted() const;

    QJsonObject toJson() const;
    static std::optional<RunRecord> fromJson(const QJsonObject &object);

    /**
     * Updates the items' statuses from the action journal's entries that carry this run's id (Sent → Sent
     * (treated as unknown by a resumed run), later states as journaled). An item whose entry is not there (or
     * carries another run's id) keeps its own status; an item with no entry and not marked sent is NotSent.
     */
    void applyJournal(const QList<TrackedAction> &entries);
};

} // namespace passcode::actions
