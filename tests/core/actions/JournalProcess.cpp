// SPDX-License-Identifier: GPL-3.0-or-later
// A child process for the journal tests: another program on the same computer using the same journal file.
//   journal_process hold JOURNAL          takes the journal's lock, prints "locked", keeps it until stdin
//   closes journal_process claim JOURNAL DEVICE  waits for a line on stdin, then claims a reset of DEVICE as
//   sent and
//                                         prints "claimed", "refused" or "error <message>"
#include "core/actions/ActionJournal.h"

#include <QCoreApplication>
#include <QLockFile>
#include <QTextStream>

#include <cstdio>

using namespace passcode;
using namespace passcode::actions;

namespace {

void print(const QString &line)
{
    QTextStream(stdout) << line << Qt::endl;
}

int hold(const QString &journal)
{
    QLockFile lock(journal + QStringLiteral(".lock"));
    if (!lock.lock()) {
        print(QStringLiteral("error lock"));
        return 1;
    }
    print(QStringLiteral("locked"));
    char line[256];
    while (std::fgets(line, sizeof line, stdin)) {
    }
    return 0;
}

int claim(const QString &journal, const QString &device)
{
    char line[256];
    if (!std::fgets(line, sizeof line, stdin)) // "go": every process of the race starts claiming at once
        return 1;
    TrackedAction action;
    action.key = ActionKey{device, RemoteAction::ResetPasscode};
    action.state = ActionState::Sent;
    action.deviceName = device;
    action.initiatedBy = QStringLiteral("process %1").arg(QCoreApplication::applicationPid());
    action.requestedAt = QDateTime::currentDateTimeUtc();
    action.stateSince = action.requestedAt;
    ActionJournal j(journal);
    const auto claimed = j.claim({action}, {});
    if (!claimed)
        print(QStringLiteral("error ") + claimed.error().message);
    else
        print(claimed.value().first() ? QStringLiteral("refused") : QStringLiteral("claimed"));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 3 && args.at(1) == u"hold")
        return hold(args.at(2));
    if (args.size() == 4 && args.at(1) == u"claim")
        return claim(args.at(2), args.at(3));
    print(QStringLiteral("usage: journal_process hold JOURNAL | claim JOURNAL DEVICE"));
    return 2;
}
