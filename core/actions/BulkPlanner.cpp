// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/actions/BulkPlanner.h"

#include "core/actions/ActionTracker.h"
#include "core/graph/GraphBatch.h"
#include "core/graph/GraphClient.h"

namespace passcode::actions {

BulkPlanner::BulkPlanner(graph::GraphClient &client, ActionTracker &tracker, const Clock &clock,
                         QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_tracker(tracker)
    , m_clock(clock)
{}

BulkPlanner::~BulkPlanner() = default;

void BulkPlanner::setFixedAction(std::optional<RemoteAction> action)
{
    m_fixedAction = action;
}

void BulkPlanner::setRequestTimeoutMs(int timeoutMs)
{
    m_timeoutMs = timeoutMs;
}

void BulkPlanner::plan(const QStringList &deviceIds)
{
    Q_UNUSED(deviceIds); // stub (headers commit)
}

void BulkPlanner::cancel()
{}

bool BulkPlanner::isRunning() const
{
    return m_started && !m_done;
}

int BulkPlanner::batchRequestsSent() const
{
    return m_batches;
}

PlanItem BulkPlanner::judge(const devices::Device &device, const ActionTracker &, const QDateTime &,
                            std::optional<RemoteAction>)
{
    PlanItem item;
    item.deviceId = device.id;
    return item;
}

PlanItem BulkPlanner::unreadable(const QString &deviceId, const Error &)
{
    PlanItem item;
    item.deviceId = deviceId;
    item.skip = SkipReason::ReadFailed;
    return item;
}

void BulkPlanner::onItem(int, const graph::GraphResult &)
{}

void BulkPlanner::finish()
{}

} // namespace passcode::actions
