// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <optional>

class QCommandLineParser;

namespace passcode::console {

/** The console's command line. */
struct ConsoleOptions
{
    Q_DECLARE_TR_FUNCTIONS(ConsoleOptions)

public:
    bool sandbox = false;     ///< --sandbox: the embedded sandbox tenant even when a tenant is configured
    int sandboxTenants = 0;   ///< --sandbox-tenants N (1..8): N embedded sandbox tenants (seeds 1..N)
    qsizetype devices = 1000; ///< --devices N (sandbox size)
    QString seed = QStringLiteral("1"); ///< --seed S (sandbox tenant)
    QString upn;                        ///< --upn: the sandbox tenant's account to act as (its Intune role)
    double timeScale = 1.0;             ///< --sandbox-time-scale X (hidden; demos)
    std::optional<QString> language;    ///< --lang en|fr (overrides the setting for this run)
    bool sandboxSignIn = false;   ///< --sandbox-sign-in: the sandbox tenant through the Entra ID sign-in
    QString tenant;               ///< --tenant: a roster entry (opened alone), else a tenant (remembered)
    QString clientId;             ///< --client-id (remembered)
    QString cloud;                ///< --cloud global|usgov|usgov-dod|china (remembered)
    QUrl graphUrl;                ///< --graph-url: a Graph-compatible endpoint (remembered)
    QUrl loginUrl;                ///< --login-url: an Entra ID-compatible endpoint (remembered)
    QString screenshotDir;        ///< --screenshot-dir DIR (hidden): walk the pages, save PNGs, quit
    bool reportFirstRows = false; ///< --report-first-rows (hidden): print the time to the first rows, quit
    bool ephemeral = false;       ///< --ephemeral (hidden): settings and journal in a temporary folder
    int maxWrites = 0;            ///< --max-writes N: the write budget for this run (0: the Preferences')

    /** Adds the options to a parser. */
    static void addTo(QCommandLineParser &parser);
    /** Reads a processed parser; std::nullopt and a message on a bad value. */
    static std::optional<ConsoleOptions> from(const QCommandLineParser &parser, QString *error);
};

} // namespace passcode::console
