// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/actions/AuditJson.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QJsonDocument>

using namespace passcode;
using namespace passcode::actions;

namespace {

QJsonObject sharedSample()
{
    QFile f(QStringLiteral(PASSCODE_SHARED_DIR
                           "/reference/examples/remoteActionAudits-list-beta.doc-sample.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QJsonObject audit(const QString &id, const QString &device, const QString &action, const QString &state,
                  const QString &when)
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("managedDeviceId"), device},
        {QStringLiteral("deviceDisplayName"), QString(QStringLiteral("Name ") + device)},
        {QStringLiteral("action"), action},
        {QStringLiteral("actionState"), state},
        {QStringLiteral("requestDateTime"), when},
        {QStringLiteral("initiatedByUserPrincipalName"), QStringLiteral("admin@contoso.example")}};
}

TrackedAction tracked(const QString &device, RemoteAction action, ActionState state, const QDateTime &at)
{
    TrackedAction a;
    a.key = ActionKey{device, action};
    a.state = state;
    a.deviceName = QStringLiteral("Name ") + device;
    a.initiatedBy = QStringLiteral("me@contoso.example");
    a.requestedAt = at;
    return a;
}

} // namespace

TEST(engine_AuditJson, ParsesMicrosoftsSample)
{
    const QJsonObject page = sharedSample();
    ASSERT_TRUE(page.value(u"value").isArray()) << "shared sample missing";
    const AuditJson::Page parsed = AuditJson::parseItems(page.value(u"value").toArray());
    ASSERT_EQ(parsed.rows.size(), 1);
    const RemoteActionAudit &r = parsed.rows.first();
    EXPECT_EQ(r.id, QStringLiteral("477f8d24-8d24-477f-248d-7f47248d7f47"));
    EXPECT_EQ(r.action, QStringLiteral("factoryReset"));
    EXPECT_EQ(r.actionState, ActionState::Pending);
    EXPECT_EQ(r.deviceDisplayName, QStringLiteral("Device Display Name value"));
    EXPECT_EQ(r.managedDeviceId, QStringLiteral("Managed Device Id value"));
    EXPECT_EQ(r.initiatedByUserPrincipalName, QStringLiteral("Initiated By User Principal Name value"));
    EXPECT_EQ(r.deviceImei, QStringLiteral("Device IMEI value"));
    // 2017-01-01T00:03:07.1589002-08:00 → UTC, to the millisecond
    EXPECT_EQ(r.requestDateTime, QDateTime(QDate(2017, 1, 1), QTime(8, 3, 7, 159), Qt::UTC));
    EXPECT_FALSE(r.fromJournal);
    EXPECT_TRUE(parsed.problems.isEmpty()) << parsed.problems.join(u'\n').toStdString();
}

TEST(engine_AuditJson, KeepsUnknownActionsAndReportsUnknownStates)
{
    QJsonArray items;
    items.append(audit(QStringLiteral("1"), QStringLiteral("d1"), QStringLiteral("suspendManagedHomeScreen"),
                       QStringLiteral("done"), QStringLiteral("2026-11-01T09:00:00Z")));
    items.append(audit(QStringLiteral("2"), QStringLiteral("d2"), QStringLiteral("resetPasscode"),
                       QStringLiteral("halfway"), QStringLiteral("2026-11-01T09:00:00Z")));
    QJsonObject noState = audit(QStringLiteral("3"), QStringLiteral("d3"), QStringLiteral("resetPasscode"),
                                {}, QStringLiteral("not a date"));
    noState.remove(QStringLiteral("actionState"));
    items.append(noState);
    items.append(QJsonValue(42));
    items.append(QJsonObject{{QStringLiteral("action"), QStringLiteral("resetPasscode")}}); // no id
    QJsonObject wrongTypes = audit(QStringLiteral("4"), QStringLiteral("d4"), QStringLiteral("remoteLock"),
                                   QStringLiteral("pending"), QStringLiteral("2026-11-01T09:00:00Z"));
    wrongTypes.insert(QStringLiteral("deviceDisplayName"), 12);
    items.append(wrongTypes);

    const AuditJson::Page page = AuditJson::parseItems(items);
    ASSERT_EQ(page.rows.size(), 4);
    EXPECT_EQ(page.skipped, 2);
    EXPECT_EQ(page.rows.at(0).action, QStringLiteral("suspendManagedHomeScreen"));
    EXPECT_EQ(page.rows.at(0).actionState, ActionState::Done);
    EXPECT_EQ(page.rows.at(1).actionState, ActionState::None);
    EXPECT_EQ(page.rows.at(2).actionState, ActionState::None);
    EXPECT_FALSE(page.rows.at(2).requestDateTime.isValid());
    EXPECT_TRUE(page.rows.at(3).deviceDisplayName.isEmpty());
    const QString all = page.problems.join(u'\n');
    EXPECT_TRUE(all.contains(QStringLiteral("halfway")));
    EXPECT_TRUE(all.contains(QStringLiteral("3: actionState")));
    EXPECT_TRUE(all.contains(QStringLiteral("3: requestDateTime")));
    EXPECT_TRUE(all.contains(QStringLiteral("4: deviceDisplayName")));
    EXPECT_TRUE(all.contains(QStringLiteral("item 3")));
}

TEST(engine_AuditJson, MergeAddsTrackedActionsTheFeedDoesNotShowNewestFirst)
{
    const QDateTime t0(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
    QList<RemoteActionAudit> feed;
    QJsonArray items;
    items.append(audit(QStringLiteral("f1"), QStringLiteral("d1"), QStringLiteral("resetPasscode"),
                       QStringLiteral("pending"), t0.addSecs(60).toString(Qt::ISODate)));
    items.append(audit(QStringLiteral("f2"), QStringLiteral("d9"), QStringLiteral("factoryReset"),
                       QStringLiteral("done"), t0.addSecs(-3600).toString(Qt::ISODate)));
    feed = AuditJson::parseItems(items).rows;

    const QList<TrackedAction> mine{
        tracked(QStringLiteral("d1"), RemoteAction::ResetPasscode, ActionState::Pending, t0), // in the feed
        tracked(QStringLiteral("d2"), RemoteAction::RemovePasscode, ActionState::Accepted, t0.addSecs(600)),
        tracked(QStringLiteral("d1"), RemoteAction::PinReset, ActionState::Unknown, t0.addSecs(30)),
        tracked(QStringLiteral("d3"), RemoteAction::ResetPasscode, ActionState::Done, t0.addDays(-2)),
    };
    const QList<RemoteActionAudit> rows = AuditJson::merge(feed, mine);
    ASSERT_EQ(rows.size(), 5);
    QStringList order;
    for (const RemoteActionAudit &r : rows)
        order.append(r.id);
    EXPECT_EQ(order, (QStringList{QStringLiteral("journal:d2:removePasscode"), QStringLiteral("f1"),
                                  QStringLiteral("journal:d1:pinReset"), QStringLiteral("f2"),
                                  QStringLiteral("journal:d3:resetPasscode")}));
    EXPECT_TRUE(rows.at(0).fromJournal);
    EXPECT_EQ(rows.at(0).action, QStringLiteral("resetPasscode")); // Graph's member for a removal
    EXPECT_EQ(rows.at(0).actionState, ActionState::Accepted);
    EXPECT_EQ(rows.at(2).action, QStringLiteral("recoverPasscode"));
    EXPECT_FALSE(rows.at(1).fromJournal);
}

TEST(engine_AuditJson, AnOlderFeedRowOfTheSameDeviceDoesNotHideANewRequest)
{
    const QDateTime t0(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
    QJsonArray items;
    items.append(audit(QStringLiteral("old"), QStringLiteral("d1"), QStringLiteral("resetPasscode"),
                       QStringLiteral("done"), t0.addDays(-1).toString(Qt::ISODate)));
    const auto rows = AuditJson::merge(
        AuditJson::parseItems(items).rows,
        {tracked(QStringLiteral("d1"), RemoteAction::ResetPasscode, ActionState::Accepted, t0)});
    ASSERT_EQ(rows.size(), 2);
    EXPECT_TRUE(rows.first().fromJournal);
}

TEST(engine_AuditJson, ToJsonUsesGraphNamesAndStableStates)
{
    RemoteActionAudit r;
    r.id = QStringLiteral("x");
    r.action = QStringLiteral("resetPasscode");
    r.actionState = ActionState::NotSupported;
    r.requestDateTime = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
    const QJsonObject o = AuditJson::toJson(r);
    EXPECT_EQ(o.value(u"actionState").toString(), QStringLiteral("notSupported"));
    EXPECT_EQ(o.value(u"requestDateTime").toString(), QStringLiteral("2026-11-01T09:00:00.000Z"));
    EXPECT_EQ(o.value(u"fromJournal").toBool(), false);
    for (const char *key : {"id", "deviceDisplayName", "managedDeviceId", "initiatedByUserPrincipalName",
                            "deviceOwnerUserPrincipalName", "deviceIMEI", "action"})
        EXPECT_TRUE(o.contains(QLatin1String(key))) << key;
}
