// SPDX-License-Identifier: GPL-3.0-or-later
// RunRecord's file format and names, item states from the journal, RunStore's files; the journal's runId
// and recordMany().
#include "core/actions/RunStore.h"
#include "core/actions/ActionJournal.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QUuid>

using namespace passcode;
using namespace passcode::actions;

namespace {

const QDateTime kT0(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);

RunRecordItem item(const QString &id, bool sent, RunItemStatus status, SkipReason skip = SkipReason::None)
{
    RunRecordItem i;
    i.deviceId = id;
    i.deviceName = QStringLiteral("KIOSK-") + id;
    i.action = RemoteAction::ResetPasscode;
    i.scope = eligibility::Scope::Device;
    i.skip = skip;
    if (skip != SkipReason::None)
        i.skipText = QStringLiteral("why");
    i.sent = sent;
    i.status = status;
    return i;
}

RunRecord sampleRun()
{
    RunRecord r;
    r.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    r.createdAt = kT0;
    r.updatedAt = kT0.addSecs(5);
    r.ticket = QStringLiteral("INC-42");
    r.initiatedBy = QStringLiteral("helpdesk@contoso.example");
    r.tenantLabel = QStringLiteral("contoso");
    r.state = RunState::Running;
    r.items = {item(QStringLiteral("never"), false, RunItemStatus::NotSent),
               item(QStringLiteral("wire"), true, RunItemStatus::Sent),
               item(QStringLiteral("done"), true, RunItemStatus::Accepted),
               item(QStringLiteral("skip"), false, RunItemStatus::Skipped, SkipReason::AlreadyPending)};
    return r;
}

TrackedAction entry(const QString &device, ActionState state, const QString &runId)
{
    TrackedAction a;
    a.key = ActionKey{device, RemoteAction::ResetPasscode};
    a.state = state;
    a.runId = runId;
    a.requestedAt = kT0;
    a.stateSince = kT0;
    a.passcode = QStringLiteral("839201"); // in memory only: must never reach a file
    return a;
}

} // namespace

TEST(RunRecord, JsonRoundTripKeepsEverythingButNeverAPasscode)
{
    const RunRecord r = sampleRun();
    const QByteArray bytes = QJsonDocument(r.toJson()).toJson();
    EXPECT_FALSE(bytes.contains("passcode"));
    const std::optional<RunRecord> back = RunRecord::fromJson(QJsonDocument::fromJson(bytes).object());
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(back->id, r.id);
    EXPECT_EQ(back->createdAt, r.createdAt);
    EXPECT_EQ(back->ticket, r.ticket);
    EXPECT_EQ(back->initiatedBy, r.initiatedBy);
    EXPECT_EQ(back->tenantLabel, r.tenantLabel);
    EXPECT_EQ(back->state, RunState::Running);
    ASSERT_EQ(back->items.size(), 4);
    EXPECT_EQ(back->items.at(1).sent, true);
    EXPECT_EQ(back->items.at(1).status, RunItemStatus::Sent);
    EXPECT_EQ(back->items.at(3).skip, SkipReason::AlreadyPending);
    EXPECT_EQ(back->items.at(3).skipText, QStringLiteral("why"));
    EXPECT_EQ(back->items.at(0).action, RemoteAction::ResetPasscode);
    EXPECT_EQ(back->items.at(0).scope, eligibility::Scope::Device);
    EXPECT_FALSE(RunRecord::fromJson(QJsonObject{{QStringLiteral("id"), QStringLiteral("x")}}).has_value());
}

TEST(RunRecord, ItemStatesComeFromTheJournalEntriesOfTheRun)
{
    RunRecord r = sampleRun();
    r.items.append(item(QStringLiteral("other"), false, RunItemStatus::NotSent));
    r.items.append(item(QStringLiteral("lost"), true, RunItemStatus::Accepted));
    const QList<TrackedAction> journal = {
        entry(QStringLiteral("wire"), ActionState::Sent, r.id), // died on the wire: unknown
        entry(QStringLiteral("done"), ActionState::Done, r.id), // as journaled
        entry(QStringLiteral("never"), ActionState::Sent, QStringLiteral("another-run")), // not ours
        entry(QStringLiteral("other"), ActionState::Accepted, {}), // a single action: not ours
    };
    r.applyJournal(journal);
    EXPECT_EQ(r.items.at(0).status, RunItemStatus::NotSent);
    EXPECT_FALSE(r.items.at(0).sent);
    EXPECT_EQ(r.items.at(1).status, RunItemStatus::Unknown);
    EXPECT_EQ(r.items.at(2).status, RunItemStatus::Done);
    EXPECT_EQ(r.items.at(3).status, RunItemStatus::Skipped);
    EXPECT_EQ(r.items.at(4).status, RunItemStatus::NotSent);
    // Sent per the run file, its entry since replaced or dropped: kept as it was, never "not sent".
    EXPECT_TRUE(r.items.at(5).sent);
    EXPECT_EQ(r.items.at(5).status, RunItemStatus::Accepted);
    EXPECT_EQ(r.unsentCount(), 2);
    EXPECT_TRUE(r.isInterrupted());
    r.state = RunState::Cancelled;
    EXPECT_FALSE(r.isInterrupted());
}

TEST(RunRecord, StatusOfEveryActionState)
{
    EXPECT_EQ(runItemStatusOf(ActionState::None, false), RunItemStatus::NotSent);
    EXPECT_EQ(runItemStatusOf(ActionState::None, true), RunItemStatus::NotProcessed);
    EXPECT_EQ(runItemStatusOf(ActionState::Sent, true), RunItemStatus::Sent);
    EXPECT_EQ(runItemStatusOf(ActionState::Accepted, true), RunItemStatus::Accepted);
    EXPECT_EQ(runItemStatusOf(ActionState::Pending, true), RunItemStatus::Pending);
    EXPECT_EQ(runItemStatusOf(ActionState::Active, true), RunItemStatus::Pending);
    EXPECT_EQ(runItemStatusOf(ActionState::Done, true), RunItemStatus::Done);
    EXPECT_EQ(runItemStatusOf(ActionState::Failed, true), RunItemStatus::Failed);
    EXPECT_EQ(runItemStatusOf(ActionState::NotSupported, true), RunItemStatus::NotSupported);
    EXPECT_EQ(runItemStatusOf(ActionState::Unknown, true), RunItemStatus::Unknown);
    EXPECT_EQ(runItemStatusOf(ActionState::Canceled, false), RunItemStatus::NotSent);
    for (RunItemStatus s :
         {RunItemStatus::Skipped, RunItemStatus::NotSent, RunItemStatus::Sent, RunItemStatus::Accepted,
          RunItemStatus::Pending, RunItemStatus::Done, RunItemStatus::Failed, RunItemStatus::NotSupported,
          RunItemStatus::Unknown, RunItemStatus::NotProcessed}) {
        bool ok = false;
        EXPECT_EQ(runItemStatusFromStableName(stableName(s), &ok), s);
        EXPECT_TRUE(ok);
        EXPECT_FALSE(displayName(s).isEmpty());
    }
    for (RunState s :
         {RunState::Ready, RunState::Running, RunState::Paused, RunState::Cancelled, RunState::Finished}) {
        bool ok = false;
        EXPECT_EQ(runStateFromStableName(stableName(s), &ok), s);
        EXPECT_TRUE(ok);
    }
}

TEST(RunStore, SavesLoadsListsAndFindsInterruptedRuns)
{
    QTemporaryDir dir;
    ActionJournal journal(dir.filePath(QStringLiteral("journal-abc.json")));
    RunStore store(RunStore::runsFolderFor(journal.path()), &journal);
    EXPECT_EQ(store.folder(), dir.filePath(QStringLiteral("journal-abc.runs")));

    RunRecord interrupted = sampleRun();
    RunRecord finished = sampleRun();
    finished.createdAt = kT0.addSecs(60);
    finished.state = RunState::Finished;
    finished.items = {item(QStringLiteral("x"), true, RunItemStatus::Done)};
    ASSERT_FALSE(store.save(interrupted).has_value());
    ASSERT_FALSE(store.save(finished).has_value());
    ASSERT_FALSE(journal.recordMany({entry(QStringLiteral("done"), ActionState::Done, interrupted.id),
                                     entry(QStringLiteral("x"), ActionState::Done, finished.id)}));

    const Result<RunRecord> loaded = store.load(interrupted.id);
    ASSERT_TRUE(loaded.hasValue());
    EXPECT_EQ(loaded->items.at(2).status, RunItemStatus::Done);    // from the journal
    EXPECT_EQ(loaded->items.at(1).status, RunItemStatus::Unknown); // sent, no entry: unknown

    const QList<RunRecord> all = store.list();
    ASSERT_EQ(all.size(), 2);
    EXPECT_EQ(all.first().id, finished.id); // newest first
    const QList<RunRecord> open = store.interrupted();
    ASSERT_EQ(open.size(), 1);
    EXPECT_EQ(open.first().id, interrupted.id);

    // No file of the folder holds a passcode, though the journal's entries had one in memory.
    for (const QString &name : QDir(store.folder()).entryList(QDir::Files)) {
        QFile f(store.folder() + u'/' + name);
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        EXPECT_FALSE(f.readAll().contains("839201"));
    }
    QFile j(journal.path());
    ASSERT_TRUE(j.open(QIODevice::ReadOnly));
    EXPECT_FALSE(j.readAll().contains("839201"));

    EXPECT_EQ(store.load(QStringLiteral("../journal-abc")).error().kind, Error::Kind::NotFound);
    EXPECT_EQ(store.load(QUuid::createUuid().toString()).error().kind, Error::Kind::NotFound);
    EXPECT_TRUE(store.remove(finished.id));
    EXPECT_EQ(store.list().size(), 1);
}

TEST(RunStore, ADamagedRunFileIsReportedAndSkipped)
{
    QTemporaryDir dir;
    RunStore store(dir.filePath(QStringLiteral("runs")));
    const RunRecord r = sampleRun();
    ASSERT_FALSE(store.save(r).has_value());
    QFile f(dir.filePath(QStringLiteral("runs/")) + r.id + QStringLiteral(".json"));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("{ not json");
    f.close();
    EXPECT_EQ(store.load(r.id).error().kind, Error::Kind::Parse);
    EXPECT_TRUE(store.list().isEmpty());
}

TEST(ActionJournalBulk, RecordManyWritesAllEntriesWithTheirRunId)
{
    QTemporaryDir dir;
    ActionJournal journal(dir.filePath(QStringLiteral("journal.json")));
    QList<TrackedAction> many;
    for (int i = 0; i < 1000; ++i)
        many.append(entry(QStringLiteral("d%1").arg(i), ActionState::Sent, QStringLiteral("run-1")));
    ASSERT_FALSE(journal.recordMany(many).has_value());
    ASSERT_FALSE(journal.record(entry(QStringLiteral("d5"), ActionState::Accepted, QStringLiteral("run-1"))));
    const Result<QList<TrackedAction>> loaded = journal.load();
    ASSERT_TRUE(loaded.hasValue());
    ASSERT_EQ(loaded->size(), 1000); // a 1,000-device run fits; one entry per (device, action)
    for (const TrackedAction &a : loaded.value()) {
        EXPECT_EQ(a.runId, QStringLiteral("run-1"));
        EXPECT_FALSE(a.passcode.has_value());
        EXPECT_EQ(a.state, a.key.deviceId == u"d5" ? ActionState::Accepted : ActionState::Sent);
    }
    EXPECT_FALSE(ActionJournal::toJson(entry(QStringLiteral("s"), ActionState::Done, {})).contains(u"runId"));
}

TEST(ActionJournalBulk, EntriesInFlightAreNeverDroppedPastTheCap)
{
    QTemporaryDir dir;
    ActionJournal journal(dir.filePath(QStringLiteral("journal.json")));
    QList<TrackedAction> many;
    for (int i = 0; i < ActionJournal::kMaxEntries + 50; ++i) {
        TrackedAction a =
            entry(QStringLiteral("d%1").arg(i), i < 100 ? ActionState::Sent : ActionState::Done, {});
        a.stateSince = QDateTime::currentDateTimeUtc().addSecs(i - 10000); // in flight: the oldest
        many.append(a);
    }
    ASSERT_FALSE(journal.recordMany(many).has_value());
    ASSERT_FALSE(journal.record(entry(QStringLiteral("late"), ActionState::Done, {})));
    const QList<TrackedAction> loaded = journal.load().value();
    EXPECT_EQ(loaded.size(), ActionJournal::kMaxEntries);
    const int inFlight = int(std::count_if(
        loaded.cbegin(), loaded.cend(), [](const TrackedAction &a) { return a.state == ActionState::Sent; }));
    EXPECT_EQ(inFlight, 100);
}

TEST(ActionJournalBulk, RecordManyFailsWholeWhenTheFileCannotBeWritten)
{
    QTemporaryDir dir;
    // A folder where the journal file should be: nothing can be written, and nothing is.
    ASSERT_TRUE(QDir(dir.path()).mkpath(QStringLiteral("journal.json")));
    ActionJournal journal(dir.filePath(QStringLiteral("journal.json")));
    const std::optional<Error> e =
        journal.recordMany({entry(QStringLiteral("a"), ActionState::Sent, QStringLiteral("r"))});
    ASSERT_TRUE(e.has_value());
    EXPECT_EQ(e->kind, Error::Kind::Internal);
}
