// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BulkRunCommand.h"

namespace passcode::ctl {

/**
 * `runs resume RUN [--wait [--timeout S]] [--max-writes N] [--show-passcode] [--json]`: a bulk run that was
 * interrupted (killed, a reboot, a journal that could not be written) goes on (TenantEngine::resumeRun):
 * the devices it never sent to are read again and sent to if still eligible; the devices it sent to are
 * followed, never sent again; an unknown outcome stays unknown until polling settles it. A run that
 * finished or was cancelled is reported as it stands. Output and exit codes as a bulk reset's
 * (BulkRunCommand).
 */
class RunsResumeCommand final : public BulkRunCommand
{
    Q_OBJECT

public:
    RunsResumeCommand(const CtlOptions &options, Output &out, Output &err, QObject *parent = nullptr)
        : BulkRunCommand(options, out, err, parent)
    {}

protected:
    void executeWithGraph() override;
};

} // namespace passcode::ctl
