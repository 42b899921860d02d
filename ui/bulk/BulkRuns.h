// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QString>

class QObject;

namespace passcode::actions {
struct BulkPlan;
class BulkPlanner;
class BulkRun;
class RunStore;
} // namespace passcode::actions

namespace passcode::ui {

/**
 * What the console's bulk pages need from the tenant's engine: planners, runs and the run store. The ui layer
 * does not see the engine; app/console implements this over engine::TenantEngine (its createPlanner,
 * createRun, resumeRun, runStore, tenantLabel), tests over the core classes.
 */
class BulkRuns
{
public:
    virtual ~BulkRuns() = default;

    /** A planner on the engine's client and tracker, owned by @p parent. */
    virtual actions::BulkPlanner *createPlanner(QObject *parent) = 0;
    /** A new run (state Ready) of @p plan with its ticket, owned by @p parent. */
    virtual Result<actions::BulkRun *> createRun(const actions::BulkPlan &plan, const QString &ticket,
                                                 QObject *parent) = 0;
    /** A persisted run restored (Paused when interrupted, else its end state), owned by @p parent. */
    virtual Result<actions::BulkRun *> resumeRun(const QString &runId, QObject *parent) = 0;
    virtual actions::RunStore &runStore() = 0;
};

} // namespace passcode::ui
