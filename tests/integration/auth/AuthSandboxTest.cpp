// SPDX-License-Identifier: GPL-3.0-or-later
// Sign-in end to end against the sandbox tenant's Entra ID endpoints over real loopback HTTP, with the real
// keychain when PASSCODE_KEYRING=1 (scripts/with-keyring.sh), an in-memory store otherwise.
#include "core/auth/AuthSession.h"
#include "core/auth/InMemorySecretStore.h"
#include "core/auth/KeychainSecretStore.h"
#include "core/graph/GraphClient.h"
#include "core/graph/GraphReply.h"
#include "core/graph/GraphRequest.h"
#include "sandbox/host/SandboxServer.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <chrono>
#include <memory>

using namespace passcode;
using namespace passcode::auth;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

using State = AuthSession::State;

// One keychain namespace per test process: ctest runs tests in parallel on one keyring, and a test that signs
// out must never remove the refresh token of another.
const QString kClientId =
    u"passcode-console-integration-"_s + QString::number(QCoreApplication::applicationPid());
constexpr int kWaitMs = 20000;

struct HttpAnswer
{
    int status = 0;
    QByteArray body;
    QByteArray location;
    QByteArray requestIdHeader;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
};

/** Plain HTTP for the test itself: the sandbox's control API and the "browser". */
class Http
{
public:
    Http()
    {
        m_network.setProxy(QNetworkProxy::NoProxy);
        m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    }

    HttpAnswer get(const QUrl &url) { return wait(m_network.get(QNetworkRequest(url))); }
    HttpAnswer postJson(const QUrl &url, const QJsonObject &body)
    {
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        return wait(m_network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact)));
    }
    HttpAnswer getBearer(const QUrl &url, const QString &token)
    {
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        return wait(m_network.get(request));
    }

private:
    HttpAnswer wait(QNetworkReply *reply)
    {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        EXPECT_TRUE(reply->isFinished() || finished.wait(kWaitMs));
        HttpAnswer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = reply->readAll();
        answer.location = reply->rawHeader("Location");
        answer.requestIdHeader = reply->rawHeader("X-Sandbox-Authorization-Request");
        answer.error = reply->error();
        reply->deleteLater();
        return answer;
    }

    QNetworkAccessManager m_network;
};

class auth_Sandbox : public ::testing::Test
{
protected:
    void SetUp() override
    {
        sandbox::SandboxOptions options;
        options.devices = 30;
        options.autoApprove = false;
        // In-process on the test's thread (the event loop serves it while the test waits). SandboxHost's
        // worker thread would leave OpenSSL's per-thread state behind for LeakSanitizer.
        m_host = std::make_unique<sandbox::SandboxServer>(options);
        QString error;
        ASSERT_TRUE(m_host->start(&error)) << error.toStdString();

        m_network.setProxy(QNetworkProxy::NoProxy);
        m_settings.setTenant(m_host->tenantId());
        m_settings.setClientId(kClientId);
        m_settings.setLoginUrlOverride(m_host->baseUrl());
        m_settings.setGraphUrlOverride(m_host->baseUrl());
        if (qEnvironmentVariable("PASSCODE_KEYRING") == "1"_L1)
            m_keychain = std::make_unique<KeychainSecretStore>(
                u"io.github.passcodeconsole.PasscodeConsole.tests"_s, 200ms);
        else
            m_keychain = std::make_unique<InMemorySecretStore>();
        m_session = makeSession();
    }

    void TearDown() override
    {
        // Leave nothing in the keychain.
        if (m_session) {
            m_session->signOut();
            QTest::qWait(300);
        }
        m_session.reset();
    }

    std::unique_ptr<AuthSession> makeSession()
    {
        auto session = std::make_unique<AuthSession>(m_network, m_settings, *m_keychain, m_clock);
        session->setDeviceCodeSecondMs(20); // the sandbox's 5 s interval is 100 ms here; it answers slow_down
        return session;
    }

    QUrl control(const QString &route) const
    {
        QUrl url = m_host->baseUrl();
        url.setPath(u"/sandbox/"_s + route);
        return url;
    }

    QJsonObject postControl(const QString &route, const QJsonObject &body = {})
    {
        const HttpAnswer answer = m_http.postJson(control(route), body);
        EXPECT_EQ(answer.status, 200) << route.toStdString() << ' ' << answer.body.toStdString();
        return QJsonDocument::fromJson(answer.body).object();
    }

    bool waitForState(AuthSession &session, State state)
    {
        return QTest::qWaitFor([&] { return session.state() == state; }, kWaitMs);
    }

    /** Device code sign-in, approved through the sandbox's control API as the user would on the web page. */
    void signInWithDeviceCode(AuthSession &session)
    {
        QSignalSpy prompts(&session, &AuthSession::deviceCodeReady);
        session.signInWithDeviceCode();
        ASSERT_TRUE(prompts.wait(kWaitMs));
        const auto prompt = prompts.first().first().value<DeviceCodePrompt>();
        postControl(u"devicecode/approve"_s, {{u"user_code"_s, prompt.userCode}});
        ASSERT_TRUE(waitForState(session, State::SignedIn))
            << AuthSession::stateName(session.state()).toStdString();
    }

    /** The browser: follows the authorize URL; the test approves the sign-in like the user on the page. */
    HttpAnswer browse(const QUrl &authorizeUrl)
    {
        HttpAnswer page = m_http.get(authorizeUrl);
        if (page.status == 200 && !page.requestIdHeader.isEmpty()) {
            const QJsonObject decided = postControl(
                u"authorize/approve"_s, {{u"request_id"_s, QString::fromLatin1(page.requestIdHeader)}});
            page.location = decided.value(u"location"_s).toString().toUtf8();
            page.status = 302;
        }
        EXPECT_EQ(page.status, 302) << page.body.toStdString();
        return m_http.get(QUrl::fromEncoded(page.location));
    }

    graph::GraphClient::Options graphOptions() const
    {
        graph::GraphClient::Options options;
        options.baseUrl = m_host->baseUrl();
        return options;
    }

    graph::GraphResult listDevices(graph::GraphClient &client)
    {
        graph::GraphReply *reply =
            client.send(graph::GraphRequest::get(u"/deviceManagement/managedDevices"_s).setTop(2));
        QSignalSpy finished(reply, &graph::GraphReply::finished);
        EXPECT_TRUE(finished.wait(kWaitMs));
        return finished.isEmpty() ? graph::GraphResult{}
                                  : finished.first().first().value<graph::GraphResult>();
    }

    std::unique_ptr<sandbox::SandboxServer> m_host;
    QTemporaryDir m_dir;
    QSettings m_qsettings{m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat};
    TenantSettings m_settings{&m_qsettings};
    QNetworkAccessManager m_network;
    SystemClock m_clock;
    std::unique_ptr<SecretStore> m_keychain;
    std::unique_ptr<AuthSession> m_session;
    Http m_http;
};

} // namespace

TEST_F(auth_Sandbox, DeviceCodeSignInThenGraphAndSilentSignInInALaterProcess)
{
    QSignalSpy prompts(m_session.get(), &AuthSession::deviceCodeReady);
    m_session->signInWithDeviceCode();
    ASSERT_TRUE(prompts.wait(kWaitMs));
    const auto prompt = prompts.first().first().value<DeviceCodePrompt>();
    EXPECT_FALSE(prompt.userCode.isEmpty());
    EXPECT_EQ(prompt.verificationUri.host(), u"127.0.0.1"_s);
    // Let the console poll (and be told to slow down) before the user approves.
    QTest::qWait(400);
    postControl(u"devicecode/approve"_s, {{u"user_code"_s, prompt.userCode}});
    ASSERT_TRUE(waitForState(*m_session, State::SignedIn));
    EXPECT_EQ(m_session->account().username, m_host->options().defaultUpn);
    EXPECT_EQ(m_session->account().tenantId, m_host->tenantId());
    EXPECT_TRUE(m_settings.accountSecretKey().startsWith(u"global/"_s + m_host->tenantId().toLower()));

    // The token opens Graph.
    graph::GraphClient client(&m_network, &m_session->tokenProvider(), m_clock, graphOptions());
    const graph::GraphResult devices = listDevices(client);
    ASSERT_TRUE(devices.ok()) << devices.error->toDisplayString().toStdString();
    EXPECT_EQ(devices.json.value(u"value"_s).toArray().size(), 2);

    // A later process signs in silently from the keychain.
    QSettings qs(m_qsettings.fileName(), QSettings::IniFormat);
    m_qsettings.sync();
    TenantSettings settings(&qs);
    AuthSession later(m_network, settings, *m_keychain, m_clock);
    ASSERT_TRUE(later.restoreSession());
    ASSERT_TRUE(waitForState(later, State::SignedIn));
    EXPECT_EQ(later.account().username, m_host->options().defaultUpn);
    EXPECT_FALSE(later.tokenProvider().accessToken().isEmpty());
    // The first session's refresh token was rotated away by the later one: the first now needs interaction
    // at its next refresh, exactly as with Entra ID's rotation.
}

TEST_F(auth_Sandbox, DeviceCodeSlowDownGrowsTheInterval)
{
    IdentityClient client(&m_network,
                          IdentityConfig{m_settings.endpoints().value(), m_settings.tenant(), kClientId});
    DeviceCodeFlow flow(client, m_clock);
    flow.setSecondMs(10);
    QSignalSpy prompts(&flow, &DeviceCodeFlow::promptReady);
    QSignalSpy succeeded(&flow, &DeviceCodeFlow::succeeded);
    flow.start();
    ASSERT_TRUE(prompts.wait(kWaitMs));
    ASSERT_TRUE(QTest::qWaitFor([&] { return flow.pollIntervalSeconds() >= 10; }, kWaitMs))
        << "the sandbox answers slow_down to polls faster than its 5 s interval";
    postControl(u"devicecode/approve"_s,
                {{u"user_code"_s, prompts.first().first().value<DeviceCodePrompt>().userCode}});
    ASSERT_TRUE(succeeded.wait(kWaitMs));
}

TEST_F(auth_Sandbox, DeviceCodeDeclinedAndExpired)
{
    QSignalSpy prompts(m_session.get(), &AuthSession::deviceCodeReady);
    QSignalSpy failed(m_session.get(), &AuthSession::signInFailed);
    m_session->signInWithDeviceCode();
    ASSERT_TRUE(prompts.wait(kWaitMs));
    postControl(u"devicecode/decline"_s,
                {{u"user_code"_s, prompts.first().first().value<DeviceCodePrompt>().userCode}});
    ASSERT_TRUE(failed.wait(kWaitMs));
    EXPECT_EQ(failed.first().first().value<Error>().code, u"authorization_declined"_s);
    EXPECT_EQ(m_session->state(), State::SignedOut);

    m_session->signInWithDeviceCode();
    ASSERT_TRUE(prompts.wait(kWaitMs));
    postControl(u"time/advance"_s, {{u"seconds"_s, 901}});
    ASSERT_TRUE(failed.wait(kWaitMs));
    EXPECT_EQ(failed.last().first().value<Error>().code, u"expired_token"_s);
    EXPECT_TRUE(failed.last().first().value<Error>().detail.contains(u"AADSTS70019"_s));
}

TEST_F(auth_Sandbox, BrowserSignInWithPkce)
{
    QSignalSpy open(m_session.get(), &AuthSession::openBrowserRequested);
    m_session->signInWithBrowser();
    ASSERT_TRUE(open.wait(kWaitMs));
    const QUrl authorize = open.first().first().toUrl();
    EXPECT_EQ(authorize.host(), u"127.0.0.1"_s);
    const HttpAnswer landing = browse(authorize);
    EXPECT_EQ(landing.status, 200) << landing.body.toStdString();
    ASSERT_TRUE(waitForState(*m_session, State::SignedIn));
    EXPECT_EQ(m_session->account().username, m_host->options().defaultUpn);

    // Auto-approve: the sandbox redirects at once, as Entra ID does for a user already signed in.
    postControl(u"auto-approve"_s, {{u"enabled"_s, true}});
    m_session->signInWithBrowser();
    ASSERT_TRUE(open.wait(kWaitMs));
    EXPECT_EQ(browse(open.last().first().toUrl()).status, 200);
    ASSERT_TRUE(waitForState(*m_session, State::SignedIn));
}

TEST_F(auth_Sandbox, WrongPkceVerifierAndExpiredCodeAreRefused)
{
    postControl(u"auto-approve"_s, {{u"enabled"_s, true}});
    IdentityClient client(&m_network,
                          IdentityConfig{m_settings.endpoints().value(), m_settings.tenant(), kClientId});
    const QUrl redirectUri(u"http://localhost:1/"_s);
    const Pkce pkce = Pkce::generate();
    const auto obtainCode = [&] {
        const HttpAnswer answer = m_http.get(client.authorizeUrl(redirectUri, "st", pkce.challenge));
        EXPECT_EQ(answer.status, 302);
        return QUrlQuery(QUrl::fromEncoded(answer.location)).queryItemValue(u"code"_s, QUrl::FullyDecoded);
    };
    const auto redeem = [&](const QString &code, const QByteArray &verifier) {
        std::optional<Result<TokenResponse>> result;
        QObject context;
        client.redeemAuthorizationCode(code, redirectUri, verifier, &context,
                                       [&](const Result<TokenResponse> &r) { result = r; });
        EXPECT_TRUE(QTest::qWaitFor([&] { return result.has_value(); }, kWaitMs));
        return *result;
    };

    const auto wrong = redeem(obtainCode(), Pkce::generate().verifier);
    ASSERT_FALSE(wrong);
    EXPECT_EQ(wrong.error().code, u"invalid_grant"_s);
    EXPECT_TRUE(wrong.error().detail.contains(u"AADSTS50148"_s)) << wrong.error().detail.toStdString();

    const QString code = obtainCode();
    postControl(u"time/advance"_s, {{u"seconds"_s, 601}});
    const auto expired = redeem(code, pkce.verifier);
    ASSERT_FALSE(expired);
    EXPECT_EQ(expired.error().code, u"invalid_grant"_s);

    const auto good = redeem(obtainCode(), pkce.verifier);
    ASSERT_TRUE(good) << good.error().toDisplayString().toStdString();
    EXPECT_FALSE(good->refreshToken.isEmpty());
    EXPECT_FALSE(good->clientInfo.isEmpty()) << "client_info=1 is honoured";
}

TEST_F(auth_Sandbox, RefreshRotationReplacesTheStoredToken)
{
    signInWithDeviceCode(*m_session);
    const QString key = m_settings.accountSecretKey();
    const auto readStored = [&] {
        std::optional<QString> value;
        bool done = false;
        QObject context;
        m_keychain->read(key, &context, [&](const Result<std::optional<QString>> &r) {
            if (r)
                value = r.value();
            done = true;
        });
        EXPECT_TRUE(QTest::qWaitFor([&] { return done; }, kWaitMs));
        return value.value_or(QString());
    };
    const QString first = readStored();
    ASSERT_FALSE(first.isEmpty());

    QSignalSpy refreshed(&m_session->tokenProvider(), &TokenProvider::tokenRefreshed);
    m_session->tokenProvider().refresh();
    ASSERT_TRUE(refreshed.wait(kWaitMs));
    // gnome-keyring may answer a read issued right after a replace with nothing for a moment (seen under ASan
    // timing): wait until the keychain holds a token again; it must then be the rotated one.
    QString second;
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            second = readStored();
            return !second.isEmpty();
        },
        kWaitMs));
    ASSERT_FALSE(second.isEmpty());
    EXPECT_NE(first, second) << "the rotated refresh token replaced the old one";

    // The old one is dead at the server.
    IdentityClient client(&m_network,
                          IdentityConfig{m_settings.endpoints().value(), m_settings.tenant(), kClientId});
    std::optional<Result<TokenResponse>> old;
    QObject context;
    client.redeemRefreshToken(first, &context, [&](const Result<TokenResponse> &r) { old = r; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return old.has_value(); }, kWaitMs));
    ASSERT_FALSE(*old);
    EXPECT_EQ(old->error().code, u"invalid_grant"_s);
}

TEST_F(auth_Sandbox, EarlyAccessTokenExpiryIsHealedByOneRefresh)
{
    signInWithDeviceCode(*m_session);
    graph::GraphClient client(&m_network, &m_session->tokenProvider(), m_clock, graphOptions());
    ASSERT_TRUE(listDevices(client).ok());

    QSignalSpy states(m_session.get(), &AuthSession::stateChanged);
    postControl(u"tokens/expire"_s); // the server forgets every access token; ours still looks valid
    const graph::GraphResult devices = listDevices(client);
    ASSERT_TRUE(devices.ok()) << devices.error->toDisplayString().toStdString();
    ASSERT_EQ(states.size(), 2);
    EXPECT_EQ(states.at(0).at(1).value<State>(), State::Refreshing);
    EXPECT_EQ(states.at(1).at(1).value<State>(), State::SignedIn);

    // Time running out at the server (our clock does not know) heals the same way.
    postControl(u"time/advance"_s, {{u"seconds"_s, 3700}});
    ASSERT_TRUE(listDevices(client).ok());
    EXPECT_EQ(m_session->state(), State::SignedIn);
}

TEST_F(auth_Sandbox, RevocationAsksForInteractiveSignInWithoutLosingTheAccount)
{
    signInWithDeviceCode(*m_session);
    graph::GraphClient client(&m_network, &m_session->tokenProvider(), m_clock, graphOptions());
    QSignalSpy interactive(m_session.get(), &AuthSession::interactiveSignInRequired);
    QSignalSpy authFailed(&client, &graph::GraphClient::authenticationFailed);

    const QJsonObject revoked = postControl(u"tokens/revoke"_s, {{u"upn"_s, m_host->options().defaultUpn}});
    EXPECT_GE(revoked.value(u"revoked"_s).toInt(), 1);
    postControl(u"tokens/expire"_s);
    const graph::GraphResult devices = listDevices(client);
    ASSERT_FALSE(devices.ok());
    EXPECT_EQ(devices.error->kind, Error::Kind::Auth);
    ASSERT_TRUE(!interactive.isEmpty() || interactive.wait(kWaitMs));
    EXPECT_EQ(interactive.first().first().value<Error>().code, u"invalid_grant"_s);
    EXPECT_TRUE(interactive.first().first().value<Error>().detail.contains(u"AADSTS50173"_s));
    EXPECT_EQ(m_session->state(), State::NeedsInteraction);
    EXPECT_EQ(m_session->account().username, m_host->options().defaultUpn);
    EXPECT_EQ(authFailed.size(), 1);

    // Sign in again: the same client works again.
    signInWithDeviceCode(*m_session);
    ASSERT_TRUE(listDevices(client).ok());
}

TEST_F(auth_Sandbox, SignOutRemovesTheSavedSignIn)
{
    signInWithDeviceCode(*m_session);
    const QString key = m_settings.accountSecretKey();
    m_session->signOut();
    EXPECT_EQ(m_session->state(), State::SignedOut);
    std::optional<bool> present;
    QObject context;
    // Keychain operations run in order: this read comes after the removal.
    m_keychain->read(key, &context,
                     [&](const Result<std::optional<QString>> &r) { present = r && r.value().has_value(); });
    ASSERT_TRUE(QTest::qWaitFor([&] { return present.has_value(); }, kWaitMs));
    EXPECT_FALSE(*present);
    auto later = makeSession();
    EXPECT_FALSE(later->restoreSession());
}
