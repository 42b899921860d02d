// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActionsListCommand.h"

#include "CtlFormat.h"
#include "CtlSession.h"
#include "ExitCode.h"
#include "Output.h"

#include "core/actions/AuditFeed.h"
#include "engine/TenantEngine.h"

namespace passcode::ctl {

ActionsListCommand::ActionsListCommand(const CtlOptions &options, Output &out, Output &err, QObject *parent)
    : GraphCommand(options, out, err, parent)
{
    m_interval.setSingleShot(true);
}

ActionsListCommand::~ActionsListCommand() = default;

void ActionsListCommand::executeWithGraph()
{
    resumeFromJournal();
    actions::AuditFeed &feed = session().engine().auditFeed();
    connect(&feed, &actions::AuditFeed::refreshed, this, &ActionsListCommand::onRefreshed);
    connect(&feed, &actions::AuditFeed::refreshFailed, this, &ActionsListCommand::onRefreshFailed);
    connect(&m_interval, &QTimer::timeout, &feed, &actions::AuditFeed::refresh);
    feed.refresh();
}

void ActionsListCommand::aboutToFinish()
{
    m_interval.stop();
}

void ActionsListCommand::onRefreshed(const QList<actions::RemoteActionAudit> &rows)
{
    if (options().json) {
        printJson(CtlFormat::actionsJson(rows));
    } else {
        if (options().watch)
            out() << tr("Device actions at %1 (UTC):").arg(CtlFormat::time(session().clock().now())) << u'\n';
        out() << CtlFormat::actionsTable(rows);
        if (options().watch)
            out() << u'\n';
        out().flush();
    }
    if (!options().watch) {
        finish(ExitSuccess);
        return;
    }
    m_interval.start(options().intervalSeconds * 1000);
}

void ActionsListCommand::onRefreshFailed(const Error &error)
{
    if (!options().watch || error.kind == Error::Kind::Auth || error.kind == Error::Kind::Permission) {
        fail(error);
        return;
    }
    // Watching: report and try again at the next refresh.
    printError(error.toDisplayString());
    m_interval.start(options().intervalSeconds * 1000);
}

} // namespace passcode::ctl
