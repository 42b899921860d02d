// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/actions/RunRecord.h"
#include "core/common/Error.h"
#include "core/common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace passcode::actions {

class ActionJournal;

/**
 * The bulk runs of one tenant, persisted beside its action journal: one JSON file per run (RunRecord,
 * "<id>.json") in the folder runsFolderFor(journal path), written atomically (QSaveFile). Never a passcode.
 *
 * Item states on load come from the journal entries carrying the run's id (RunRecord::applyJournal): no Sent
 * entry and not marked sent = never sent (sent on resume after a fresh read); Sent/Unknown = unknown
 * (followed, never sent again); later states as journaled.
 *
 * Not a QObject; cheap. Thread: one at a time.
 */
class RunStore
{
    Q_DECLARE_TR_FUNCTIONS(RunStore)

public:
    /** Runs kept in @p folder (created on the first save); @p journal (optional, must outlive the store)
     * gives the item states on load. */
    explicit RunStore(QString folder, const ActionJournal *journal = nullptr);

    /** The runs folder beside a journal file: "<journal folder>/<journal base name>.runs". */
    static QString runsFolderFor(const QString &journalPath);

    const QString &folder() const { return m_folder; }

    /** Writes the run (replacing its file). Kind Internal when the folder or file cannot be written. */
    std::optional<Error> save(const RunRecord &run) const;
    /** Reads one run, states refreshed from the journal. Kind NotFound when there is no such run, Parse when
     *  its file is damaged. */
    Result<RunRecord> load(const QString &id) const;
    /** Every readable run, newest first (damaged files are skipped and logged). */
    QList<RunRecord> list() const;
    /** The runs that were running or paused and still have items never sent, newest first. */
    QList<RunRecord> interrupted() const;
    /** Deletes a run's file. */
    bool remove(const QString &id) const;

private:
    QString pathOf(const QString &id) const;
    void refresh(RunRecord &run, const QList<TrackedAction> *entries) const;

    QString m_folder;
    const ActionJournal *m_journal = nullptr;
};

} // namespace passcode::actions
