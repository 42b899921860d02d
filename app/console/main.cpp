// SPDX-License-Identifier: GPL-3.0-or-later
// Composition root of the console: parses the command line, wires core to the UI, shows the main window.
#include "core/common/Translations.h"
#include "ui/mainwindow/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("passcode-console"));
    QApplication::setApplicationDisplayName(QStringLiteral("Passcode Console"));
    QApplication::setOrganizationName(QStringLiteral("PasscodeConsole"));
    QApplication::setApplicationVersion(QStringLiteral(PASSCODE_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral(PASSCODE_APP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/passcode-console.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Microsoft Intune helpdesk console"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QApplication::translate("main", "User interface language (en, fr)."),
                                        QStringLiteral("code"));
    const QCommandLineOption sandboxOption(QStringLiteral("sandbox"),
                                           QApplication::translate("main", "Use the built-in sandbox tenant."));
    parser.addOption(langOption);
    parser.addOption(sandboxOption);
    parser.process(app);

    passcode::installTranslations(app, parser.value(langOption));

    passcode::ui::MainWindow window;
    window.show();
    return QApplication::exec();
}
