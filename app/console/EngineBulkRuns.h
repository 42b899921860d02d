// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/bulk/BulkRuns.h"

namespace passcode::engine {
class TenantEngine;
}

namespace passcode::console {

/** The console's bulk runs over its tenant engine (planners, runs and the run store of the engine). */
class EngineBulkRuns final : public ui::BulkRuns
{
public:
    explicit EngineBulkRuns(engine::TenantEngine &engine)
        : m_engine(engine)
    {}

    actions::BulkPlanner *createPlanner(QObject *parent) override;
    Result<actions::BulkRun *> createRun(const actions::BulkPlan &plan, const QString &ticket,
                                         QObject *parent) override;
    Result<actions::BulkRun *> resumeRun(const QString &runId, QObject *parent) override;
    actions::RunStore &runStore() override;

private:
    engine::TenantEngine &m_engine;
};

} // namespace passcode::console
