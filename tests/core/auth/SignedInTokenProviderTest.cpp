// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/auth/SignedInTokenProvider.h"
#include "core/auth/InMemorySecretStore.h"

#include "AuthTestSupport.h"
#include "FailingSecretStore.h"
#include "fakes/ManualClock.h"

#include <gtest/gtest.h>

#include <QSignalSpy>

using namespace passcode;
using namespace passcode::auth;
using namespace passcode::testing;
using namespace Qt::StringLiterals;

namespace {

const QString kKey = u"global/contoso.example/client/oid.tid/refresh_token"_s;

class auth_SignedInTokenProvider : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_provider.setIdentityClient(makeClient(&m_network));
        m_network.setHandler([this](const FakeRequest &r) {
            if (!isTokenRequest(r))
                return FakeResponse::json(404, {});
            m_refreshTokensSent.append(r.field(u"refresh_token"_s));
            if (!m_script.isEmpty())
                return m_script.takeFirst();
            ++m_issued;
            return FakeResponse::json(200,
                                      tokenJson(u"at-%1"_s.arg(m_issued), u"rt-%1"_s.arg(m_issued), 3600));
        });
    }

    /** Starts a session as an interactive sign-in would, and waits until it is stored. */
    void startSession(const QString &accessToken = u"at-0"_s, const QString &refreshToken = u"rt-0"_s,
                      qint64 expiresIn = 3600)
    {
        TokenResponse tokens =
            TokenResponse::fromJson(tokenJson(accessToken, refreshToken, expiresIn)).value();
        QSignalSpy stored(&m_provider, &SignedInTokenProvider::sessionStored);
        m_provider.startSession(kKey, tokens);
        ASSERT_TRUE(stored.wait(5000));
    }

    QString storedSecret()
    {
        bool done = false;
        QString value;
        QObject context;
        m_store.read(kKey, &context, [&](const Result<std::optional<QString>> &r) {
            if (r && r.value())
                value = *r.value();
            done = true;
        });
        EXPECT_TRUE(waitUntil([&] { return done; }));
        return value;
    }

    FakeIdentityNetwork m_network;
    InMemorySecretStore m_store;
    ManualClock m_clock;
    SignedInTokenProvider m_provider{m_store, m_clock};
    QList<FakeResponse> m_script;
    QStringList m_refreshTokensSent;
    int m_issued = 0;
};

} // namespace

TEST_F(auth_SignedInTokenProvider, SessionStartStoresTheRefreshTokenAndServesTheAccessToken)
{
    startSession();
    EXPECT_EQ(m_provider.accessToken(), u"at-0"_s);
    EXPECT_EQ(storedSecret(), u"rt-0"_s);
    EXPECT_EQ(m_provider.accessTokenExpiresAt(), m_clock.now().addSecs(3600));
    EXPECT_TRUE(m_network.requests().isEmpty());
}

TEST_F(auth_SignedInTokenProvider, RefreshRotatesTheStoredRefreshToken)
{
    startSession();
    QSignalSpy refreshed(&m_provider, &TokenProvider::tokenRefreshed);
    QSignalSpy failed(&m_provider, &TokenProvider::refreshFailed);
    m_provider.refresh();
    ASSERT_TRUE(refreshed.wait(5000));
    EXPECT_TRUE(failed.isEmpty());
    EXPECT_EQ(m_provider.accessToken(), u"at-1"_s);
    EXPECT_EQ(storedSecret(), u"rt-1"_s) << "the new refresh token replaces the old one in the store";

    m_provider.refresh();
    ASSERT_TRUE(refreshed.wait(5000));
    EXPECT_EQ(storedSecret(), u"rt-2"_s);
    EXPECT_EQ(m_refreshTokensSent, (QStringList{u"rt-0"_s, u"rt-1"_s})) << "each grant uses the latest token";
    EXPECT_EQ(m_network.countGrant(u"refresh_token"_s), 2);
    const FakeRequest &grant = m_network.requests().first();
    EXPECT_EQ(grant.field(u"client_id"_s), kClientId);
    EXPECT_TRUE(grant.field(u"scope"_s).contains(u"offline_access"_s));
    EXPECT_FALSE(grant.request.hasRawHeader("Authorization"));
}

TEST_F(auth_SignedInTokenProvider, ConcurrentRefreshCallsJoinOneRequest)
{
    startSession();
    QSignalSpy refreshed(&m_provider, &TokenProvider::tokenRefreshed);
    QSignalSpy started(&m_provider, &SignedInTokenProvider::refreshStarted);
    m_provider.refresh();
    m_provider.refresh();
    m_provider.refresh();
    ASSERT_TRUE(refreshed.wait(5000));
    QTest::qWait(20);
    EXPECT_EQ(refreshed.size(), 1);
    EXPECT_EQ(started.size(), 1);
    EXPECT_EQ(m_network.countGrant(u"refresh_token"_s), 1);
}

TEST_F(auth_SignedInTokenProvider, InvalidGrantAsksForInteractiveSignIn)
{
    startSession();
    m_script = {FakeResponse::oauthError(u"invalid_grant"_s, 50173)};
    QSignalSpy failed(&m_provider, &TokenProvider::refreshFailed);
    QSignalSpy interactive(&m_provider, &SignedInTokenProvider::interactiveSignInRequired);
    m_provider.refresh();
    ASSERT_TRUE(interactive.wait(5000));
    ASSERT_EQ(failed.size(), 1);
    const auto error = failed.first().first().value<Error>();
    EXPECT_EQ(error.kind, Error::Kind::Auth);
    EXPECT_EQ(error.code, u"invalid_grant"_s);
    EXPECT_EQ(interactive.first().first().value<Error>().code, u"invalid_grant"_s);
    EXPECT_EQ(m_provider.accessToken(), u"at-0"_s) << "what the user was doing keeps working while it can";

    // Later calls fail at once, without another doomed request.
    m_provider.refresh();
    ASSERT_TRUE(failed.wait(5000));
    EXPECT_EQ(failed.last().first().value<Error>().code, u"interaction_required"_s);
    EXPECT_EQ(m_network.countGrant(u"refresh_token"_s), 1);
    EXPECT_EQ(interactive.size(), 1);
}

TEST_F(auth_SignedInTokenProvider, InteractionRequiredAsksForInteractiveSignIn)
{
    startSession();
    m_script = {FakeResponse::oauthError(u"interaction_required"_s, 50076)};
    QSignalSpy interactive(&m_provider, &SignedInTokenProvider::interactiveSignInRequired);
    m_provider.refresh();
    ASSERT_TRUE(interactive.wait(5000));
    EXPECT_EQ(interactive.first().first().value<Error>().code, u"interaction_required"_s);
}

TEST_F(auth_SignedInTokenProvider, TransientFailureKeepsTheSession)
{
    startSession();
    m_script = {FakeResponse::networkFailure()};
    QSignalSpy failed(&m_provider, &TokenProvider::refreshFailed);
    QSignalSpy interactive(&m_provider, &SignedInTokenProvider::interactiveSignInRequired);
    m_provider.refresh();
    ASSERT_TRUE(failed.wait(5000));
    EXPECT_EQ(failed.first().first().value<Error>().kind, Error::Kind::Network);
    EXPECT_TRUE(interactive.isEmpty());
    QSignalSpy refreshed(&m_provider, &TokenProvider::tokenRefreshed);
    m_provider.refresh();
    ASSERT_TRUE(refreshed.wait(5000));
    EXPECT_EQ(m_refreshTokensSent, (QStringList{u"rt-0"_s, u"rt-0"_s}));
}

TEST_F(auth_SignedInTokenProvider, RefreshesBeforeExpiryByTheInjectedClock)
{
    startSession();
    QSignalSpy refreshed(&m_provider, &TokenProvider::tokenRefreshed);
    m_clock.advanceSecs(3600 - 301); // not yet within 5 minutes of expiry
    EXPECT_EQ(m_provider.accessToken(), u"at-0"_s);
    QTest::qWait(20);
    EXPECT_EQ(m_network.countGrant(u"refresh_token"_s), 0);

    m_clock.advanceSecs(2); // 299 s left: inside the refresh margin
    EXPECT_EQ(m_provider.accessToken(), u"at-0"_s) << "still valid: handed out while the refresh runs";
    ASSERT_TRUE(refreshed.wait(5000));
    EXPECT_EQ(m_network.countGrant(u"refresh_token"_s), 1);
    EXPECT_EQ(m_provider.accessToken(), u"at-1"_s);
    EXPECT_EQ(m_provider.accessTokenExpiresAt(), m_clock.now().addSecs(3600));
}

TEST_F(auth_SignedInTokenProvider, ExpiredAccessTokenIsNotHandedOut)
{
    startSession();
    m_clock.advanceSecs(3600 - 59); // within the 60 s skew
    EXPECT_TRUE(m_provider.accessToken().isEmpty());
    QSignalSpy refreshed(&m_provider, &TokenProvider::tokenRefreshed);
    ASSERT_TRUE(refreshed.wait(5000)) << "asking for an expired token starts a refresh";
    EXPECT_EQ(m_provider.accessToken(), u"at-1"_s);
}

TEST_F(auth_SignedInTokenProvider, ShortLivedTokensRefreshAtHalfTheirLifetime)
{
    startSession(u"at-0"_s, u"rt-0"_s, 120);
    m_clock.advanceSecs(59);
    EXPECT_EQ(m_provider.accessToken(), u"at-0"_s);
    QTest::qWait(20);
    EXPECT_EQ(m_network.countGrant(u"refresh_token"_s), 0);
    m_clock.advanceSecs(2);
    QSignalSpy refreshed(&m_provider, &TokenProvider::tokenRefreshed);
    EXPECT_FALSE(m_provider.accessToken().isEmpty());
    ASSERT_TRUE(refreshed.wait(5000));
}

TEST_F(auth_SignedInTokenProvider, RestoreReadsTheStoreAndRedeems)
{
    startSession();
    // A later process: a fresh provider over the same store.
    SignedInTokenProvider later(m_store, m_clock);
    later.setIdentityClient(makeClient(&m_network));
    QSignalSpy refreshed(&later, &TokenProvider::tokenRefreshed);
    later.restoreSession(kKey);
    ASSERT_TRUE(refreshed.wait(5000));
    EXPECT_EQ(later.accessToken(), u"at-1"_s);
    EXPECT_EQ(m_refreshTokensSent, QStringList{u"rt-0"_s});
    EXPECT_EQ(storedSecret(), u"rt-1"_s);
}

TEST_F(auth_SignedInTokenProvider, RestoreWithoutSavedTokenNeedsInteraction)
{
    QSignalSpy failed(&m_provider, &TokenProvider::refreshFailed);
    QSignalSpy interactive(&m_provider, &SignedInTokenProvider::interactiveSignInRequired);
    m_provider.restoreSession(kKey);
    ASSERT_TRUE(failed.wait(5000));
    EXPECT_EQ(failed.first().first().value<Error>().code, u"no_refresh_token"_s);
    EXPECT_EQ(interactive.size(), 1);
    EXPECT_TRUE(m_network.requests().isEmpty());
}

TEST_F(auth_SignedInTokenProvider, NotSignedInFailsAsynchronously)
{
    QSignalSpy failed(&m_provider, &TokenProvider::refreshFailed);
    m_provider.refresh();
    EXPECT_TRUE(failed.isEmpty());
    ASSERT_TRUE(failed.wait(5000));
    EXPECT_EQ(failed.first().first().value<Error>().kind, Error::Kind::Auth);
}

TEST_F(auth_SignedInTokenProvider, KeychainFailureKeepsTheSessionInMemory)
{
    FailingSecretStore broken;
    m_provider.setSecretStore(broken);
    TokenResponse tokens = TokenResponse::fromJson(tokenJson(u"at-0"_s, u"rt-0"_s)).value();
    QSignalSpy storeFailed(&m_provider, &SignedInTokenProvider::secretStoreFailed);
    QSignalSpy stored(&m_provider, &SignedInTokenProvider::sessionStored);
    m_provider.startSession(kKey, tokens);
    ASSERT_TRUE(storeFailed.wait(5000));
    EXPECT_EQ(storeFailed.first().first().value<Error>().kind, Error::Kind::Keychain);
    EXPECT_TRUE(stored.isEmpty());
    EXPECT_EQ(m_provider.accessToken(), u"at-0"_s);

    // Rotation still works from memory, and the failure to save it is reported again.
    QSignalSpy refreshed(&m_provider, &TokenProvider::tokenRefreshed);
    m_provider.refresh();
    ASSERT_TRUE(refreshed.wait(5000));
    EXPECT_EQ(m_refreshTokensSent, QStringList{u"rt-0"_s});
    ASSERT_TRUE(storeFailed.size() == 2 || storeFailed.wait(5000));

    // Switching to memory and persisting saves the current refresh token there.
    m_provider.setSecretStore(m_store);
    m_provider.persist();
    ASSERT_TRUE(stored.wait(5000));
    EXPECT_EQ(storedSecret(), u"rt-1"_s);
}

TEST_F(auth_SignedInTokenProvider, ClearEndsARunningRefresh)
{
    startSession();
    m_network.setHandler([](const FakeRequest &) {
        FakeResponse hang;
        hang.hang = true;
        return hang;
    });
    QSignalSpy failed(&m_provider, &TokenProvider::refreshFailed);
    m_provider.refresh();
    m_provider.clear();
    ASSERT_EQ(failed.size(), 1);
    EXPECT_EQ(failed.first().first().value<Error>().kind, Error::Kind::Cancelled);
    EXPECT_TRUE(m_provider.accessToken().isEmpty());
    EXPECT_FALSE(m_provider.hasSession());
}
