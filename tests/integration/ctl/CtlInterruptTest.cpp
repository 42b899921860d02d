// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13, point 5: Ctrl+C (SIGINT) and SIGTERM end passcodectl at once: a long `devices list` stops with
// exit 130 (143), its output ends cleanly (whole devices only, a JSON array closed); a bulk reset stops
// sending, leaves what is on the wire journaled as sent (followed, never sent again) and `runs resume`
// finishes it. POSIX only: on Windows, passcodectl installs no handler (app/common/TerminationSignals.h).
#include "CtlEndToEndFixture.h"

#include <QtGlobal>

#ifndef Q_OS_WIN

#include <gtest/gtest.h>

#include <QFile>
#include <QHash>
#include <QJsonArray>

#include <csignal>

using namespace passcode::itest;

namespace {

/** Sends @p signal once @p ready says the process is far enough, and measures how long it takes to end. */
struct Interrupter
{
    Interrupter(int s, std::function<bool(QProcess &)> r)
        : signal(s)
        , ready(std::move(r))
    {}

    int signal;
    std::function<bool(QProcess &)> ready;
    QElapsedTimer sinceSignal;
    bool sent = false;

    void operator()(QProcess &p)
    {
        if (sent || p.state() != QProcess::Running || !ready(p))
            return;
        ::kill(pid_t(p.processId()), signal);
        sinceSignal.start();
        sent = true;
    }
};

/** The sandbox's remoteActionAudits per device id (its generated history included). */
QHash<QString, int> auditsPerDevice(SandboxFixture &sandbox)
{
    QHash<QString, int> n;
    for (const QJsonValue &v : sandbox.audits())
        ++n[v.toObject().value(u"managedDeviceId").toString()];
    return n;
}

/** What the journal says per device id. */
QHash<QString, QString> journalStates(const QString &path)
{
    QHash<QString, QString> states;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return states;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
    EXPECT_TRUE(doc.isObject()) << "the journal is not whole JSON";
    for (const QJsonValue &v : doc.object().value(u"entries").toArray())
        states.insert(v.toObject().value(u"deviceId").toString(), v.toObject().value(u"state").toString());
    return states;
}

} // namespace

TEST_F(ctl_EndToEnd, CtrlCEndsALongDeviceListAtOnceWithWholeOutput)
{
    // 400 devices in pages of 10, each page 300 ms late: 12 s in all, interrupted after the first pages.
    ASSERT_TRUE(s_sandbox->setFaults(QJsonObject{{QStringLiteral("latencyMs"), 300}}));
    struct Case
    {
        const char *format;
        int signal;
        int exitCode;
    };
    for (const Case c :
         {Case{"--json", SIGINT, 130}, Case{"--csv", SIGINT, 130}, Case{"--json", SIGTERM, 143}}) {
        SCOPED_TRACE(testing::Message() << c.format << " signal " << c.signal);
        Interrupter interrupter(c.signal, [](QProcess &p) { return p.bytesAvailable() > 2000; });
        QElapsedTimer total;
        total.start();
        const CtlRun r =
            runWatching(hosted({QStringLiteral("--page-size"), QStringLiteral("10"),
                                QStringLiteral("devices"), QStringLiteral("list"), QLatin1String(c.format)}),
                        std::ref(interrupter), 60000);
        const qint64 toExit = interrupter.sent ? interrupter.sinceSignal.elapsed() : -1;
        ASSERT_TRUE(interrupter.sent)
            << "the list ended before it could be interrupted: " << total.elapsed() << " ms";
        EXPECT_EQ(r.exitCode, c.exitCode) << r.err.toStdString();
        // At once: well before the 12 s the list takes (the tick polls every 50 ms).
        EXPECT_LT(toExit, 2500);
        RecordProperty(
            QStringLiteral("%1_%2_ms").arg(QLatin1String(c.format).mid(2)).arg(c.signal).toStdString(),
            int(toExit));
        const QStringList err = r.errLines();
        ASSERT_EQ(err.size(), 1) << r.err.toStdString();
        EXPECT_TRUE(err.first().startsWith(c.signal == SIGINT ? QStringLiteral("passcodectl: Interrupted")
                                                              : QStringLiteral("passcodectl: Terminated")))
            << err.first().toStdString();
        EXPECT_TRUE(err.first().contains(QStringLiteral("incomplete"))) << err.first().toStdString();

        qsizetype devices = 0;
        if (QLatin1String(c.format) == QLatin1String("--json")) {
            QJsonParseError e{};
            const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &e);
            ASSERT_EQ(e.error, QJsonParseError::NoError)
                << "the array is not closed: " << r.out.right(200).toStdString();
            devices = doc.array().size();
            for (const QJsonValue &v : doc.array())
                EXPECT_FALSE(v.toObject().value(u"id").toString().isEmpty());
        } else {
            ASSERT_TRUE(r.out.endsWith(u'\n')) << "a half record: " << r.out.right(200).toStdString();
            const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
            ASSERT_FALSE(lines.isEmpty());
            EXPECT_TRUE(lines.first().startsWith(QStringLiteral("id,deviceName")));
            devices = lines.size() - 1;
        }
        EXPECT_GT(devices, 0);
        EXPECT_LT(devices, 400);
        EXPECT_EQ(devices % 10, 0) << "only whole pages are written";
    }
}

TEST_F(ctl_EndToEnd, CtrlCPausesABulkRunWhichResumeFinishesWithoutDuplicates)
{
    passcode::sandbox::SandboxOptions o;
    o.devices = 1000;
    o.seed = 91;
    o.throttleScale = 0;
    SandboxFixture sandbox(o);
    QString error;
    ASSERT_TRUE(sandbox.start(&error)) << error.toStdString();

    QStringList devices;
    for (int row : {1, 2, 9, 10, 11, 13, 14, 15}) {
        for (const QJsonValue &v : sandbox.devicesOfRow(row, 1000)) {
            const QJsonObject f = v.toObject();
            if (devices.size() < 100 && f.value(u"connectivity").toString() == u"online" &&
                f.value(u"managementState").toString() == u"managed")
                devices.append(f.value(u"id").toString());
        }
    }
    ASSERT_EQ(devices.size(), 100);
    const QString file = home.filePath(QStringLiteral("devices.txt"));
    {
        QFile f(file);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(devices.join(u'\n').toUtf8() + '\n');
    }
    const QHash<QString, int> before = auditsPerDevice(sandbox); // the generated history
    const QString ticket = QStringLiteral("CTRL-C-1");
    const QStringList target{QStringLiteral("--graph-url"), sandbox.baseUrl().toString(),
                             QStringLiteral("--journal"), journal()};
    // 20 writes a second: the 100 devices take about 5 s to leave; Ctrl+C comes after the first answers.
    const QStringList budget{QStringLiteral("--max-writes"), QStringLiteral("20"),
                             QStringLiteral("--write-window-ms"), QStringLiteral("1000")};
    Interrupter interrupter(SIGINT, [](QProcess &p) { return p.bytesAvailable() > 0; });
    const CtlRun first = runWatching(
        target +
            QStringList{QStringLiteral("reset"), QStringLiteral("--from-file"), file, QStringLiteral("--yes"),
                        QStringLiteral("--reason"), ticket, QStringLiteral("--json")} +
            budget,
        std::ref(interrupter), 60000);
    ASSERT_TRUE(interrupter.sent);
    const qint64 toExit = interrupter.sinceSignal.elapsed();
    EXPECT_EQ(first.exitCode, 130) << first.err.toStdString();
    EXPECT_LT(toExit, 2500);
    RecordProperty("bulk_ms", int(toExit));
    EXPECT_TRUE(first.err.contains(QStringLiteral("Interrupted"))) << first.err.toStdString();

    // Whole lines: every item once, then the summary, which says 130 and a paused run.
    const QList<QJsonObject> lines = jsonLines(first);
    ASSERT_EQ(lines.size(), devices.size() + 1) << first.out.toStdString();
    const QJsonObject summary = lines.last();
    EXPECT_EQ(summary.value(u"exitCode").toInt(), 130) << first.out.toStdString();
    EXPECT_EQ(summary.value(u"runState").toString(), QStringLiteral("paused"));
    const QString runId = summary.value(u"runId").toString();
    ASSERT_FALSE(runId.isEmpty()) << first.out.toStdString();
    int notSent = 0;
    for (const QJsonObject &line : lines.first(devices.size()))
        notSent += line.value(u"state").toString() == u"notSent";
    EXPECT_GT(notSent, 0) << "the run was not interrupted midway";

    // Journal before send, and the journal is whole JSON: whatever reached the sandbox is journaled as sent.
    QHash<QString, int> audits = auditsPerDevice(sandbox);
    const auto sent = [&before, &audits](const QString &id) {
        return audits.value(id) - before.value(id);
    };
    const QHash<QString, QString> states = journalStates(journal());
    for (const QString &id : devices) {
        EXPECT_LE(sent(id), 1) << id.toStdString();
        if (sent(id) > 0) {
            EXPECT_TRUE(states.contains(id) && states.value(id) != u"requested" &&
                        states.value(id) != u"canceled")
                << id.toStdString() << " reached the sandbox without a journal entry";
        }
    }

    // The run is paused, not cancelled: resume sends the rest and follows what was on the wire.
    const CtlRun last =
        run(target +
                QStringList{QStringLiteral("runs"), QStringLiteral("resume"), runId, QStringLiteral("--wait"),
                            QStringLiteral("--timeout"), QStringLiteral("30"), QStringLiteral("--json")} +
                budget,
            [&sandbox] { sandbox.advance(30); });
    EXPECT_TRUE(last.exitCode == 0 || last.exitCode == 4 || last.exitCode == 7) << last.err.toStdString();
    audits = auditsPerDevice(sandbox);
    const QList<QJsonObject> resumed = jsonLines(last);
    ASSERT_EQ(resumed.size(), devices.size() + 1) << last.out.toStdString();
    for (const QJsonObject &line : resumed.first(devices.size())) {
        const QString id = line.value(u"deviceId").toString();
        const QString state = line.value(u"state").toString();
        EXPECT_LE(sent(id), 1) << id.toStdString() << ": an action was sent twice";
        if (state != u"skipped" && state != u"unknown" && state != u"notProcessed") {
            EXPECT_EQ(sent(id), 1) << id.toStdString() << " " << state.toStdString();
        }
    }
}

#endif // Q_OS_WIN
