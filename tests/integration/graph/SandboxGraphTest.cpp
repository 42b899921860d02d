// SPDX-License-Identifier: GPL-3.0-or-later
// GraphClient, GraphPager and GraphBatch against the sandbox tenant over real HTTP: paging, query encoding,
// batching, throttling, token expiry, permissions.
#include "SandboxGraphFixture.h"

#include "core/graph/GraphBatch.h"
#include "core/graph/GraphPager.h"

#include <QSet>

using namespace passcode::graph;
using namespace passcode::graph::integration;
using Kind = passcode::Error::Kind;

class graph_Sandbox : public SandboxGraphTest
{
};

namespace {

struct Paged
{
    QList<QJsonArray> pages;
    qint64 count = -1;
    std::optional<PagerOutcome> outcome;
};

Paged page(GraphClient &client, const GraphRequest &first)
{
    Paged out;
    GraphPager pager(&client, first);
    QObject::connect(&pager, &GraphPager::pageReceived, &pager,
                     [&out](const QJsonArray &items, int) { out.pages.append(items); });
    QObject::connect(&pager, &GraphPager::totalCountKnown, &pager, [&out](qint64 c) { out.count = c; });
    QObject::connect(&pager, &GraphPager::finished, &pager,
                     [&out](const PagerOutcome &o) { out.outcome = o; });
    pager.start();
    EXPECT_TRUE(waitUntil([&out] { return out.outcome.has_value(); }, 120000));
    return out;
}

} // namespace

TEST_F(graph_Sandbox, PagesThroughEveryDeviceFollowingNextLinks)
{
    startSandbox(250);
    const Paged result =
        page(*client, GraphRequest::get(QStringLiteral("/deviceManagement/managedDevices"), ApiVersion::Beta)
                          .setSelect({QStringLiteral("id"), QStringLiteral("deviceName")})
                          .setTop(20)
                          .addQueryItem(QStringLiteral("$count"), QStringLiteral("true")));
    ASSERT_TRUE(result.outcome && result.outcome->ok())
        << qPrintable(result.outcome->error->toDisplayString());
    EXPECT_EQ(result.outcome->pages, 13);
    EXPECT_EQ(result.outcome->items, 250);
    EXPECT_EQ(result.count, 250);
    QSet<QString> ids;
    for (const QJsonArray &p : result.pages) {
        EXPECT_LE(p.size(), 20);
        for (const QJsonValue &v : p) {
            const QJsonObject device = v.toObject();
            ids.insert(device.value(QLatin1String("id")).toString());
            EXPECT_TRUE(device.contains(QLatin1String("deviceName")));
            EXPECT_FALSE(
                device.contains(QLatin1String("serialNumber"))); // $select was honoured on every page
        }
    }
    EXPECT_EQ(ids.size(), 250);
}

TEST_F(graph_Sandbox, FilterValuesSurviveTheWire)
{
    startSandbox(80);
    const GraphResult all = run(GraphRequest::get(QStringLiteral("/deviceManagement/managedDevices"))
                                    .setSelect({QStringLiteral("id"), QStringLiteral("deviceName"),
                                                QStringLiteral("operatingSystem")}));
    ASSERT_TRUE(all.ok());
    const QJsonObject target = all.json.value(QLatin1String("value")).toArray().at(5).toObject();
    const QString name = target.value(QLatin1String("deviceName")).toString();
    QString quoted = name;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    const GraphResult one =
        run(GraphRequest::get(QStringLiteral("/deviceManagement/managedDevices"))
                .setSelect({QStringLiteral("id"), QStringLiteral("deviceName")})
                .setFilter(QStringLiteral("deviceName eq '") + quoted + QLatin1Char('\'')));
    ASSERT_TRUE(one.ok()) << qPrintable(one.error->toDisplayString());
    const QJsonArray found = one.json.value(QLatin1String("value")).toArray();
    ASSERT_GE(found.size(), 1) << qPrintable(name);
    for (const QJsonValue &v : found)
        EXPECT_EQ(v.toObject().value(QLatin1String("deviceName")).toString(), name);

    const QString os = target.value(QLatin1String("operatingSystem")).toString();
    const GraphResult byOs = run(GraphRequest::get(QStringLiteral("/deviceManagement/managedDevices"))
                                     .setSelect({QStringLiteral("id"), QStringLiteral("operatingSystem")})
                                     .setFilter(QStringLiteral("operatingSystem eq '%1'").arg(os)));
    ASSERT_TRUE(byOs.ok());
    for (const QJsonValue &v : byOs.json.value(QLatin1String("value")).toArray())
        EXPECT_EQ(v.toObject().value(QLatin1String("operatingSystem")).toString(), os);
}

TEST_F(graph_Sandbox, RemoteActionIsAcceptedOnceAndAudited)
{
    startSandbox(40);
    const QString id = deviceIds(1).first();
    const QStringList before = auditIds();
    const qint64 sentBefore = actionsSent();
    const GraphResult r = run(resetPasscode(id));
    ASSERT_TRUE(r.ok()) << qPrintable(r.error->toDisplayString());
    EXPECT_EQ(r.status, 204);
    EXPECT_FALSE(r.requestId.isEmpty());
    EXPECT_EQ(actionsSent() - sentBefore, 1);
    const QList<QJsonObject> added = newAudits(before);
    ASSERT_EQ(added.size(), 1);
    EXPECT_EQ(added.first().value(QLatin1String("managedDeviceId")).toString(), id);
    EXPECT_EQ(added.first().value(QLatin1String("action")).toString(), QStringLiteral("resetPasscode"));
}

TEST_F(graph_Sandbox, UnknownDeviceIsNotFound)
{
    startSandbox(10);
    const GraphResult r = run(GraphRequest::get(
        QStringLiteral("/deviceManagement/managedDevices/00000000-0000-0000-0000-000000000000")));
    EXPECT_EQ(r.error->kind, Kind::NotFound);
    EXPECT_EQ(r.error->code, QStringLiteral("itemNotFound"));
    EXPECT_FALSE(r.error->requestId.isEmpty());
}

TEST_F(graph_Sandbox, BatchOf45ReadsIsThreeBatchRequests)
{
    startSandbox(60);
    const QStringList ids = deviceIds(45);
    QList<GraphRequest> requests;
    for (const QString &id : ids)
        requests.append(
            GraphRequest::get(QStringLiteral("/deviceManagement/managedDevices/") + id, ApiVersion::Beta)
                .setSelect({QStringLiteral("id"), QStringLiteral("deviceActionResults")})
                .setRequiredFields({QStringLiteral("id")}));
    GraphBatch batch(client.get(), requests);
    QSignalSpy finished(&batch, &GraphBatch::finished);
    batch.start();
    ASSERT_TRUE(finished.wait(60000));
    EXPECT_EQ(batch.batchRequestsSent(), 3);
    for (int i = 0; i < ids.size(); ++i) {
        const GraphResult &r = batch.results().at(i);
        ASSERT_TRUE(r.ok()) << i << qPrintable(r.error->toDisplayString());
        EXPECT_EQ(r.json.value(QLatin1String("id")).toString(), ids.at(i));
    }
}

TEST_F(graph_Sandbox, BatchItemsFailingWithServiceErrorsAreSentAgain)
{
    startSandbox(30);
    const QStringList ids = deviceIds(10);
    setFaults({{QStringLiteral("errorRate"), 1.0},
               {QStringLiteral("errorStatuses"), QJsonArray{503}},
               {QStringLiteral("target"), QStringLiteral("device")},
               {QStringLiteral("maxFaults"), 4}});
    QList<GraphRequest> requests;
    for (const QString &id : ids)
        requests.append(
            GraphRequest::get(QStringLiteral("/deviceManagement/managedDevices/") + id, ApiVersion::Beta)
                .setSelect({QStringLiteral("id")}));
    GraphBatch batch(client.get(), requests);
    QSignalSpy finished(&batch, &GraphBatch::finished);
    batch.start();
    ASSERT_TRUE(finished.wait(60000));
    EXPECT_EQ(faultsInjected(), 4);
    int retried = 0;
    for (int i = 0; i < ids.size(); ++i) {
        const GraphResult &r = batch.results().at(i);
        ASSERT_TRUE(r.ok()) << i;
        EXPECT_EQ(r.json.value(QLatin1String("id")).toString(), ids.at(i));
        retried += r.attempts > 1 ? 1 : 0;
    }
    EXPECT_EQ(retried, 4);
    EXPECT_EQ(batch.batchRequestsSent(), 2);
}

TEST_F(graph_Sandbox, ThrottledActionsAreAllAnsweredAndNoneSentTwice)
{
    // Limits at 2 % of Intune's: 4 writes and 40 requests per 20 s for this app.
    startSandbox(60, 0.02);
    RetryPolicy patient = policy();
    patient.maxAttempts = 30;
    client = makeClient(patient);
    const QStringList ids = deviceIds(12);
    const QStringList before = auditIds();
    const qint64 sentBefore = actionsSent();
    const auto ff = fastForward(2.0); // sandbox protocol time runs 100x: the 20 s windows pass in 0.2 s
    Results results;
    for (const QString &id : ids)
        results.track(client->send(resetPasscode(id)));
    for (int i = 0; i < 30; ++i)
        results.track(client->send(
            GraphRequest::get(QStringLiteral("/deviceManagement/managedDevices/") + ids.at(i % 12),
                              ApiVersion::Beta)
                .setSelect({QStringLiteral("id")})));
    ASSERT_TRUE(results.waitAll(120000));
    int throttledAttempts = 0;
    for (int i = 0; i < results.size(); ++i) {
        const GraphResult r = results.at(i);
        ASSERT_TRUE(r.ok()) << i << qPrintable(r.error->toDisplayString());
        throttledAttempts += r.attempts - 1;
    }
    EXPECT_GT(results.retries(), 0); // throttling really happened
    EXPECT_EQ(throttledAttempts, results.retries());
    EXPECT_EQ(actionsSent() - sentBefore, 12);
    QSet<QString> devices;
    const QList<QJsonObject> added = newAudits(before);
    for (const QJsonObject &audit : added)
        devices.insert(audit.value(QLatin1String("managedDeviceId")).toString());
    EXPECT_EQ(added.size(), 12);
    EXPECT_EQ(devices, QSet<QString>(ids.cbegin(), ids.cend()));
}

TEST_F(graph_Sandbox, ThrottledBatchItemsGoAgainInLaterBatches)
{
    startSandbox(60, 0.02);
    RetryPolicy patient = policy();
    patient.maxAttempts = 30;
    client = makeClient(patient);
    const QStringList ids = deviceIds(10);
    const qint64 sentBefore = actionsSent();
    const auto ff = fastForward(2.0);
    QList<GraphRequest> actions;
    for (const QString &id : ids)
        actions.append(resetPasscode(id));
    GraphBatch batch(client.get(), actions);
    batch.setRetryPolicy(patient);
    QSignalSpy finished(&batch, &GraphBatch::finished);
    batch.start();
    ASSERT_TRUE(finished.wait(120000));
    for (const GraphResult &r : batch.results())
        ASSERT_TRUE(r.ok()) << qPrintable(r.error->toDisplayString());
    EXPECT_GT(batch.batchRequestsSent(), 1); // only 4 writes fit in the first window
    EXPECT_EQ(actionsSent() - sentBefore, 10);
}

TEST_F(graph_Sandbox, ExpiredTokenIsRefreshedOnceAndRequestsReplayed)
{
    startSandbox(20);
    ASSERT_TRUE(run(GraphRequest::get(QStringLiteral("/me"))).ok());
    control("POST", QStringLiteral("/sandbox/tokens/expire"));
    Results results;
    for (int i = 0; i < 5; ++i)
        results.track(
            client->send(GraphRequest::get(QStringLiteral("/deviceManagement/managedDevices")).setTop(2)));
    ASSERT_TRUE(results.waitAll());
    for (int i = 0; i < results.size(); ++i)
        EXPECT_TRUE(results.at(i).ok()) << i;
    EXPECT_EQ(credentials->refreshes(), 1);
}

TEST_F(graph_Sandbox, MissingPrivilegedScopeNamesIt)
{
    startSandbox(20, 0.0, {QStringLiteral("DeviceManagementManagedDevices.Read.All")});
    const QString id = deviceIds(1).first();
    const qint64 sentBefore = actionsSent();
    const GraphResult r = run(resetPasscode(id));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error->kind, Kind::Permission);
    EXPECT_TRUE(
        r.error->message.contains(QLatin1String("DeviceManagementManagedDevices.PrivilegedOperations.All")))
        << qPrintable(r.error->message);
    EXPECT_FALSE(r.error->message.contains(QLatin1String("Read.All"))) << qPrintable(r.error->message);
    EXPECT_EQ(actionsSent(), sentBefore);
}

TEST_F(graph_Sandbox, MissingReadScopeNamesIt)
{
    startSandbox(20, 0.0, {QStringLiteral("User.Read")});
    const GraphResult r = run(GraphRequest::get(QStringLiteral("/deviceManagement/managedDevices")));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error->kind, Kind::Permission);
    EXPECT_TRUE(r.error->message.contains(QLatin1String("DeviceManagementManagedDevices.Read.All")))
        << qPrintable(r.error->message);
}
