// SPDX-License-Identifier: GPL-3.0-or-later
// JSON batching: per-item id, status, headers and body; the 20-request limit; dependsOn; per-item throttling.
#include "SandboxTestSupport.h"

#include <QJsonArray>

using namespace passcode::sandbox;
using namespace passcode::sandbox::testing;

namespace {

class sandbox_batch : public SandboxFixture
{
protected:
    void SetUp() override { startServer(testOptions(40)); }

    QJsonObject item(const Reply &r, const QString &id) const
    {
        for (const QJsonValue &v : r.json().value(QLatin1String("responses")).toArray()) {
            if (v.toObject().value(QLatin1String("id")).toString() == id)
                return v.toObject();
        }
        return {};
    }
    QString deviceId(int index) { return showcase()[index].toObject().value(QLatin1String("id")).toString(); }
};

QByteArray requests(const QJsonArray &items)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("requests"), items}}).toJson();
}

QJsonObject req(const QString &id, const QString &method, const QString &url)
{
    return QJsonObject{
        {QStringLiteral("id"), id}, {QStringLiteral("method"), method}, {QStringLiteral("url"), url}};
}

} // namespace

TEST_F(sandbox_batch, ItemsAnswerOneByOne)
{
    const QString dedicated = deviceId(10);
    const Reply r = post(
        QStringLiteral("/beta/$batch"),
        requests(
            {req(QStringLiteral("a"), QStringLiteral("GET"),
                 QStringLiteral("/deviceManagement/managedDevices/%1?$select=id,deviceName").arg(dedicated)),
             req(QStringLiteral("b"), QStringLiteral("POST"),
                 QStringLiteral("deviceManagement/managedDevices/%1/resetPasscode").arg(dedicated)),
             req(QStringLiteral("c"), QStringLiteral("GET"),
                 QStringLiteral("/deviceManagement/managedDevices/00000000-0000-4000-8000-000000000000")),
             req(QStringLiteral("d"), QStringLiteral("GET"),
                 QStringLiteral("/deviceManagement/remoteActionAudits?$top=1"))}));
    ASSERT_EQ(r.status, 200) << r.body.toStdString();
    EXPECT_EQ(r.json().value(QLatin1String("responses")).toArray().size(), 4);
    const QJsonObject a = item(r, QStringLiteral("a"));
    EXPECT_EQ(a.value(QLatin1String("status")).toInt(), 200);
    EXPECT_EQ(a.value(QLatin1String("body")).toObject().value(QLatin1String("id")).toString(), dedicated);
    EXPECT_TRUE(a.value(QLatin1String("headers"))
                    .toObject()
                    .value(QLatin1String("Content-Type"))
                    .toString()
                    .startsWith(QLatin1String("application/json")));
    const QJsonObject b = item(r, QStringLiteral("b"));
    EXPECT_EQ(b.value(QLatin1String("status")).toInt(), 204);
    EXPECT_TRUE(b.value(QLatin1String("body")).isNull());
    EXPECT_EQ(item(r, QStringLiteral("c")).value(QLatin1String("status")).toInt(), 404);
    EXPECT_EQ(item(r, QStringLiteral("c"))
                  .value(QLatin1String("body"))
                  .toObject()
                  .value(QLatin1String("error"))
                  .toObject()
                  .value(QLatin1String("code"))
                  .toString(),
              QLatin1String("itemNotFound"));
    EXPECT_EQ(item(r, QStringLiteral("d")).value(QLatin1String("status")).toInt(), 200);
    // The action really happened.
    const QJsonArray results = device(dedicated).value(QLatin1String("deviceActionResults")).toArray();
    ASSERT_EQ(results.size(), 1);
    EXPECT_EQ(results[0].toObject().value(QLatin1String("actionState")).toString(), QLatin1String("pending"));
    // v1.0 batches resolve relative urls against v1.0: audits are beta-only.
    const Reply v1 = post(QStringLiteral("/v1.0/$batch"),
                          requests({req(QStringLiteral("1"), QStringLiteral("GET"),
                                        QStringLiteral("/deviceManagement/remoteActionAudits"))}));
    EXPECT_EQ(item(v1, QStringLiteral("1")).value(QLatin1String("status")).toInt(), 400);
}

TEST_F(sandbox_batch, MalformedBatchesAnswer400)
{
    QJsonArray twentyOne;
    for (int k = 0; k < 21; ++k)
        twentyOne.append(req(QString::number(k), QStringLiteral("GET"),
                             QStringLiteral("/deviceManagement/managedDevices?$top=1")));
    EXPECT_EQ(post(QStringLiteral("/v1.0/$batch"), requests(twentyOne)).status, 400);
    twentyOne.removeLast();
    EXPECT_EQ(post(QStringLiteral("/v1.0/$batch"), requests(twentyOne)).status, 200);
    EXPECT_EQ(post(QStringLiteral("/v1.0/$batch"), "{}").status, 400);
    EXPECT_EQ(post(QStringLiteral("/v1.0/$batch"), R"({"requests":[]})").status, 400);
    EXPECT_EQ(post(QStringLiteral("/v1.0/$batch"),
                   requests({req(QStringLiteral("1"), QStringLiteral("GET"), QStringLiteral("/me")),
                             req(QStringLiteral("1"), QStringLiteral("GET"), QStringLiteral("/me"))}))
                  .status,
              400);
    EXPECT_EQ(post(QStringLiteral("/v1.0/$batch"),
                   requests({req(QStringLiteral("1"), QStringLiteral("FETCH"), QStringLiteral("/me"))}))
                  .status,
              400);
    EXPECT_EQ(post(QStringLiteral("/v1.0/$batch"),
                   requests({req(QStringLiteral("1"), QStringLiteral("GET"),
                                 QStringLiteral("https://graph.microsoft.com/v1.0/me"))}))
                  .status,
              400);
    EXPECT_EQ(post(QStringLiteral("/v1.0/$batch"),
                   requests({req(QStringLiteral("1"), QStringLiteral("GET"), QStringLiteral("/me"))}),
                   QString())
                  .status,
              401);
    EXPECT_EQ(get(QStringLiteral("/v1.0/$batch")).status, 405);
}

TEST_F(sandbox_batch, DependsOnOrdersAndFailsDependents)
{
    QJsonObject second = req(QStringLiteral("2"), QStringLiteral("GET"), QStringLiteral("/me"));
    second.insert(QStringLiteral("dependsOn"), QJsonArray{QStringLiteral("1")});
    QJsonObject third = req(QStringLiteral("3"), QStringLiteral("GET"), QStringLiteral("/me"));
    third.insert(QStringLiteral("dependsOn"), QJsonArray{QStringLiteral("4")});
    const Reply r = post(
        QStringLiteral("/v1.0/$batch"),
        requests({req(QStringLiteral("1"), QStringLiteral("GET"),
                      QStringLiteral("/deviceManagement/managedDevices/nope")),
                  second, third, req(QStringLiteral("4"), QStringLiteral("GET"), QStringLiteral("/me"))}));
    ASSERT_EQ(r.status, 200);
    EXPECT_EQ(item(r, QStringLiteral("1")).value(QLatin1String("status")).toInt(), 404);
    EXPECT_EQ(item(r, QStringLiteral("2")).value(QLatin1String("status")).toInt(), 424);
    EXPECT_EQ(item(r, QStringLiteral("3")).value(QLatin1String("status")).toInt(), 200);
    QJsonObject loop = req(QStringLiteral("x"), QStringLiteral("GET"), QStringLiteral("/me"));
    loop.insert(QStringLiteral("dependsOn"), QJsonArray{QStringLiteral("missing")});
    EXPECT_EQ(post(QStringLiteral("/v1.0/$batch"), requests({loop})).status, 400);
    // A body needs a Content-Type header inside the item.
    QJsonObject withBody =
        req(QStringLiteral("b"), QStringLiteral("POST"),
            QStringLiteral("/deviceManagement/managedDevices/%1/resetPasscode").arg(deviceId(11)));
    withBody.insert(QStringLiteral("body"), QJsonObject());
    EXPECT_EQ(item(post(QStringLiteral("/v1.0/$batch"), requests({withBody})), QStringLiteral("b"))
                  .value(QLatin1String("status"))
                  .toInt(),
              400);
    withBody.insert(QStringLiteral("headers"),
                    QJsonObject{{QStringLiteral("Content-Type"), QStringLiteral("application/json")}});
    EXPECT_EQ(item(post(QStringLiteral("/v1.0/$batch"), requests({withBody})), QStringLiteral("b"))
                  .value(QLatin1String("status"))
                  .toInt(),
              204);
}

TEST_F(sandbox_batch, ItemsAreThrottledIndividually)
{
    control(QStringLiteral("throttle"),
            QJsonObject{{QStringLiteral("scale"), 0.01}}); // 2 writes / 20 s per app
    QJsonArray items;
    for (int k = 0; k < 4; ++k)
        items.append(
            req(QString::number(k), QStringLiteral("POST"),
                QStringLiteral("/deviceManagement/managedDevices/%1/resetPasscode").arg(deviceId(10 + k))));
    const Reply r = post(QStringLiteral("/v1.0/$batch"), requests(items));
    ASSERT_EQ(r.status, 200);
    QList<int> statuses;
    for (int k = 0; k < 4; ++k)
        statuses.append(item(r, QString::number(k)).value(QLatin1String("status")).toInt());
    EXPECT_EQ(statuses, (QList<int>{204, 204, 429, 429}));
    const QJsonObject throttled = item(r, QStringLiteral("2"));
    const double retryAfter = throttled.value(QLatin1String("headers"))
                                  .toObject()
                                  .value(QLatin1String("Retry-After"))
                                  .toString()
                                  .toDouble();
    EXPECT_GT(retryAfter, 0.0);
    EXPECT_LE(retryAfter, 20.0);
    EXPECT_EQ(throttled.value(QLatin1String("body"))
                  .toObject()
                  .value(QLatin1String("error"))
                  .toObject()
                  .value(QLatin1String("code"))
                  .toString(),
              QLatin1String("TooManyRequests"));
}
