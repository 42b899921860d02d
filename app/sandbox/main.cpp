// SPDX-License-Identifier: GPL-3.0-or-later
// passcode-sandbox: the sandbox tenant as a standalone server for demos, training and tests
// (docs/sandbox.md).
// POSIX-only part: SIGINT and SIGTERM end the server cleanly through a socket pair (the self-pipe trick). On
// Windows (no sigaction, no socketpair) that part is left out and Ctrl+C ends the process as usual; the
// counterpart, if a clean stop is ever needed there, is SetConsoleCtrlHandler.
#include "app/common/BuildInfo.h"
#include "sandbox/host/SandboxOptions.h"
#include "sandbox/host/SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>

#include <cstdio>

#ifndef Q_OS_WIN
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int g_signalPipe[2] = {-1, -1};

extern "C" void onSignal(int)
{
    // Async-signal-safe: hand the signal to the event loop through a socket pair.
    const char c = 1;
    [[maybe_unused]] const ssize_t n = ::write(g_signalPipe[0], &c, 1);
}

bool installSignalHandlers()
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return false;
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return ::sigaction(SIGINT, &action, nullptr) == 0 && ::sigaction(SIGTERM, &action, nullptr) == 0;
}

} // namespace
#endif

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
#ifndef Q_OS_WIN
    if (!installSignalHandlers()) {
        std::fprintf(stderr, "passcode-sandbox: cannot install signal handlers\n");
        return 1;
    }
    QSocketNotifier notifier(g_signalPipe[1], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [] {
        char c = 0;
        [[maybe_unused]] const ssize_t n = ::read(g_signalPipe[1], &c, 1);
        QCoreApplication::quit();
    });
#endif

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
    const int rc = QCoreApplication::exec();
#ifndef Q_OS_WIN
    ::close(g_signalPipe[0]);
    ::close(g_signalPipe[1]);
#endif
    return rc;
}
