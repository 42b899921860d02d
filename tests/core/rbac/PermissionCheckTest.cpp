// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rbac/PermissionCheck.h"

#include "core/graph/GraphClient.h"

#include "fakes/FakeNetworkAccessManager.h"
#include "fakes/FakeTokenProvider.h"
#include "fakes/ManualClock.h"

#include <QJsonArray>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace passcode;
using passcode::actions::RemoteAction;
using passcode::rbac::PermissionCheck;
using passcode::testing::CannedReply;
using passcode::testing::FakeNetworkAccessManager;
using passcode::testing::FakeTokenProvider;
using passcode::testing::RecordedRequest;

namespace {

QJsonObject rolePermissions(const QStringList &allowed)
{
    return QJsonObject{
        {QStringLiteral("value"),
         QJsonArray{
             QJsonObject{{QStringLiteral("resourceActions"),
                          QJsonArray{QJsonObject{
                              {QStringLiteral("allowedResourceActions"), QJsonArray::fromStringList(allowed)},
                              {QStringLiteral("notAllowedResourceActions"), QJsonArray{}}}}}}}}};
}

class rbac_PermissionCheck : public ::testing::Test
{
protected:
    void SetUp() override
    {
        graph::GraphClient::Options options;
        options.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
        options.retry.maxAttempts = 1;
        options.defaultTimeoutMs = 2000;
        client = std::make_unique<graph::GraphClient>(&network, &tokens, clock, options);
        check = std::make_unique<PermissionCheck>(*client);
    }

    /** Starts the check and waits for its outcome. */
    void run()
    {
        QSignalSpy changed(check.get(), &PermissionCheck::changed);
        check->start();
        EXPECT_EQ(check->state(), PermissionCheck::State::Checking);
        while (check->state() == PermissionCheck::State::Checking)
            ASSERT_TRUE(changed.wait(2000));
    }

    eligibility::Verdict allowedVerdict() const
    {
        eligibility::Verdict v;
        v.action = RemoteAction::ResetPasscode;
        v.allowed = true;
        v.scope = eligibility::Scope::Device;
        v.cautions = {QStringLiteral("The device must be online.")};
        return v;
    }

    FakeNetworkAccessManager network;
    FakeTokenProvider tokens{QStringLiteral("token")};
    passcode::testing::ManualClock clock;
    std::unique_ptr<graph::GraphClient> client;
    std::unique_ptr<PermissionCheck> check;
};

} // namespace

TEST_F(rbac_PermissionCheck, AsksGraphOnceAndRestrictsWhatTheRoleLacks)
{
    network.respondInOrder(
        {CannedReply::json(rolePermissions({QStringLiteral("Microsoft.Intune_ManagedDevices_Read")}))});
    run();
    ASSERT_EQ(network.requests().size(), 1);
    EXPECT_EQ(network.requests().first().verb, "GET");
    EXPECT_TRUE(network.requests().first().url.toString().endsWith(
        QLatin1String("/v1.0/deviceManagement/getEffectivePermissions(scope='*')")))
        << network.requests().first().url.toString().toStdString();
    EXPECT_EQ(check->state(), PermissionCheck::State::Checked);

    const eligibility::Verdict v = check->restrict(allowedVerdict());
    EXPECT_FALSE(v.allowed);
    EXPECT_EQ(v.reasons, QStringList{QStringLiteral(
                             "Your Intune role does not include Remote tasks › Reset passcode.")});
    EXPECT_TRUE(v.cautions.isEmpty());
    // A verdict already refused keeps its own reasons first.
    eligibility::Verdict refused = allowedVerdict();
    refused.allowed = false;
    refused.reasons = {QStringLiteral("Not supported on this platform.")};
    EXPECT_EQ(check->restrict(refused).reasons.size(), 2);
    EXPECT_EQ(check->restrict(refused).reasons.first(), QStringLiteral("Not supported on this platform."));
}

TEST_F(rbac_PermissionCheck, HelpDeskOperatorKeepsTheVerdict)
{
    network.respondInOrder(
        {CannedReply::json(rolePermissions({QStringLiteral("Microsoft.Intune_RemoteTasks_ResetPasscode")}))});
    run();
    const eligibility::Verdict v = check->restrict(allowedVerdict());
    EXPECT_TRUE(v.allowed);
    EXPECT_EQ(v.cautions.size(), 1);
}

TEST_F(rbac_PermissionCheck, NotConsentedIsNotCheckedAndRefusesNothing)
{
    network.respondInOrder({CannedReply::httpError(
        403,
        R"({"error":{"code":"Forbidden","message":"Application is not authorized to perform this operation. )"
        R"(Application must have one of the following scopes: DeviceManagementRBAC.Read.All"}})")});
    run();
    EXPECT_EQ(check->state(), PermissionCheck::State::NotChecked);
    EXPECT_TRUE(check->notCheckedReason().contains(QLatin1String("DeviceManagementRBAC.Read.All")));
    EXPECT_FALSE(check->refusal(RemoteAction::ResetPasscode));
    EXPECT_TRUE(check->restrict(allowedVerdict()).allowed);
}

TEST_F(rbac_PermissionCheck, FailedCallOrEmptyAnswerIsNotChecked)
{
    network.respondInOrder(
        {CannedReply::httpError(500, R"({"error":{"code":"InternalServerError","message":"x"}})")});
    run();
    EXPECT_EQ(check->state(), PermissionCheck::State::NotChecked);
    EXPECT_FALSE(check->notCheckedReason().isEmpty());
    EXPECT_TRUE(check->restrict(allowedVerdict()).allowed);

    network.respondInOrder({CannedReply::json(rolePermissions({}))});
    run();
    EXPECT_EQ(check->state(), PermissionCheck::State::NotChecked);
    EXPECT_TRUE(check->restrict(allowedVerdict()).allowed);
}

TEST_F(rbac_PermissionCheck, SyncIsRefusedOnlyWhenTheCheckedRoleLacksIt)
{
    EXPECT_FALSE(check->syncRefusal()); // not asked yet: nothing is refused
    network.respondInOrder(
        {CannedReply::json(rolePermissions({QStringLiteral("Microsoft.Intune_RemoteTasks_ResetPasscode")}))});
    run();
    ASSERT_TRUE(check->syncRefusal());
    EXPECT_TRUE(check->syncRefusal()->contains(u"Remote tasks › Sync devices"));
    check->setPermissions(*rbac::IntunePermissions::fromGraph(
        rolePermissions({QStringLiteral("Microsoft.Intune_RemoteTasks_SyncDevice")})));
    EXPECT_FALSE(check->syncRefusal());
    check->setNotChecked(Error::make(Error::Kind::Network, QStringLiteral("offline")));
    EXPECT_FALSE(check->syncRefusal());
}
