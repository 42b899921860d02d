// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace passcode::ctl {

/**
 * `runs list [--json]`: the bulk runs of this target's journal (TenantEngine::runStore()), newest first, with
 * their ticket, state and counts (item states refreshed from the journal). Interrupted runs (running or
 * paused with devices never sent) can be resumed with `runs resume RUN`.
 */
class RunsListCommand final : public GraphCommand
{
    Q_OBJECT

public:
    RunsListCommand(const CtlOptions &options, Output &out, Output &err, QObject *parent = nullptr)
        : GraphCommand(options, out, err, parent)
    {}

protected:
    void executeWithGraph() override;
};

} // namespace passcode::ctl
