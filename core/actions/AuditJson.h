// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/actions/ActionTracker.h"
#include "core/actions/RemoteActionAudit.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace passcode::actions {

/**
 * Graph JSON ↔ RemoteActionAudit, and the merge of the audit feed with this console's tracked actions. Pure
 * functions, no I/O.
 *
 * Parsing is tolerant: an `action` member this build does not know is kept as its text; an `actionState` that
 * is missing or unknown becomes ActionState::None with a problem line; a requestDateTime that cannot be read
 * leaves the time invalid with a problem line; only an element that is not an object, or has no id, is
 * skipped.
 */
class AuditJson
{
    Q_DECLARE_TR_FUNCTIONS(AuditJson)

public:
    struct Page
    {
        QList<RemoteActionAudit> rows;
        QStringList problems; ///< translated, prefixed with the row id or index
        int skipped = 0;
    };

    /** One remoteActionAudit object; std::nullopt when it has no id. Problems are appended to @p problems. */
    static std::optional<RemoteActionAudit> parseAudit(const QJsonObject &object, QStringList *problems);
    /** The elements of a page's value array. */
    static Page parseItems(const QJsonArray &items);
    /**
     * A row as --json prints it: Graph's property names (id, deviceDisplayName, managedDeviceId,
     * initiatedByUserPrincipalName, deviceOwnerUserPrincipalName, deviceIMEI, action, requestDateTime) plus
     * actionState as ActionState's stable name and fromJournal.
     */
    static QJsonObject toJson(const RemoteActionAudit &row);

    /**
     * A tracked action as a feed row (fromJournal = true): action is the remoteAction member
     * (auditActionName), requestDateTime the local request time, actionState the tracker's state.
     */
    static RemoteActionAudit fromTracked(const TrackedAction &action);
    /**
     * The feed plus every tracked action the feed does not show, newest first (by requestDateTime; rows
     * without a time last). A feed row shows a tracked action when it has the same device and Graph action
     * and was requested no earlier than kMatchWindowSecs before it (its own row, or a later one that
     * supersedes it).
     */
    static QList<RemoteActionAudit> merge(QList<RemoteActionAudit> feed, const QList<TrackedAction> &tracked);

    /** Local and Graph clocks differ by up to this much. */
    static constexpr qint64 kMatchWindowSecs = 300;
};

} // namespace passcode::actions
