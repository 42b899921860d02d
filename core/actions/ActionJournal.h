// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/actions/ActionTracker.h"
#include "core/common/Result.h"

#include <QList>
#include <QString>

namespace passcode::actions {

/**
 * The local journal of the actions this console sent: device, action, time, initiator, optional ticket/reason
 * and last known state, persisted as JSON in the application data directory. NEVER the passcode: entries are
 * written from TrackedAction with the passcode dropped. Writes are atomic (QSaveFile).
 */
class ActionJournal
{
public:
    /** A journal file at `path` (tests use a temporary directory). */
    explicit ActionJournal(QString path);

    /** The default location: QStandardPaths::AppDataLocation/journal.json. */
    static QString defaultPath();

    /** Reads all entries; a missing file is an empty journal; a corrupt one is an Error (the file is kept). */
    Result<QList<TrackedAction>> load() const;
    /** Records (adds or updates) one action. */
    std::optional<Error> record(const TrackedAction &action);
    const QString &path() const;

private:
    QString m_path;
};

} // namespace passcode::actions
