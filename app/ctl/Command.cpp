// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"

#include "ActionsListCommand.h"
#include "BulkResetCommand.h"
#include "CtlFormat.h"
#include "CtlSession.h"
#include "DevicesFindCommand.h"
#include "DevicesListCommand.h"
#include "DevicesShowCommand.h"
#include "ExitCode.h"
#include "JsonWriter.h"
#include "LoginCommand.h"
#include "LogoutCommand.h"
#include "Output.h"
#include "ResetCommand.h"
#include "RunsListCommand.h"
#include "RunsResumeCommand.h"
#include "SyncCommand.h"
#include "TenantsAddCommand.h"
#include "TenantsListCommand.h"
#include "TenantsRemoveCommand.h"
#include "WhoamiCommand.h"

#include "core/actions/ActionService.h"
#include "core/actions/ActionTracker.h"
#include "core/actions/EligibilityContext.h"

namespace passcode::ctl {

std::unique_ptr<Command> Command::create(const CtlOptions &options, Output &out, Output &err)
{
    using C = CtlOptions::Command;
    switch (options.command) {
    case C::DevicesList:
        return std::make_unique<DevicesListCommand>(options, out, err);
    case C::DevicesShow:
        return std::make_unique<DevicesShowCommand>(options, out, err);
    case C::Reset:
        if (options.bulk())
            return std::make_unique<BulkResetCommand>(options, out, err);
        return std::make_unique<ResetCommand>(options, out, err);
    case C::ActionsList:
        return std::make_unique<ActionsListCommand>(options, out, err);
    case C::Login:
        return std::make_unique<LoginCommand>(options, out, err);
    case C::Logout:
        return std::make_unique<LogoutCommand>(options, out, err);
    case C::Whoami:
        return std::make_unique<WhoamiCommand>(options, out, err);
    case C::RunsList:
        return std::make_unique<RunsListCommand>(options, out, err);
    case C::RunsResume:
        return std::make_unique<RunsResumeCommand>(options, out, err);
    case C::DevicesFind:
        return std::make_unique<DevicesFindCommand>(options, out, err);
    case C::TenantsAdd:
        return std::make_unique<TenantsAddCommand>(options, out, err);
    case C::TenantsList:
        return std::make_unique<TenantsListCommand>(options, out, err);
    case C::TenantsRemove:
        return std::make_unique<TenantsRemoveCommand>(options, out, err);
    case C::Sync:
        return std::make_unique<SyncCommand>(options, out, err);
    }
    return nullptr;
}

Command::Command(const CtlOptions &options, Output &out, Output &err, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_out(out)
    , m_err(err)
{}

Command::~Command() = default;

void Command::fail(const Error &error)
{
    fail(exitCodeFor(error), error.toDisplayString());
}

void Command::fail(int exitCode, const QString &message)
{
    if (m_finished)
        return;
    printError(message);
    finish(exitCode);
}

void Command::interrupt(int exitCode)
{
    fail(exitCode, interruptedMessage(exitCode));
}

QString Command::interruptedMessage(int exitCode)
{
    return exitCode == ExitTerminated ? tr("Terminated (SIGTERM): stopped.")
                                      : tr("Interrupted (Ctrl+C): stopped.");
}

void Command::printError(const QString &message)
{
    m_err << QLatin1String("passcodectl: ") << CtlFormat::oneLine(message) << u'\n';
}

void Command::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    aboutToFinish();
    m_out.flush();
    m_err.flush();
    Q_EMIT finished(exitCode);
}

void Command::warn(const QString &message)
{
    m_err << QLatin1String("passcodectl: ") << tr("warning:") << u' ' << CtlFormat::oneLine(message) << u'\n';
}

void Command::printJson(const QJsonValue &value)
{
    const bool compact = m_options.watch;
    JsonWriter::appendDocument(m_out.buffer(), value,
                               compact ? JsonWriter::Layout::Compact : JsonWriter::Layout::Indented);
    if (compact)
        m_out.buffer() += '\n';
    m_out.flush();
}

void GraphCommand::execute()
{
    if (std::optional<Error> error = beforeSession()) {
        fail(*error);
        return;
    }
    m_session = std::make_unique<CtlSession>(options());
    m_session->open([this](std::optional<Error> error) {
        if (isFinished())
            return; // interrupted while the session opened
        if (error) {
            fail(*error);
            return;
        }
        connect(&session().service(), &actions::ActionService::journalError, this,
                [this](const Error &e) { warn(e.message); });
        executeWithGraph();
    });
}

void GraphCommand::resumeFromJournal()
{
    if (std::optional<Error> e = session().service().resumeFromJournal())
        warn(e->message);
}

eligibility::EvaluationContext GraphCommand::eligibilityContext(const devices::Device &device)
{
    return actions::eligibilityContext(session().tracker(), device.id, session().clock().now());
}

void SignInCommand::execute()
{
    m_session = std::make_unique<CtlSession>(options());
    if (std::optional<Error> e = m_session->openSignIn()) {
        fail(*e);
        return;
    }
    executeWithSignIn(session().auth());
}

} // namespace passcode::ctl
