// SPDX-License-Identifier: GPL-3.0-or-later
// SyncService over a fake network: the request Graph documents (POST v1.0 .../syncDevice, no body, a write),
// 204 accepted, a refusal kept with its error, an unknown outcome never re-sent, the write budget, and the
// refusals that send nothing (a platform Intune does not sync, a sync already on its way).
#include "core/actions/SyncService.h"
#include "ActionServiceTestData.h"
#include "core/devices/DeviceJson.h"
#include "core/graph/GraphClient.h"
#include "core/graph/WriteBudget.h"
#include "fakes/FakeNetworkAccessManager.h"
#include "fakes/FakeTokenProvider.h"

#include <gtest/gtest.h>

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace passcode;
using namespace passcode::actions;
using passcode::actionservicetest::androidDedicatedJson;
using passcode::actionservicetest::ShiftableClock;
using passcode::testing::CannedReply;
using passcode::testing::FakeNetworkAccessManager;
using passcode::testing::FakeTokenProvider;

namespace {

class actions_SyncService : public ::testing::Test
{
protected:
    void SetUp() override
    {
        graph::GraphClient::Options options;
        options.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
        options.retry.baseDelayMs = 1;
        options.retry.maxDelayMs = 5;
        options.defaultTimeoutMs = 100;
        client = std::make_unique<graph::GraphClient>(&network, &tokens, clock, options);
        service = std::make_unique<SyncService>(*client, clock);
    }

    static devices::Device device(const QString &id, const QString &os = QStringLiteral("Android"))
    {
        QJsonObject json = androidDedicatedJson(id);
        json.insert(QStringLiteral("operatingSystem"), os);
        return *devices::DeviceJson::parseDevice(json).device;
    }

    /** Sends and waits for the end; returns the status. */
    SyncStatus sendAndWait(const devices::Device &d)
    {
        QSignalSpy finished(service.get(), &SyncService::finished);
        EXPECT_FALSE(service->send(d));
        EXPECT_EQ(service->status(d.id).state, SyncState::Sending);
        EXPECT_TRUE(finished.wait(5000));
        return service->status(d.id);
    }

    FakeNetworkAccessManager network;
    FakeTokenProvider tokens{QStringLiteral("token")};
    ShiftableClock clock;
    std::unique_ptr<graph::GraphClient> client;
    std::unique_ptr<SyncService> service;
};

} // namespace

TEST_F(actions_SyncService, RequestIsTheV1SyncDeviceActionWithoutABody)
{
    const graph::GraphRequest r = SyncService::request(QStringLiteral("a/b c"));
    EXPECT_EQ(r.method(), graph::HttpMethod::Post);
    EXPECT_EQ(r.version(), graph::ApiVersion::V1);
    EXPECT_EQ(r.path(), QStringLiteral("/deviceManagement/managedDevices/a%2Fb%20c/syncDevice"));
    EXPECT_FALSE(r.body());
    EXPECT_EQ(r.kind(), graph::RequestKind::Action);
    EXPECT_EQ(r.writeUnits(), 1);
}

TEST_F(actions_SyncService, NoContentIsAccepted)
{
    network.respondInOrder({CannedReply::noContent()});
    const SyncStatus s = sendAndWait(device(QStringLiteral("d1")));
    EXPECT_EQ(s.state, SyncState::Accepted);
    EXPECT_FALSE(s.error);
    EXPECT_TRUE(s.sentAt.isValid());
    EXPECT_TRUE(s.answeredAt.isValid());
    ASSERT_EQ(network.requests().size(), 1);
    EXPECT_EQ(network.requests().first().verb, "POST");
    EXPECT_TRUE(network.requests().first().body.isEmpty());
    EXPECT_TRUE(network.requests().first().url.toString().endsWith(
        QLatin1String("/v1.0/deviceManagement/managedDevices/d1/syncDevice")))
        << network.requests().first().url.toString().toStdString();
    EXPECT_EQ(service->sentCount(), 1);
}

TEST_F(actions_SyncService, ARefusalIsKeptWithItsErrorAndNotRetried)
{
    network.respondInOrder({CannedReply::httpError(
        403,
        R"({"error":{"code":"Forbidden","message":"User is not authorized to perform this operation."}})")});
    const SyncStatus s = sendAndWait(device(QStringLiteral("d1")));
    EXPECT_EQ(s.state, SyncState::Failed);
    ASSERT_TRUE(s.error);
    EXPECT_EQ(s.error->httpStatus, 403);
    EXPECT_EQ(network.requests().size(), 1);
}

TEST_F(actions_SyncService, AnUnknownOutcomeIsNeverSentAgain)
{
    network.setHandler([](const auto &) { return CannedReply::hanging(); });
    const SyncStatus s = sendAndWait(device(QStringLiteral("d1")));
    EXPECT_EQ(s.state, SyncState::Unknown);
    ASSERT_TRUE(s.error);
    EXPECT_EQ(s.error->kind, Error::Kind::OutcomeUnknown);
    QTest::qWait(200);
    EXPECT_EQ(network.requests().size(), 1);
    // The technician may send another: it is a new request, not a retry.
    network.setHandler([](const auto &) { return CannedReply::noContent(); });
    EXPECT_EQ(sendAndWait(device(QStringLiteral("d1"))).state, SyncState::Accepted);
    EXPECT_EQ(network.requests().size(), 2);
}

TEST_F(actions_SyncService, ThrottledIsSentAgainBecauseIntuneDidNotTakeIt)
{
    network.respondInOrder(
        {CannedReply::httpError(429).withHeader("Retry-After", "0"), CannedReply::noContent()});
    EXPECT_EQ(sendAndWait(device(QStringLiteral("d1"))).state, SyncState::Accepted);
    EXPECT_EQ(network.requests().size(), 2);
}

TEST_F(actions_SyncService, DrawsFromTheWriteBudget)
{
    graph::WriteBudget budget(clock, 1, 60000);
    client->setWriteBudget(&budget);
    ASSERT_TRUE(budget.tryTake()); // the window is full
    network.setHandler([](const auto &) { return CannedReply::noContent(); });
    ASSERT_FALSE(service->send(device(QStringLiteral("d1"))));
    QTest::qWait(50);
    EXPECT_EQ(client->waitingForBudget(), 1);
    EXPECT_TRUE(network.requests().isEmpty());
    EXPECT_EQ(service->status(QStringLiteral("d1")).state, SyncState::Sending);
    client->setWriteBudget(nullptr);
}

TEST_F(actions_SyncService, RefusalsSendNothing)
{
    QSignalSpy changed(service.get(), &SyncService::changed);
    const std::optional<Error> unsupported =
        service->send(device(QStringLiteral("l1"), QStringLiteral("Linux")));
    ASSERT_TRUE(unsupported);
    EXPECT_EQ(unsupported->kind, Error::Kind::Usage);
    EXPECT_TRUE(unsupported->message.contains(u"Linux")) << unsupported->message.toStdString();
    EXPECT_EQ(service->status(QStringLiteral("l1")).state, SyncState::None);

    network.setHandler([](const auto &) { return CannedReply::hanging(); });
    ASSERT_FALSE(service->send(device(QStringLiteral("d1"))));
    const std::optional<Error> second = service->send(device(QStringLiteral("d1")));
    ASSERT_TRUE(second);
    EXPECT_EQ(second->kind, Error::Kind::Usage);
    EXPECT_EQ(changed.size(), 1);
    QTest::qWait(20);
    EXPECT_EQ(network.requests().size(), 1);
}
