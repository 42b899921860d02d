// SPDX-License-Identifier: GPL-3.0-or-later
// passcode-sandbox: the sandbox tenant as a standalone server for demos, training and tests
// (docs/sandbox.md).
// SIGINT and SIGTERM end the server cleanly (app/common/TerminationSignals: the self-pipe trick on POSIX; on
// Windows Ctrl+C ends the process as usual).
#include "app/common/BuildInfo.h"
#include "app/common/TerminationSignals.h"
#include "sandbox/host/SandboxOptions.h"
#include "sandbox/host/SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("passcode-sandbox"));
    QCoreApplication::setOrganizationName(QStringLiteral("PasscodeConsole"));
    QCoreApplication::setApplicationVersion(passcode::buildinfo::versionLine());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main",
        "Sandbox tenant: an Intune-like Microsoft Graph and Entra ID server on 127.0.0.1. Prints its base "
        "URL on the first line, then serves until SIGINT or SIGTERM."));
    parser.addHelpOption();
    parser.addVersionOption();
    passcode::sandbox::SandboxOptions::addToParser(parser);
    parser.process(app);

    QString error;
    const auto options = passcode::sandbox::SandboxOptions::fromParser(parser, &error);
    if (!options) {
        std::fprintf(stderr, "passcode-sandbox: %s\n", qPrintable(error));
        return 2;
    }
    passcode::app::TerminationSignals termination;
#ifndef Q_OS_WIN
    if (!termination.isInstalled()) {
        std::fprintf(stderr, "passcode-sandbox: cannot install signal handlers\n");
        return 1;
    }
#endif
    QObject::connect(&termination, &passcode::app::TerminationSignals::received, &app,
                     [] { QCoreApplication::quit(); });

    passcode::sandbox::SandboxServer server(*options);
    if (!server.start(&error)) {
        std::fprintf(stderr, "passcode-sandbox: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("%s\n", qPrintable(server.baseUrl().toString()));
    std::fflush(stdout);
    std::fprintf(
        stderr,
        "passcode-sandbox: %lld devices, seed %llu, tenant %s; Graph at %s/v1.0 and /beta, sign-in at "
        "%s/%s/oauth2/v2.0%s\n",
        static_cast<long long>(options->devices), static_cast<unsigned long long>(options->seed),
        qPrintable(server.tenantId()), qPrintable(server.baseUrl().toString()),
        qPrintable(server.baseUrl().toString()), qPrintable(server.tenantId()),
        options->autoApprove ? " (auto-approve)" : "");
    return QCoreApplication::exec();
}
