// SPDX-License-Identifier: GPL-3.0-or-later
// Composition root of passcodectl, the command-line front end over core (no Widgets). docs/passcodectl.md.
// Everything else is the passcodectl_lib library (one class per command), so that it has unit tests.
#include "Command.h"
#include "CtlOptions.h"
#include "Output.h"

#include "app/common/BuildInfo.h"
#include "app/common/TerminationSignals.h"

#include "core/common/Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QTimer>

namespace {
// Descriptors 1 and 2 are standard output and error on POSIX (STDOUT_FILENO, STDERR_FILENO) and in the
// Windows CRT alike, so no <unistd.h>.
constexpr int kStdoutDescriptor = 1;
constexpr int kStderrDescriptor = 2;
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("passcodectl"));
    QCoreApplication::setOrganizationName(QStringLiteral("PasscodeConsole"));
    QCoreApplication::setApplicationVersion(passcode::buildinfo::versionLine());
    passcode::installTranslations(app, {});
    // stderr carries one actionable line per error; core's diagnostics only when asked (QT_LOGGING_RULES).
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("passcode.*=false"));

    // On the file descriptors, not stdio's FILE: Output buffers, and a flush must reach the descriptor (a
    // watch is ended by a signal, which leaves stdio's buffer unwritten).
    QFile stdoutFile;
    QFile stderrFile;
    stdoutFile.open(kStdoutDescriptor, QIODevice::WriteOnly | QIODevice::Unbuffered);
    stderrFile.open(kStderrDescriptor, QIODevice::WriteOnly | QIODevice::Unbuffered);
    passcode::ctl::Output out(&stdoutFile);
    passcode::ctl::Output err(&stderrFile, /*lineBuffered=*/true);

    const passcode::ctl::ParsedCommandLine parsed =
        passcode::ctl::CtlCommandLine::parse(QCoreApplication::arguments());
    if (!parsed.options) {
        out << parsed.out;
        if (!parsed.error.isEmpty())
            err << QLatin1String("passcodectl: ") << parsed.error << u'\n';
        return parsed.exitCode;
    }

    const std::unique_ptr<passcode::ctl::Command> command =
        passcode::ctl::Command::create(*parsed.options, out, err);
    QObject::connect(command.get(), &passcode::ctl::Command::finished, &app,
                     [](int code) { QCoreApplication::exit(code); });
    // Ctrl+C and SIGTERM end the command at once, between two events (exit 130 / 143); a second Ctrl+C ends
    // the process outright. Windows: not installed, Ctrl+C ends the process as usual (TerminationSignals.h).
    passcode::app::TerminationSignals termination;
    QObject::connect(&termination, &passcode::app::TerminationSignals::received, command.get(),
                     [&command](int signal) {
                         command->interrupt(passcode::app::TerminationSignals::exitStatusFor(signal));
                     });
    QTimer::singleShot(0, command.get(), [&command] {
        if (!command->isFinished())
            command->execute();
    });
    return QCoreApplication::exec();
}
