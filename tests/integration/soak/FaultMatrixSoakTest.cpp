// SPDX-License-Identifier: GPL-3.0-or-later
// The fault-matrix soak (issue 13, item 9): an engine on a sandbox with every fault switched on together
// (latency with jitter, 5xx, Intune-wrapped errors, dropped connections, truncated and malformed bodies, 429
// storms, the sandbox's own throttling, tokens that expire early) lists the devices, sends passcode actions
// to a few hundred devices (bulk runs and single actions) and follows them. The verdict comes from the
// sandbox's own records: at most one action per device and action, exactly one for every action the journal
// says Graph took, every action received is in a journal, and no token or passcode the sandbox issued is in
// any file the run wrote (journals, run records, settings, the whole log).
//
// ctest -L soak runs the short version (CI); PASSCODE_SOAK_SECONDS=600 and the other PASSCODE_SOAK_*
// variables make it longer (docs/DEVELOPMENT.md). The seed is printed: PASSCODE_SOAK_SEED=N replays its
// faults and choices (the interleaving of requests still follows the machine's timing).
#include "SecretScan.h"
#include "SoakDriver.h"
#include "SoakLedger.h"
#include "SoakLog.h"

#include "core/actions/ActionJournal.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QTemporaryDir>

#include <iostream>

using namespace passcode;
using namespace passcode::soak;

namespace {

QString countsLine(const QJsonObject &counts, const QStringList &keys)
{
    QStringList parts;
    for (const QString &key : keys)
        parts.append(QStringLiteral("%1 %2").arg(key).arg(counts.value(key).toInteger()));
    return parts.join(QStringLiteral(", "));
}

} // namespace

TEST(soak_FaultMatrix, EveryFaultAtOnceNeverDuplicatesLosesOrLeaks)
{
    const SoakSettings settings = SoakSettings::fromEnvironment();
    std::cout << "[soak] " << settings.describe().toStdString() << std::endl;
    SCOPED_TRACE(settings.describe().toStdString());
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QElapsedTimer wall;
    wall.start();

    auto log = std::make_unique<SoakLog>(dir.filePath(QStringLiteral("soak.log")));
    SoakDriver driver(settings, dir.path());
    ASSERT_TRUE(driver.start());
    ASSERT_TRUE(driver.switchFaultsOn());
    driver.run();
    const SoakFigures &f = driver.figures();

    // The sandbox's own records, read with the faults still counted, then without faults or throttling.
    itest::SandboxFixture &sandbox = driver.sandbox();
    const QJsonObject state = sandbox.state();
    sandbox.resetFaults();
    sandbox.setThrottleScale(0);
    const QJsonObject actionsBody = sandbox.call("GET", QStringLiteral("/sandbox/actions"));
    const QList<ReceivedAction> received = ReceivedAction::fromJson(actionsBody.value(u"value").toArray());
    const sandbox::IssuedSecrets secrets = sandbox.host().issuedSecrets();

    QList<actions::TrackedAction> journal;
    for (const QString &path : driver.journals()) {
        const Result<QList<actions::TrackedAction>> loaded = actions::ActionJournal(path).load();
        ASSERT_TRUE(loaded.hasValue())
            << path.toStdString() << ": " << loaded.error().toDisplayString().toStdString();
        journal += loaded.value();
    }
    const LedgerVerdict verdict = checkLedger(journal, received, driver.technician());

    const qint64 logLines = SoakLog::lines();
    const qint64 logWarnings = SoakLog::warnings();
    log.reset(); // the log file is complete: scan it with the rest
    const SecretScan scan = scanForSecrets(dir.path(), secrets.tokens, secrets.passcodes);

    // The figures (docs/BENCHMARKS.md, "Fault-matrix soak").
    const QJsonObject counts = state.value(u"faults").toObject().value(u"counts").toObject();
    const QJsonObject throttling = state.value(u"throttling").toObject();
    QStringList states;
    for (auto it = verdict.byState.cbegin(); it != verdict.byState.cend(); ++it)
        states.append(QStringLiteral("%1 %2").arg(it.key()).arg(it.value()));
    const auto out = [](const QString &line) {
        std::cout << "[soak] " << line.toStdString() << std::endl;
    };
    out(QStringLiteral("wall %1 s (load %2 s), %3 epoch(s), %4 round(s)")
            .arg(double(wall.elapsed()) / 1000.0, 0, 'f', 1)
            .arg(double(f.loadMs) / 1000.0, 0, 'f', 1)
            .arg(f.epochs)
            .arg(f.rounds));
    out(QStringLiteral("requests: %1 (%2 $batch items), identity %3")
            .arg(countsLine(counts, {QStringLiteral("graphRequests")}))
            .arg(counts.value(u"batchItems").toInteger())
            .arg(counts.value(u"identityRequests").toInteger()));
    out(QStringLiteral("faults injected: %1; answered 401 %2, 429 %3 (throttler %4)")
            .arg(countsLine(counts, {QStringLiteral("delayed"), QStringLiteral("error500"),
                                     QStringLiteral("error502"), QStringLiteral("error503"),
                                     QStringLiteral("error504"), QStringLiteral("intuneError"),
                                     QStringLiteral("drop"), QStringLiteral("truncate"),
                                     QStringLiteral("malformed"), QStringLiteral("storm429")}))
            .arg(counts.value(u"unauthorized").toInteger())
            .arg(counts.value(u"throttled").toInteger())
            .arg(throttling.value(u"refused").toInteger()));
    out(QStringLiteral(
            "lists %1 (complete %2), bulk runs %3 (planned %4, eligible %5), singles %6 (refused %7, "
            "reads failed %8)")
            .arg(f.lists)
            .arg(f.listsComplete)
            .arg(f.bulkRuns)
            .arg(f.planned)
            .arg(f.eligible)
            .arg(f.singlesSent)
            .arg(f.singlesRefused)
            .arg(f.fetchFailures));
    out(QStringLiteral("actions received by the sandbox %1, duplicates %2, journal entries %3 (%4), unknown "
                       "outcomes %5, unsettled when following ended %6")
            .arg(verdict.received)
            .arg(verdict.duplicates)
            .arg(verdict.journalEntries)
            .arg(states.join(QStringLiteral(", ")))
            .arg(verdict.unknown)
            .arg(f.unsettled));
    out(QStringLiteral(
            "client: token refreshes %1 (failed %2), send failures %3, poll errors %4, poll requests "
            "%5, send batches %6, passcodes seen %7, journal errors %8")
            .arg(f.tokenRefreshes)
            .arg(f.tokenRefreshFailures)
            .arg(f.sendFailures)
            .arg(f.pollErrors)
            .arg(f.pollRequests)
            .arg(f.sendBatches)
            .arg(f.passcodesSeen)
            .arg(f.journalErrors));
    out(QStringLiteral(
            "secret scan: %1 files, %2 bytes, %3 tokens and %4 passcodes looked for, %5 hits; log %6 "
            "lines (%7 warnings)")
            .arg(scan.files)
            .arg(scan.bytes)
            .arg(secrets.tokens.size())
            .arg(secrets.passcodes.size())
            .arg(scan.hits.size())
            .arg(logLines)
            .arg(logWarnings));
    for (const QString &failure : f.listFailures)
        out(QStringLiteral("list incomplete: ") + failure);

    // No hang, no duplicate, nothing lost, nothing leaked.
    EXPECT_TRUE(f.hangs.isEmpty()) << f.hangs.join(QStringLiteral("; ")).toStdString();
    EXPECT_EQ(verdict.duplicates, 0);
    for (const QString &v : verdict.violations.mid(0, 30))
        ADD_FAILURE() << v.toStdString();
    EXPECT_TRUE(verdict.violations.isEmpty()) << verdict.violations.size() << " violation(s)";
    for (const SecretHit &hit : scan.hits.mid(0, 30))
        ADD_FAILURE() << "a " << hit.kind.toStdString() << " in " << hit.file.toStdString() << " line "
                      << hit.line;
    EXPECT_EQ(f.journalErrors, 0);

    // The soak did what it says: every fault fired, tokens were renewed, actions were sent, listed and
    // settled.
    EXPECT_GE(f.listsComplete, 1);
    EXPECT_GE(verdict.received, settings.bulk / 2);
    EXPECT_GT(f.singlesSent, 0);
    EXPECT_GT(f.tokenRefreshes, 0);
    EXPECT_GT(counts.value(u"unauthorized").toInteger(), 0);
    for (const char *kind : {"delayed", "error500", "error502", "error503", "error504", "intuneError", "drop",
                             "truncate", "malformed", "storm429"})
        EXPECT_GT(counts.value(QLatin1String(kind)).toInteger(), 0) << kind;
    EXPECT_GT(verdict.byState.value(QStringLiteral("done")), 0);
    EXPECT_GT(f.passcodesSeen, 0);
    EXPECT_FALSE(secrets.tokens.isEmpty());
    EXPECT_FALSE(secrets.passcodes.isEmpty());
    EXPECT_GT(scan.files, 3);

    // What the run wrote stays for a look when it failed (or PASSCODE_SOAK_KEEP=1): the scan found no secret
    // there.
    if (::testing::Test::HasFailure() || qEnvironmentVariableIsSet("PASSCODE_SOAK_KEEP")) {
        dir.setAutoRemove(false);
        out(QStringLiteral("kept: ") + dir.path());
    }
}
