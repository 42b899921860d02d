// SPDX-License-Identifier: GPL-3.0-or-later
#include "RunsResumeCommand.h"

#include "CtlSession.h"
#include "ExitCode.h"

#include "core/actions/BulkRun.h"
#include "engine/TenantEngine.h"

namespace passcode::ctl {

void RunsResumeCommand::executeWithGraph()
{
    Result<actions::BulkRun *> run = session().engine().resumeRun(options().runId);
    if (!run) {
        Error e = run.error();
        if (e.kind == Error::Kind::NotFound) {
            e.kind = Error::Kind::Usage;
            e.message = tr("There is no run '%1' for this tenant; 'passcodectl runs list' shows the runs.")
                            .arg(options().runId);
        }
        fail(e);
        return;
    }
    follow(*run);
    (*run)->resume();
}

} // namespace passcode::ctl
