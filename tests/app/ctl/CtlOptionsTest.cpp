// SPDX-License-Identifier: GPL-3.0-or-later
// app/ctl/CtlOptions: passcodectl's command line, parsed and checked without running a command.
#include "app/ctl/CtlOptions.h"
#include "app/ctl/ExitCode.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QTemporaryDir>

using namespace passcode::ctl;
using C = CtlOptions::Command;

namespace {

ParsedCommandLine parse(QStringList args)
{
    args.prepend(QStringLiteral("passcodectl"));
    return CtlCommandLine::parse(args);
}

QStringList words(const char *line)
{
    return QString::fromUtf8(line).split(u' ', Qt::SkipEmptyParts);
}

/** Parses @p line, expecting a command. */
CtlOptions ok(const char *line)
{
    const ParsedCommandLine p = parse(words(line));
    EXPECT_TRUE(p.options.has_value()) << line << ": " << p.error.toStdString();
    return p.options.value_or(CtlOptions{});
}

/** Parses @p line, expecting a usage error (exit 2, one line, nothing on stdout). */
QString usage(const char *line)
{
    const ParsedCommandLine p = parse(words(line));
    EXPECT_FALSE(p.options.has_value()) << line;
    EXPECT_EQ(p.exitCode, ExitUsage) << line;
    EXPECT_TRUE(p.out.isEmpty()) << line;
    EXPECT_FALSE(p.error.isEmpty()) << line;
    EXPECT_FALSE(p.error.contains(u'\n')) << line;
    return p.error;
}

} // namespace

TEST(ctl_Options, EachCommandWithItsDefaults)
{
    const CtlOptions list = ok("devices list");
    EXPECT_EQ(list.command, C::DevicesList);
    EXPECT_EQ(list.pageSize, 1000);
    EXPECT_FALSE(list.json);
    EXPECT_FALSE(list.csv);
    EXPECT_FALSE(list.sandbox);
    EXPECT_FALSE(list.remote);

    const CtlOptions show = ok("devices show  KIOSK-LIL-941 --json");
    EXPECT_EQ(show.command, C::DevicesShow);
    EXPECT_EQ(show.device, QStringLiteral("KIOSK-LIL-941"));
    EXPECT_TRUE(show.json);

    const CtlOptions reset = ok("reset SERIAL1 --wait --timeout 60 --show-passcode --reason INC-1");
    EXPECT_EQ(reset.command, C::Reset);
    EXPECT_EQ(reset.device, QStringLiteral("SERIAL1"));
    EXPECT_TRUE(reset.wait);
    EXPECT_EQ(reset.timeoutSeconds, 60);
    EXPECT_TRUE(reset.showPasscode);
    EXPECT_EQ(reset.reason, QStringLiteral("INC-1"));
    EXPECT_EQ(ok("reset X").timeoutSeconds, 900);

    const CtlOptions actions = ok("actions list --watch --interval 5");
    EXPECT_EQ(actions.command, C::ActionsList);
    EXPECT_TRUE(actions.watch);
    EXPECT_EQ(actions.intervalSeconds, 5);
    EXPECT_EQ(ok("actions list").intervalSeconds, 30);

    EXPECT_EQ(ok("login --browser").command, C::Login);
    EXPECT_TRUE(ok("login --browser").browser);
    EXPECT_EQ(ok("logout").command, C::Logout);
    EXPECT_EQ(ok("whoami --json").command, C::Whoami);
}

TEST(ctl_Options, ResetOfSeveralDevices)
{
    const CtlOptions one = ok("reset KIOSK-1 --reason INC-1");
    EXPECT_FALSE(one.bulk()) << "one device named: today's single reset";
    EXPECT_EQ(one.devices, QStringList{QStringLiteral("KIOSK-1")});

    const CtlOptions several = ok("reset KIOSK-1 KIOSK-2 0042 --reason INC-2 --yes --max-writes 40 --json");
    EXPECT_TRUE(several.bulk());
    EXPECT_EQ(several.devices,
              (QStringList{QStringLiteral("KIOSK-1"), QStringLiteral("KIOSK-2"), QStringLiteral("0042")}));
    EXPECT_EQ(several.device, QStringLiteral("KIOSK-1"));
    EXPECT_TRUE(several.yes);
    EXPECT_EQ(several.maxWrites, 40);
    EXPECT_EQ(ok("reset A B").maxWrites, 0) << "0: the engine's default";
    EXPECT_FALSE(ok("reset A B").yes) << "without --yes: the plan only";

    const CtlOptions file = ok("reset --from-file - --reason T --yes --wait --timeout 60 --show-passcode");
    EXPECT_TRUE(file.bulk()) << "a file is a bulk run, even of one device";
    EXPECT_EQ(file.fromFile, QStringLiteral("-"));
    EXPECT_TRUE(file.devices.isEmpty());
    EXPECT_TRUE(file.wait);

    const CtlOptions matching = ok("reset --all-matching KIOSK-LIL --platform android");
    EXPECT_TRUE(matching.bulk());
    EXPECT_EQ(matching.allMatching, std::optional<QString>(QStringLiteral("KIOSK-LIL")));
    EXPECT_EQ(matching.platform, QStringLiteral("android"));

    const CtlOptions runs = ok("runs list --json");
    EXPECT_EQ(runs.command, C::RunsList);
    const CtlOptions resume = ok("runs resume 6f1c --wait --timeout 30 --json --max-writes 20");
    EXPECT_EQ(resume.command, C::RunsResume);
    EXPECT_EQ(resume.runId, QStringLiteral("6f1c"));
    EXPECT_TRUE(resume.wait);
    EXPECT_FALSE(resume.bulk());
}

TEST(ctl_Options, BulkUsageErrors)
{
    EXPECT_TRUE(usage("reset A B --yes").contains(QStringLiteral("--reason")));
    EXPECT_TRUE(usage("reset --from-file f.txt --yes --reason").contains(QStringLiteral("--help")));
    EXPECT_TRUE(usage("reset A --platform ios").contains(QStringLiteral("--all-matching")));
    // The budget's window is for sandboxes only: Intune counts writes per 20 s.
    EXPECT_EQ(ok("--graph-url http://127.0.0.1:9 reset A B --write-window-ms 500").writeWindowMs, 500);
    EXPECT_EQ(ok("--sandbox runs resume R --write-window-ms 500").writeWindowMs, 500);
    EXPECT_TRUE(usage("--graph-url https://graph.microsoft.com reset A B --write-window-ms 500")
                    .contains(QStringLiteral("sandbox")));
    usage("--tenant contoso.example reset A B --write-window-ms 500");
    usage("devices list --write-window-ms 500");
    for (const char *line :
         {"reset --max-writes 0 A B", "reset --max-writes 201 A B", "devices list --yes",
          "devices list --from-file x", "devices show X --all-matching Y", "actions list --max-writes 5",
          "runs", "runs resume", "runs list extra", "runs resume A B", "runs list --reason X",
          "runs resume R --yes", "runs list --timeout 5"})
        usage(line);
}

TEST(ctl_Options, WhereItConnects)
{
    const CtlOptions sandbox = ok("--devices 60 --seed 5 --time-scale 600 devices list");
    EXPECT_TRUE(sandbox.sandbox) << "a sandbox option means the sandbox";
    EXPECT_EQ(sandbox.sandboxDevices, 60);
    EXPECT_EQ(sandbox.sandboxSeed, QStringLiteral("5"));
    EXPECT_EQ(sandbox.sandboxTimeScale, 600.0);
    EXPECT_EQ(sandbox.sandboxTokenLifetimeSeconds, 3599);
    EXPECT_EQ(ok("--token-lifetime 30 actions list --watch").sandboxTokenLifetimeSeconds, 30);
    EXPECT_TRUE(ok("--token-lifetime 30 actions list --watch").sandbox);

    const CtlOptions remote = ok("--graph-url http://127.0.0.1:8080/beta --page-size 50 devices list --csv");
    EXPECT_TRUE(remote.remote);
    EXPECT_FALSE(remote.sandbox);
    EXPECT_EQ(remote.graphUrl, QUrl(QStringLiteral("http://127.0.0.1:8080/beta")));
    EXPECT_EQ(remote.pageSize, 50);
    EXPECT_TRUE(remote.csv);

    const CtlOptions tenant = ok("--tenant contoso.example --client-id app --cloud usgov whoami");
    EXPECT_TRUE(tenant.remote);
    EXPECT_EQ(tenant.tenant, QStringLiteral("contoso.example"));
    EXPECT_EQ(tenant.clientId, QStringLiteral("app"));
    EXPECT_EQ(tenant.cloud, QStringLiteral("usgov"));
}

TEST(ctl_Options, TheAccessTokenComesFromTheOptionOrTheEnvironment)
{
    qputenv("PASSCODECTL_ACCESS_TOKEN", "from-env");
    EXPECT_EQ(ok("--graph-url https://graph.example devices list").accessToken, QStringLiteral("from-env"));
    EXPECT_EQ(ok("--access-token given devices list").accessToken, QStringLiteral("given"));
    qunsetenv("PASSCODECTL_ACCESS_TOKEN");
    EXPECT_TRUE(ok("devices list").accessToken.isEmpty());
}

TEST(ctl_Options, TheAccessTokenCanComeFromAFileOutOfTheProcessList)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("token"));
    const auto write = [&](const QByteArray &content) {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(content);
    };
    write("eyJ0eXAiOiJKV1QifQ.e30.c2ln\n");
    const QStringList args{QStringLiteral("--graph-url"),
                           QStringLiteral("https://graph.example"),
                           QStringLiteral("--access-token-file"),
                           path,
                           QStringLiteral("devices"),
                           QStringLiteral("list")};
    const ParsedCommandLine parsed = parse(args);
    ASSERT_TRUE(parsed.options) << parsed.error.toStdString();
    EXPECT_EQ(parsed.options->accessToken, QStringLiteral("eyJ0eXAiOiJKV1QifQ.e30.c2ln"));
    // Empty, two tokens, a missing file, and both options: usage errors that never echo the content.
    for (const QByteArray &bad : {QByteArray("  \n"), QByteArray("one two\n"), QByteArray("tok\x1b[2Jen")}) {
        write(bad);
        const ParsedCommandLine refused = parse(args);
        EXPECT_FALSE(refused.options) << bad.toStdString();
        EXPECT_EQ(refused.exitCode, ExitUsage);
        if (!bad.trimmed().isEmpty()) {
            EXPECT_FALSE(refused.error.contains(QString::fromLatin1(bad.trimmed())))
                << refused.error.toStdString();
        }
    }
    EXPECT_FALSE(parse({QStringLiteral("--access-token-file"), dir.filePath(QStringLiteral("none")),
                        QStringLiteral("devices"), QStringLiteral("list")})
                     .options);
    EXPECT_FALSE(
        parse({QStringLiteral("--access-token"), QStringLiteral("x"), QStringLiteral("--access-token-file"),
               path, QStringLiteral("devices"), QStringLiteral("list")})
            .options);
}

TEST(ctl_Options, UsageErrors)
{
    for (const char *line : {"",
                             "frobnicate",
                             "devices",
                             "devices frob",
                             "devices list --json --csv",
                             "reset",
                             "devices show",
                             "devices list extra",
                             "devices list --wait",
                             "devices list --devices zero",
                             "devices list --devices 0",
                             "devices list --page-size 6000",
                             "reset X --timeout 5",
                             "actions list --interval 5",
                             "actions list --csv",
                             "login --json",
                             "logout --json",
                             "--sandbox login",
                             "--devices 5 whoami",
                             "reset X --browser",
                             "--sandbox --graph-url https://graph.microsoft.com devices list",
                             "--tenant t --seed 3 devices list",
                             "--time-scale -1 devices list",
                             "--token-lifetime 0 devices list",
                             "--graph-url https://g.example --token-lifetime 9 devices list",
                             "--graph-url http://graph.example.com devices list",
                             "--login-url ftp://127.0.0.1 login",
                             "--no-such-option devices list"})
        usage(line);
    EXPECT_TRUE(usage("frobnicate now").contains(QStringLiteral("frobnicate now")));
    EXPECT_TRUE(usage("devices list --wait").contains(QStringLiteral("--wait")));
    EXPECT_TRUE(usage("devices list --json --csv").contains(QStringLiteral("--help")));
}

TEST(ctl_Options, HelpAndVersionPrintAndSucceed)
{
    const ParsedCommandLine help = parse({QStringLiteral("--help")});
    EXPECT_FALSE(help.options.has_value());
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.error.isEmpty());
    EXPECT_TRUE(help.out.contains(QStringLiteral("devices list")));
    EXPECT_TRUE(help.out.contains(QStringLiteral("Exit codes")));
    EXPECT_TRUE(help.out.contains(QStringLiteral("--page-size")));

    const ParsedCommandLine version = parse({QStringLiteral("--version")});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_TRUE(version.out.endsWith(u'\n'));
}

TEST(ctl_Options, PlainHttpOnlyToThisComputer)
{
    QString why;
    EXPECT_TRUE(CtlCommandLine::isAllowedEndpoint(QUrl(QStringLiteral("https://graph.microsoft.com")), &why));
    EXPECT_TRUE(CtlCommandLine::isAllowedEndpoint(QUrl(QStringLiteral("http://127.0.0.1:1234")), &why));
    EXPECT_TRUE(CtlCommandLine::isAllowedEndpoint(QUrl(QStringLiteral("http://localhost:1234")), &why));
    EXPECT_TRUE(CtlCommandLine::isAllowedEndpoint(QUrl(QStringLiteral("http://[::1]:1234")), &why));
    EXPECT_FALSE(CtlCommandLine::isAllowedEndpoint(QUrl(QStringLiteral("http://10.0.0.1")), &why));
    EXPECT_TRUE(why.contains(QStringLiteral("https")));
    EXPECT_FALSE(CtlCommandLine::isAllowedEndpoint(QUrl(QStringLiteral("ftp://127.0.0.1")), &why));
    EXPECT_FALSE(CtlCommandLine::isAllowedEndpoint(QUrl(QStringLiteral("not a url")), &why));
}

TEST(ctl_Options, SyncAndResetWithSync)
{
    const CtlOptions sync = ok("sync KIOSK-1 --json");
    EXPECT_EQ(sync.command, C::Sync);
    EXPECT_EQ(sync.device, QStringLiteral("KIOSK-1"));
    EXPECT_TRUE(sync.json);
    EXPECT_FALSE(sync.sync);
    const CtlOptions reset = ok("reset KIOSK-1 --sync --wait");
    EXPECT_EQ(reset.command, C::Reset);
    EXPECT_TRUE(reset.sync);
    EXPECT_FALSE(reset.bulk());
    EXPECT_FALSE(ok("reset KIOSK-1").sync);

    EXPECT_TRUE(usage("sync").contains(u"Name the device"));
    EXPECT_TRUE(usage("sync A B").contains(u"Unexpected argument 'B'"));
    EXPECT_TRUE(usage("sync A --reason INC-1").contains(u"--reason does not apply to 'sync'"));
    EXPECT_TRUE(usage("sync A --wait").contains(u"--wait does not apply to 'sync'"));
    EXPECT_TRUE(usage("devices list --sync").contains(u"--sync does not apply to 'devices list'"));
    EXPECT_TRUE(
        usage("reset A B --sync --yes --reason R").contains(u"--sync applies to the reset of one device"));

    const ParsedCommandLine help = parse({QStringLiteral("--help")});
    EXPECT_TRUE(help.out.contains(u"sync ID|NAME|SERIAL"));
    EXPECT_TRUE(help.out.contains(u"--sync"));
}
