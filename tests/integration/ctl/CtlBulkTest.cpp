// SPDX-License-Identifier: GPL-3.0-or-later
// passcodectl bulk reset end to end (issue 11): the plan without --yes, a run of a few dozen devices with its
// JSON lines, --from-file on standard input, runs list / resume, a file's bad line named.
#include "CtlEndToEndFixture.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QHash>

using namespace passcode::itest;

namespace {

/** Audit rows per device id. */
QHash<QString, int> auditsPerDevice(SandboxFixture &sandbox)
{
    QHash<QString, int> n;
    for (const QJsonValue &v : sandbox.audits())
        ++n[v.toObject().value(u"managedDeviceId").toString()];
    return n;
}

} // namespace

TEST_F(ctl_EndToEnd, BulkPlanWithoutYesExitsTwoAndSendsNothing)
{
    const QJsonObject a = device(13);
    const QJsonObject b = device(1);
    const QJsonObject mac = device(3);
    ASSERT_FALSE(a.isEmpty() || b.isEmpty() || mac.isEmpty());
    const qint64 before = s_sandbox->actionsTotal();

    const QStringList args{QStringLiteral("reset"), a.value(u"deviceName").toString(),
                           b.value(u"id").toString(), mac.value(u"id").toString(),
                           QStringLiteral("NO-SUCH-DEVICE-42")};
    const CtlRun text = run(hosted(args));
    EXPECT_EQ(text.exitCode, 2) << text.err.toStdString();
    expectOneErrorLine(text);
    EXPECT_TRUE(text.err.contains(QStringLiteral("--yes")));
    EXPECT_TRUE(text.out.contains(QStringLiteral("Plan for 4 devices"))) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("Not eligible"))) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("NO-SUCH-DEVICE-42")));

    const CtlRun json = run(hosted(args + QStringList{QStringLiteral("--json")}));
    EXPECT_EQ(json.exitCode, 2);
    const QList<QJsonObject> lines = jsonLines(json);
    ASSERT_EQ(lines.size(), 5) << json.out.toStdString();
    QHash<QString, QJsonObject> byId;
    for (const QJsonObject &o : lines.first(4))
        byId.insert(o.value(u"deviceId").toString(), o);
    EXPECT_EQ(byId.value(a.value(u"id").toString()).value(u"state").toString(), QStringLiteral("planned"));
    EXPECT_EQ(byId.value(mac.value(u"id").toString()).value(u"skipReason").toString(),
              QStringLiteral("notEligible"));
    const QJsonObject missing = byId.value(QString());
    EXPECT_EQ(missing.value(u"entry").toString(), QStringLiteral("NO-SUCH-DEVICE-42"));
    EXPECT_EQ(missing.value(u"skipReason").toString(), QStringLiteral("notFound"));
    EXPECT_TRUE(lines.last().value(u"plan").toBool());
    EXPECT_EQ(lines.last().value(u"total").toInt(), 4);
    EXPECT_EQ(s_sandbox->actionsTotal(), before) << "a plan sends nothing";
}

TEST_F(ctl_EndToEnd, BulkResetOfAFewDozenDevicesSendsEachOnce)
{
    // Android dedicated (reset), iOS (remove), a Mac (not eligible): a file of names, ids and serials.
    QList<QJsonObject> chosen;
    for (const auto &[row, count] :
         {std::pair{13, 12}, std::pair{1, 14}, std::pair{14, 6}, std::pair{3, 2}}) {
        for (int i = 0; i < count; ++i) {
            const QJsonObject f = device(row);
            if (!f.isEmpty())
                chosen.append(f);
        }
    }
    ASSERT_GE(chosen.size(), 24);
    QByteArray file = "# INC-7000: the Lille scanners\n\n";
    for (qsizetype i = 0; i < chosen.size(); ++i)
        file +=
            (i % 2 ? chosen[i].value(u"id").toString() : chosen[i].value(u"deviceName").toString()).toUtf8() +
            "\n";
    const QString path = home.filePath(QStringLiteral("fleet.txt"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(file);
    f.close();

    const QHash<QString, int> before = auditsPerDevice(*s_sandbox);
    const CtlRun r =
        run(hosted({QStringLiteral("reset"), QStringLiteral("--from-file"), path, QStringLiteral("--yes"),
                    QStringLiteral("--reason"), QStringLiteral("INC-7000"), QStringLiteral("--json")}));
    ASSERT_TRUE(r.exitCode == 0 || r.exitCode == 4)
        << r.exitCode << r.out.toStdString() << r.err.toStdString();
    const QList<QJsonObject> lines = jsonLines(r);
    ASSERT_EQ(lines.size(), chosen.size() + 1) << r.out.toStdString();
    const QJsonObject summary = lines.last();
    const QString runId = summary.value(u"runId").toString();
    EXPECT_FALSE(runId.isEmpty());
    EXPECT_EQ(summary.value(u"ticket").toString(), QStringLiteral("INC-7000"));
    EXPECT_EQ(summary.value(u"counts").toObject().value(u"total").toInt(), chosen.size());
    EXPECT_EQ(summary.value(u"exitCode").toInt(), r.exitCode);

    const QHash<QString, int> after = auditsPerDevice(*s_sandbox);
    int sent = 0;
    int unresolved = 0; // names that several devices share (the sandbox repeats some): skipped as ambiguous
    for (const QJsonObject &o : lines.first(lines.size() - 1)) {
        const QString id = o.value(u"deviceId").toString();
        if (o.value(u"deviceId").isNull()) {
            ++unresolved;
            EXPECT_EQ(o.value(u"skipReason").toString(), QStringLiteral("ambiguous"));
            EXPECT_GE(o.value(u"candidates").toArray().size(), 2);
            continue;
        }
        for (const char *key :
             {"deviceId", "deviceName", "action", "state", "skipReason", "errorCode", "likelyCause"})
            EXPECT_TRUE(o.contains(QLatin1String(key))) << key;
        EXPECT_FALSE(o.contains(u"passcode")) << "no --show-passcode";
        const int delta = after.value(id) - before.value(id);
        if (o.value(u"state").toString() == u"skipped") {
            EXPECT_EQ(delta, 0) << id.toStdString();
            EXPECT_FALSE(o.value(u"skipReason").toString().isEmpty());
        } else {
            EXPECT_EQ(delta, 1) << id.toStdString() << " " << o.value(u"state").toString().toStdString();
            ++sent;
        }
    }
    EXPECT_GE(sent, 20);
    EXPECT_GT(summary.value(u"counts").toObject().value(u"skipped").toInt(), 0) << "the Macs are skipped";

    // The run is listed; resuming a run that sent everything sends nothing more.
    const CtlRun list =
        run(hosted({QStringLiteral("runs"), QStringLiteral("list"), QStringLiteral("--json")}));
    ASSERT_EQ(list.exitCode, 0) << list.err.toStdString();
    bool listed = false;
    for (const QJsonValue &v : list.json().array()) {
        const QJsonObject o = v.toObject();
        if (o.value(u"id").toString() != runId)
            continue;
        listed = true;
        EXPECT_EQ(o.value(u"ticket").toString(), QStringLiteral("INC-7000"));
        EXPECT_EQ(o.value(u"devices").toInt(), chosen.size() - unresolved) << "entries that named no device "
                                                                              "are not part of the run";
        EXPECT_FALSE(o.value(u"interrupted").toBool());
    }
    EXPECT_TRUE(listed) << list.out.toStdString();
    const CtlRun table = run(hosted({QStringLiteral("runs"), QStringLiteral("list")}));
    EXPECT_TRUE(table.out.contains(runId));

    const qint64 total = s_sandbox->actionsTotal();
    const CtlRun resumed =
        run(hosted({QStringLiteral("runs"), QStringLiteral("resume"), runId, QStringLiteral("--json")}));
    EXPECT_TRUE(resumed.exitCode == 0 || resumed.exitCode == 4) << resumed.err.toStdString();
    EXPECT_EQ(jsonLines(resumed).size(), chosen.size() - unresolved + 1);
    EXPECT_EQ(s_sandbox->actionsTotal(), total) << "resume sent an action again";

    const CtlRun unknownRun = run(hosted({QStringLiteral("runs"), QStringLiteral("resume"),
                                          QStringLiteral("00000000-0000-0000-0000-000000000000")}));
    EXPECT_EQ(unknownRun.exitCode, 2);
    expectOneErrorLine(unknownRun);

    // Nothing of the run's passcodes is in the run files or the journal.
    QFile j(journal());
    ASSERT_TRUE(j.open(QIODevice::ReadOnly));
    EXPECT_TRUE(j.readAll().contains(runId.toUtf8()));
}

TEST_F(ctl_EndToEnd, BulkFromStandardInputWaitsAndShowsPasscodes)
{
    const auto clean = [](const QJsonObject &f) {
        return !f.value(u"noPasscodePolicy").toBool() && !f.value(u"resetTokenInactive").toBool();
    };
    QByteArray input = "# from a pipe\n";
    QStringList ids;
    for (int i = 0; i < 3; ++i) {
        const QJsonObject f = device(13, clean);
        ASSERT_FALSE(f.isEmpty());
        ids.append(f.value(u"id").toString());
        input += f.value(u"deviceName").toString().toUtf8() + "\r\n";
    }
    stdinData = input;
    const CtlRun r =
        run(hosted({QStringLiteral("reset"), QStringLiteral("--from-file"), QStringLiteral("-"),
                    QStringLiteral("--yes"), QStringLiteral("--reason"), QStringLiteral("INC-7001"),
                    QStringLiteral("--wait"), QStringLiteral("--timeout"), QStringLiteral("90"),
                    QStringLiteral("--show-passcode")}),
            [] { s_sandbox->advance(30); });
    EXPECT_EQ(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString();
    EXPECT_EQ(r.out.count(QStringLiteral("Passcode: ")), 3) << r.out.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("Progress:"))) << "text output shows progress on stderr";
    QDir runs(home.filePath(QStringLiteral("journal.runs")));
    for (const QString &name : runs.entryList(QDir::Files)) {
        QFile run(runs.filePath(name));
        ASSERT_TRUE(run.open(QIODevice::ReadOnly));
        const QByteArray bytes = run.readAll();
        for (const QString &line : r.out.split(u'\n')) {
            const qsizetype at = line.indexOf(QStringLiteral("Passcode: "));
            if (at >= 0) {
                EXPECT_FALSE(bytes.contains(line.mid(at + 10).toUtf8())) << "a passcode in a run file";
            }
        }
    }
}

TEST_F(ctl_EndToEnd, BulkFileErrorsNameTheLineAndSendNothing)
{
    const QString path = home.filePath(QStringLiteral("bad.txt"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("KIOSK-1\n# comment\nKIOSK-2\tSERIAL\n");
    f.close();
    const qint64 before = s_sandbox->actionsTotal();
    const CtlRun r = run(hosted({QStringLiteral("reset"), QStringLiteral("--from-file"), path,
                                 QStringLiteral("--yes"), QStringLiteral("--reason"), QStringLiteral("T")}));
    EXPECT_EQ(r.exitCode, 2);
    expectOneErrorLine(r);
    EXPECT_TRUE(r.err.contains(QStringLiteral("line 3"))) << r.err.toStdString();
    EXPECT_EQ(s_sandbox->actionsTotal(), before);

    const CtlRun none = run(hosted({QStringLiteral("reset"), QStringLiteral("--all-matching"),
                                    QStringLiteral("no-device-has-this-text"), QStringLiteral("--yes"),
                                    QStringLiteral("--reason"), QStringLiteral("T")}));
    EXPECT_EQ(none.exitCode, 3) << none.err.toStdString();
}

TEST_F(ctl_EndToEnd, BulkAllMatchingUsesTheDevicesListFilters)
{
    const CtlRun list =
        run(hosted({QStringLiteral("devices"), QStringLiteral("list"), QStringLiteral("--filter"),
                    QStringLiteral("KIOSK"), QStringLiteral("--platform"), QStringLiteral("android"),
                    QStringLiteral("--json")}));
    ASSERT_EQ(list.exitCode, 0);
    QSet<QString> listed;
    for (const QJsonValue &v : list.json().array())
        listed.insert(v.toObject().value(u"id").toString());
    ASSERT_FALSE(listed.isEmpty());
    const CtlRun plan =
        run(hosted({QStringLiteral("reset"), QStringLiteral("--all-matching"), QStringLiteral("KIOSK"),
                    QStringLiteral("--platform"), QStringLiteral("android"), QStringLiteral("--json")}));
    EXPECT_EQ(plan.exitCode, 2) << plan.err.toStdString();
    QSet<QString> planned;
    const QList<QJsonObject> lines = jsonLines(plan);
    for (const QJsonObject &o : lines.first(lines.size() - 1))
        planned.insert(o.value(u"deviceId").toString());
    EXPECT_EQ(planned, listed);
}
