// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/common/TerminationSignals.h"

#ifndef Q_OS_WIN
#include <QSocketNotifier>

#include <cerrno>
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace passcode::app {

#ifndef Q_OS_WIN
namespace {

// The write end [0] is the handler's; the notifier reads [1]. One pair per process.
int g_pipe[2] = {-1, -1};

extern "C" void onTerminationSignal(int signal)
{
    // Async-signal-safe: one write() of one byte, errno kept for the code the signal interrupted.
    const int savedErrno = errno;
    const char c = char(signal);
    [[maybe_unused]] const ssize_t n = ::write(g_pipe[0], &c, 1);
    errno = savedErrno;
}

void setHandler(int signal, void (*handler)(int), int flags)
{
    struct sigaction action = {};
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = flags;
    ::sigaction(signal, &action, nullptr);
}

} // namespace
#endif

TerminationSignals::TerminationSignals(QObject *parent)
    : QObject(parent)
{
#ifndef Q_OS_WIN
    Q_ASSERT_X(g_pipe[0] < 0, "TerminationSignals", "one instance per process");
    if (g_pipe[0] >= 0 || ::socketpair(AF_UNIX, SOCK_STREAM, 0, g_pipe) != 0)
        return;
    m_notifier = new QSocketNotifier(g_pipe[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &TerminationSignals::onReadable);
    for (int signal : {SIGINT, SIGTERM})
        setHandler(signal, onTerminationSignal, SA_RESTART | SA_RESETHAND);
    m_installed = true;
#endif
}

TerminationSignals::~TerminationSignals()
{
    delete m_notifier; // before its descriptor closes (null on Windows)
#ifndef Q_OS_WIN
    if (!m_installed)
        return;
    for (int signal : {SIGINT, SIGTERM})
        setHandler(signal, SIG_DFL, 0);
    ::close(g_pipe[0]);
    ::close(g_pipe[1]);
    g_pipe[0] = g_pipe[1] = -1;
#endif
}

void TerminationSignals::onReadable()
{
#ifndef Q_OS_WIN
    char c = 0;
    if (::read(g_pipe[1], &c, 1) == 1)
        Q_EMIT received(int(c));
#endif
}

} // namespace passcode::app
