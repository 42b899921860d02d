// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/actions/ActionTracker.h"
#include "core/actions/JournalFile.h"
#include "core/common/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

class QLockFile;

namespace passcode::actions {

/**
 * The local journal of the actions this console sent: device, action, time, initiator, optional ticket/reason
 * and last known state, persisted as JSON in the application data directory. NEVER the passcode: entries are
 * written from TrackedAction field by field, and the passcode is not one of the fields.
 *
 * File format (docs/passcodectl.md, "The journal"):
 * {"version":1,"entries":[{"deviceId","deviceName","action",
 * "state","requestedAt","stateSince","initiatedBy","ticket","errorCode","runId","tenantName"}]} with the
 * stable names of RemoteAction and ActionState and ISO-8601 UTC times. "tenantName" (the tenant's display
 * name when the action was sent) is optional: older entries have none. One entry per (device, action).
 * What this version does not understand is kept verbatim when the file is rewritten (JournalFile): entries
 * with an unknown action or state, unknown members. A file of a newer "version" is read as far as this
 * version understands it and never rewritten: record() and claim() fail.
 *
 * The journal is the truth shared by the processes on this computer (the console and passcodectl share one
 * per tenant). Every change re-reads the file under a QLockFile beside it and writes it atomically
 * (QSaveFile): claim() decides whether an action may leave and records it as sent in one locked section, so
 * that two processes never send the same device a passcode action twice, and record() never overwrites
 * another process's newer action or steps an action back (JournalFile::update()). Size is bounded: finished
 * entries older than kRetentionDays are dropped, and past kMaxEntries the oldest finished ones go first. A
 * corrupt file is renamed aside (path + ".corrupt-<time>", with "-2", "-3"... when that name is taken: an
 * earlier copy is never overwritten).
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
    /** At most this many caller checks are kept; the oldest go first. */
    static constexpr int kMaxCallerChecks = 5000;
    /** How long load(), record() and claim() wait for another process's lock before they fail (by default).
     */
    static constexpr int kLockTimeoutMs = 5000;

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
     * Reads all entries this version understands; a missing file is an empty journal; a corrupt one is an
     * Error of kind Parse (the file is renamed aside and kept, and the journal is empty afterwards). A newer
     * version's file is read, not changed.
     */
    Result<QList<TrackedAction>> load() const;
    /**
     * Records a later state of an action (JournalFile::update(): an entry another process wrote for a newer
     * action, or that knows more of this one, is left as it is). Errors, kind Internal: the folder or file
     * cannot be written, the lock cannot be taken within kLockTimeoutMs, the file is of a newer version. A
     * corrupt file met here is set aside as in load() and logged; the entry is then written to a new file.
     */
    std::optional<Error> record(const TrackedAction &action);
    /**
     * Records many actions as record() does, under one lock with one atomic write: all of them are on disk,
     * or (on an Error) none of them is. An empty list writes nothing.
     */
    std::optional<Error> recordMany(const QList<TrackedAction> &actions);
    /**
     * Claims actions before they are sent, in one locked section: re-reads the file, refuses each action
     * whose device has a passcode action in flight in the file that @p isOwn does not recognise (the caller
     * follows it itself), and writes the others (their state should be Sent) with one atomic write. Returns,
     * per action in order, std::nullopt when it was written (it may leave now) or the entry that keeps it
     * back. On an Error nothing was written and nothing may leave: lock timeout, unwritable folder or file
     * (disk full, read-only), a newer version's file (kind Internal); a corrupt file (kind Parse: it was set
     * aside, and the actions it held may still be under way).
     */
    Result<QList<std::optional<InFlightEntry>>>
    claim(const QList<TrackedAction> &actions, const std::function<bool(const TrackedAction &)> &isOwn);
    /**
     * Records that the technician verified a caller (who, when, which device; never a secret) in the file's
     * "callerChecks", under the lock with one atomic write; checks older than kRetentionDays go, and past
     * kMaxCallerChecks the oldest. A missing tenantName gets the journal's. Errors as record()'s.
     */
    std::optional<Error> recordCallerCheck(CallerCheck check);
    /** The caller checks on file (oldest first); errors as load()'s. */
    Result<QList<CallerCheck>> callerChecks() const;
    const QString &path() const;
    /** Another wait for the lock than kLockTimeoutMs (tests shorten it). */
    void setLockTimeoutMs(int ms) { m_lockTimeoutMs = ms; }
    /** The display name written into the entries recorded from now on that carry none (empty: none). */
    void setTenantName(const QString &name) { m_tenantName = name; }

    /** One entry as written to the file (exposed for tests and --json output); never holds a passcode. */
    static QJsonObject toJson(const TrackedAction &action);
    /** Reads an entry; std::nullopt when deviceId, action or state is missing or unknown. */
    static std::optional<TrackedAction> fromJson(const QJsonObject &object);
    /**
     * The entries of a journal file's bytes that this version understands (JournalFile::parse()); Error of
     * kind Parse when they are not a journal. Pure (for tests and fuzzing).
     */
    static Result<QList<TrackedAction>> parse(const QByteArray &bytes);

private:
    Result<JournalFile> readUnlocked() const;
    /**
     * Under the lock: reads the file (a corrupt one is set aside and started afresh), applies @p change and
     * writes the file atomically unless it returns false. Errors as record()'s.
     */
    std::optional<Error> rewrite(const std::function<bool(JournalFile &)> &change);
    Error lockError(const QLockFile &lock) const;
    Error newerVersionError(const JournalFile &file) const;
    std::optional<Error> write(const JournalFile &file) const;
    TrackedAction withTenant(TrackedAction action) const;

    QString m_path;
    QString m_tenantName;
    int m_lockTimeoutMs = kLockTimeoutMs;
};

} // namespace passcode::actions
