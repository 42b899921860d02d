// SPDX-License-Identifier: GPL-3.0-or-later
// Composition root of passcodectl, the command-line front end over core (no Widgets). docs/passcodectl.md.
#include "CtlCommand.h"
#include "CtlOptions.h"

#include "core/common/Translations.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>
#include <QTimer>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("passcodectl"));
    QCoreApplication::setOrganizationName(QStringLiteral("PasscodeConsole"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PASSCODE_VERSION));
    passcode::installTranslations(app, {});
    // stderr carries one actionable line per error; core's diagnostics only when asked (QT_LOGGING_RULES).
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("passcode.*=false"));

    QTextStream out(stdout);
    QTextStream err(stderr);
    const passcode::ctl::ParsedCommandLine parsed =
        passcode::ctl::CtlCommandLine::parse(QCoreApplication::arguments());
    if (!parsed.options) {
        out << parsed.out;
        if (!parsed.error.isEmpty())
            err << QStringLiteral("passcodectl: ") << parsed.error << Qt::endl;
        out.flush();
        return parsed.exitCode;
    }

    passcode::ctl::CtlCommand command(*parsed.options, out, err);
    QObject::connect(&command, &passcode::ctl::CtlCommand::finished, &app,
                     [](int code) { QCoreApplication::exit(code); });
    QTimer::singleShot(0, &command, [&command] { command.start(); });
    return QCoreApplication::exec();
}
