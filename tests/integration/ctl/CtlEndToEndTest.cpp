// SPDX-License-Identifier: GPL-3.0-or-later
// passcodectl end to end: exit codes, --json shapes, one-line errors on stderr, --show-passcode, the journal.
#include "CtlEndToEndFixture.h"

#include <gtest/gtest.h>

#include <QDirIterator>
#include <QFile>

#include <algorithm>

using namespace passcode::itest;

TEST_F(ctl_EndToEnd, UsageErrorsExitTwoWithOneLine)
{
    const QList<QStringList> bad{
        {},
        {QStringLiteral("frobnicate")},
        {QStringLiteral("devices"), QStringLiteral("list"), QStringLiteral("--json"),
         QStringLiteral("--csv")},
        {QStringLiteral("reset")},
        {QStringLiteral("devices"), QStringLiteral("list"), QStringLiteral("--wait")},
        {QStringLiteral("--graph-url"), QStringLiteral("http://graph.example.com"), QStringLiteral("devices"),
         QStringLiteral("list")},
        {QStringLiteral("--sandbox"), QStringLiteral("--graph-url"),
         QStringLiteral("https://graph.microsoft.com"), QStringLiteral("devices"), QStringLiteral("list")},
        {QStringLiteral("devices"), QStringLiteral("list"), QStringLiteral("--devices"),
         QStringLiteral("zero")},
    };
    for (const QStringList &args : bad) {
        SCOPED_TRACE(args.join(u' ').toStdString());
        const CtlRun r = run(args);
        EXPECT_EQ(r.exitCode, 2);
        expectOneErrorLine(r);
        EXPECT_TRUE(r.out.isEmpty());
    }
    const CtlRun help = run({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(QStringLiteral("Exit codes")));
}

TEST_F(ctl_EndToEnd, DevicesListJsonAndCsv)
{
    const CtlRun r =
        run(hosted({QStringLiteral("devices"), QStringLiteral("list"), QStringLiteral("--json")}));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString();
    const QJsonArray all = r.json().array();
    ASSERT_EQ(all.size(), 400);
    const QSet<QString> graphNames{QStringLiteral("id"),
                                   QStringLiteral("deviceName"),
                                   QStringLiteral("operatingSystem"),
                                   QStringLiteral("osVersion"),
                                   QStringLiteral("managedDeviceOwnerType"),
                                   QStringLiteral("managementAgent"),
                                   QStringLiteral("managementState"),
                                   QStringLiteral("deviceEnrollmentType"),
                                   QStringLiteral("joinType"),
                                   QStringLiteral("azureADRegistered"),
                                   QStringLiteral("deviceType"),
                                   QStringLiteral("complianceState"),
                                   QStringLiteral("userPrincipalName"),
                                   QStringLiteral("userDisplayName"),
                                   QStringLiteral("lastSyncDateTime"),
                                   QStringLiteral("enrolledDateTime"),
                                   QStringLiteral("model"),
                                   QStringLiteral("manufacturer"),
                                   QStringLiteral("serialNumber"),
                                   QStringLiteral("imei"),
                                   QStringLiteral("phoneNumber")};
    QSet<QString> ids;
    for (const QJsonValue &v : all) {
        const QJsonObject o = v.toObject();
        ids.insert(o.value(u"id").toString());
        for (const QString &key : o.keys())
            EXPECT_TRUE(graphNames.contains(key)) << key.toStdString();
        EXPECT_TRUE(o.value(u"deviceName").isString());
    }
    EXPECT_EQ(ids.size(), 400);

    const CtlRun android =
        run(hosted({QStringLiteral("devices"), QStringLiteral("list"), QStringLiteral("--platform"),
                    QStringLiteral("android"), QStringLiteral("--json")}));
    ASSERT_EQ(android.exitCode, 0);
    const QJsonArray some = android.json().array();
    EXPECT_GT(some.size(), 0);
    EXPECT_LT(some.size(), 400);
    for (const QJsonValue &v : some)
        EXPECT_TRUE(v.toObject().value(u"operatingSystem").toString().startsWith(u"Android"));

    const CtlRun csv =
        run(hosted({QStringLiteral("devices"), QStringLiteral("list"), QStringLiteral("--csv")}));
    ASSERT_EQ(csv.exitCode, 0);
    const QStringList lines = csv.out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 401);
    EXPECT_TRUE(lines.first().startsWith(QStringLiteral("id,deviceName,operatingSystem,osVersion")));

    const CtlRun table =
        run(hosted({QStringLiteral("devices"), QStringLiteral("list"), QStringLiteral("--filter"),
                    all.first().toObject().value(u"serialNumber").toString()}));
    ASSERT_EQ(table.exitCode, 0);
    EXPECT_TRUE(table.out.contains(all.first().toObject().value(u"id").toString()));
}

TEST_F(ctl_EndToEnd, DevicesListIsWrittenAsPagesArrive)
{
    // 400 devices in pages of 20, each page 250 ms late (5 s in all): the first devices are out seconds
    // before the end, even on a busy machine where the process takes long to start.
    ASSERT_TRUE(s_sandbox->setFaults(QJsonObject{{QStringLiteral("latencyMs"), 250}}));
    for (const char *format : {"--json", "--csv"}) {
        SCOPED_TRACE(format);
        QElapsedTimer clock;
        clock.start();
        qint64 firstOutput = -1;
        const CtlRun r =
            runWatching(hosted({QStringLiteral("--page-size"), QStringLiteral("20"),
                                QStringLiteral("devices"), QStringLiteral("list"), QLatin1String(format)}),
                        [&](QProcess &p) {
                            if (firstOutput < 0 && p.bytesAvailable() > 0)
                                firstOutput = clock.elapsed();
                        });
        const qint64 total = clock.elapsed();
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        ASSERT_GE(firstOutput, 0);
        EXPECT_GT(total - firstOutput, 2000)
            << "the first devices came " << firstOutput << " ms after the start, " << total << " ms in all";
        if (QLatin1String(format) == QLatin1String("--csv"))
            EXPECT_EQ(r.out.count(u'\n'), 401);
        else
            EXPECT_EQ(r.json().array().size(), 400);
    }
    // The table measures its first 1000 rows before it prints (DeviceListWriter): all 400 rows come at the
    // end.
    s_sandbox->resetFaults();
    const CtlRun table = run(hosted({QStringLiteral("--page-size"), QStringLiteral("40"),
                                     QStringLiteral("devices"), QStringLiteral("list")}));
    ASSERT_EQ(table.exitCode, 0) << table.err.toStdString();
    EXPECT_EQ(table.out.count(u'\n'), 401);
}

TEST_F(ctl_EndToEnd, DevicesListCsvNeutralisesFormulaLookingNames)
{
    // Device names come from end users: a name a spreadsheet would run must reach the CSV as text, as in
    // the console's export (OWASP CSV injection: =, +, -, @, tab and CR).
    const QList<QString> names{QStringLiteral("=HYPERLINK(\"http://evil.example\",\"open\")"),
                               QStringLiteral("+33 1 23 45"), QStringLiteral("-1+2"),
                               QStringLiteral("@SUM(A1:A9)"), QStringLiteral("\t=1+1")};
    const int rows[] = {1, 3, 4, 13, 14};
    QStringList ids;
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QString &name = names.at(i);
        const QJsonObject facts = device(rows[i]);
        ASSERT_FALSE(facts.isEmpty()) << "no device in row " << rows[i];
        const QString id = facts.value(u"id").toString();
        int status = 0;
        s_sandbox->call("POST", QStringLiteral("/sandbox/devices/") + id,
                        QJsonObject{{QStringLiteral("deviceName"), name}}, &status);
        ASSERT_EQ(status, 200) << "the sandbox renames a device";
        ids.append(id);
    }

    const CtlRun csv =
        run(hosted({QStringLiteral("devices"), QStringLiteral("list"), QStringLiteral("--csv")}));
    ASSERT_EQ(csv.exitCode, 0) << csv.err.toStdString();
    const QStringList lines = csv.out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 401);
    const QStringList expected{QStringLiteral("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"open\"\")\""),
                               QStringLiteral("'+33 1 23 45"), QStringLiteral("'-1+2"),
                               QStringLiteral("'@SUM(A1:A9)"), QStringLiteral("'\t=1+1")};
    for (qsizetype i = 0; i < ids.size(); ++i) {
        SCOPED_TRACE(names.at(i).toStdString());
        const auto line = std::find_if(lines.cbegin(), lines.cend(),
                                       [&](const QString &l) { return l.startsWith(ids.at(i) + u','); });
        ASSERT_NE(line, lines.cend());
        // deviceName is the second column.
        EXPECT_TRUE(line->startsWith(ids.at(i) + u',' + expected.at(i) + u',')) << line->toStdString();
    }
    // No line of the output starts a cell with a formula character.
    for (const QString &line : lines) {
        for (const QString &name : names)
            EXPECT_FALSE(line.contains(u',' + name + u',')) << line.toStdString();
    }

    // The JSON output keeps the names as they are: only CSV is read by spreadsheets.
    const CtlRun json =
        run(hosted({QStringLiteral("devices"), QStringLiteral("list"), QStringLiteral("--json")}));
    ASSERT_EQ(json.exitCode, 0);
    QSet<QString> jsonNames;
    for (const QJsonValue &v : json.json().array())
        jsonNames.insert(v.toObject().value(u"deviceName").toString());
    for (const QString &name : names)
        EXPECT_TRUE(jsonNames.contains(name)) << name.toStdString();
}

TEST_F(ctl_EndToEnd, NoServerTextActsOnTheTerminalInAnyFormat)
{
    // A device name with an escape sequence, BEL, CSI (U+009B), CR/LF and a right-to-left override: through
    // every command and format that prints it, no control and no bidirectional override reaches the terminal.
    const QString hostile =
        QStringLiteral("KIOSK\x1b]0;owned\x07\x1b[2J\u009b31m\r\nfake line \u202eexe.txt");
    const QJsonObject facts = device(6);
    ASSERT_FALSE(facts.isEmpty());
    const QString id = facts.value(u"id").toString();
    int status = 0;
    s_sandbox->call("POST", QStringLiteral("/sandbox/devices/") + id,
                    QJsonObject{{QStringLiteral("deviceName"), hostile}}, &status);
    ASSERT_EQ(status, 200);
    const auto unsafe = [](const QString &text) {
        for (const QChar c : text) {
            const char16_t u = c.unicode();
            if ((u < 0x20 && u != u'\n' && u != u'\t') || (u >= 0x7f && u <= 0x9f) ||
                (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069))
                return true;
        }
        return false;
    };
    const QList<QStringList> commands{
        {QStringLiteral("devices"), QStringLiteral("list")},
        {QStringLiteral("devices"), QStringLiteral("list"), QStringLiteral("--csv")},
        {QStringLiteral("devices"), QStringLiteral("list"), QStringLiteral("--json")},
        {QStringLiteral("devices"), QStringLiteral("show"), id},
        {QStringLiteral("devices"), QStringLiteral("show"), id, QStringLiteral("--json")},
        {QStringLiteral("devices"), QStringLiteral("find"), QStringLiteral("KIOSK")},
        {QStringLiteral("devices"), QStringLiteral("find"), QStringLiteral("KIOSK"),
         QStringLiteral("--json")}};
    for (const QStringList &command : commands) {
        SCOPED_TRACE(command.join(u' ').toStdString());
        const CtlRun r = run(hosted(command));
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        EXPECT_TRUE(r.out.contains(QStringLiteral("KIOSK"))) << "the device is printed";
        EXPECT_FALSE(unsafe(r.out)) << r.out.left(400).toStdString();
        EXPECT_FALSE(unsafe(r.err)) << r.err.toStdString();
    }
    // The JSON value itself is unchanged.
    const CtlRun json =
        run(hosted({QStringLiteral("devices"), QStringLiteral("show"), id, QStringLiteral("--json")}));
    EXPECT_EQ(json.json().object().value(u"deviceName").toString(), hostile)
        << json.out.left(300).toStdString();
}

TEST_F(ctl_EndToEnd, DevicesShowJsonHasTheEligibilityShape)
{
    const QJsonObject facts = device(11);
    ASSERT_FALSE(facts.isEmpty());
    const CtlRun r = run(hosted({QStringLiteral("devices"), QStringLiteral("show"),
                                 facts.value(u"deviceName").toString(), QStringLiteral("--json")}));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject o = r.json().object();
    EXPECT_EQ(o.value(u"id").toString(), facts.value(u"id").toString());
    const QJsonObject e = o.value(u"eligibility").toObject();
    for (const char *action : {"resetPasscode", "removePasscode", "pinReset"}) {
        const QJsonObject v = e.value(QLatin1String(action)).toObject();
        EXPECT_TRUE(v.value(u"allowed").isBool()) << action;
        EXPECT_TRUE(v.value(u"scope").isString()) << action;
        EXPECT_TRUE(v.value(u"reasons").isArray()) << action;
        EXPECT_TRUE(v.value(u"cautions").isArray()) << action;
    }
    EXPECT_TRUE(e.value(u"resetPasscode").toObject().value(u"allowed").toBool());
    EXPECT_EQ(e.value(u"resetPasscode").toObject().value(u"scope").toString(), QStringLiteral("device"));
    if (o.value(u"passcodeAction").isObject()) {
        EXPECT_TRUE(o.value(u"passcodeAction").toObject().contains(u"likelyCause"));
    }
    EXPECT_FALSE(e.value(u"removePasscode").toObject().value(u"allowed").toBool());

    // By id and by serial number too; text output names the verdicts.
    const CtlRun byId =
        run(hosted({QStringLiteral("devices"), QStringLiteral("show"), facts.value(u"id").toString()}));
    ASSERT_EQ(byId.exitCode, 0) << byId.err.toStdString();
    EXPECT_TRUE(byId.out.contains(QStringLiteral("Reset passcode")));
    EXPECT_TRUE(byId.out.contains(QStringLiteral("allowed (device)")));

    const CtlRun missing = run(hosted(
        {QStringLiteral("devices"), QStringLiteral("show"), QStringLiteral("no-such-device-anywhere")}));
    EXPECT_EQ(missing.exitCode, 2);
    expectOneErrorLine(missing);
}

TEST_F(ctl_EndToEnd, ResetRefusesAnIneligibleDevice)
{
    const QJsonObject mac = device(3);
    ASSERT_FALSE(mac.isEmpty());
    const qint64 before = s_sandbox->actionsTotal();
    const CtlRun r = run(hosted({QStringLiteral("reset"), mac.value(u"deviceName").toString()}));
    EXPECT_EQ(r.exitCode, 3);
    expectOneErrorLine(r);
    EXPECT_TRUE(r.err.contains(mac.value(u"deviceName").toString()));
    EXPECT_EQ(s_sandbox->actionsTotal(), before);
}

TEST_F(ctl_EndToEnd, ResetWaitShowsThePasscodeOnlyWhenAsked)
{
    const auto clean = [](const QJsonObject &f) {
        return !f.value(u"noPasscodePolicy").toBool() && !f.value(u"resetTokenInactive").toBool();
    };
    const auto advance = [] {
        s_sandbox->advance(30);
    };

    const QJsonObject a = device(12, clean);
    ASSERT_FALSE(a.isEmpty());
    const CtlRun shown =
        run(hosted({QStringLiteral("reset"), a.value(u"id").toString(), QStringLiteral("--wait"),
                    QStringLiteral("--show-passcode"), QStringLiteral("--json"), QStringLiteral("--reason"),
                    QStringLiteral("INC-4242")}),
            advance);
    ASSERT_EQ(shown.exitCode, 0) << shown.err.toStdString();
    const QJsonObject o = shown.json().object();
    EXPECT_EQ(o.value(u"state").toString(), QStringLiteral("done"));
    EXPECT_TRUE(o.contains(u"likelyCause") && o.value(u"likelyCause").isNull()) << shown.out.toStdString();
    EXPECT_EQ(o.value(u"action").toString(), QStringLiteral("resetPasscode"));
    const QString passcode = o.value(u"passcode").toString();
    ASSERT_FALSE(passcode.isEmpty());
    EXPECT_TRUE(o.value(u"passcodeAvailable").toBool());
    EXPECT_TRUE(o.value(u"cautions").isArray());

    QFile j(journal());
    ASSERT_TRUE(j.open(QIODevice::ReadOnly));
    const QByteArray bytes = j.readAll();
    EXPECT_TRUE(bytes.contains("INC-4242"));
    EXPECT_FALSE(bytes.contains(passcode.toUtf8())) << "the journal holds the passcode";

    const QJsonObject b = device(12, clean);
    ASSERT_FALSE(b.isEmpty());
    const CtlRun hidden =
        run(hosted({QStringLiteral("reset"), b.value(u"deviceName").toString(), QStringLiteral("--wait")}),
            advance);
    ASSERT_EQ(hidden.exitCode, 0) << hidden.err.toStdString();
    EXPECT_TRUE(hidden.out.contains(QStringLiteral("--show-passcode")));
    const QJsonObject dev = s_sandbox->call(
        "GET",
        QStringLiteral("/beta/deviceManagement/managedDevices/%1?$select=id,deviceActionResults")
            .arg(b.value(u"id").toString()),
        {}, nullptr, s_sandbox->token());
    QString secret;
    for (const QJsonValue &r : dev.value(u"deviceActionResults").toArray())
        secret = r.toObject().value(u"passcode").toString(secret);
    ASSERT_FALSE(secret.isEmpty());
    EXPECT_FALSE(hidden.out.contains(secret));
    EXPECT_FALSE(hidden.err.contains(secret));
}

TEST_F(ctl_EndToEnd, ResetThatFailsOnTheDeviceExitsFour)
{
    const QJsonObject f =
        device(11, [](const QJsonObject &x) { return x.value(u"noPasscodePolicy").toBool(); });
    ASSERT_FALSE(f.isEmpty()) << "the sandbox tenant has no dedicated device without a passcode policy";
    const CtlRun r =
        run(hosted({QStringLiteral("reset"), f.value(u"id").toString(), QStringLiteral("--wait")}),
            [] { s_sandbox->advance(30); });
    EXPECT_EQ(r.exitCode, 4) << r.out.toStdString() << r.err.toStdString();
    expectOneErrorLine(r);
    EXPECT_TRUE(r.err.contains(QStringLiteral("failed on the device")));
    // The likely cause and its fix, on the same line.
    EXPECT_TRUE(r.err.contains(QStringLiteral("Likely cause: no device configuration policy")))
        << r.err.toStdString();

    // devices show reads Graph's failed result and says the same.
    const CtlRun show = run(hosted({QStringLiteral("devices"), QStringLiteral("show"),
                                    f.value(u"id").toString(), QStringLiteral("--json")}));
    ASSERT_EQ(show.exitCode, 0) << show.err.toStdString();
    const QJsonObject action = show.json().object().value(u"passcodeAction").toObject();
    EXPECT_EQ(action.value(u"state").toString(), QStringLiteral("failed"));
    EXPECT_TRUE(action.value(u"likelyCause").toString().contains(QStringLiteral("passcode policy")))
        << QJsonDocument(action).toJson().toStdString();
    const CtlRun text =
        run(hosted({QStringLiteral("devices"), QStringLiteral("show"), f.value(u"id").toString()}));
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("Likely cause: no device configuration policy")))
        << text.out.toStdString();
}

TEST_F(ctl_EndToEnd, ResetNotSupportedNamesTheLikelyCauseInJson)
{
    const QJsonObject f =
        device(15, [](const QJsonObject &x) { return x.value(u"resetTokenInactive").toBool(); });
    ASSERT_FALSE(f.isEmpty())
        << "the sandbox tenant has no work-profile device without an active reset token";
    const CtlRun r = run(hosted({QStringLiteral("reset"), f.value(u"id").toString(), QStringLiteral("--wait"),
                                 QStringLiteral("--json")}),
                         [] { s_sandbox->advance(30); });
    EXPECT_EQ(r.exitCode, 4) << r.out.toStdString() << r.err.toStdString();
    expectOneErrorLine(r);
    EXPECT_TRUE(r.err.contains(QStringLiteral("work-profile reset token"))) << r.err.toStdString();
    const QJsonObject o = r.json().object();
    EXPECT_EQ(o.value(u"state").toString(), QStringLiteral("notSupported"));
    EXPECT_TRUE(o.value(u"likelyCause").toString().contains(QStringLiteral("work-profile reset token")))
        << r.out.toStdString();
}

TEST_F(ctl_EndToEnd, OutcomeUnknownExitsSevenAndIsNotResent)
{
    const QJsonObject f = device(11);
    ASSERT_FALSE(f.isEmpty());
    ASSERT_TRUE(s_sandbox->setFaults(QJsonObject{{QStringLiteral("intuneErrorRate"), 1.0},
                                                 {QStringLiteral("target"), QStringLiteral("actions")}}));
    const qint64 before = s_sandbox->actionsTotal();
    const CtlRun r = run(hosted({QStringLiteral("reset"), f.value(u"id").toString()}));
    EXPECT_EQ(r.exitCode, 7) << r.err.toStdString();
    expectOneErrorLine(r);
    EXPECT_EQ(s_sandbox->actionsTotal(), before);
}

TEST_F(ctl_EndToEnd, AuthAndNetworkErrors)
{
    const CtlRun badToken =
        run({QStringLiteral("--graph-url"), s_sandbox->baseUrl().toString(), QStringLiteral("--access-token"),
             QStringLiteral("not-a-token"), QStringLiteral("devices"), QStringLiteral("list")});
    EXPECT_EQ(badToken.exitCode, 5);
    expectOneErrorLine(badToken);

    const CtlRun closed = run({QStringLiteral("--graph-url"), QStringLiteral("http://127.0.0.1:1"),
                               QStringLiteral("--access-token"), s_sandbox->token(),
                               QStringLiteral("devices"), QStringLiteral("list")});
    EXPECT_EQ(closed.exitCode, 6);
    expectOneErrorLine(closed);
    EXPECT_FALSE(closed.err.contains(s_sandbox->token())) << "the token was printed";
}

TEST_F(ctl_EndToEnd, TheAccessTokenFromStandardInputStaysOutOfTheProcessList)
{
    stdinData = s_sandbox->token().toUtf8() + "\n";
    const CtlRun r = run({QStringLiteral("--graph-url"), s_sandbox->baseUrl().toString(),
                          QStringLiteral("--access-token-file"), QStringLiteral("-"),
                          QStringLiteral("devices"), QStringLiteral("list"), QStringLiteral("--json")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_FALSE(r.out.isEmpty());
    EXPECT_FALSE(r.err.contains(s_sandbox->token()));
}

TEST_F(ctl_EndToEnd, ActionsListJson)
{
    const QJsonObject f = device(1); // iOS: Remove passcode
    ASSERT_FALSE(f.isEmpty());
    const CtlRun sent = run(hosted({QStringLiteral("reset"), f.value(u"id").toString()}));
    ASSERT_EQ(sent.exitCode, 0) << sent.err.toStdString();
    const CtlRun r =
        run(hosted({QStringLiteral("actions"), QStringLiteral("list"), QStringLiteral("--json")}));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonArray rows = r.json().array();
    ASSERT_FALSE(rows.isEmpty());
    bool found = false;
    for (const QJsonValue &v : rows) {
        const QJsonObject o = v.toObject();
        for (const char *key : {"id", "deviceDisplayName", "managedDeviceId", "initiatedByUserPrincipalName",
                                "deviceOwnerUserPrincipalName", "deviceIMEI", "action", "actionState",
                                "requestDateTime", "fromJournal"})
            EXPECT_TRUE(o.contains(QLatin1String(key))) << key;
        found = found || (o.value(u"managedDeviceId").toString() == f.value(u"id").toString() &&
                          o.value(u"action").toString() == u"resetPasscode");
    }
    EXPECT_TRUE(found);
}

TEST_F(ctl_EndToEnd, EmbeddedSandboxEndToEnd)
{
    const QStringList sandbox{QStringLiteral("--sandbox"),
                              QStringLiteral("--devices"),
                              QStringLiteral("60"),
                              QStringLiteral("--seed"),
                              QStringLiteral("5"),
                              QStringLiteral("--journal"),
                              journal()};
    const CtlRun list = run(
        sandbox + QStringList{QStringLiteral("devices"), QStringLiteral("list"), QStringLiteral("--json")});
    ASSERT_EQ(list.exitCode, 0) << list.err.toStdString();
    const QJsonArray all = list.json().array();
    ASSERT_EQ(all.size(), 60);
    QString target;
    for (const QJsonValue &v : all) {
        const QJsonObject o = v.toObject();
        if (o.value(u"deviceEnrollmentType").toString() == u"androidEnterpriseDedicatedDevice" &&
            o.value(u"managementState").toString() == u"managed") {
            target = o.value(u"id").toString();
            break;
        }
    }
    ASSERT_FALSE(target.isEmpty());
    // One process: send and follow; tenant time runs 600x so the device checks in within seconds.
    const CtlRun reset = run(sandbox + QStringList{QStringLiteral("--time-scale"), QStringLiteral("600"),
                                                   QStringLiteral("reset"), target, QStringLiteral("--wait"),
                                                   QStringLiteral("--timeout"), QStringLiteral("120")});
    EXPECT_TRUE(reset.exitCode == 0 || reset.exitCode == 4) << reset.err.toStdString();
    EXPECT_TRUE(reset.out.contains(QStringLiteral("done")) ||
                reset.err.contains(QStringLiteral("on the device")));
}

TEST_F(ctl_EndToEnd, WatchOnTheEmbeddedSandboxOutlivesItsTokens)
{
    // Tokens of 2 s, a refresh every second, for 7 s: each expired token is replaced (minted again) and the
    // watch goes on without an error.
    const CtlRun r =
        run({QStringLiteral("--sandbox"), QStringLiteral("--devices"), QStringLiteral("40"),
             QStringLiteral("--token-lifetime"), QStringLiteral("2"), QStringLiteral("--journal"), journal(),
             QStringLiteral("actions"), QStringLiteral("list"), QStringLiteral("--watch"),
             QStringLiteral("--interval"), QStringLiteral("1")},
            {}, 7000);
    EXPECT_EQ(r.exitCode, -1) << "still watching when stopped; stderr: " << r.err.toStdString();
    EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString();
    EXPECT_GE(r.out.count(QStringLiteral("Device actions at")), 4) << r.out.toStdString();
}

TEST_F(ctl_EndToEnd, TokenLifetimeIsASandboxOption)
{
    const CtlRun r = run(hosted({QStringLiteral("--token-lifetime"), QStringLiteral("5"),
                                 QStringLiteral("devices"), QStringLiteral("list")}));
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--token-lifetime"))) << r.err.toStdString();
}

TEST_F(ctl_EndToEnd, LoginWhoamiLogoutWithTheKeychain)
{
    // Never skipped: without the keyring of scripts/with-keyring.sh this test fails and says why.
    ASSERT_EQ(qEnvironmentVariable("PASSCODE_KEYRING"), u"1")
        << "needs the unlocked test keyring of scripts/with-keyring.sh";
    s_sandbox->call("POST", QStringLiteral("/sandbox/auto-approve"),
                    QJsonObject{{QStringLiteral("enabled"), true}});
    const QString base = s_sandbox->baseUrl().toString();
    const QStringList tenant{QStringLiteral("--graph-url"), base,
                             QStringLiteral("--login-url"), base,
                             QStringLiteral("--tenant"),    s_sandbox->host().tenantId(),
                             QStringLiteral("--client-id"), QStringLiteral("passcodectl-e2e")};

    const CtlRun before = run(tenant + QStringList{QStringLiteral("whoami")});
    EXPECT_EQ(before.exitCode, 5);
    expectOneErrorLine(before);

    const CtlRun login = run(tenant + QStringList{QStringLiteral("login")});
    ASSERT_EQ(login.exitCode, 0) << login.err.toStdString();
    EXPECT_TRUE(login.err.contains(QStringLiteral("enter the code")));
    EXPECT_TRUE(login.out.contains(s_sandbox->host().defaultUpn()));

    // Later runs need no tenant options: the settings remember the tenant, the keychain the sign-in.
    const CtlRun who = run({QStringLiteral("whoami"), QStringLiteral("--json")});
    ASSERT_EQ(who.exitCode, 0) << who.err.toStdString();
    EXPECT_EQ(who.json().object().value(u"username").toString(), s_sandbox->host().defaultUpn());
    EXPECT_TRUE(who.json().object().value(u"signedIn").toBool());
    const CtlRun list = run({QStringLiteral("devices"), QStringLiteral("list"), QStringLiteral("--json")});
    ASSERT_EQ(list.exitCode, 0) << list.err.toStdString();
    EXPECT_EQ(list.json().array().size(), 400);

    const CtlRun logout = run({QStringLiteral("logout")});
    EXPECT_EQ(logout.exitCode, 0) << logout.err.toStdString();
    const CtlRun after = run({QStringLiteral("devices"), QStringLiteral("list")});
    EXPECT_EQ(after.exitCode, 5);
    expectOneErrorLine(after);
    s_sandbox->call("POST", QStringLiteral("/sandbox/auto-approve"),
                    QJsonObject{{QStringLiteral("enabled"), false}});
}

TEST_F(ctl_EndToEnd, BrowserLoginFollowsThePrintedAddress)
{
    ASSERT_EQ(qEnvironmentVariable("PASSCODE_KEYRING"), u"1")
        << "needs the unlocked test keyring of scripts/with-keyring.sh";
    // The user is already signed in to Entra ID in the browser: the sandbox redirects at once.
    s_sandbox->call("POST", QStringLiteral("/sandbox/auto-approve"),
                    QJsonObject{{QStringLiteral("enabled"), true}});
    const QStringList tenant = tenantOptions(QStringLiteral("passcodectl-e2e-browser"));
    bool browsed = false;
    int browserStatus = 0;
    const CtlRun login = runWatching(
        tenant + QStringList{QStringLiteral("login"), QStringLiteral("--browser")}, [&](QProcess &p) {
            const QString err = errSoFar(p);
            const qsizetype at = err.indexOf(QStringLiteral("http://"));
            if (browsed || at < 0 || !err.mid(at).contains(u'\n'))
                return;
            browsed = true;
            browserStatus = browse(QUrl::fromEncoded(err.mid(at).section(u'\n', 0, 0).trimmed().toUtf8()));
        });
    ASSERT_TRUE(browsed) << login.err.toStdString();
    EXPECT_EQ(browserStatus, 200);
    ASSERT_EQ(login.exitCode, 0) << login.err.toStdString();
    EXPECT_TRUE(login.err.contains(QStringLiteral("open this address in a browser")));
    EXPECT_TRUE(login.out.contains(s_sandbox->host().defaultUpn()));
    const CtlRun who = run({QStringLiteral("whoami"), QStringLiteral("--json")});
    ASSERT_EQ(who.exitCode, 0) << who.err.toStdString();
    EXPECT_TRUE(who.json().object().value(u"signedIn").toBool());
    EXPECT_EQ(run({QStringLiteral("logout")}).exitCode, 0);
    s_sandbox->call("POST", QStringLiteral("/sandbox/auto-approve"),
                    QJsonObject{{QStringLiteral("enabled"), false}});
}

TEST_F(ctl_EndToEnd, ARevokedSignInAsksToLogInAgain)
{
    ASSERT_EQ(qEnvironmentVariable("PASSCODE_KEYRING"), u"1")
        << "needs the unlocked test keyring of scripts/with-keyring.sh";
    s_sandbox->call("POST", QStringLiteral("/sandbox/auto-approve"),
                    QJsonObject{{QStringLiteral("enabled"), true}});
    const CtlRun login =
        run(tenantOptions(QStringLiteral("passcodectl-e2e-revoked")) + QStringList{QStringLiteral("login")});
    ASSERT_EQ(login.exitCode, 0) << login.err.toStdString();
    // An admin revokes the technician's sessions; the next process cannot renew the saved sign-in.
    s_sandbox->call("POST", QStringLiteral("/sandbox/tokens/revoke"),
                    QJsonObject{{QStringLiteral("upn"), s_sandbox->host().defaultUpn()}});
    const CtlRun list = run({QStringLiteral("devices"), QStringLiteral("list")});
    EXPECT_EQ(list.exitCode, 5);
    expectOneErrorLine(list);
    EXPECT_TRUE(list.err.contains(QStringLiteral("passcodectl login"))) << list.err.toStdString();
    EXPECT_EQ(run({QStringLiteral("logout")}).exitCode, 0);
    s_sandbox->call("POST", QStringLiteral("/sandbox/auto-approve"),
                    QJsonObject{{QStringLiteral("enabled"), false}});
}

TEST_F(ctl_EndToEnd, WithoutAKeychainLoginSaysSoAndWritesNothing)
{
    s_sandbox->call("POST", QStringLiteral("/sandbox/auto-approve"),
                    QJsonObject{{QStringLiteral("enabled"), true}});
    QProcessEnvironment noKeychain;
    noKeychain.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                      QStringLiteral("unix:path=") + home.filePath(QStringLiteral("no-such-bus")));
    const CtlRun login = run(tenantOptions(QStringLiteral("passcodectl-e2e-nokeychain")) +
                                 QStringList{QStringLiteral("login")},
                             {}, 120000, noKeychain);
    EXPECT_EQ(login.exitCode, 5) << login.err.toStdString();
    // The sign-in prompt, then one error line a person can act on.
    ASSERT_FALSE(login.errLines().isEmpty());
    EXPECT_TRUE(login.errLines().last().startsWith(QStringLiteral("passcodectl: The sign-in cannot be kept")))
        << login.err.toStdString();
    EXPECT_TRUE(login.err.contains(QStringLiteral("keychain"))) << login.err.toStdString();
    // Nothing under the home folder holds a token: no plain-text fallback, no token in the settings.
    QDirIterator it(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        EXPECT_FALSE(content.contains("refresh_token")) << qPrintable(file.fileName());
        EXPECT_FALSE(content.contains("eyJ")) << qPrintable(file.fileName()); // a JWT
    }
    s_sandbox->call("POST", QStringLiteral("/sandbox/auto-approve"),
                    QJsonObject{{QStringLiteral("enabled"), false}});
}
