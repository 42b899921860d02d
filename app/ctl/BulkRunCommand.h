// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"
#include "DeviceSelector.h"

#include "core/actions/RunRecord.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>

namespace passcode::actions {
class BulkRun;
struct BulkRunItem;
} // namespace passcode::actions

namespace passcode::ctl {

/**
 * What `reset` of several devices and `runs resume` share: following a BulkRun and reporting it. Each
 * device's outcome is printed as soon as it is known (one text line on stdout, or with --json one compact
 * JSON object per line), then the summary (with --json: one object with the run id and the counts); text
 * output also shows a progress line on stderr at most once a second.
 *
 * An outcome is known when Graph answered (accepted, pending, failed, unknown...) or, with --wait, when the
 * action ended (done, failed, not supported, not processed); --wait stops after --timeout seconds and
 * prints the rest as they stand. Exit codes (BulkFormat::exitCodeOf): 0, 3 nothing eligible, 4 some failed
 * or not supported, 7 some unknown (or not finished with --wait). A run that pauses because the journal
 * cannot be written ends the command with that error; the run resumes with `runs resume`.
 */
class BulkRunCommand : public GraphCommand
{
    Q_OBJECT

public:
    /**
     * A run being followed pauses at once (BulkRun::pause: nothing more leaves; its record says Paused, so
     * `runs resume` goes on with it). What is journaled stays as it is: an action whose POST is on the wire
     * stays Sent, an outcome unknown that a resume follows and never sends again. Every item not printed yet
     * is printed as it stands, then the summary, then the exit code. Before the run exists: as any command.
     */
    void interrupt(int exitCode) override;

protected:
    using GraphCommand::GraphCommand;
    ~BulkRunCommand() override;

    /**
     * Reports @p run (owned by the engine, which deletes it before its machinery: a run saves itself when it
     * is destroyed, so it must never outlive the session, as a child of the command would). Prints @p
     * unresolved first (entries of the selection that named no device). Call before starting the run: items
     * already known (skipped, settled in a resumed run) are printed at once. @p planShown: the text output
     * printed the plan already, so the skipped devices and @p unresolved are not listed again (--json lists
     * them).
     */
    void follow(actions::BulkRun *run, const QList<DeviceSelection::Unresolved> &unresolved = {},
                const QString &fileName = {}, bool planShown = false);
    /** One compact JSON object on one line of stdout (controls escaped). */
    void printJsonLine(const QJsonObject &object);
    void aboutToFinish() override;

private:
    bool known(const actions::BulkRunItem &item) const;
    void onItemChanged(int index);
    void onProgress();
    void onStateChanged(actions::RunState state);
    void printItem(int index);
    void checkDone();
    /** Prints every item not printed yet, the summary, and ends. */
    void end(bool timedOut);

    QPointer<actions::BulkRun> m_run;
    QList<bool> m_printed;
    int m_unresolved = 0;
    bool m_planShown = false;
    QTimer m_timeout;
    QElapsedTimer m_sinceProgress;
    bool m_ending = false;
    int m_interrupted = 0; ///< the exit code of an interrupt (0: none)
};

} // namespace passcode::ctl
