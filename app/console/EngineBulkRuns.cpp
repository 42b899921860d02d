// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/console/EngineBulkRuns.h"

#include "core/actions/RunStore.h"
#include "engine/TenantEngine.h"

namespace passcode::console {

actions::BulkPlanner *EngineBulkRuns::createPlanner(QObject *parent)
{
    return m_engine.createPlanner(parent);
}

Result<actions::BulkRun *> EngineBulkRuns::createRun(const actions::BulkPlan &plan, const QString &ticket,
                                                     QObject *parent)
{
    return m_engine.createRun(plan, ticket, parent);
}

Result<actions::BulkRun *> EngineBulkRuns::resumeRun(const QString &runId, QObject *parent)
{
    return m_engine.resumeRun(runId, parent);
}

actions::RunStore &EngineBulkRuns::runStore()
{
    return m_engine.runStore();
}

} // namespace passcode::console
