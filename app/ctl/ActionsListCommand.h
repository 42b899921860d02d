// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

#include "core/actions/RemoteActionAudit.h"

#include <QTimer>

namespace passcode::ctl {

/**
 * `actions list [--watch [--interval S]] [--json]`: the tenant's remote actions merged with this journal's,
 * newest first, through the engine's AuditFeed; with --watch, again every interval until interrupted (a
 * failed refresh is reported and retried, except a sign-in or permission error, which ends the command).
 */
class ActionsListCommand final : public GraphCommand
{
    Q_OBJECT

public:
    ActionsListCommand(const CtlOptions &options, Output &out, Output &err, QObject *parent = nullptr);
    ~ActionsListCommand() override;

protected:
    void executeWithGraph() override;
    void aboutToFinish() override;

private:
    void onRefreshed(const QList<actions::RemoteActionAudit> &rows);
    void onRefreshFailed(const Error &error);

    QTimer m_interval;
};

} // namespace passcode::ctl
