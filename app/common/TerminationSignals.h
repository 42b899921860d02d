// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QSocketNotifier;

namespace passcode::app {

/**
 * SIGINT (Ctrl+C) and SIGTERM delivered on the event loop, for the programs that must stop cleanly:
 * passcode-sandbox (it quits) and passcodectl (the command ends at once, exit 130 or 143).
 *
 * POSIX: the handler does one async-signal-safe thing, writing the signal's number to a socket pair (the
 * self-pipe trick); a QSocketNotifier on the other end emits received() on this object's thread, between two
 * events, so a clean stop never starts in the middle of a write. Each handler resets itself once it ran
 * (SA_RESETHAND): a second Ctrl+C ends the process at once with the default action, should the clean stop
 * take too long. Nothing else is changed (SA_RESTART: interrupted system calls go on).
 *
 * Windows: nothing is installed (isInstalled() is false) and Ctrl+C ends the process as usual. The
 * counterpart would be SetConsoleCtrlHandler: its handler runs on a thread of its own, so it would post
 * received() to this object with a queued QMetaObject::invokeMethod and return TRUE (CTRL_C_EVENT as SIGINT,
 * CTRL_BREAK_EVENT and CTRL_CLOSE_EVENT as SIGTERM).
 *
 * One instance per process; destroying it restores the default handlers.
 */
class TerminationSignals final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TerminationSignals)

public:
    explicit TerminationSignals(QObject *parent = nullptr);
    ~TerminationSignals() override;

    /** The handlers are in place (false on Windows, or when the socket pair could not be made). */
    bool isInstalled() const { return m_installed; }

    /** The exit status a shell shows for a process ended by @p signal: 128 + signal (SIGINT 130, SIGTERM
     * 143). */
    static int exitStatusFor(int signal) { return 128 + signal; }

Q_SIGNALS:
    /** SIGINT or SIGTERM arrived (@p signal is its number). */
    void received(int signal);

private:
    void onReadable();

    QSocketNotifier *m_notifier = nullptr;
    bool m_installed = false;
};

} // namespace passcode::app
