// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/actions/ActionJournal.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>

#include <memory>
#include <vector>

using namespace passcode;
using namespace passcode::actions;

namespace {

TrackedAction makeAction(const QString &device, ActionState state, const char *passcode = nullptr)
{
    TrackedAction a;
    a.key = ActionKey{device, RemoteAction::ResetPasscode};
    a.state = state;
    a.deviceName = QStringLiteral("Name of ") + device;
    a.initiatedBy = QStringLiteral("helpdesk@contoso.example");
    a.ticket = QStringLiteral("INC-42");
    a.requestedAt = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
    a.stateSince = QDateTime::currentDateTimeUtc();
    if (passcode)
        a.passcode = QString::fromLatin1(passcode);
    return a;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

TEST(engine_ActionJournal, MissingFileIsAnEmptyJournal)
{
    QTemporaryDir dir;
    ActionJournal journal(dir.filePath(QStringLiteral("sub/journal.json")));
    const auto loaded = journal.load();
    ASSERT_TRUE(loaded.hasValue());
    EXPECT_TRUE(loaded.value().isEmpty());
}

TEST(engine_ActionJournal, RecordsAndReloadsEveryField)
{
    QTemporaryDir dir;
    ActionJournal journal(dir.filePath(QStringLiteral("sub/journal.json")));
    TrackedAction a = makeAction(QStringLiteral("dev-1"), ActionState::Accepted);
    a.key.action = RemoteAction::PinReset;
    a.errorCode = 7;
    ASSERT_FALSE(journal.record(a).has_value());

    const auto loaded = ActionJournal(journal.path()).load();
    ASSERT_TRUE(loaded.hasValue());
    ASSERT_EQ(loaded.value().size(), 1);
    const TrackedAction &b = loaded.value().first();
    EXPECT_EQ(b.key, a.key);
    EXPECT_EQ(b.state, ActionState::Accepted);
    EXPECT_EQ(b.deviceName, a.deviceName);
    EXPECT_EQ(b.initiatedBy, a.initiatedBy);
    EXPECT_EQ(b.ticket, a.ticket);
    EXPECT_EQ(b.requestedAt, a.requestedAt);
    EXPECT_EQ(b.stateSince.toMSecsSinceEpoch(), a.stateSince.toMSecsSinceEpoch());
    EXPECT_EQ(b.errorCode, 7);
    EXPECT_FALSE(b.passcode.has_value());

    const QByteArray bytes = fileBytes(journal.path());
    EXPECT_TRUE(bytes.contains("\"pinReset\""));
    EXPECT_TRUE(bytes.contains("\"accepted\""));
}

TEST(engine_ActionJournal, NeverContainsThePasscode)
{
    QTemporaryDir dir;
    ActionJournal journal(dir.filePath(QStringLiteral("journal.json")));
    ASSERT_FALSE(
        journal.record(makeAction(QStringLiteral("dev-1"), ActionState::Done, "83017245")).has_value());
    ASSERT_FALSE(
        journal.record(makeAction(QStringLiteral("dev-2"), ActionState::Done, "Xq7-PASS-zz")).has_value());
    const QByteArray bytes = fileBytes(journal.path());
    ASSERT_FALSE(bytes.isEmpty());
    EXPECT_FALSE(bytes.contains("83017245"));
    EXPECT_FALSE(bytes.contains("Xq7-PASS-zz"));
    EXPECT_FALSE(bytes.contains("passcode"));
    // Nothing else in the folder holds it either (no temp files left behind).
    const QStringList files = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
    for (const QString &f : files)
        EXPECT_FALSE(fileBytes(dir.filePath(f)).contains("83017245")) << f.toStdString();
}

TEST(engine_ActionJournal, RecordReplacesTheEntryOfTheSameKey)
{
    QTemporaryDir dir;
    ActionJournal journal(dir.filePath(QStringLiteral("journal.json")));
    journal.record(makeAction(QStringLiteral("dev-1"), ActionState::Requested));
    journal.record(makeAction(QStringLiteral("dev-2"), ActionState::Requested));
    journal.record(makeAction(QStringLiteral("dev-1"), ActionState::Sent));
    const auto loaded = journal.load();
    ASSERT_TRUE(loaded.hasValue());
    ASSERT_EQ(loaded.value().size(), 2);
    for (const TrackedAction &a : loaded.value()) {
        if (a.key.deviceId == u"dev-1")
            EXPECT_EQ(a.state, ActionState::Sent);
        else
            EXPECT_EQ(a.state, ActionState::Requested);
    }
}

TEST(engine_ActionJournal, CorruptFileIsSetAsideAndReported)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.json"));
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("{\"version\":1,\"entries\":[{\"deviceId\":\"dev-1\",");
    }
    ActionJournal journal(path);
    const auto loaded = journal.load();
    ASSERT_FALSE(loaded.hasValue());
    EXPECT_EQ(loaded.error().kind, Error::Kind::Parse);
    EXPECT_FALSE(loaded.error().message.isEmpty());
    // The damaged file is kept beside, and the journal starts empty.
    const QStringList aside =
        QDir(dir.path()).entryList({QStringLiteral("journal.json.corrupt-*")}, QDir::Files);
    ASSERT_EQ(aside.size(), 1);
    EXPECT_TRUE(fileBytes(dir.filePath(aside.first())).startsWith("{\"version\":1"));
    EXPECT_TRUE(loaded.error().message.contains(aside.first()));
    const auto again = journal.load();
    ASSERT_TRUE(again.hasValue());
    EXPECT_TRUE(again.value().isEmpty());
    EXPECT_FALSE(journal.record(makeAction(QStringLiteral("dev-1"), ActionState::Requested)).has_value());
    EXPECT_EQ(journal.load().value().size(), 1);
}

TEST(engine_ActionJournal, CorruptFileMetByRecordIsSetAsideToo)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.json"));
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("not json at all");
    }
    ActionJournal journal(path);
    EXPECT_FALSE(journal.record(makeAction(QStringLiteral("dev-9"), ActionState::Requested)).has_value());
    const auto loaded = journal.load();
    ASSERT_TRUE(loaded.hasValue());
    ASSERT_EQ(loaded.value().size(), 1);
    EXPECT_EQ(QDir(dir.path()).entryList({QStringLiteral("journal.json.corrupt-*")}, QDir::Files).size(), 1);
}

TEST(engine_ActionJournal, SizeIsBoundedKeepingActionsInFlight)
{
    QTemporaryDir dir;
    ActionJournal journal(dir.filePath(QStringLiteral("journal.json")));
    TrackedAction old = makeAction(QStringLiteral("old-finished"), ActionState::Done);
    old.stateSince = QDateTime::currentDateTimeUtc().addDays(-(ActionJournal::kRetentionDays + 1));
    journal.record(old);
    TrackedAction oldInFlight = makeAction(QStringLiteral("old-pending"), ActionState::Pending);
    oldInFlight.stateSince = old.stateSince;
    journal.record(oldInFlight);
    journal.record(makeAction(QStringLiteral("fresh"), ActionState::Done));
    const auto loaded = journal.load();
    ASSERT_TRUE(loaded.hasValue());
    QStringList ids;
    for (const TrackedAction &a : loaded.value())
        ids.append(a.key.deviceId);
    EXPECT_FALSE(ids.contains(QStringLiteral("old-finished")));
    EXPECT_TRUE(ids.contains(QStringLiteral("old-pending")));
    EXPECT_TRUE(ids.contains(QStringLiteral("fresh")));
}

TEST(engine_ActionJournal, UnreadableEntriesAreSkipped)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.json"));
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(R"({"version":1,"entries":[{"deviceId":"a","action":"resetPasscode","state":"pending"},
                 {"deviceId":"b","action":"selfDestruct","state":"pending"},
                 {"deviceId":"","action":"resetPasscode","state":"pending"}]})");
    }
    const auto loaded = ActionJournal(path).load();
    ASSERT_TRUE(loaded.hasValue());
    ASSERT_EQ(loaded.value().size(), 1);
    EXPECT_EQ(loaded.value().first().key.deviceId, QStringLiteral("a"));
}

TEST(engine_ActionJournal, DefaultPathSeparatesProfiles)
{
    EXPECT_TRUE(ActionJournal::defaultPath().endsWith(QStringLiteral("PasscodeConsole/journal.json")));
    EXPECT_TRUE(ActionJournal::defaultPath(QStringLiteral("sandbox"))
                    .endsWith(QStringLiteral("journal-sandbox.json")));
}

TEST(engine_ActionJournal, TwoCorruptionsWithinOneSecondKeepBothCopies)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.json"));
    const auto corrupt = [&path](const QByteArray &bytes) {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    };
    ActionJournal journal(path);
    corrupt("first damaged copy");
    EXPECT_FALSE(journal.load().hasValue());
    corrupt("second damaged copy");
    EXPECT_FALSE(journal.load().hasValue());
    corrupt("third damaged copy");
    EXPECT_FALSE(journal.record(makeAction(QStringLiteral("dev-1"), ActionState::Done)).has_value());

    const QStringList aside =
        QDir(dir.path()).entryList({QStringLiteral("journal.json.corrupt-*")}, QDir::Files, QDir::Name);
    ASSERT_EQ(aside.size(), 3) << aside.join(u' ').toStdString();
    QSet<QByteArray> contents;
    for (const QString &f : aside)
        contents.insert(fileBytes(dir.filePath(f)));
    EXPECT_EQ(contents,
              (QSet<QByteArray>{"first damaged copy", "second damaged copy", "third damaged copy"}));
}

TEST(engine_ActionJournal, ClaimRefusesADeviceWithAnActionInFlightAndWritesTheOthers)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.json"));
    // Another process's action, pending on dev-1.
    ASSERT_FALSE(
        ActionJournal(path).record(makeAction(QStringLiteral("dev-1"), ActionState::Pending)).has_value());

    ActionJournal journal(path);
    const auto claimed = journal.claim({makeAction(QStringLiteral("dev-1"), ActionState::Sent),
                                        makeAction(QStringLiteral("dev-2"), ActionState::Sent)},
                                       {});
    ASSERT_TRUE(claimed.hasValue());
    ASSERT_EQ(claimed.value().size(), 2);
    ASSERT_TRUE(claimed.value().at(0).has_value());
    EXPECT_EQ(claimed.value().at(0)->action->state, ActionState::Pending);
    EXPECT_FALSE(claimed.value().at(1).has_value());
    const auto loaded = journal.load();
    ASSERT_TRUE(loaded.hasValue());
    ASSERT_EQ(loaded.value().size(), 2);
    for (const TrackedAction &a : loaded.value())
        EXPECT_EQ(a.state, a.key.deviceId == u"dev-1" ? ActionState::Pending : ActionState::Sent);
}

TEST(engine_ActionJournal, ANewerVersionsFileIsReadButNeverRewritten)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.json"));
    const QByteArray bytes =
        R"({"version":2,"entries":[{"deviceId":"a","action":"resetPasscode","state":"pending"}]})";
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    ActionJournal journal(path);
    const auto loaded = journal.load();
    ASSERT_TRUE(loaded.hasValue());
    EXPECT_EQ(loaded.value().size(), 1);

    const std::optional<Error> recorded = journal.record(makeAction(QStringLiteral("b"), ActionState::Done));
    ASSERT_TRUE(recorded.has_value());
    EXPECT_TRUE(recorded->message.contains(QStringLiteral("newer version")))
        << recorded->message.toStdString();
    const auto claimed = journal.claim({makeAction(QStringLiteral("b"), ActionState::Sent)}, {});
    ASSERT_FALSE(claimed.hasValue());
    EXPECT_EQ(fileBytes(path), bytes);
    EXPECT_TRUE(
        QDir(dir.path()).entryList({QStringLiteral("journal.json.corrupt-*")}, QDir::Files).isEmpty());
}

TEST(engine_ActionJournal, AFolderThatCannotBeWrittenFailsTheClaim)
{
    QTemporaryDir dir;
    QString folder = dir.filePath(QStringLiteral("read-only"));
    ASSERT_TRUE(QDir().mkpath(folder));
    ASSERT_TRUE(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    QFile probe(folder + QStringLiteral("/probe"));
    if (probe.open(QIODevice::WriteOnly)) {
        // Running as root, where permissions do not stop a write: /proc/self takes no new file from anyone.
        probe.close();
        probe.remove();
        folder = QStringLiteral("/proc/self");
    }
    ActionJournal journal(folder + QStringLiteral("/journal.json"));
    const auto claimed = journal.claim({makeAction(QStringLiteral("dev-1"), ActionState::Sent)}, {});
    ASSERT_FALSE(claimed.hasValue());
    EXPECT_EQ(claimed.error().kind, Error::Kind::Internal);
    EXPECT_TRUE(claimed.error().message.contains(u"journal")) << claimed.error().message.toStdString();
    EXPECT_TRUE(journal.record(makeAction(QStringLiteral("dev-1"), ActionState::Done)).has_value());
    QFile::setPermissions(dir.filePath(QStringLiteral("read-only")),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

TEST(engine_ActionJournal, ALockHeldByAnotherProcessFailsTheClaimUntilItIsReleased)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.json"));
    QProcess holder;
    holder.start(QStringLiteral(PASSCODE_JOURNAL_PROCESS), {QStringLiteral("hold"), path});
    ASSERT_TRUE(holder.waitForStarted(10000));
    ASSERT_TRUE(holder.waitForReadyRead(10000));
    ASSERT_EQ(holder.readLine().trimmed(), QByteArray("locked"));

    ActionJournal journal(path);
    journal.setLockTimeoutMs(300);
    const auto claimed = journal.claim({makeAction(QStringLiteral("dev-1"), ActionState::Sent)}, {});
    ASSERT_FALSE(claimed.hasValue());
    EXPECT_TRUE(claimed.error().message.contains(QStringLiteral("in use by another")))
        << claimed.error().message.toStdString();
    EXPECT_FALSE(QFile::exists(path)); // nothing written
    EXPECT_TRUE(journal.record(makeAction(QStringLiteral("dev-1"), ActionState::Done)).has_value());

    holder.closeWriteChannel();
    ASSERT_TRUE(holder.waitForFinished(10000));
    const auto after = journal.claim({makeAction(QStringLiteral("dev-1"), ActionState::Sent)}, {});
    ASSERT_TRUE(after.hasValue());
    EXPECT_FALSE(after.value().first().has_value());
}

TEST(engine_ActionJournal, OfProcessesClaimingOneDeviceAtOnceExactlyOneWins)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.json"));
    constexpr int kProcesses = 6;
    std::vector<std::unique_ptr<QProcess>> processes;
    for (int i = 0; i < kProcesses; ++i) {
        auto p = std::make_unique<QProcess>();
        p->start(QStringLiteral(PASSCODE_JOURNAL_PROCESS),
                 {QStringLiteral("claim"), path, QStringLiteral("dev-race")});
        ASSERT_TRUE(p->waitForStarted(10000));
        processes.push_back(std::move(p));
    }
    for (auto &p : processes)
        p->write("go\n"); // all at once
    int claimed = 0;
    int refused = 0;
    for (auto &p : processes) {
        ASSERT_TRUE(p->waitForFinished(30000));
        const QByteArray out = p->readAllStandardOutput().trimmed();
        claimed += out == "claimed";
        refused += out == "refused";
        EXPECT_TRUE(out == "claimed" || out == "refused") << out.toStdString();
    }
    EXPECT_EQ(claimed, 1);
    EXPECT_EQ(refused, kProcesses - 1);
    const auto loaded = ActionJournal(path).load();
    ASSERT_TRUE(loaded.hasValue());
    ASSERT_EQ(loaded.value().size(), 1);
    EXPECT_EQ(loaded.value().first().state, ActionState::Sent);
}

TEST(engine_ActionJournal, RecordsACallerCheckBesideTheActions)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    ActionJournal journal(dir.filePath(QStringLiteral("journal.json")));
    journal.setTenantName(QStringLiteral("Contoso"));
    ASSERT_FALSE(journal.record(makeAction(QStringLiteral("d1"), ActionState::Done, "482913")));
    CallerCheck check;
    check.deviceId = QStringLiteral("d1");
    check.deviceName = QStringLiteral("Name of d1");
    check.verifiedBy = QStringLiteral("helpdesk@contoso.example");
    check.verifiedAt = QDateTime::currentDateTimeUtc().addSecs(-5);
    ASSERT_FALSE(journal.recordCallerCheck(check));

    const Result<QList<CallerCheck>> checks = journal.callerChecks();
    ASSERT_TRUE(checks);
    ASSERT_EQ(checks.value().size(), 1);
    EXPECT_EQ(checks.value().at(0).deviceName, QStringLiteral("Name of d1"));
    EXPECT_EQ(checks.value().at(0).tenantName, QStringLiteral("Contoso")); // the journal's, when none given
    EXPECT_EQ(checks.value().at(0).verifiedAt.toSecsSinceEpoch(), check.verifiedAt.toSecsSinceEpoch());
    ASSERT_TRUE(journal.load());
    EXPECT_EQ(journal.load().value().size(), 1); // the action is still there
    EXPECT_FALSE(fileBytes(journal.path()).contains("482913"));
}
