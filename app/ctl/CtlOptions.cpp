// SPDX-License-Identifier: GPL-3.0-or-later
#include "CtlOptions.h"

#include "ExitCode.h"
#include "InputFile.h"

#include <QCommandLineParser>
#include <QHostAddress>

namespace passcode::ctl {
namespace {

/** The token in @p path ("-": standard input): one line, surrounding white space ignored. */
std::variant<QString, Error> readAccessTokenFile(const QString &path)
{
    std::variant<QByteArray, Error> read = InputFile::read(path, 64 * 1024);
    if (Error *e = std::get_if<Error>(&read))
        return *e;
    const QString token = QString::fromUtf8(std::get<QByteArray>(read)).trimmed();
    const QString source = InputFile::sourceName(path);
    if (token.isEmpty())
        return Error::make(Error::Kind::Usage, CtlCommandLine::tr("%1 holds no access token.").arg(source));
    // A bearer token is one line of printable ASCII (RFC 6750's b64token, or a JWT).
    for (const QChar c : token) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f)
            return Error::make(Error::Kind::Usage,
                               CtlCommandLine::tr("%1 does not hold a single access token.").arg(source));
    }
    return token;
}

struct OptionSpec
{
    const char *name;
    const char *valueName; ///< nullptr for a flag
    const char *help;
};

// Every option of every command; the commands check which ones apply to them.
constexpr OptionSpec kOptions[] = {
    {"sandbox", nullptr,
     QT_TRANSLATE_NOOP("CtlCommandLine", "Use an embedded sandbox tenant (the default).")},
    {"devices", "N", QT_TRANSLATE_NOOP("CtlCommandLine", "Sandbox: number of devices (default 1000).")},
    {"seed", "S", QT_TRANSLATE_NOOP("CtlCommandLine", "Sandbox: seed of the generated tenant (default 1).")},
    {"time-scale", "F",
     QT_TRANSLATE_NOOP("CtlCommandLine", "Sandbox: tenant time runs F times faster (default 1).")},
    {"upn", "UPN",
     QT_TRANSLATE_NOOP("CtlCommandLine",
                       "Sandbox: act as this account (default helpdesk@…; readonly@… and support.fr@… have "
                       "other Intune roles).")},
    {"token-lifetime", "SECONDS",
     QT_TRANSLATE_NOOP("CtlCommandLine", "Sandbox: lifetime of its access tokens (default 3599).")},
    {"graph-url", "URL",
     QT_TRANSLATE_NOOP("CtlCommandLine", "Graph base URL (e.g. a passcode-sandbox server).")},
    {"login-url", "URL", QT_TRANSLATE_NOOP("CtlCommandLine", "Sign-in base URL of the Graph endpoint.")},
    {"tenant", "TENANT", QT_TRANSLATE_NOOP("CtlCommandLine", "Entra ID tenant (GUID or domain).")},
    {"client-id", "ID",
     QT_TRANSLATE_NOOP("CtlCommandLine", "Application (client) id of the app registration.")},
    {"cloud", "CLOUD", QT_TRANSLATE_NOOP("CtlCommandLine", "global (default), usgov, usgov-dod or china.")},
    {"access-token", "TOKEN",
     QT_TRANSLATE_NOOP("CtlCommandLine",
                       "Bearer token obtained elsewhere. Every local user can read it in the process list: "
                       "prefer --access-token-file or PASSCODECTL_ACCESS_TOKEN.")},
    {"access-token-file", "FILE",
     QT_TRANSLATE_NOOP("CtlCommandLine", "Read the bearer token from FILE (- for standard input).")},
    {"journal", "PATH", QT_TRANSLATE_NOOP("CtlCommandLine", "Action journal file (default: per target).")},
    {"page-size", "N", QT_TRANSLATE_NOOP("CtlCommandLine", "Devices per page when listing (default 1000).")},
    {"filter", "TEXT",
     QT_TRANSLATE_NOOP("CtlCommandLine", "devices list: name, serial, user, IMEI or model contains TEXT.")},
    {"platform", "P",
     QT_TRANSLATE_NOOP("CtlCommandLine",
                       "devices list, reset --all-matching: only this platform (ios, android...).")},
    {"json", nullptr, QT_TRANSLATE_NOOP("CtlCommandLine", "Print JSON (shapes in docs/passcodectl.md).")},
    {"csv", nullptr, QT_TRANSLATE_NOOP("CtlCommandLine", "devices list: print CSV.")},
    {"reason", "TEXT", QT_TRANSLATE_NOOP("CtlCommandLine", "reset: ticket or reason, kept in the journal.")},
    {"from-file", "FILE",
     QT_TRANSLATE_NOOP("CtlCommandLine", "reset: devices, one per line (- for standard input).")},
    {"all-matching", "TEXT",
     QT_TRANSLATE_NOOP("CtlCommandLine", "reset: every device whose name, serial, user... contains TEXT.")},
    {"yes", nullptr,
     QT_TRANSLATE_NOOP("CtlCommandLine", "reset of several devices: send (else print the plan).")},
    {"max-writes", "N",
     QT_TRANSLATE_NOOP("CtlCommandLine", "reset, runs resume: writes per 20 s (default 150).")},
    {"write-window-ms", "MS",
     QT_TRANSLATE_NOOP("CtlCommandLine", "Sandbox benchmarks: the write budget's window (default 20000).")},
    {"wait", nullptr, QT_TRANSLATE_NOOP("CtlCommandLine", "reset: follow the action until it ends.")},
    {"show-passcode", nullptr, QT_TRANSLATE_NOOP("CtlCommandLine", "reset: print the new passcode.")},
    {"sync", nullptr,
     QT_TRANSLATE_NOOP("CtlCommandLine", "reset: once accepted, sync the device so it checks in sooner.")},
    {"timeout", "SECONDS", QT_TRANSLATE_NOOP("CtlCommandLine", "reset --wait: give up after (default 900).")},
    {"watch", nullptr, QT_TRANSLATE_NOOP("CtlCommandLine", "actions list: refresh until interrupted.")},
    {"browser", nullptr,
     QT_TRANSLATE_NOOP("CtlCommandLine", "login: sign in in a browser instead of a code.")},
    {"interval", "SECONDS",
     QT_TRANSLATE_NOOP("CtlCommandLine", "actions list --watch: refresh period (30).")},
    {"all-tenants", nullptr,
     QT_TRANSLATE_NOOP("CtlCommandLine", "devices find: search every tenant of the roster at once.")},
    {"color", "#RRGGBB", QT_TRANSLATE_NOOP("CtlCommandLine", "tenants add: the tenant's colour.")},
};

ParsedCommandLine usageError(const QString &message)
{
    ParsedCommandLine out;
    out.exitCode = ExitUsage;
    out.error = message + u' ' + CtlCommandLine::tr("(see passcodectl --help)");
    return out;
}

bool readInt(const QCommandLineParser &p, const char *name, int min, int max, int *value, QString *error)
{
    const QString key = QLatin1String(name);
    if (!p.isSet(key))
        return true;
    bool ok = false;
    const int v = p.value(key).toInt(&ok);
    if (!ok || v < min || v > max) {
        *error = CtlCommandLine::tr("--%1 must be a whole number from %2 to %3.").arg(key).arg(min).arg(max);
        return false;
    }
    *value = v;
    return true;
}

QString commandName(CtlOptions::Command command)
{
    switch (command) {
    case CtlOptions::Command::DevicesList:
        return QStringLiteral("devices list");
    case CtlOptions::Command::DevicesShow:
        return QStringLiteral("devices show");
    case CtlOptions::Command::Reset:
        return QStringLiteral("reset");
    case CtlOptions::Command::ActionsList:
        return QStringLiteral("actions list");
    case CtlOptions::Command::Login:
        return QStringLiteral("login");
    case CtlOptions::Command::Logout:
        return QStringLiteral("logout");
    case CtlOptions::Command::Whoami:
        return QStringLiteral("whoami");
    case CtlOptions::Command::RunsList:
        return QStringLiteral("runs list");
    case CtlOptions::Command::RunsResume:
        return QStringLiteral("runs resume");
    case CtlOptions::Command::DevicesFind:
        return QStringLiteral("devices find");
    case CtlOptions::Command::TenantsAdd:
        return QStringLiteral("tenants add");
    case CtlOptions::Command::TenantsList:
        return QStringLiteral("tenants list");
    case CtlOptions::Command::TenantsRemove:
        return QStringLiteral("tenants remove");
    case CtlOptions::Command::Sync:
        return QStringLiteral("sync");
    }
    return {};
}

/** The roster commands and --all-tenants: which connection options make sense with them. */
std::optional<QString> checkRosterOptions(const CtlOptions &o, const QCommandLineParser &p)
{
    using C = CtlOptions::Command;
    const bool connection = p.isSet(QStringLiteral("graph-url")) || p.isSet(QStringLiteral("tenant")) ||
                            p.isSet(QStringLiteral("client-id")) || p.isSet(QStringLiteral("login-url")) ||
                            p.isSet(QStringLiteral("cloud")) || p.isSet(QStringLiteral("access-token")) ||
                            p.isSet(QStringLiteral("access-token-file"));
    if (o.command == C::TenantsAdd) {
        if (o.sandbox)
            return CtlCommandLine::tr("The roster holds tenants and Graph endpoints; the embedded sandbox "
                                      "is always there without it.");
        if (!p.isSet(QStringLiteral("tenant")) && !p.isSet(QStringLiteral("graph-url")))
            return CtlCommandLine::tr("Say how the tenant is reached: --tenant T --client-id C, or "
                                      "--graph-url URL.");
        if (p.isSet(QStringLiteral("access-token")) || p.isSet(QStringLiteral("access-token-file")))
            return CtlCommandLine::tr("The roster keeps no secret: --access-token cannot be saved.");
        return std::nullopt;
    }
    if ((o.command == C::TenantsList || o.command == C::TenantsRemove) && (connection || o.sandbox))
        return CtlCommandLine::tr("'%1' works on the roster: it takes no --tenant, --graph-url or other "
                                  "connection option.")
            .arg(commandName(o.command));
    if (o.allTenants && (connection || o.sandbox))
        return CtlCommandLine::tr("--all-tenants searches every tenant of the roster: it cannot be combined "
                                  "with --tenant, --graph-url, --sandbox or other connection options.");
    return std::nullopt;
}

} // namespace

namespace {

bool isLoopback(const QUrl &url)
{
    const QString host = url.host();
    QHostAddress address;
    return host.compare(u"localhost", Qt::CaseInsensitive) == 0 ||
           (address.setAddress(host) && address.isLoopback());
}

} // namespace

bool CtlCommandLine::isAllowedEndpoint(const QUrl &url, QString *why)
{
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"https" && url.scheme() != u"http")) {
        *why = tr("%1 is not an http(s) URL.").arg(url.toString());
        return false;
    }
    if (url.scheme() == u"https")
        return true;
    if (!isLoopback(url)) {
        *why = tr("%1: plain http is allowed only to this computer (127.0.0.1, localhost); use https.")
                   .arg(url.toString());
        return false;
    }
    return true;
}

QString CtlCommandLine::helpText()
{
    QString text =
        tr("Usage: passcodectl [global options] COMMAND [options]\n"
           "\n"
           "Passcode Console command line: list Intune devices, check passcode eligibility, send and\n"
           "follow passcode actions. Without --graph-url or --tenant it uses an embedded sandbox tenant.\n"
           "\n"
           "Commands:\n"
           "  devices list [--filter TEXT] [--platform P] [--json|--csv]\n"
           "  devices show ID|NAME|SERIAL [--json]\n"
           "  devices find TEXT [--all-tenants] [--json]   a name, serial, IMEI or user, asked of Graph\n"
           "  reset ID|NAME|SERIAL [--reason TEXT] [--wait [--timeout S]] [--show-passcode] [--sync]\n"
           "        [--json]\n"
           "  reset ID|NAME|SERIAL... | --from-file FILE | --all-matching TEXT [--platform P]\n"
           "        --reason TEXT --yes [--max-writes N] [--wait [--timeout S]] [--show-passcode] [--json]\n"
           "                         several devices: without --yes, print the plan and exit 2\n"
           "  sync ID|NAME|SERIAL [--json]   ask the device to check in with Intune now (Sync)\n"
           "  runs list [--json]     the bulk runs and their counts\n"
           "  runs resume RUN [--wait [--timeout S]] [--json]   send what an interrupted run did not\n"
           "  actions list [--watch [--interval S]] [--json]\n"
           "  login [--browser]      sign in to the tenant (--tenant, --client-id) and keep the sign-in\n"
           "  logout                 forget the saved sign-in\n"
           "  whoami [--json]        show the signed-in account\n"
           "  tenants add NAME (--tenant T --client-id C [--cloud C] | --graph-url URL [--login-url URL])\n"
           "        [--color #RRGGBB]  add a tenant to the roster (shared with the console)\n"
           "  tenants list [--json]  the roster; --tenant NAME picks one of its tenants\n"
           "  tenants remove NAME    sign out of a tenant and remove it from the roster\n"
           "\n"
           "Options:\n");
    for (const OptionSpec &o : kOptions) {
        QString left = QStringLiteral("  --") + QLatin1String(o.name);
        if (o.valueName)
            left += u' ' + QLatin1String(o.valueName);
        text += left.leftJustified(26) + u' ' + QCoreApplication::translate("CtlCommandLine", o.help) + u'\n';
    }
    text += QStringLiteral("  --help, -h                 ") + tr("Show this help.") + u'\n';
    text += QStringLiteral("  --version                  ") + tr("Show the version.") + u'\n';
    text += tr("\nExit codes: 0 success, 2 usage error, 3 not eligible, 4 action failed or not supported,\n"
               "5 authentication or permission error, 6 network or service error, 7 outcome unknown.\n");
    return text;
}

ParsedCommandLine CtlCommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    for (const OptionSpec &o : kOptions) {
        QCommandLineOption option(QLatin1String(o.name),
                                  QCoreApplication::translate("CtlCommandLine", o.help));
        if (o.valueName)
            option.setValueName(QLatin1String(o.valueName));
        p.addOption(option);
    }
    p.addOption(QCommandLineOption(QStringList{QStringLiteral("help"), QStringLiteral("h")}));
    p.addOption(QCommandLineOption(QStringLiteral("version")));
    if (!p.parse(arguments))
        return usageError(p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        ParsedCommandLine out;
        out.out = helpText();
        return out;
    }
    if (p.isSet(QStringLiteral("version"))) {
        ParsedCommandLine out;
        out.out = QCoreApplication::applicationName() + u' ' + QCoreApplication::applicationVersion() + u'\n';
        return out;
    }

    CtlOptions o;
    const QStringList pos = p.positionalArguments();
    const QString word0 = pos.value(0);
    const QString word1 = pos.value(1);
    qsizetype expected = 0;
    if (word0 == u"devices" && word1 == u"list") {
        o.command = CtlOptions::Command::DevicesList;
        expected = 2;
    } else if (word0 == u"devices" && word1 == u"find") {
        o.command = CtlOptions::Command::DevicesFind;
        o.device = pos.value(2);
        expected = 3;
    } else if (word0 == u"tenants" && word1 == u"add") {
        o.command = CtlOptions::Command::TenantsAdd;
        o.rosterName = pos.value(2).trimmed();
        expected = 3;
    } else if (word0 == u"tenants" && word1 == u"list") {
        o.command = CtlOptions::Command::TenantsList;
        expected = 2;
    } else if (word0 == u"tenants" && word1 == u"remove") {
        o.command = CtlOptions::Command::TenantsRemove;
        o.rosterName = pos.value(2).trimmed();
        expected = 3;
    } else if (word0 == u"devices" && word1 == u"show") {
        o.command = CtlOptions::Command::DevicesShow;
        o.device = pos.value(2);
        expected = 3;
    } else if (word0 == u"reset") {
        o.command = CtlOptions::Command::Reset;
        for (const QString &d : pos.mid(1)) {
            if (d.trimmed().isEmpty())
                return usageError(tr("An empty device name was given."));
            o.devices.append(d.trimmed());
        }
        o.device = o.devices.value(0);
        expected = pos.size();
    } else if (word0 == u"sync") {
        o.command = CtlOptions::Command::Sync;
        o.device = pos.value(1);
        expected = 2;
    } else if (word0 == u"runs" && word1 == u"list") {
        o.command = CtlOptions::Command::RunsList;
        expected = 2;
    } else if (word0 == u"runs" && word1 == u"resume") {
        o.command = CtlOptions::Command::RunsResume;
        o.runId = pos.value(2).trimmed();
        if (o.runId.isEmpty())
            return usageError(tr("Name the run to resume (its id, as 'passcodectl runs list' shows it)."));
        expected = 3;
    } else if (word0 == u"actions" && word1 == u"list") {
        o.command = CtlOptions::Command::ActionsList;
        expected = 2;
    } else if (word0 == u"login") {
        o.command = CtlOptions::Command::Login;
        expected = 1;
    } else if (word0 == u"logout") {
        o.command = CtlOptions::Command::Logout;
        expected = 1;
    } else if (word0 == u"whoami") {
        o.command = CtlOptions::Command::Whoami;
        expected = 1;
    } else if (word0.isEmpty()) {
        return usageError(tr("No command given."));
    } else {
        return usageError(tr("Unknown command '%1'.").arg(pos.join(u' ')));
    }
    if ((o.command == CtlOptions::Command::DevicesShow || o.command == CtlOptions::Command::Sync) &&
        o.device.trimmed().isEmpty())
        return usageError(tr("Name the device: its id, device name or serial number."));
    if (o.command == CtlOptions::Command::DevicesFind && o.device.trimmed().size() < 2)
        return usageError(tr("Give the text to find (2 characters or more): a device name, serial number, "
                             "IMEI, user or id."));
    if ((o.command == CtlOptions::Command::TenantsAdd || o.command == CtlOptions::Command::TenantsRemove) &&
        o.rosterName.isEmpty())
        return usageError(tr("Name the tenant (its name in the roster)."));
    o.fromFile = p.value(QStringLiteral("from-file"));
    if (p.isSet(QStringLiteral("from-file")) && o.fromFile.isEmpty())
        return usageError(tr("--from-file needs a file name (- for standard input)."));
    if (p.isSet(QStringLiteral("all-matching")))
        o.allMatching = p.value(QStringLiteral("all-matching"));
    if (o.command == CtlOptions::Command::Reset && o.devices.isEmpty() && o.fromFile.isEmpty() &&
        !o.allMatching)
        return usageError(tr("Name the devices: ids, device names or serial numbers, --from-file FILE or "
                             "--all-matching TEXT."));
    if (pos.size() > expected)
        return usageError(tr("Unexpected argument '%1'.").arg(pos.at(expected)));
    o.device = o.device.trimmed();

    QString error;
    o.sandbox = p.isSet(QStringLiteral("sandbox"));
    o.graphUrl = QUrl(p.value(QStringLiteral("graph-url")));
    o.loginUrl = QUrl(p.value(QStringLiteral("login-url")));
    o.tenant = p.value(QStringLiteral("tenant"));
    o.clientId = p.value(QStringLiteral("client-id"));
    if (p.isSet(QStringLiteral("access-token")) && p.isSet(QStringLiteral("access-token-file")))
        return usageError(tr("Give the access token once: --access-token or --access-token-file."));
    if (p.isSet(QStringLiteral("access-token-file"))) {
        const QString file = p.value(QStringLiteral("access-token-file"));
        if (file == u"-" && o.fromFile == u"-")
            return usageError(
                tr("Standard input cannot hold both the access token and the list of devices."));
        std::variant<QString, Error> token = readAccessTokenFile(file);
        if (const Error *e = std::get_if<Error>(&token))
            return usageError(e->message);
        o.accessToken = std::get<QString>(token);
    } else {
        o.accessToken = p.isSet(QStringLiteral("access-token"))
                            ? p.value(QStringLiteral("access-token"))
                            : qEnvironmentVariable("PASSCODECTL_ACCESS_TOKEN");
    }
    o.journalPath = p.value(QStringLiteral("journal"));
    if (p.isSet(QStringLiteral("graph-url")) && !isAllowedEndpoint(o.graphUrl, &error))
        return usageError(error);
    if (p.isSet(QStringLiteral("login-url")) && !isAllowedEndpoint(o.loginUrl, &error))
        return usageError(error);
    o.cloud = p.value(QStringLiteral("cloud"));
    o.browser = p.isSet(QStringLiteral("browser"));
    o.remote = p.isSet(QStringLiteral("graph-url")) || p.isSet(QStringLiteral("tenant"));
    const bool sandboxOptions = p.isSet(QStringLiteral("devices")) || p.isSet(QStringLiteral("seed")) ||
                                p.isSet(QStringLiteral("time-scale")) ||
                                p.isSet(QStringLiteral("token-lifetime")) || p.isSet(QStringLiteral("upn"));
    if (o.sandbox && o.remote)
        return usageError(tr("--sandbox cannot be combined with --graph-url or --tenant."));
    if (o.remote && sandboxOptions)
        return usageError(
            tr("--devices, --seed, --time-scale, --token-lifetime and --upn apply to the sandbox only."));
    o.sandbox = o.sandbox || sandboxOptions;
    const bool signIn = word0 == u"login" || word0 == u"logout" || word0 == u"whoami";
    if (signIn && o.sandbox)
        return usageError(tr("'%1' signs in to a tenant; the embedded sandbox needs no sign-in.").arg(word0));
    if (p.isSet(QStringLiteral("time-scale"))) {
        bool ok = false;
        const double f = p.value(QStringLiteral("time-scale")).toDouble(&ok);
        if (!ok || f < 0 || f > 100000)
            return usageError(tr("--time-scale must be a number from 0 to 100000."));
        o.sandboxTimeScale = f;
    }
    if (p.isSet(QStringLiteral("token-lifetime"))) {
        bool ok = false;
        const qlonglong n = p.value(QStringLiteral("token-lifetime")).toLongLong(&ok);
        if (!ok || n < 1 || n > 86400)
            return usageError(tr("--token-lifetime must be a whole number of seconds from 1 to 86400."));
        o.sandboxTokenLifetimeSeconds = n;
    }
    if (p.isSet(QStringLiteral("devices"))) {
        bool ok = false;
        const qlonglong n = p.value(QStringLiteral("devices")).toLongLong(&ok);
        if (!ok || n < 1 || n > 1000000)
            return usageError(tr("--devices must be a whole number from 1 to 1000000."));
        o.sandboxDevices = n;
    }
    if (p.isSet(QStringLiteral("seed")))
        o.sandboxSeed = p.value(QStringLiteral("seed"));
    o.sandboxUpn = p.value(QStringLiteral("upn")).trimmed();
    if (!readInt(p, "page-size", 1, 5000, &o.pageSize, &error) ||
        !readInt(p, "timeout", 1, 7 * 24 * 3600, &o.timeoutSeconds, &error) ||
        !readInt(p, "interval", 1, 24 * 3600, &o.intervalSeconds, &error) ||
        !readInt(p, "max-writes", 1, 200, &o.maxWrites, &error) ||
        !readInt(p, "write-window-ms", 10, 20000, &o.writeWindowMs, &error))
        return usageError(error);

    o.filter = p.value(QStringLiteral("filter"));
    o.platform = p.value(QStringLiteral("platform"));
    o.json = p.isSet(QStringLiteral("json"));
    o.csv = p.isSet(QStringLiteral("csv"));
    o.reason = p.value(QStringLiteral("reason"));
    o.wait = p.isSet(QStringLiteral("wait"));
    o.showPasscode = p.isSet(QStringLiteral("show-passcode"));
    o.sync = p.isSet(QStringLiteral("sync"));
    o.watch = p.isSet(QStringLiteral("watch"));
    o.yes = p.isSet(QStringLiteral("yes"));
    o.allTenants = p.isSet(QStringLiteral("all-tenants"));
    o.color = p.value(QStringLiteral("color"));

    // Options that belong to one command only.
    const auto only = [&](const char *name, std::initializer_list<CtlOptions::Command> commands) {
        if (!p.isSet(QLatin1String(name)))
            return true;
        for (CtlOptions::Command c : commands) {
            if (c == o.command)
                return true;
        }
        error = tr("--%1 does not apply to '%2'.").arg(QLatin1String(name), commandName(o.command));
        return false;
    };
    using C = CtlOptions::Command;
    if (!only("filter", {C::DevicesList}) || !only("platform", {C::DevicesList, C::Reset}) ||
        !only("csv", {C::DevicesList}) || !only("page-size", {C::DevicesList}) ||
        !only("reason", {C::Reset}) || !only("wait", {C::Reset, C::RunsResume}) ||
        !only("show-passcode", {C::Reset, C::RunsResume}) || !only("sync", {C::Reset}) ||
        !only("timeout", {C::Reset, C::RunsResume}) || !only("from-file", {C::Reset}) ||
        !only("all-matching", {C::Reset}) || !only("yes", {C::Reset}) ||
        !only("max-writes", {C::Reset, C::RunsResume}) || !only("watch", {C::ActionsList}) ||
        !only("interval", {C::ActionsList}) || !only("browser", {C::Login}) ||
        !only("all-tenants", {C::DevicesFind}) || !only("color", {C::TenantsAdd}))
        return usageError(error);
    if (std::optional<QString> rosterError = checkRosterOptions(o, p))
        return usageError(*rosterError);
    if (o.writeWindowMs > 0 && (!o.tenant.isEmpty() || (o.remote && !isLoopback(o.graphUrl))))
        return usageError(tr("--write-window-ms applies to a sandbox on this computer only: Intune counts "
                             "writes per 20 s."));
    if (!only("write-window-ms", {C::Reset, C::RunsResume}))
        return usageError(error);
    if (o.command == C::Reset && p.isSet(QStringLiteral("platform")) && !o.allMatching)
        return usageError(tr("--platform applies to reset --all-matching."));
    if (o.bulk() && o.sync)
        return usageError(tr("--sync applies to the reset of one device; sync the others with "
                             "'passcodectl sync'."));
    if (o.bulk() && o.yes && o.reason.trimmed().isEmpty())
        return usageError(
            tr("A reset of several devices needs --reason TEXT (the ticket), kept with the run."));
    if (o.json && (o.command == C::Login || o.command == C::Logout || o.command == C::TenantsAdd ||
                   o.command == C::TenantsRemove))
        return usageError(tr("--json does not apply to '%1'.").arg(commandName(o.command)));
    if (o.json && o.csv)
        return usageError(tr("--json and --csv cannot be combined."));
    if (p.isSet(QStringLiteral("timeout")) && !o.wait)
        return usageError(tr("--timeout applies to reset --wait and runs resume --wait."));
    if (p.isSet(QStringLiteral("interval")) && !o.watch)
        return usageError(tr("--interval applies to actions list --watch."));

    ParsedCommandLine out;
    out.options = std::move(o);
    return out;
}

} // namespace passcode::ctl
