// SPDX-License-Identifier: GPL-3.0-or-later
#include "RunsListCommand.h"

#include "BulkFormat.h"
#include "CtlSession.h"
#include "ExitCode.h"
#include "Output.h"

#include "core/actions/RunStore.h"
#include "engine/TenantEngine.h"

namespace passcode::ctl {

void RunsListCommand::executeWithGraph()
{
    const QList<actions::RunRecord> runs = session().engine().runStore().list();
    if (options().json)
        printJson(BulkFormat::runsJson(runs));
    else
        out() << BulkFormat::runsTable(runs);
    finish(ExitSuccess);
}

} // namespace passcode::ctl
