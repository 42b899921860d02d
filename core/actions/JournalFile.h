// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/actions/ActionTracker.h"
#include "core/actions/CallerCheck.h"
#include "core/common/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMultiHash>
#include <QSet>

#include <functional>
#include <optional>

namespace passcode::actions {

/** One entry of a journal file: its JSON as read or written, and what this version understands of it. */
struct JournalEntry
{
    /** The entry as written in the file; members this version does not know are kept in it. */
    QJsonValue value;
    /** The entry, when this version understands it; std::nullopt for an entry kept verbatim. */
    std::optional<TrackedAction> action;
};

/** An entry in flight that keeps a new passcode action from its device (JournalFile::blockerFor()). */
struct InFlightEntry
{
    /** The entry, when this version understands it; std::nullopt for an entry of a newer version. */
    std::optional<TrackedAction> action;
    /** The entry's object as written (for one not understood: its "action" and "state" as a newer version
     *  named them). */
    QJsonObject object;
};

/**
 * The contents of an action journal file (docs/passcodectl.md, "The journal") as this version reads them:
 * the entries it understands, and everything else kept verbatim, so that rewriting the file loses nothing a
 * newer version wrote (entries with an action or state this version does not know, members it does not know,
 * in entries and at the top). Pure: no I/O, no lock (ActionJournal does those).
 *
 * The rules that keep two processes from overwriting each other's actions live here:
 * - blockerFor(): an action may be sent to a device only when no entry of the file has a passcode action in
 *   flight on it (any of the three: a reset, a removal and a PIN reset exclude one another) that the caller
 *   does not already follow itself; an entry this version does not understand blocks unless its state is a
 *   finished one this version knows.
 * - update(): a later state of an action replaces its entry only when it is the same action (same request
 *   time) and does not step back (a finished entry is not made pending again, except "none" by Graph's
 *   word), or when the entry is an older, finished action; an entry not understood is never replaced.
 */
class JournalFile
{
public:
    /** The format this version writes and understands. */
    static constexpr int kFormatVersion = 1;
    /** Graph's and the local clock differ: an action seen in Graph this much after a finished one is another.
     */
    static constexpr qint64 kSameActionSkewSecs = 300;

    /**
     * Reads a journal's bytes. Error of kind Parse when they are not a journal (not JSON, not an object, or
     * no "entries" array in a version this program understands). A newer version is read as far as it goes
     * and is not writable(). Never throws; linear in the size of the input.
     */
    static Result<JournalFile> parse(const QByteArray &bytes);

    /** One entry as written to the file (field by field: never the passcode). */
    static QJsonObject toJson(const TrackedAction &action);
    /** Reads an entry; std::nullopt when deviceId, action or state is missing or unknown. */
    static std::optional<TrackedAction> fromJson(const QJsonObject &object);

    /** The file's "version" (1 when absent; 0 when it is not a positive integer). */
    int version() const { return m_version; }
    /** Whether this version may rewrite the file: its version is kFormatVersion. */
    bool writable() const { return m_version == kFormatVersion; }
    const QList<JournalEntry> &entries() const { return m_entries; }
    /** The entries this version understands, in file order. */
    QList<TrackedAction> actions() const;

    /**
     * The entry that keeps a passcode action from @p deviceId: one in flight (or in a state this version does
     * not know) on that device for which @p isOwn is false. std::nullopt when none does.
     */
    std::optional<InFlightEntry> blockerFor(const QString &deviceId,
                                            const std::function<bool(const TrackedAction &)> &isOwn) const;
    /** Puts a claimed action: it replaces the entry of its (device, action), or is appended. */
    void put(const TrackedAction &action);
    /** Records a later state of an action by the rules in the class comment. Returns whether it was written.
     */
    bool update(const TrackedAction &action);
    /**
     * Drops understood, finished entries whose stateSince is before @p cutoff, then the oldest finished ones
     * past @p maxEntries; never an entry in flight, one in @p keep, or one not understood.
     */
    void prune(const QDateTime &cutoff, qsizetype maxEntries, const QSet<ActionKey> &keep);
    /** The caller checks of the file's "callerChecks" array that this version understands, in file order. */
    QList<CallerCheck> callerChecks() const;
    /**
     * Appends a caller check to "callerChecks", then drops the checks verified before @p cutoff and the
     * oldest past @p maxChecks (what this version does not understand in the array is kept, and counts).
     */
    void addCallerCheck(const CallerCheck &check, const QDateTime &cutoff, qsizetype maxChecks);
    /** The file's bytes: root members and entries kept as read, with the understood entries' members updated.
     */
    QByteArray serialize() const;

private:
    qsizetype indexOf(const ActionKey &key) const;
    bool hasForeignEntryFor(const ActionKey &key) const;
    void append(JournalEntry entry);
    void reindex();

    int m_version = kFormatVersion;
    QJsonObject m_root;
    QList<JournalEntry> m_entries;
    /** Positions in m_entries by the entry's deviceId: a device has few entries, a file up to thousands. */
    QMultiHash<QString, qsizetype> m_byDevice;
};

} // namespace passcode::actions
