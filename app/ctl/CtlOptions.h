// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace passcode::ctl {

/** The command line of passcodectl, parsed and checked (docs/passcodectl.md). */
struct CtlOptions
{
    enum class Command
    {
        DevicesList,
        DevicesShow,
        Reset,
        ActionsList,
        Login,
        Logout,
        Whoami,
        RunsList,
        RunsResume,
        DevicesFind,
        TenantsAdd,
        TenantsList,
        TenantsRemove,
        Sync,
    };

    Command command = Command::DevicesList;
    /** devices show / reset / sync: an id, device name or serial number (reset: the first of devices);
     * devices find: the text looked up. */
    QString device;
    /** reset: every ID|NAME|SERIAL given on the command line, in order. */
    QStringList devices;
    /** reset --from-file FILE: one device per line; "-" is standard input. */
    QString fromFile;
    /** reset --all-matching TEXT: every device whose name, serial, user, IMEI, model or id contains TEXT
     * (the `devices list --filter` rule), with --platform. */
    std::optional<QString> allMatching;
    /** runs resume RUN: the run's id. */
    QString runId;
    /** tenants add / remove NAME: the roster entry's display name. */
    QString rosterName;
    /** tenants add --color #RRGGBB (empty: the roster's palette). */
    QString color;
    /** devices find --all-tenants: every tenant of the roster at once. */
    bool allTenants = false;

    // Where to connect.
    bool sandbox = false; ///< embedded sandbox: --sandbox or a sandbox option was given
    /** --graph-url or --tenant given: a remote target (for `tenants add`, they describe the new entry).
     * Neither and no --sandbox: the saved tenant if any (after `login`), else the sandbox (decided by
     * CtlSession, which reads the settings). */
    bool remote = false;
    qsizetype sandboxDevices = 1000;
    QString sandboxSeed = QStringLiteral("1");
    double sandboxTimeScale = 1.0;             ///< tenant time speed of the embedded sandbox (--time-scale)
    qint64 sandboxTokenLifetimeSeconds = 3599; ///< its access tokens' lifetime (--token-lifetime)
    QString sandboxUpn; ///< the account its tokens are minted for (--upn; empty: its default technician)
    QUrl graphUrl;
    QUrl loginUrl;
    /** --tenant: a roster entry's name or id, else a tenant ID or domain (docs/passcodectl.md). */
    QString tenant;
    QString clientId;
    QString accessToken; ///< --access-token or PASSCODECTL_ACCESS_TOKEN; never printed
    QString journalPath; ///< empty: the default journal of the target
    int pageSize = 1000;

    // Command options.
    QString filter;
    QString platform;
    bool json = false;
    bool csv = false;
    QString reason;
    bool wait = false;
    bool showPasscode = false;
    bool sync = false; ///< reset --sync: once Graph accepted the action, ask the device to check in (Sync)
    bool watch = false;
    int timeoutSeconds = 900;
    int intervalSeconds = 30;
    bool yes = false;      ///< reset of several devices: send without asking (the plan is printed otherwise)
    int maxWrites = 0;     ///< reset, runs resume: writes per 20 s window; 0 is the engine's default (150)
    int writeWindowMs = 0; ///< the write budget's window (sandbox targets only, for benchmarks); 0: 20 s
    bool browser = false;  ///< login: browser sign-in (PKCE) instead of the device code
    QString cloud;         ///< --cloud: global, usgov, usgov-dod, china

    /** reset of several devices (a bulk run): more than one device named, --from-file or --all-matching.
     * A single device named on the command line keeps the single-device reset. */
    bool bulk() const
    {
        return command == Command::Reset && (devices.size() > 1 || !fromFile.isEmpty() || allMatching);
    }
};

/** What parsing the command line decided. */
struct ParsedCommandLine
{
    std::optional<CtlOptions> options; ///< set when a command is to run
    int exitCode = 0;                  ///< when options is empty: exit with this code
    QString out;                       ///< when options is empty: print this on stdout (help, version)
    QString error;                     ///< when options is empty: print this one line on stderr
};

/** Parses @p arguments (argv as strings, program name first) and the environment. */
class CtlCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CtlCommandLine)

public:
    static ParsedCommandLine parse(const QStringList &arguments);
    /** The usage text (--help). */
    static QString helpText();
    /** True for http(s) URLs whose plain-http form points at a loopback address only. */
    static bool isAllowedEndpoint(const QUrl &url, QString *why);
};

} // namespace passcode::ctl
