// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/actions/RemoteActionAudit.h"
#include "core/common/Error.h"

#include <QList>
#include <QObject>

#include <memory>

namespace passcode::graph {
class GraphClient;
}

namespace passcode::actions {

class ActionTracker;

/**
 * The tenant's remote actions: GET beta/deviceManagement/remoteActionAudits, all pages, optionally filtered on
 * action and state server-side; merged with this console's own actions from the tracker (rows marked
 * fromJournal) so they show even when the audit feed lags. Sorted newest first.
 */
class AuditFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditFeed)

public:
    AuditFeed(graph::GraphClient &client, const ActionTracker &tracker, QObject *parent = nullptr);
    ~AuditFeed() override;

    /** Loads the feed (cancelling a load still running). */
    void refresh();
    bool isLoading() const;
    QList<RemoteActionAudit> rows() const;

Q_SIGNALS:
    void refreshed(const QList<passcode::actions::RemoteActionAudit> &rows);
    void refreshFailed(const passcode::Error &error);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace passcode::actions
