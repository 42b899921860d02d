// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/auth/DeviceCodeFlow.h"

#include "AuthTestSupport.h"
#include "fakes/ManualClock.h"

#include <gtest/gtest.h>

#include <QSignalSpy>

using namespace passcode;
using namespace passcode::auth;
using namespace passcode::testing;
using namespace Qt::StringLiterals;

namespace {

class auth_DeviceCodeFlow : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_network.setHandler([this](const FakeRequest &r) {
            if (isDeviceCodeRequest(r))
                return m_deviceCodeAnswer;
            if (isTokenRequest(r)) {
                m_intervalsAtPoll.append(m_flow.pollIntervalSeconds());
                if (m_onPoll)
                    m_onPoll();
                return m_script.isEmpty() ? FakeResponse::oauthError(u"authorization_pending"_s, 70016)
                                          : m_script.takeFirst();
            }
            return FakeResponse::json(404, {});
        });
        m_flow.setSecondMs(1);
    }

    FakeIdentityNetwork m_network;
    ManualClock m_clock;
    DeviceCodeFlow m_flow{makeClient(&m_network), m_clock};
    FakeResponse m_deviceCodeAnswer = FakeResponse::json(200, deviceCodeJson());
    QList<FakeResponse> m_script;
    QList<qint64> m_intervalsAtPoll;
    std::function<void()> m_onPoll;
};

} // namespace

TEST_F(auth_DeviceCodeFlow, PendingThenSlowDownThenSuccess)
{
    m_script = {FakeResponse::oauthError(u"authorization_pending"_s, 70016),
                FakeResponse::oauthError(u"slow_down"_s),
                FakeResponse::oauthError(u"authorization_pending"_s, 70016),
                FakeResponse::json(200, tokenJson(u"at-1"_s, u"rt-1"_s))};
    QSignalSpy prompts(&m_flow, &DeviceCodeFlow::promptReady);
    QSignalSpy succeeded(&m_flow, &DeviceCodeFlow::succeeded);
    QSignalSpy failed(&m_flow, &DeviceCodeFlow::failed);
    m_flow.start();
    ASSERT_TRUE(succeeded.wait(10000))
        << (failed.isEmpty() ? "" : failed.first().first().value<Error>().toDisplayString().toStdString());
    EXPECT_TRUE(failed.isEmpty());
    EXPECT_FALSE(m_flow.isRunning());

    ASSERT_EQ(prompts.size(), 1);
    const auto prompt = prompts.first().first().value<DeviceCodePrompt>();
    EXPECT_EQ(prompt.userCode, u"ABCD-1234"_s);
    EXPECT_EQ(prompt.verificationUri, QUrl(u"https://microsoft.com/devicelogin"_s));
    EXPECT_EQ(prompt.expiresInSeconds, 900);
    EXPECT_EQ(prompt.expiresAt, m_clock.now().addSecs(900));
    EXPECT_FALSE(prompt.message.isEmpty());

    // The server's 1 s interval, then 6 s after slow_down, for that and every later poll.
    EXPECT_EQ(m_intervalsAtPoll, (QList<qint64>{1, 1, 6, 6}));
    EXPECT_EQ(m_flow.pollCount(), 4);

    const auto tokens = succeeded.first().first().value<TokenResponse>();
    EXPECT_EQ(tokens.accessToken, u"at-1"_s);
    EXPECT_EQ(tokens.refreshToken, u"rt-1"_s);

    // What went over the wire.
    const FakeRequest &codeRequest = m_network.requests().first();
    EXPECT_EQ(codeRequest.url,
              QUrl(u"https://login.microsoftonline.com/contoso.example/oauth2/v2.0/devicecode"_s));
    EXPECT_EQ(codeRequest.field(u"client_id"_s), kClientId);
    EXPECT_TRUE(codeRequest.field(u"scope"_s).contains(u"offline_access"_s));
    EXPECT_EQ(m_network.countGrant(kDeviceCodeGrant), 4);
    for (const FakeRequest &r : m_network.requests()) {
        EXPECT_FALSE(r.request.hasRawHeader("Authorization"));
        EXPECT_EQ(r.operation, QNetworkAccessManager::PostOperation);
        if (isTokenRequest(r)) {
            EXPECT_EQ(r.field(u"device_code"_s), u"dc+secret/1"_s); // '+' and '/' survive form encoding
        }
    }
}

TEST_F(auth_DeviceCodeFlow, DeclinedStops)
{
    m_script = {FakeResponse::oauthError(u"authorization_pending"_s, 70016),
                FakeResponse::oauthError(u"authorization_declined"_s, 70000)};
    QSignalSpy failed(&m_flow, &DeviceCodeFlow::failed);
    m_flow.start();
    ASSERT_TRUE(failed.wait(10000));
    const auto error = failed.first().first().value<Error>();
    EXPECT_EQ(error.kind, Error::Kind::Auth);
    EXPECT_EQ(error.code, u"authorization_declined"_s);
    EXPECT_FALSE(error.message.isEmpty());
    EXPECT_FALSE(m_flow.isRunning());
    QTest::qWait(30);
    EXPECT_EQ(m_network.countGrant(kDeviceCodeGrant), 2) << "no poll after the end";
}

TEST_F(auth_DeviceCodeFlow, ExpiredTokenFromServerStops)
{
    m_script = {FakeResponse::oauthError(u"expired_token"_s, 70020)};
    QSignalSpy failed(&m_flow, &DeviceCodeFlow::failed);
    m_flow.start();
    ASSERT_TRUE(failed.wait(10000));
    EXPECT_EQ(failed.first().first().value<Error>().code, u"expired_token"_s);
    EXPECT_TRUE(failed.first().first().value<Error>().detail.contains(u"AADSTS70020"_s));
}

TEST_F(auth_DeviceCodeFlow, BadVerificationCodeStops)
{
    m_script = {FakeResponse::oauthError(u"bad_verification_code"_s)};
    QSignalSpy failed(&m_flow, &DeviceCodeFlow::failed);
    m_flow.start();
    ASSERT_TRUE(failed.wait(10000));
    EXPECT_EQ(failed.first().first().value<Error>().code, u"bad_verification_code"_s);
}

TEST_F(auth_DeviceCodeFlow, StopsByItselfWhenTheClockPassesExpiry)
{
    // The server keeps saying "pending"; the injected clock says the code has expired.
    m_onPoll = [this] {
        m_clock.advanceSecs(901);
    };
    QSignalSpy failed(&m_flow, &DeviceCodeFlow::failed);
    m_flow.start();
    ASSERT_TRUE(failed.wait(10000));
    EXPECT_EQ(failed.first().first().value<Error>().code, u"expired_token"_s);
    EXPECT_EQ(m_flow.pollCount(), 1);
    EXPECT_EQ(m_network.countGrant(kDeviceCodeGrant), 1);
}

TEST_F(auth_DeviceCodeFlow, CancelStopsPolling)
{
    QSignalSpy prompts(&m_flow, &DeviceCodeFlow::promptReady);
    QSignalSpy failed(&m_flow, &DeviceCodeFlow::failed);
    m_flow.start();
    ASSERT_TRUE(prompts.wait(10000));
    m_flow.cancel();
    ASSERT_EQ(failed.size(), 1);
    EXPECT_EQ(failed.first().first().value<Error>().kind, Error::Kind::Cancelled);
    const int sent = m_network.countGrant(kDeviceCodeGrant);
    QTest::qWait(30);
    EXPECT_EQ(m_network.countGrant(kDeviceCodeGrant), sent);
    EXPECT_EQ(failed.size(), 1);
}

TEST_F(auth_DeviceCodeFlow, TransientFailureIsRetried)
{
    m_script = {FakeResponse::networkFailure(),
                FakeResponse::oauthError(u"temporarily_unavailable"_s, 0, 503),
                FakeResponse::json(200, tokenJson(u"at"_s, u"rt"_s))};
    QSignalSpy succeeded(&m_flow, &DeviceCodeFlow::succeeded);
    m_flow.start();
    ASSERT_TRUE(succeeded.wait(10000));
    EXPECT_EQ(m_network.countGrant(kDeviceCodeGrant), 3);
}

TEST_F(auth_DeviceCodeFlow, DeviceCodeRequestRefused)
{
    m_deviceCodeAnswer = FakeResponse::oauthError(u"unauthorized_client"_s, 700016);
    QSignalSpy failed(&m_flow, &DeviceCodeFlow::failed);
    m_flow.start();
    ASSERT_TRUE(failed.wait(10000));
    const auto error = failed.first().first().value<Error>();
    EXPECT_EQ(error.code, u"unauthorized_client"_s);
    EXPECT_EQ(error.kind, Error::Kind::Auth);
    EXPECT_EQ(m_network.countGrant(kDeviceCodeGrant), 0);
}

TEST_F(auth_DeviceCodeFlow, InsecureVerificationUriRefused)
{
    m_deviceCodeAnswer = FakeResponse::json(200, deviceCodeJson(1, 900, u"http://devicelogin.example"_s));
    QSignalSpy prompts(&m_flow, &DeviceCodeFlow::promptReady);
    QSignalSpy failed(&m_flow, &DeviceCodeFlow::failed);
    m_flow.start();
    ASSERT_TRUE(failed.wait(10000));
    EXPECT_EQ(failed.first().first().value<Error>().kind, Error::Kind::Security);
    EXPECT_TRUE(prompts.isEmpty());
}
