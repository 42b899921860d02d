// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/actions/ActionTracker.h"
#include "core/common/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace passcode::actions {

/**
 * The local journal of the actions this console sent: device, action, time, initiator, optional ticket/reason
 * and last known state, persisted as JSON in the application data directory. NEVER the passcode: entries are
 * written from TrackedAction field by field, and the passcode is not one of the fields.
 *
 * File format (docs/passcodectl.md, "Journal"): {"version":1,"entries":[{"deviceId","deviceName","action",
 * "state","requestedAt","stateSince","initiatedBy","ticket","errorCode","runId","tenantName"}]} with the
 * stable names of RemoteAction and ActionState and ISO-8601 UTC times. "tenantName" (the tenant's display
 * name when the action was sent) is optional: older entries have none, and readers ignore members they do not
 * know. One entry per (device, action): record() replaces it.
 *
 * Writes are atomic (QSaveFile) and serialised between processes with a QLockFile beside the journal (the
 * console and passcodectl may share one); record() re-reads the file under the lock so that entries written
 * by another process are kept. Size is bounded: finished entries older than kRetentionDays are dropped, and
 * past kMaxEntries the oldest finished ones go first. A corrupt file is renamed aside (path +
 * ".corrupt-<time>"), load() reports it once as an Error naming the kept copy, and the journal starts empty.
 *
 * Not a QObject; cheap to construct. Thread: use from one thread at a time.
 */
class ActionJournal
{
    Q_DECLARE_TR_FUNCTIONS(ActionJournal)

public:
    /** Finished entries older than this many days (by stateSince) are dropped on the next write. */
    static constexpr int kRetentionDays = 30;
    /**
     * At most this many entries are kept; the oldest finished ones are dropped first (entries still in flight
     * never are). Large enough for a bulk run of 1,000 devices beside the single actions of a month.
     */
    static constexpr int kMaxEntries = 5000;

    /** A journal file at `path` (tests use a temporary directory). The folder is created on first write. */
    explicit ActionJournal(QString path);

    /**
     * The default location: QStandardPaths::GenericDataLocation/PasscodeConsole/journal.json, shared by
     * passcode-console and passcodectl. A non-empty @p profile (e.g. "sandbox") gives journal-<profile>.json,
     * so that a sandbox tenant's actions never mix with a real tenant's.
     */
    static QString defaultPath(const QString &profile = {});
    /**
     * The profile of a tenant reached at graphBase (12 hex digits of a SHA-1 of "graphBase|tenant"; tenant
     * may be empty): the console and passcodectl use the same one, so each sees the actions the other sent.
     */
    static QString tenantProfile(const QUrl &graphBase, const QString &tenant);

    /**
     * Reads all entries; a missing file is an empty journal; a corrupt one is an Error of kind Parse (the
     * file is renamed aside and kept, and the journal is empty afterwards).
     */
    Result<QList<TrackedAction>> load() const;
    /**
     * Records (adds or updates) one action. Errors: kind Internal when the folder or file cannot be written
     * or the lock cannot be taken within a few seconds. A corrupt file met here is set aside as in load() and
     * logged; the entry is then written to a new file and no error is returned.
     */
    std::optional<Error> record(const TrackedAction &action);
    /**
     * Records (adds or updates) many actions under one lock with one atomic write: all of them are on disk,
     * or (on an Error, as record()'s) none of them is. An empty list writes nothing.
     */
    std::optional<Error> recordMany(const QList<TrackedAction> &actions);
    const QString &path() const;
    /** The display name written into the entries recorded from now on that carry none (empty: none). */
    void setTenantName(const QString &name) { m_tenantName = name; }

    /** One entry as written to the file (exposed for tests and --json output); never holds a passcode. */
    static QJsonObject toJson(const TrackedAction &action);
    /** Reads an entry; std::nullopt when deviceId, action or state is missing or unknown. */
    static std::optional<TrackedAction> fromJson(const QJsonObject &object);

private:
    Result<QList<TrackedAction>> readUnlocked() const;

    QString m_path;
    QString m_tenantName;
};

} // namespace passcode::actions
