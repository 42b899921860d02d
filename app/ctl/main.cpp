// SPDX-License-Identifier: GPL-3.0-or-later
// Composition root of passcodectl, the command-line front end over core (no Widgets).
#include "core/common/Translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("passcodectl"));
    QCoreApplication::setOrganizationName(QStringLiteral("PasscodeConsole"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PASSCODE_VERSION));
    passcode::installTranslations(app, {});

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Passcode Console command line: list Intune devices, check passcode "
                                            "eligibility, send and follow passcode actions."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);
    return 0;
}
