// SPDX-License-Identifier: GPL-3.0-or-later
// JournalFile: what a version does not understand is kept verbatim, a newer version is read but not writable,
// which entry keeps an action from a device, and the rules that keep a later write from undoing another
// process's entry.
#include "core/actions/JournalFile.h"
#include "core/actions/CallerCheck.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>

using namespace passcode;
using namespace passcode::actions;

namespace {

const QDateTime kT0(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);

TrackedAction action(const QString &device, ActionState state, const QDateTime &requestedAt = kT0,
                     RemoteAction kind = RemoteAction::ResetPasscode)
{
    TrackedAction a;
    a.key = ActionKey{device, kind};
    a.state = state;
    a.deviceName = QStringLiteral("Name of ") + device;
    a.initiatedBy = QStringLiteral("helpdesk@contoso.example");
    a.requestedAt = requestedAt;
    a.stateSince = requestedAt.addSecs(1);
    return a;
}

JournalFile parsed(const QByteArray &bytes)
{
    Result<JournalFile> file = JournalFile::parse(bytes);
    EXPECT_TRUE(file.hasValue()) << (file ? std::string() : file.error().message.toStdString());
    return file ? file.value() : JournalFile{};
}

QJsonObject root(const JournalFile &file)
{
    return QJsonDocument::fromJson(file.serialize()).object();
}

ActionState stateOf(const JournalFile &file, const QString &device)
{
    for (const TrackedAction &a : file.actions()) {
        if (a.key.deviceId == device)
            return a.state;
    }
    return ActionState::None;
}

const auto noneIsOwn = [](const TrackedAction &) {
    return false;
};

} // namespace

TEST(engine_JournalFile, WhatItDoesNotUnderstandIsKeptVerbatimOnRewrite)
{
    JournalFile file = parsed(R"({"version":1,"futureSetting":{"a":[1,2]},"entries":[
        {"deviceId":"a","action":"resetPasscode","state":"pending","requestedAt":"2026-11-01T09:00:00.000Z",
         "rotation":{"keyId":"k-7"}},
        {"deviceId":"b","action":"rotateRecoveryKey","state":"pending","by":"v2"},
        {"deviceId":"c","action":"resetPasscode","state":"queuedAtGateway"},
        "not an object",
        {"deviceId":"d","action":"resetPasscode","state":"done","requestedAt":"2026-11-01T09:00:00.000Z"}]})");
    ASSERT_TRUE(file.writable());
    EXPECT_EQ(file.actions().size(), 2);

    // A later state of "a" (the same action) and a new action.
    EXPECT_TRUE(file.update(action(QStringLiteral("a"), ActionState::Done)));
    file.put(action(QStringLiteral("e"), ActionState::Sent));
    const QJsonObject out = root(file);
    EXPECT_EQ(out.value(u"futureSetting").toObject().value(u"a").toArray().size(), 2);
    const QJsonArray entries = out.value(u"entries").toArray();
    ASSERT_EQ(entries.size(), 6);
    const QJsonObject a = entries.at(0).toObject();
    EXPECT_EQ(a.value(u"state").toString(), QStringLiteral("done"));
    EXPECT_EQ(a.value(u"rotation").toObject().value(u"keyId").toString(), QStringLiteral("k-7"));
    EXPECT_EQ(entries.at(1).toObject(),
              (QJsonObject{{QStringLiteral("deviceId"), QStringLiteral("b")},
                           {QStringLiteral("action"), QStringLiteral("rotateRecoveryKey")},
                           {QStringLiteral("state"), QStringLiteral("pending")},
                           {QStringLiteral("by"), QStringLiteral("v2")}}));
    EXPECT_EQ(entries.at(2).toObject().value(u"state").toString(), QStringLiteral("queuedAtGateway"));
    EXPECT_EQ(entries.at(3).toString(), QStringLiteral("not an object"));
    EXPECT_EQ(entries.at(5).toObject().value(u"deviceId").toString(), QStringLiteral("e"));
}

TEST(engine_JournalFile, AnEntryNotUnderstoodIsNeverReplaced)
{
    JournalFile file = parsed(R"({"version":1,"entries":[
        {"deviceId":"c","action":"resetPasscode","state":"queuedAtGateway","requestedAt":"x"}]})");
    EXPECT_FALSE(file.update(action(QStringLiteral("c"), ActionState::Done)));
    EXPECT_TRUE(file.actions().isEmpty());
    EXPECT_EQ(root(file).value(u"entries").toArray().first().toObject().value(u"state").toString(),
              QStringLiteral("queuedAtGateway"));
}

TEST(engine_JournalFile, VersionIsChecked)
{
    EXPECT_TRUE(parsed(R"({"entries":[]})").writable()); // written before "version" existed
    EXPECT_TRUE(parsed(R"({"version":1,"entries":[]})").writable());

    const JournalFile newer = parsed(R"({"version":2,"entries":[
        {"deviceId":"a","action":"resetPasscode","state":"pending"}]})");
    EXPECT_FALSE(newer.writable());
    EXPECT_EQ(newer.version(), 2);
    ASSERT_EQ(newer.actions().size(), 1); // still read as far as it goes

    const JournalFile otherLayout = parsed(R"({"version":3,"journal":{"rows":[]}})");
    EXPECT_FALSE(otherLayout.writable());
    EXPECT_TRUE(otherLayout.actions().isEmpty());

    for (const char *odd : {R"({"version":"1","entries":[]})", R"({"version":1e300,"entries":[]})",
                            R"({"version":-1,"entries":[]})", R"({"version":1.5,"entries":[]})"}) {
        const JournalFile f = parsed(odd);
        EXPECT_FALSE(f.writable()) << odd;
        EXPECT_EQ(f.version(), 0) << odd;
    }
}

TEST(engine_JournalFile, NotAJournalIsAParseError)
{
    for (const char *bad : {"", "not json", "[1,2]", R"({"version":1})", R"({"version":1,"entries":{}})",
                            R"({"version":1,"entries":[)"}) {
        const Result<JournalFile> f = JournalFile::parse(bad);
        ASSERT_FALSE(f.hasValue()) << bad;
        EXPECT_EQ(f.error().kind, Error::Kind::Parse) << bad;
    }
}

TEST(engine_JournalFile, AnyPasscodeActionInFlightOnTheDeviceBlocks)
{
    JournalFile file;
    file.put(action(QStringLiteral("dev"), ActionState::Pending, kT0, RemoteAction::RemovePasscode));
    file.put(action(QStringLiteral("done"), ActionState::Done));
    file.put(action(QStringLiteral("unknown"), ActionState::Unknown));

    const std::optional<InFlightEntry> blocker = file.blockerFor(QStringLiteral("dev"), noneIsOwn);
    ASSERT_TRUE(blocker.has_value());
    ASSERT_TRUE(blocker->action.has_value());
    EXPECT_EQ(blocker->action->key.action, RemoteAction::RemovePasscode);
    EXPECT_TRUE(
        file.blockerFor(QStringLiteral("unknown"), noneIsOwn).has_value()); // never sent again blindly
    EXPECT_FALSE(file.blockerFor(QStringLiteral("done"), noneIsOwn).has_value());
    EXPECT_FALSE(file.blockerFor(QStringLiteral("other"), noneIsOwn).has_value());
    // The caller's own action is its tracker's business.
    EXPECT_FALSE(
        file.blockerFor(QStringLiteral("dev"), [](const TrackedAction &) { return true; }).has_value());
}

TEST(engine_JournalFile, ANewerVersionsEntryBlocksUnlessItIsFinished)
{
    const JournalFile file = parsed(R"({"version":1,"entries":[
        {"deviceId":"a","action":"rotateRecoveryKey","state":"pending"},
        {"deviceId":"b","action":"resetPasscode","state":"queuedAtGateway"},
        {"deviceId":"c","action":"rotateRecoveryKey","state":"done"}]})");
    const std::optional<InFlightEntry> a = file.blockerFor(QStringLiteral("a"), noneIsOwn);
    ASSERT_TRUE(a.has_value());
    EXPECT_FALSE(a->action.has_value());
    EXPECT_EQ(a->object.value(u"action").toString(), QStringLiteral("rotateRecoveryKey"));
    EXPECT_TRUE(file.blockerFor(QStringLiteral("b"), noneIsOwn).has_value());
    EXPECT_FALSE(file.blockerFor(QStringLiteral("c"), noneIsOwn).has_value());
}

TEST(engine_JournalFile, ALaterWriteNeverStepsTheSameActionBack)
{
    JournalFile file;
    file.put(action(QStringLiteral("d"), ActionState::Sent));
    EXPECT_TRUE(file.update(action(QStringLiteral("d"), ActionState::Pending)));
    // Another process's late "accepted" of the same action: it knows less.
    EXPECT_FALSE(file.update(action(QStringLiteral("d"), ActionState::Accepted)));
    EXPECT_EQ(stateOf(file, QStringLiteral("d")), ActionState::Pending);
    EXPECT_TRUE(file.update(action(QStringLiteral("d"), ActionState::Done)));
    EXPECT_FALSE(file.update(action(QStringLiteral("d"), ActionState::Active)));
    EXPECT_FALSE(file.update(action(QStringLiteral("d"), ActionState::None))); // Graph's end stays
    EXPECT_EQ(stateOf(file, QStringLiteral("d")), ActionState::Done);

    // "Not processed" is a guess: Graph's pending beats it.
    file.put(action(QStringLiteral("g"), ActionState::None));
    EXPECT_TRUE(file.update(action(QStringLiteral("g"), ActionState::Pending)));
    EXPECT_EQ(stateOf(file, QStringLiteral("g")), ActionState::Pending);
}

TEST(engine_JournalFile, AnotherProcessesNewerActionIsNeverOverwritten)
{
    JournalFile file;
    const QDateTime later = kT0.addSecs(3600);
    file.put(action(QStringLiteral("d"), ActionState::Sent, later)); // claimed by another process
    // This process still follows the previous action of the device and kind.
    EXPECT_FALSE(file.update(action(QStringLiteral("d"), ActionState::Done, kT0)));
    ASSERT_EQ(file.actions().size(), 1);
    EXPECT_EQ(file.actions().first().requestedAt, later);
    EXPECT_EQ(file.actions().first().state, ActionState::Sent);

    // A newer action seen in Graph replaces a finished older one, but not one in flight.
    file.put(action(QStringLiteral("f"), ActionState::Done, kT0));
    EXPECT_TRUE(file.update(action(QStringLiteral("f"), ActionState::Pending, later)));
    file.put(action(QStringLiteral("p"), ActionState::Pending, kT0));
    EXPECT_FALSE(file.update(action(QStringLiteral("p"), ActionState::Pending, later)));
    // Within the clock skew, an action seen in Graph is the one another process journaled.
    file.put(action(QStringLiteral("s"), ActionState::Done, kT0));
    EXPECT_FALSE(file.update(action(QStringLiteral("s"), ActionState::Done, kT0.addSecs(20))));
}

TEST(engine_JournalFile, PruneKeepsWhatIsInFlightOrNotUnderstood)
{
    JournalFile file = parsed(R"({"version":1,"entries":[
        {"deviceId":"x","action":"rotateRecoveryKey","state":"done","stateSince":"2020-01-01T00:00:00Z"}]})");
    TrackedAction old = action(QStringLiteral("old"), ActionState::Done);
    old.stateSince = kT0.addDays(-60);
    file.put(old);
    TrackedAction oldPending = action(QStringLiteral("old-pending"), ActionState::Pending);
    oldPending.stateSince = kT0.addDays(-60);
    file.put(oldPending);
    for (int i = 0; i < 5; ++i) {
        TrackedAction a = action(QStringLiteral("n%1").arg(i), ActionState::Done);
        a.stateSince = kT0.addSecs(i);
        file.put(a);
    }
    file.prune(kT0.addDays(-30), 4, {});
    QStringList ids;
    for (const TrackedAction &a : file.actions())
        ids.append(a.key.deviceId);
    EXPECT_EQ(ids, (QStringList{QStringLiteral("old-pending"), QStringLiteral("n3"), QStringLiteral("n4")}));
    EXPECT_EQ(file.entries().size(), 4); // and the newer version's entry
    EXPECT_FALSE(file.entries().first().action.has_value());
}

namespace {

CallerCheck callerCheck(const QString &device, const QDateTime &at)
{
    return CallerCheck{device, QStringLiteral("Name of ") + device,
                       QStringLiteral("helpdesk@contoso.example"), at, QStringLiteral("Contoso")};
}

} // namespace

TEST(engine_JournalFile, CallerChecksAreAddedBesideTheEntriesAndBounded)
{
    // A newer version's check (no verifiedAt it understands) and an unknown root member are kept; checks
    // older than the cutoff go; past the cap the oldest go.
    JournalFile file = parsed(R"({"version":1,"entries":[],"future":{"x":1},
        "callerChecks":[{"deviceId":"old","verifiedAt":"2026-09-01T09:00:00Z"},{"deviceId":"v9","how":"badge"}]})");
    file.put(action(QStringLiteral("d1"), ActionState::Sent));
    file.addCallerCheck(callerCheck(QStringLiteral("d1"), kT0), kT0.addDays(-30), 3);
    file.addCallerCheck(callerCheck(QStringLiteral("d2"), kT0.addSecs(60)), kT0.addDays(-30), 3);
    const JournalFile again = parsed(file.serialize());
    const QList<CallerCheck> checks = again.callerChecks();
    ASSERT_EQ(checks.size(), 2);
    EXPECT_EQ(checks.at(0).deviceId, QStringLiteral("d1"));
    EXPECT_EQ(checks.at(0).verifiedBy, QStringLiteral("helpdesk@contoso.example"));
    EXPECT_EQ(checks.at(0).verifiedAt, kT0);
    EXPECT_EQ(checks.at(1).deviceId, QStringLiteral("d2"));
    const QJsonObject r = root(again);
    EXPECT_EQ(r.value(u"callerChecks").toArray().size(), 3); // "v9" kept verbatim, "old" dropped
    EXPECT_EQ(r.value(u"callerChecks").toArray().at(0).toObject().value(u"how").toString(),
              QStringLiteral("badge"));
    EXPECT_TRUE(r.contains(u"future"));
    EXPECT_EQ(again.actions().size(), 1);

    file.addCallerCheck(callerCheck(QStringLiteral("d3"), kT0.addSecs(120)), kT0.addDays(-30), 3);
    const QJsonArray capped = root(file).value(u"callerChecks").toArray();
    ASSERT_EQ(capped.size(), 3);
    EXPECT_EQ(capped.at(0).toObject().value(u"deviceId").toString(), QStringLiteral("d1"));
    EXPECT_EQ(capped.at(2).toObject().value(u"deviceId").toString(), QStringLiteral("d3"));
}
