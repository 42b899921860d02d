// SPDX-License-Identifier: GPL-3.0-or-later
// app/ctl/BulkFormat: a bulk run's plan text, JSON lines, exit codes and runs table, without a process.
#include "app/ctl/BulkFormat.h"
#include "app/ctl/ExitCode.h"

#include <gtest/gtest.h>

using namespace passcode;
using namespace passcode::ctl;
using actions::RunItemStatus;
using actions::SkipReason;

namespace {

actions::PlanItem planned(const QString &id, const QString &name, actions::RemoteAction action)
{
    actions::PlanItem p;
    p.deviceId = id;
    p.deviceName = name;
    p.action = action;
    p.scope = eligibility::Scope::Device;
    p.cautions = {QStringLiteral("A policy must require a passcode.")};
    return p;
}

actions::PlanItem skipped(const QString &id, const QString &name, SkipReason reason)
{
    actions::PlanItem p;
    p.deviceId = id;
    p.deviceName = name;
    p.skip = reason;
    p.skipText = QStringLiteral("why not");
    return p;
}

} // namespace

TEST(ctl_BulkFormat, ExitCodes)
{
    actions::BulkRunProgress p;
    p.total = 5;
    p.skipped = 5;
    EXPECT_EQ(BulkFormat::exitCodeOf(p, false), ExitNotEligible);
    p.skipped = 1;
    p.accepted = 3;
    p.pending = 1;
    EXPECT_EQ(BulkFormat::exitCodeOf(p, false), ExitSuccess) << "accepted is success without --wait";
    EXPECT_EQ(BulkFormat::exitCodeOf(p, true), ExitOutcomeUnknown) << "with --wait, not finished";
    p.accepted = 0;
    p.pending = 0;
    p.done = 4;
    EXPECT_EQ(BulkFormat::exitCodeOf(p, true), ExitSuccess);
    p.done = 3;
    p.unknown = 1;
    EXPECT_EQ(BulkFormat::exitCodeOf(p, true), ExitOutcomeUnknown);
    p.done = 2;
    p.notSupported = 1;
    EXPECT_EQ(BulkFormat::exitCodeOf(p, false), ExitActionFailed) << "a failure outranks an unknown";
}

TEST(ctl_BulkFormat, DeviceJsonLines)
{
    actions::BulkRunItem item;
    item.plan =
        planned(QStringLiteral("id-1"), QStringLiteral("KIOSK-1"), actions::RemoteAction::ResetPasscode);
    item.status = RunItemStatus::Failed;
    item.errorCode = 3;
    item.likelyCause = QStringLiteral("Likely cause: no passcode policy.");
    const QJsonObject o = BulkFormat::itemJson(item, std::nullopt);
    EXPECT_EQ(o.value(u"deviceId").toString(), QStringLiteral("id-1"));
    EXPECT_EQ(o.value(u"action").toString(), QStringLiteral("resetPasscode"));
    EXPECT_EQ(o.value(u"state").toString(), QStringLiteral("failed"));
    EXPECT_TRUE(o.value(u"skipReason").isNull());
    EXPECT_EQ(o.value(u"errorCode").toInt(), 3);
    EXPECT_EQ(o.value(u"likelyCause").toString(), item.likelyCause);
    EXPECT_FALSE(o.contains(u"passcode"));

    item.status = RunItemStatus::Done;
    item.likelyCause.clear();
    const QJsonObject shown = BulkFormat::itemJson(item, QStringLiteral("123456"));
    EXPECT_EQ(shown.value(u"passcode").toString(), QStringLiteral("123456"));
    EXPECT_TRUE(shown.value(u"likelyCause").isNull());

    actions::BulkRunItem skip;
    skip.plan = skipped(QStringLiteral("id-2"), QStringLiteral("MAC"), SkipReason::NotEligible);
    skip.status = RunItemStatus::Skipped;
    EXPECT_EQ(BulkFormat::itemJson(skip, std::nullopt).value(u"skipReason").toString(),
              QStringLiteral("notEligible"));

    const DeviceSelection::Unresolved u{DeviceEntry{QStringLiteral("KIOSK"), 4},
                                        DeviceSelection::Problem::Ambiguous,
                                        {QStringLiteral("a"), QStringLiteral("b")}};
    const QJsonObject unresolved = BulkFormat::unresolvedJson(u);
    EXPECT_TRUE(unresolved.value(u"deviceId").isNull());
    EXPECT_EQ(unresolved.value(u"skipReason").toString(), QStringLiteral("ambiguous"));
    EXPECT_EQ(unresolved.value(u"line").toInt(), 4);
    EXPECT_EQ(unresolved.value(u"candidates").toArray().size(), 2);
}

TEST(ctl_BulkFormat, TextNeutralisesServiceText)
{
    actions::BulkRunItem item;
    item.plan = planned(QStringLiteral("id-1"), QStringLiteral("EVIL\x1b]0;owned\x07\nfake line"),
                        actions::RemoteAction::RemovePasscode);
    item.status = RunItemStatus::Accepted;
    const QString line = BulkFormat::itemLine(item, std::nullopt);
    EXPECT_FALSE(line.contains(QChar(0x1b)));
    EXPECT_FALSE(line.contains(u'\n'));
    EXPECT_TRUE(line.contains(QStringLiteral("accepted")));
}

TEST(ctl_BulkFormat, PlanTextCountsAndGroupsSkippedDevices)
{
    actions::BulkPlan plan;
    for (int i = 0; i < 3; ++i)
        plan.items.append(planned(QStringLiteral("r%1").arg(i), QStringLiteral("KIOSK-%1").arg(i),
                                  actions::RemoteAction::ResetPasscode));
    plan.items.append(
        planned(QStringLiteral("i1"), QStringLiteral("IPAD-1"), actions::RemoteAction::RemovePasscode));
    for (int i = 0; i < 4; ++i)
        plan.items.append(
            skipped(QStringLiteral("m%1").arg(i), QStringLiteral("MAC-%1").arg(i), SkipReason::NotEligible));
    plan.items.append(skipped(QStringLiteral("p1"), QStringLiteral("BUSY-1"), SkipReason::AlreadyPending));
    const QList<DeviceSelection::Unresolved> unresolved{
        {DeviceEntry{QStringLiteral("NOPE"), 7}, DeviceSelection::Problem::NotFound, {}}};
    const QString text = BulkFormat::planText(plan, unresolved, QStringLiteral("fleet.txt"),
                                              QStringLiteral("contoso"), /*listed=*/2);
    EXPECT_TRUE(text.contains(QStringLiteral("contoso")));
    EXPECT_TRUE(text.contains(QStringLiteral("MAC-0: why not")));
    EXPECT_TRUE(text.contains(QStringLiteral("MAC-1")));
    EXPECT_FALSE(text.contains(QStringLiteral("MAC-2"))) << "only the first of a group are listed";
    EXPECT_TRUE(text.contains(QStringLiteral("BUSY-1")));
    EXPECT_TRUE(text.contains(QStringLiteral("'NOPE' (fleet.txt, line 7)"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("A policy must require a passcode."))) << "cautions are shown";
}

TEST(ctl_BulkFormat, RunsTableAndJson)
{
    actions::RunRecord r;
    r.id = QStringLiteral("6f1c0000-0000-0000-0000-000000000001");
    r.ticket = QStringLiteral("INC-1");
    r.state = actions::RunState::Paused;
    r.pauseReason = QStringLiteral("disk full");
    actions::RunRecordItem sent;
    sent.deviceId = QStringLiteral("a");
    sent.action = actions::RemoteAction::ResetPasscode;
    sent.sent = true;
    sent.status = RunItemStatus::Done;
    actions::RunRecordItem notSent = sent;
    notSent.deviceId = QStringLiteral("b");
    notSent.sent = false;
    notSent.status = RunItemStatus::NotSent;
    r.items = {sent, notSent};
    EXPECT_TRUE(BulkFormat::runsTable({r}).contains(r.id));
    EXPECT_TRUE(BulkFormat::runsTable({}).contains(QStringLiteral("No bulk runs")));
    const QJsonObject o = BulkFormat::runsJson({r}).first().toObject();
    EXPECT_EQ(o.value(u"state").toString(), QStringLiteral("paused"));
    EXPECT_EQ(o.value(u"pauseReason").toString(), QStringLiteral("disk full"));
    EXPECT_EQ(o.value(u"devices").toInt(), 2);
    EXPECT_EQ(o.value(u"counts").toObject().value(u"done").toInt(), 1);
    EXPECT_EQ(o.value(u"counts").toObject().value(u"notSent").toInt(), 1);
    EXPECT_TRUE(o.value(u"interrupted").toBool());
}
