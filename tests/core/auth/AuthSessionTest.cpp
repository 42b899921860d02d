// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/auth/AuthSession.h"
#include "core/auth/InMemorySecretStore.h"

#include "AuthTestSupport.h"
#include "FailingSecretStore.h"
#include "core/auth/ChunkedSecretStore.h"
#include "fakes/ManualClock.h"
#include "fakes/ShuffledSecretStore.h"

#include <gtest/gtest.h>

#include <QLoggingCategory>
#include <QNetworkProxy>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <memory>

using namespace passcode;
using namespace passcode::auth;
using namespace passcode::testing;
using namespace Qt::StringLiterals;

namespace {

using State = AuthSession::State;

const QString kHomeAccountId = u"00000000-0000-0000-0000-0000000000a1.11111111-2222-3333-4444-555555555555"_s;

/** Entra ID, scripted per grant. */
class FakeEntra
{
public:
    explicit FakeEntra(FakeIdentityNetwork &network)
    {
        network.setHandler([this](const FakeRequest &r) { return answer(r); });
    }

    FakeResponse answer(const FakeRequest &r)
    {
        if (isDeviceCodeRequest(r))
            return FakeResponse::json(200, deviceCodeJson(1));
        if (!isTokenRequest(r))
            return FakeResponse::json(404, {});
        const QString grant = r.field(u"grant_type"_s);
        if (grant == kDeviceCodeGrant && pendingPolls > 0) {
            --pendingPolls;
            return FakeResponse::oauthError(u"authorization_pending"_s, 70016);
        }
        if (grant == u"refresh_token"_s) {
            refreshTokensSent.append(r.field(u"refresh_token"_s));
            if (!refreshScript.isEmpty())
                return refreshScript.takeFirst();
        }
        ++issued;
        const QString at = u"secret-at-%1"_s.arg(issued);
        const QString rt = u"secret-rt-%1"_s.arg(issued);
        issuedTokens << at << rt;
        return FakeResponse::json(200, tokenJson(at, rt));
    }

    int pendingPolls = 1;
    int issued = 0;
    QStringList issuedTokens;
    QStringList refreshTokensSent;
    QList<FakeResponse> refreshScript;
};

class auth_Session : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_settings.setTenant(kTenant);
        m_settings.setClientId(kClientId);
        m_session = makeSession(m_keychain);
    }

    std::unique_ptr<AuthSession> makeSession(SecretStore &keychain)
    {
        auto session = std::make_unique<AuthSession>(m_network, m_settings, keychain, m_clock);
        session->setDeviceCodeSecondMs(1);
        return session;
    }

    QString expectedKey() const
    {
        return u"global/contoso.example/"_s + kClientId + u'/' + kHomeAccountId + u"/refresh_token"_s;
    }

    bool waitForState(AuthSession &session, State state)
    {
        return waitUntil([&] { return session.state() == state; });
    }

    void signInWithDeviceCode(AuthSession &session)
    {
        session.signInWithDeviceCode();
        ASSERT_TRUE(waitForState(session, State::SignedIn))
            << AuthSession::stateName(session.state()).toStdString();
    }

    QTemporaryDir m_dir;
    QSettings m_qsettings{m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat};
    TenantSettings m_settings{&m_qsettings};
    FakeIdentityNetwork m_network;
    FakeEntra m_entra{m_network};
    InMemorySecretStore m_keychain;
    ManualClock m_clock;
    std::unique_ptr<AuthSession> m_session;
};

QList<State> states(const QSignalSpy &spy)
{
    QList<State> result;
    for (const auto &args : spy)
        result << args.at(1).value<State>();
    return result;
}

} // namespace

TEST_F(auth_Session, DeviceCodeSignInStoresTheAccountAndTheRefreshToken)
{
    QSignalSpy stateChanges(m_session.get(), &AuthSession::stateChanged);
    QSignalSpy prompts(m_session.get(), &AuthSession::deviceCodeReady);
    QSignalSpy accounts(m_session.get(), &AuthSession::accountChanged);
    signInWithDeviceCode(*m_session);

    EXPECT_EQ(states(stateChanges), (QList<State>{State::SigningIn, State::SignedIn}));
    ASSERT_EQ(prompts.size(), 1);
    EXPECT_EQ(prompts.first().first().value<DeviceCodePrompt>().userCode, u"ABCD-1234"_s);
    ASSERT_EQ(accounts.size(), 1);
    const AccountInfo account = m_session->account();
    EXPECT_EQ(account.username, u"tech@contoso.example"_s);
    EXPECT_EQ(account.displayName, u"Help Desk Tech"_s);
    EXPECT_EQ(account.tenantId, u"11111111-2222-3333-4444-555555555555"_s);
    EXPECT_EQ(account.homeAccountId, kHomeAccountId);

    EXPECT_EQ(m_session->tokenProvider().accessToken(), u"secret-at-1"_s);
    EXPECT_TRUE(m_keychain.contains(expectedKey()));
    EXPECT_EQ(m_keychain.size(), 1);
    ASSERT_TRUE(m_settings.account().has_value());
    EXPECT_EQ(*m_settings.account(), account);
    EXPECT_EQ(m_settings.accountSecretKey(), expectedKey());

    // Nothing secret in the settings file.
    m_qsettings.sync();
    QFile file(m_qsettings.fileName());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    EXPECT_TRUE(text.contains("tech@contoso.example"));
    EXPECT_FALSE(text.contains("secret-"));
}

TEST_F(auth_Session, ALaterProcessSignsInSilently)
{
    signInWithDeviceCode(*m_session);
    m_session.reset();

    QSettings qs(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    TenantSettings settings(&qs);
    AuthSession later(m_network, settings, m_keychain, m_clock);
    QSignalSpy stateChanges(&later, &AuthSession::stateChanged);
    ASSERT_TRUE(later.restoreSession());
    EXPECT_EQ(later.state(), State::Restoring);
    EXPECT_EQ(later.account().username, u"tech@contoso.example"_s) << "named before the network answers";
    ASSERT_TRUE(waitForState(later, State::SignedIn));
    EXPECT_EQ(states(stateChanges), (QList<State>{State::Restoring, State::SignedIn}));
    EXPECT_EQ(later.tokenProvider().accessToken(), u"secret-at-2"_s);
    EXPECT_EQ(m_entra.refreshTokensSent, QStringList{u"secret-rt-1"_s});
}

TEST_F(auth_Session, NothingToRestore)
{
    EXPECT_FALSE(m_session->restoreSession());
    EXPECT_EQ(m_session->state(), State::SignedOut);
    EXPECT_TRUE(m_network.requests().isEmpty());
}

TEST_F(auth_Session, RestoreWithARevokedTokenNeedsInteractionAndKeepsTheAccount)
{
    signInWithDeviceCode(*m_session);
    m_session.reset();
    m_entra.refreshScript = {FakeResponse::oauthError(u"invalid_grant"_s, 50173)};

    auto later = makeSession(m_keychain);
    QSignalSpy interactive(later.get(), &AuthSession::interactiveSignInRequired);
    ASSERT_TRUE(later->restoreSession());
    ASSERT_TRUE(waitForState(*later, State::NeedsInteraction));
    ASSERT_EQ(interactive.size(), 1);
    EXPECT_EQ(interactive.first().first().value<Error>().code, u"invalid_grant"_s);
    EXPECT_EQ(later->account().username, u"tech@contoso.example"_s);

    // Signing in again brings the session back.
    signInWithDeviceCode(*later);
    EXPECT_EQ(later->tokenProvider().accessToken(), u"secret-at-2"_s);
}

TEST_F(auth_Session, MissingKeychainEntrySignsOutButKeepsTheAccountSettings)
{
    signInWithDeviceCode(*m_session);
    m_session.reset();
    m_keychain.clear(); // gone, or hidden by a locked keyring (libsecret reports both as "not found")

    auto later = makeSession(m_keychain);
    QSignalSpy failed(later.get(), &AuthSession::signInFailed);
    ASSERT_TRUE(later->restoreSession());
    ASSERT_TRUE(failed.wait(5000));
    EXPECT_EQ(failed.first().first().value<Error>().code, u"no_refresh_token"_s);
    EXPECT_EQ(later->state(), State::SignedOut);
    EXPECT_FALSE(later->account().isValid());
    EXPECT_TRUE(m_settings.account().has_value()) << "an unlocked keyring later finds it again";
    EXPECT_EQ(m_network.countGrant(u"refresh_token"_s), 0);
}

TEST_F(auth_Session, RevokedDuringTheSessionNeedsInteraction)
{
    signInWithDeviceCode(*m_session);
    m_entra.refreshScript = {FakeResponse::oauthError(u"interaction_required"_s, 50076)};
    QSignalSpy stateChanges(m_session.get(), &AuthSession::stateChanged);
    QSignalSpy interactive(m_session.get(), &AuthSession::interactiveSignInRequired);
    QSignalSpy refreshFailed(&m_session->tokenProvider(), &TokenProvider::refreshFailed);
    m_session->tokenProvider().refresh(); // as GraphClient does after a 401
    ASSERT_TRUE(interactive.wait(5000));
    EXPECT_EQ(states(stateChanges), (QList<State>{State::Refreshing, State::NeedsInteraction}));
    ASSERT_EQ(refreshFailed.size(), 1);
    EXPECT_EQ(refreshFailed.first().first().value<Error>().code, u"interaction_required"_s);
    EXPECT_TRUE(m_session->account().isValid());
}

TEST_F(auth_Session, BrowserSignInAgainUsesTheAccountAsLoginHint)
{
    signInWithDeviceCode(*m_session);
    m_entra.refreshScript = {FakeResponse::oauthError(u"invalid_grant"_s, 50173)};
    m_session->tokenProvider().refresh();
    ASSERT_TRUE(waitForState(*m_session, State::NeedsInteraction));

    QSignalSpy open(m_session.get(), &AuthSession::openBrowserRequested);
    m_session->signInWithBrowser();
    ASSERT_TRUE(open.wait(5000));
    const QUrl authorize = open.first().first().toUrl();
    const QUrlQuery query(authorize);
    EXPECT_EQ(query.queryItemValue(u"login_hint"_s, QUrl::FullyDecoded), u"tech@contoso.example"_s);

    // The browser follows the redirect.
    QNetworkAccessManager browser;
    browser.setProxy(QNetworkProxy::NoProxy);
    QUrl redirect(query.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded));
    redirect.setQuery(u"code=abc&state="_s + query.queryItemValue(u"state"_s));
    QNetworkReply *reply = browser.get(QNetworkRequest(redirect));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    ASSERT_TRUE(finished.wait(5000));
    EXPECT_EQ(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    delete reply;
    ASSERT_TRUE(waitForState(*m_session, State::SignedIn));
    EXPECT_EQ(m_network.countGrant(u"authorization_code"_s), 1);
}

TEST_F(auth_Session, SignOutRemovesTheRefreshTokenAndTheAccount)
{
    signInWithDeviceCode(*m_session);
    QSignalSpy accounts(m_session.get(), &AuthSession::accountChanged);
    m_session->signOut();
    EXPECT_EQ(m_session->state(), State::SignedOut);
    EXPECT_FALSE(m_session->account().isValid());
    EXPECT_EQ(accounts.size(), 1);
    EXPECT_TRUE(m_session->tokenProvider().accessToken().isEmpty());
    EXPECT_FALSE(m_settings.account().has_value());
    ASSERT_TRUE(waitUntil([&] { return !m_keychain.contains(expectedKey()); }));
    EXPECT_FALSE(m_session->restoreSession());
}

TEST_F(auth_Session, CancelledSignInReturnsToWhereItStarted)
{
    m_entra.pendingPolls = 1000;
    QSignalSpy failed(m_session.get(), &AuthSession::signInFailed);
    QSignalSpy prompts(m_session.get(), &AuthSession::deviceCodeReady);
    m_session->signInWithDeviceCode();
    ASSERT_TRUE(prompts.wait(5000));
    m_session->cancelSignIn();
    EXPECT_EQ(m_session->state(), State::SignedOut);
    ASSERT_EQ(failed.size(), 1);
    EXPECT_EQ(failed.first().first().value<Error>().kind, Error::Kind::Cancelled);

    m_entra.pendingPolls = 0;
    signInWithDeviceCode(*m_session);
    m_entra.pendingPolls = 1000;
    m_session->signInWithDeviceCode();
    ASSERT_TRUE(prompts.wait(5000));
    m_session->cancelSignIn();
    EXPECT_EQ(m_session->state(), State::SignedIn) << "cancelling a second sign-in keeps the first";
    EXPECT_EQ(m_session->tokenProvider().accessToken(), u"secret-at-1"_s);
}

TEST_F(auth_Session, InsecureLoginUrlIsRefusedBeforeAnythingIsSent)
{
    m_settings.setLoginUrlOverride(QUrl(u"http://login.example.com"_s));
    QSignalSpy failed(m_session.get(), &AuthSession::signInFailed);
    m_session->signInWithDeviceCode();
    ASSERT_TRUE(failed.wait(5000));
    EXPECT_EQ(failed.first().first().value<Error>().kind, Error::Kind::Security);
    EXPECT_EQ(m_session->state(), State::SignedOut);
    EXPECT_TRUE(m_network.requests().isEmpty());
}

TEST_F(auth_Session, SandboxLoopbackLoginUrlIsUsed)
{
    m_settings.setLoginUrlOverride(QUrl(u"http://127.0.0.1:4321"_s));
    signInWithDeviceCode(*m_session);
    EXPECT_EQ(m_network.requests().first().url,
              QUrl(u"http://127.0.0.1:4321/contoso.example/oauth2/v2.0/devicecode"_s));
}

TEST_F(auth_Session, KeychainUnavailableOffersSessionOnlyMode)
{
    FailingSecretStore keychain;
    auto session = makeSession(keychain);
    QSignalSpy unavailable(session.get(), &AuthSession::secretStoreUnavailable);
    session->signInWithDeviceCode();
    ASSERT_TRUE(waitForState(*session, State::NeedsStorageChoice));
    ASSERT_EQ(unavailable.size(), 1);
    EXPECT_EQ(unavailable.first().first().value<Error>().kind, Error::Kind::Keychain);
    EXPECT_FALSE(unavailable.first().first().value<Error>().message.isEmpty());
    EXPECT_TRUE(session->account().isValid());
    EXPECT_EQ(session->tokenProvider().accessToken(), u"secret-at-1"_s) << "usable while the user decides";

    session->useSessionOnlyStorage();
    ASSERT_TRUE(waitForState(*session, State::SignedIn));
    EXPECT_TRUE(session->isSessionOnly());
    EXPECT_FALSE(m_settings.account().has_value()) << "session-only mode persists nothing";

    // Refreshes rotate in memory.
    QSignalSpy refreshed(&session->tokenProvider(), &TokenProvider::tokenRefreshed);
    session->tokenProvider().refresh();
    ASSERT_TRUE(refreshed.wait(5000));
    EXPECT_EQ(session->state(), State::SignedIn);
    EXPECT_EQ(m_entra.refreshTokensSent, QStringList{u"secret-rt-1"_s});
    const int keychainCalls = keychain.calls();
    EXPECT_EQ(keychainCalls, 1) << "only the first write tried the keychain";
}

TEST_F(auth_Session, DecliningSessionOnlyModeSignsOut)
{
    FailingSecretStore keychain;
    auto session = makeSession(keychain);
    session->signInWithDeviceCode();
    ASSERT_TRUE(waitForState(*session, State::NeedsStorageChoice));
    session->declineSessionOnlyStorage();
    EXPECT_EQ(session->state(), State::SignedOut);
    EXPECT_TRUE(session->tokenProvider().accessToken().isEmpty());
    EXPECT_FALSE(session->account().isValid());
}

TEST_F(auth_Session, KeychainFailureAtStartupLeavesTheChoiceToTheUser)
{
    signInWithDeviceCode(*m_session);
    m_session.reset();
    FailingSecretStore keychain;
    auto later = makeSession(keychain);
    QSignalSpy unavailable(later.get(), &AuthSession::secretStoreUnavailable);
    ASSERT_TRUE(later->restoreSession());
    ASSERT_TRUE(unavailable.wait(5000));
    EXPECT_EQ(later->state(), State::SignedOut);
    EXPECT_TRUE(m_settings.account().has_value()) << "the keychain may come back next time";

    later->useSessionOnlyStorage();
    EXPECT_TRUE(later->isSessionOnly());
    signInWithDeviceCode(*later);
    EXPECT_EQ(later->state(), State::SignedIn);
}

TEST_F(auth_Session, SecretsNeverReachTheLog)
{
    static QStringList captured;
    captured.clear();
    QLoggingCategory::setFilterRules(u"passcode.*=true"_s);
    const QtMessageHandler previous = qInstallMessageHandler(
        [](QtMsgType, const QMessageLogContext &, const QString &message) { captured << message; });

    signInWithDeviceCode(*m_session);
    QSignalSpy refreshed(&m_session->tokenProvider(), &TokenProvider::tokenRefreshed);
    m_session->tokenProvider().refresh();
    EXPECT_TRUE(refreshed.wait(5000));
    m_entra.refreshScript = {FakeResponse::oauthError(u"invalid_grant"_s, 50173)};
    m_session->tokenProvider().refresh();
    EXPECT_TRUE(waitForState(*m_session, State::NeedsInteraction));
    m_session->signOut();

    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules({});
    ASSERT_FALSE(captured.isEmpty()) << "the flow logs its events";
    const QString all = captured.join(u'\n');
    for (const QString &secret : std::as_const(m_entra.issuedTokens))
        EXPECT_FALSE(all.contains(secret)) << secret.toStdString();
    EXPECT_FALSE(all.contains(u"dc+secret"_s));
    EXPECT_FALSE(all.contains(u"eyJ"_s)) << "no JWT";
    EXPECT_TRUE(all.contains(u"AADSTS50173"_s)) << "AADSTS codes are logged";
}

TEST_F(auth_Session, SignOutOverAChunkedStoreEndsWhenEveryChunkIsRemoved)
{
    // Windows' chunked keychain over a backend that finishes jobs in any order: signOutCompleted() comes once
    // the marker and every chunk are gone, so a program can wait for it before it exits.
    for (quint32 seed = 1; seed <= 10; ++seed) {
        ShuffledSecretStore backend(seed);
        ChunkedSecretStore chunked(backend, 4);
        m_session = makeSession(chunked);
        signInWithDeviceCode(*m_session);
        ASSERT_TRUE(waitUntil([&] { return backend.idle(); }));
        ASSERT_GT(backend.secrets().size(), 2) << "the refresh token is chunked";
        QSignalSpy completed(m_session.get(), &AuthSession::signOutCompleted);
        m_session->signOut();
        EXPECT_TRUE(m_session->isRemovingSecrets());
        ASSERT_TRUE(completed.wait(5000)) << "seed " << seed;
        EXPECT_EQ(completed.size(), 1);
        EXPECT_FALSE(m_session->isRemovingSecrets());
        EXPECT_TRUE(backend.secrets().isEmpty())
            << "seed " << seed << ": left " << backend.secrets().keys().join(u' ').toStdString();
        m_session.reset();
    }
}

TEST_F(auth_Session, SignOutWithNothingSavedStillCompletes)
{
    QSignalSpy completed(m_session.get(), &AuthSession::signOutCompleted);
    m_session->signOut();
    ASSERT_TRUE(completed.wait(5000));
    EXPECT_FALSE(m_session->isRemovingSecrets());
}
