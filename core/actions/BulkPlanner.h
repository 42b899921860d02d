// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/actions/BulkPlan.h"
#include "core/common/Clock.h"
#include "core/common/Error.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

namespace passcode::graph {
class GraphBatch;
class GraphClient;
struct GraphResult;
} // namespace passcode::graph

namespace passcode::rbac {
class PermissionCheck;
}

namespace passcode::actions {

class ActionTracker;

/**
 * Builds a BulkPlan on fresh data: every device id is read again by id through GraphBatch (20 per $batch;
 * beta, the list properties and deviceActionResults, as ActionService::fetchDevice() reads one), the device
 * is applied to the tracker (ActionTracker::applyDevice, so that actions Graph reports are known), then
 * PasscodeRules::platformAction() and evaluate() with eligibilityContext() give its verdict.
 *
 * Skip reasons, in this order: 404 → NotFound; another read failure → ReadFailed; no platform action (or not
 * the fixed one) → NotEligible; a blocked verdict because of the management state (retire, wipe, delete) →
 * RetireWipeIssued; a blocked verdict because of an action in flight (Graph's or the tracker's) →
 * AlreadyPending; any other refusal, or an action the technician's Intune role does not allow
 * (setPermissions) → NotEligible.
 *
 * Duplicate ids are planned once; empty ids are ignored. plan() runs once per planner. The client, tracker
 * and clock must outlive the planner. Thread: the client's.
 */
class BulkPlanner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkPlanner)

public:
    BulkPlanner(graph::GraphClient &client, ActionTracker &tracker, const Clock &clock,
                QObject *parent = nullptr);
    ~BulkPlanner() override;

    /** Only devices whose platform action is @p action get it; the others are skipped as not eligible. */
    void setFixedAction(std::optional<RemoteAction> action);
    /** The per-request timeout of the reads (0: the client's). */
    void setRequestTimeoutMs(int timeoutMs);
    /**
     * The technician's Intune permissions (null: none): an eligible device whose action the role does not
     * allow is skipped as NotEligible with the role's reason. Not owned; must outlive the planner.
     */
    void setPermissions(const rbac::PermissionCheck *permissions);

    /** Reads the devices and emits finished() with the plan (always asynchronously). */
    void plan(const QStringList &deviceIds);
    /** Stops reading: the devices not read yet are ReadFailed (cancelled), then finished(). */
    void cancel();
    bool isRunning() const;
    /** $batch POSTs sent for the reads (for tests and the benchmark). */
    int batchRequestsSent() const;

    /**
     * The verdict for one device already read (pure apart from reading the tracker): the heart of plan(),
     * exposed for tests and for the table column.
     */
    static PlanItem judge(const devices::Device &device, const ActionTracker &tracker, const QDateTime &now,
                          std::optional<RemoteAction> fixedAction = std::nullopt);
    /** The PlanItem of a device whose read failed (@p error: NotFound → NotFound, else ReadFailed). */
    static PlanItem unreadable(const QString &deviceId, const Error &error);

Q_SIGNALS:
    /** @p read of @p total devices have an answer. */
    void progressChanged(int read, int total);
    /** The plan is complete. Once. */
    void finished(const passcode::actions::BulkPlan &plan);

private:
    void onItem(int index, const graph::GraphResult &result);
    void finish();

    graph::GraphClient &m_client;
    ActionTracker &m_tracker;
    const Clock &m_clock;
    std::optional<RemoteAction> m_fixedAction;
    int m_timeoutMs = 0;
    QPointer<const rbac::PermissionCheck> m_permissions;
    BulkPlan m_plan;
    QList<bool> m_answered;
    int m_read = 0;
    int m_batches = 0;
    bool m_started = false;
    bool m_done = false;
    QPointer<graph::GraphBatch> m_batch;
};

} // namespace passcode::actions
