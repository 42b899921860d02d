// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/console/ConsoleOptions.h"

#include "core/auth/CloudEndpoints.h"
#include "core/common/Translations.h"

#include <QCommandLineParser>

namespace passcode::console {

namespace {

QCommandLineOption hidden(QCommandLineOption option)
{
    option.setFlags(QCommandLineOption::HiddenFromHelp);
    return option;
}

} // namespace

void ConsoleOptions::addTo(QCommandLineParser &parser)
{
    parser.addOption(
        {QStringLiteral("sandbox"), tr("Use the built-in sandbox tenant (training data, no real devices).")});
    parser.addOption(
        {QStringLiteral("sandbox-tenants"),
         tr("Open N built-in sandbox tenants side by side (1 to 8), each with its own seed, name "
            "and colour."),
         QStringLiteral("N")});
    parser.addOption({QStringLiteral("devices"),
                      tr("Number of devices of the sandbox tenant (default 1000)."), QStringLiteral("N")});
    parser.addOption(
        {QStringLiteral("seed"), tr("Seed of the sandbox tenant (default 1)."), QStringLiteral("S")});
    parser.addOption(
        {QStringLiteral("upn"),
         tr("Sandbox tenant: the technician to act as (default helpdesk@…, a Help Desk Operator; "
            "readonly@… and support.fr@… have other Intune roles)."),
         QStringLiteral("upn")});
    parser.addOption({QStringLiteral("lang"),
                      tr("Interface language for this run: en or fr (default: the "
                         "Preferences setting, else the system language)."),
                      QStringLiteral("code")});
    parser.addOption({QStringLiteral("sandbox-sign-in"),
                      tr("Use the sandbox tenant through the Entra ID sign-in (to practise signing in).")});
    parser.addOption({QStringLiteral("tenant"),
                      tr("The roster tenant to open (its name), or a tenant ID or domain to sign in to "
                         "(remembered)."),
                      QStringLiteral("tenant")});
    parser.addOption({QStringLiteral("client-id"),
                      tr("Application (client) ID of the tenant's app registration (remembered)."),
                      QStringLiteral("id")});
    parser.addOption({QStringLiteral("cloud"),
                      tr("Microsoft cloud: global, usgov, usgov-dod or china (remembered)."),
                      QStringLiteral("cloud")});
    parser.addOption({QStringLiteral("graph-url"), tr("Microsoft Graph base URL of a real tenant."),
                      QStringLiteral("url")});
    parser.addOption({QStringLiteral("login-url"), tr("Entra ID login base URL of a real tenant."),
                      QStringLiteral("url")});
    parser.addOption(
        {QStringLiteral("max-writes"),
         tr("Writes sent at most per 20 seconds to the tenant, single and bulk actions together "
            "(1 to 200; Intune allows 200 per app; default: the Preferences setting, else 150)."),
         QStringLiteral("N")});
    parser.addOption(hidden({QStringLiteral("sandbox-time-scale"), tr("Speed of the sandbox tenant's time."),
                             QStringLiteral("x")}));
    parser.addOption(
        hidden({QStringLiteral("screenshot-dir"),
                tr("Walk through the pages, save screenshots in DIR, then quit."), QStringLiteral("DIR")}));
    parser.addOption(
        hidden({QStringLiteral("report-first-rows"),
                tr("Print the milliseconds from start to the first rows on screen, then quit.")}));
    parser.addOption(
        hidden({QStringLiteral("ephemeral"), tr("Keep settings and the journal in a temporary folder.")}));
}

std::optional<ConsoleOptions> ConsoleOptions::from(const QCommandLineParser &parser, QString *error)
{
    ConsoleOptions o;
    o.sandbox = parser.isSet(QStringLiteral("sandbox"));
    o.sandboxSignIn = parser.isSet(QStringLiteral("sandbox-sign-in"));
    o.tenant = parser.value(QStringLiteral("tenant")).trimmed();
    o.clientId = parser.value(QStringLiteral("client-id")).trimmed();
    o.cloud = parser.value(QStringLiteral("cloud")).trimmed();
    if (!o.cloud.isEmpty() && !auth::cloudFromId(o.cloud)) {
        *error = tr("Unknown cloud '%1': use global, usgov, usgov-dod or china.").arg(o.cloud);
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("devices"))) {
        bool ok = false;
        o.devices = parser.value(QStringLiteral("devices")).toLongLong(&ok);
        if (!ok || o.devices < 1 || o.devices > 1000000) {
            *error = tr("--devices must be a number from 1 to 1,000,000.");
            return std::nullopt;
        }
    }
    if (parser.isSet(QStringLiteral("sandbox-tenants"))) {
        bool ok = false;
        o.sandboxTenants = parser.value(QStringLiteral("sandbox-tenants")).toInt(&ok);
        if (!ok || o.sandboxTenants < 1 || o.sandboxTenants > 8) {
            *error = tr("--sandbox-tenants must be a number from 1 to 8.");
            return std::nullopt;
        }
    }
    o.upn = parser.value(QStringLiteral("upn")).trimmed();
    if (parser.isSet(QStringLiteral("seed")))
        o.seed = parser.value(QStringLiteral("seed"));
    if (parser.isSet(QStringLiteral("sandbox-time-scale"))) {
        bool ok = false;
        o.timeScale = parser.value(QStringLiteral("sandbox-time-scale")).toDouble(&ok);
        if (!ok || o.timeScale < 0) {
            *error = tr("--sandbox-time-scale must be a non-negative number.");
            return std::nullopt;
        }
    }
    if (parser.isSet(QStringLiteral("max-writes"))) {
        bool ok = false;
        o.maxWrites = parser.value(QStringLiteral("max-writes")).toInt(&ok);
        if (!ok || o.maxWrites < 1 || o.maxWrites > 200) {
            *error = tr("--max-writes must be a number from 1 to 200.");
            return std::nullopt;
        }
    }
    if (parser.isSet(QStringLiteral("lang"))) {
        const QString lang = parser.value(QStringLiteral("lang")).trimmed().toLower();
        if (!availableLanguages().contains(lang)) {
            *error = tr("--lang must be one of: %1.").arg(availableLanguages().join(QStringLiteral(", ")));
            return std::nullopt;
        }
        o.language = lang;
    }
    for (const auto &[name, url] : {std::pair{QStringLiteral("graph-url"), &o.graphUrl},
                                    std::pair{QStringLiteral("login-url"), &o.loginUrl}}) {
        if (!parser.isSet(name))
            continue;
        *url = QUrl(parser.value(name), QUrl::StrictMode);
        if (!url->isValid() || url->scheme().isEmpty()) {
            *error = tr("--%1 is not a valid URL.").arg(name);
            return std::nullopt;
        }
    }
    o.screenshotDir = parser.value(QStringLiteral("screenshot-dir"));
    o.reportFirstRows = parser.isSet(QStringLiteral("report-first-rows"));
    o.ephemeral =
        parser.isSet(QStringLiteral("ephemeral")) || !o.screenshotDir.isEmpty() || o.reportFirstRows;
    return o;
}

} // namespace passcode::console
