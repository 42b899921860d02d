// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CtlOptions.h"

#include "core/common/Error.h"
#include "core/devices/Device.h"
#include "core/eligibility/PasscodeRules.h"

#include <QJsonValue>
#include <QObject>

#include <memory>

namespace passcode::auth {
class AuthSession;
}

namespace passcode::ctl {

class CtlSession;
class Output;

/**
 * One passcodectl command (one class per command, as KeePassXC's src/cli: `Command::execute()`), run
 * asynchronously on the event loop without nested loops. The base owns how a command ends: fail() writes one
 * actionable line on stderr (`passcodectl: ...`, controls neutralised) and ends with the exit code of
 * ExitCode.h; finish() flushes both streams and emits finished() exactly once; printJson() writes the
 * documented --json shapes; warn() reports a problem that does not end the command.
 *
 * Subclasses derive from GraphCommand (they need the tenant's Graph client, tracker, journal and service) or
 * from SignInCommand (login, logout, whoami), which open the CtlSession and then call executeWithGraph() or
 * executeWithSignIn(). A command's own objects are members of the subclass, so they go before the session.
 */
class Command : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Command)

public:
    /** The command @p options names. @p out and @p err must outlive it. */
    static std::unique_ptr<Command> create(const CtlOptions &options, Output &out, Output &err);
    ~Command() override;

    /** Starts the command (once, from the event loop); finished() follows, at once or later. */
    virtual void execute() = 0;
    /** finished() has been emitted. */
    bool isFinished() const { return m_finished; }
    /**
     * SIGINT or SIGTERM: ends the command at once with @p exitCode (ExitInterrupted, ExitTerminated).
     * Whatever runs stops (requests are cancelled, nothing more is sent); the output written so far ends
     * cleanly; one line on stderr says so. Commands with partial output or a run override it. Does nothing
     * once finished.
     */
    virtual void interrupt(int exitCode);

Q_SIGNALS:
    void finished(int exitCode);

protected:
    Command(const CtlOptions &options, Output &out, Output &err, QObject *parent = nullptr);

    const CtlOptions &options() const { return m_options; }
    Output &out() { return m_out; }
    Output &err() { return m_err; }
    /** The session (created by GraphCommand / SignInCommand before the command runs). */
    CtlSession &session() { return *m_session; }

    /** Ends with the error's exit code and its message (and service code, request id) on stderr. */
    void fail(const Error &error);
    /** Ends with @p exitCode and @p message on stderr. Does nothing once finished. */
    void fail(int exitCode, const QString &message);
    /** Ends with @p exitCode. Does nothing once finished. */
    void finish(int exitCode);
    /** `passcodectl: <message>` on stderr, on one line; the command goes on (fail() also ends it). */
    void printError(const QString &message);
    /** `passcodectl: warning: <message>` on stderr; the command goes on. */
    void warn(const QString &message);
    /** A --json document: indented, or one compact line while --watch refreshes. */
    void printJson(const QJsonValue &value);
    /** "Interrupted (Ctrl+C): stopped." or "Terminated (SIGTERM): stopped." for @p exitCode. */
    static QString interruptedMessage(int exitCode);
    /** Called once by finish() before finished() is emitted: stop timers and requests here. */
    virtual void aboutToFinish() {}

    std::unique_ptr<CtlSession> m_session;

private:
    CtlOptions m_options;
    Output &m_out;
    Output &m_err;
    bool m_finished = false;
};

/**
 * A command that works on the tenant's Graph (devices list, devices show, reset, actions list): execute()
 * opens the session (embedded sandbox, standalone endpoint, token or saved sign-in), reports the journal's
 * errors as warnings, then calls executeWithGraph(); a session that cannot open ends the command.
 */
class GraphCommand : public Command
{
    Q_OBJECT

public:
    void execute() final;

protected:
    using Command::Command;
    /** Checks the command's own input (a file to read...) before the session opens; an error ends the
     * command at once, without connecting. */
    virtual std::optional<Error> beforeSession() { return std::nullopt; }
    virtual void executeWithGraph() = 0;
    /** Resumes the journal's actions in flight (polling, never re-sending); a problem is a warning. */
    void resumeFromJournal();
    /** The context the eligibility rules need for @p device (actions::eligibilityContext over this run's
     * tracker and clock). */
    eligibility::EvaluationContext eligibilityContext(const devices::Device &device);
};

/**
 * A command about the sign-in itself (login, logout, whoami): execute() loads the tenant settings and the
 * keychain (a usage error when no tenant is configured), then calls executeWithSignIn().
 */
class SignInCommand : public Command
{
    Q_OBJECT

public:
    void execute() final;

protected:
    using Command::Command;
    virtual void executeWithSignIn(auth::AuthSession &auth) = 0;
};

} // namespace passcode::ctl
