// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/auth/BrowserSignInFlow.h"

#include "AuthTestSupport.h"

#include <gtest/gtest.h>

#include <QNetworkInterface>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTcpSocket>

using namespace passcode;
using namespace passcode::auth;
using namespace passcode::testing;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

struct BrowserAnswer
{
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
};

/** The user's browser, following the redirect to the loopback listener. */
class FakeBrowser
{
public:
    FakeBrowser() { m_network.setProxy(QNetworkProxy::NoProxy); }

    BrowserAnswer get(const QUrl &url)
    {
        QNetworkReply *reply = m_network.get(QNetworkRequest(url));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        EXPECT_TRUE(finished.wait(10000));
        BrowserAnswer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = reply->readAll();
        answer.error = reply->error();
        reply->deleteLater();
        return answer;
    }

private:
    QNetworkAccessManager m_network;
};

class auth_BrowserSignInFlow : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_network.setHandler([this](const FakeRequest &r) {
            if (isTokenRequest(r))
                return m_tokenAnswer;
            return FakeResponse::json(404, {});
        });
    }

    /** Starts the flow and returns the authorize URL it asks the UI to open. */
    QUrl startAndGetAuthorizeUrl(const BrowserSignInFlow::Options &options = {})
    {
        QSignalSpy open(&m_flow, &BrowserSignInFlow::openBrowserRequested);
        m_flow.start(options);
        EXPECT_TRUE(open.isEmpty()) << "signals never come from inside start()";
        EXPECT_TRUE(open.wait(10000));
        return open.isEmpty() ? QUrl() : open.first().first().toUrl();
    }

    static QString param(const QUrl &url, const QString &name)
    {
        return QUrlQuery(url).queryItemValue(name, QUrl::FullyDecoded);
    }

    /** The redirect URI with a query (values percent-encoded as a server would). */
    static QUrl redirect(const QUrl &authorizeUrl, const QList<std::pair<QString, QString>> &items)
    {
        QUrl url(param(authorizeUrl, u"redirect_uri"_s));
        url.setQuery(QString::fromLatin1(IdentityClient::formEncode(items)), QUrl::StrictMode);
        return url;
    }

    FakeIdentityNetwork m_network;
    BrowserSignInFlow m_flow{makeClient(&m_network)};
    FakeResponse m_tokenAnswer = FakeResponse::json(200, tokenJson(u"at-browser"_s, u"rt-browser"_s));
    FakeBrowser m_browser;
};

} // namespace

TEST_F(auth_BrowserSignInFlow, CodeWithPkceIsRedeemed)
{
    const QUrl authorize = startAndGetAuthorizeUrl();
    EXPECT_EQ(authorize.scheme(), u"https"_s);
    EXPECT_EQ(authorize.host(), u"login.microsoftonline.com"_s);
    EXPECT_EQ(authorize.path(), u"/contoso.example/oauth2/v2.0/authorize"_s);
    EXPECT_EQ(param(authorize, u"client_id"_s), kClientId);
    EXPECT_EQ(param(authorize, u"response_type"_s), u"code"_s);
    EXPECT_EQ(param(authorize, u"code_challenge_method"_s), u"S256"_s);
    EXPECT_EQ(param(authorize, u"prompt"_s), u"select_account"_s);
    EXPECT_TRUE(
        param(authorize, u"scope"_s).contains(u"DeviceManagementManagedDevices.PrivilegedOperations.All"_s));
    const QString state = param(authorize, u"state"_s);
    EXPECT_GE(state.size(), 32);
    const QUrl redirectUri(param(authorize, u"redirect_uri"_s));
    EXPECT_EQ(redirectUri.scheme(), u"http"_s);
    EXPECT_EQ(redirectUri.host(), u"localhost"_s);
    EXPECT_EQ(redirectUri.path(), u"/"_s);
    EXPECT_GT(redirectUri.port(), 0);
    EXPECT_EQ(m_flow.redirectUri(), redirectUri);

    QSignalSpy succeeded(&m_flow, &BrowserSignInFlow::succeeded);
    QSignalSpy failed(&m_flow, &BrowserSignInFlow::failed);
    const BrowserAnswer page =
        m_browser.get(redirect(authorize, {{u"code"_s, u"0.auth+code/1"_s}, {u"state"_s, state}}));
    EXPECT_EQ(page.status, 200);
    EXPECT_TRUE(page.body.contains("Passcode Console"));
    ASSERT_TRUE(!succeeded.isEmpty() || succeeded.wait(10000));
    EXPECT_TRUE(failed.isEmpty());
    EXPECT_EQ(succeeded.first().first().value<TokenResponse>().accessToken, u"at-browser"_s);
    EXPECT_FALSE(m_flow.isRunning());

    ASSERT_EQ(m_network.countGrant(u"authorization_code"_s), 1);
    const FakeRequest &token = m_network.requests().first();
    EXPECT_EQ(token.field(u"code"_s), u"0.auth+code/1"_s);
    EXPECT_EQ(token.field(u"redirect_uri"_s), redirectUri.toString());
    EXPECT_EQ(token.field(u"client_id"_s), kClientId);
    EXPECT_TRUE(token.form().queryItemValue(u"client_secret"_s).isEmpty())
        << "a public client sends no secret";
    const QByteArray verifier = token.field(u"code_verifier"_s).toLatin1();
    EXPECT_GE(verifier.size(), 43);
    EXPECT_EQ(QString::fromLatin1(Pkce::challengeFor(verifier)), param(authorize, u"code_challenge"_s));
}

TEST_F(auth_BrowserSignInFlow, StateMismatchIsRejectedAndTheCodeNotRedeemed)
{
    const QUrl authorize = startAndGetAuthorizeUrl();
    QSignalSpy failed(&m_flow, &BrowserSignInFlow::failed);
    const BrowserAnswer page =
        m_browser.get(redirect(authorize, {{u"code"_s, u"stolen"_s}, {u"state"_s, u"not-the-state"_s}}));
    EXPECT_EQ(page.status, 400);
    ASSERT_TRUE(!failed.isEmpty() || failed.wait(10000));
    const auto error = failed.first().first().value<Error>();
    EXPECT_EQ(error.kind, Error::Kind::Security);
    EXPECT_EQ(error.code, u"state_mismatch"_s);
    EXPECT_EQ(m_network.countGrant(u"authorization_code"_s), 0);
    EXPECT_FALSE(m_flow.isRunning());
}

TEST_F(auth_BrowserSignInFlow, MissingStateIsRejected)
{
    const QUrl authorize = startAndGetAuthorizeUrl();
    QSignalSpy failed(&m_flow, &BrowserSignInFlow::failed);
    m_browser.get(redirect(authorize, {{u"code"_s, u"c"_s}}));
    ASSERT_TRUE(!failed.isEmpty() || failed.wait(10000));
    EXPECT_EQ(failed.first().first().value<Error>().code, u"state_mismatch"_s);
    EXPECT_EQ(m_network.countGrant(u"authorization_code"_s), 0);
}

TEST_F(auth_BrowserSignInFlow, ErrorRedirectIsTranslated)
{
    const QUrl authorize = startAndGetAuthorizeUrl();
    QSignalSpy failed(&m_flow, &BrowserSignInFlow::failed);
    const BrowserAnswer page = m_browser.get(
        redirect(authorize, {{u"error"_s, u"access_denied"_s},
                             {u"error_description"_s, u"AADSTS65004: User declined to consent."_s},
                             {u"state"_s, param(authorize, u"state"_s)}}));
    EXPECT_EQ(page.status, 200);
    ASSERT_TRUE(!failed.isEmpty() || failed.wait(10000));
    const auto error = failed.first().first().value<Error>();
    EXPECT_EQ(error.kind, Error::Kind::Auth);
    EXPECT_EQ(error.code, u"access_denied"_s);
    EXPECT_TRUE(error.detail.contains(u"AADSTS65004"_s));
    EXPECT_EQ(m_network.countGrant(u"authorization_code"_s), 0);
}

TEST_F(auth_BrowserSignInFlow, TokenErrorEndsTheFlow)
{
    m_tokenAnswer = FakeResponse::oauthError(u"invalid_grant"_s, 54005); // code already redeemed
    const QUrl authorize = startAndGetAuthorizeUrl();
    QSignalSpy failed(&m_flow, &BrowserSignInFlow::failed);
    m_browser.get(redirect(authorize, {{u"code"_s, u"c"_s}, {u"state"_s, param(authorize, u"state"_s)}}));
    ASSERT_TRUE(!failed.isEmpty() || failed.wait(10000));
    const auto error = failed.first().first().value<Error>();
    EXPECT_EQ(error.code, u"invalid_grant"_s);
    EXPECT_TRUE(error.detail.contains(u"AADSTS54005"_s));
}

TEST_F(auth_BrowserSignInFlow, OtherPathsDoNotDisturbTheFlow)
{
    const QUrl authorize = startAndGetAuthorizeUrl();
    QUrl favicon(param(authorize, u"redirect_uri"_s));
    favicon.setPath(u"/favicon.ico"_s);
    EXPECT_EQ(m_browser.get(favicon).status, 404);
    EXPECT_TRUE(m_flow.isRunning());
    QUrl bare(param(authorize, u"redirect_uri"_s));
    EXPECT_EQ(m_browser.get(bare).status, 400);
    EXPECT_TRUE(m_flow.isRunning());

    QSignalSpy succeeded(&m_flow, &BrowserSignInFlow::succeeded);
    m_browser.get(redirect(authorize, {{u"code"_s, u"c"_s}, {u"state"_s, param(authorize, u"state"_s)}}));
    ASSERT_TRUE(!succeeded.isEmpty() || succeeded.wait(10000));
}

TEST_F(auth_BrowserSignInFlow, Ipv4RedirectHostAndLoginHint)
{
    BrowserSignInFlow::Options options;
    options.redirectHost = BrowserSignInFlow::RedirectHost::Ipv4;
    options.loginHint = u"tech@contoso.example"_s;
    options.prompt.clear();
    const QUrl authorize = startAndGetAuthorizeUrl(options);
    EXPECT_EQ(QUrl(param(authorize, u"redirect_uri"_s)).host(), u"127.0.0.1"_s);
    EXPECT_EQ(param(authorize, u"login_hint"_s), u"tech@contoso.example"_s);
    EXPECT_FALSE(QUrlQuery(authorize).hasQueryItem(u"prompt"_s));
}

TEST_F(auth_BrowserSignInFlow, ListensOnLoopbackOnly)
{
    const QUrl authorize = startAndGetAuthorizeUrl();
    const quint16 port = static_cast<quint16>(QUrl(param(authorize, u"redirect_uri"_s)).port());
    for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
        if (address.isLoopback() || address.protocol() != QAbstractSocket::IPv4Protocol)
            continue;
        QTcpSocket socket;
        socket.connectToHost(address, port);
        EXPECT_FALSE(socket.waitForConnected(2000)) << address.toString().toStdString();
    }
    m_flow.cancel();
}

TEST_F(auth_BrowserSignInFlow, CancelClosesTheListener)
{
    const QUrl authorize = startAndGetAuthorizeUrl();
    QSignalSpy failed(&m_flow, &BrowserSignInFlow::failed);
    m_flow.cancel();
    ASSERT_EQ(failed.size(), 1);
    EXPECT_EQ(failed.first().first().value<Error>().kind, Error::Kind::Cancelled);
    const BrowserAnswer page =
        m_browser.get(redirect(authorize, {{u"code"_s, u"c"_s}, {u"state"_s, param(authorize, u"state"_s)}}));
    EXPECT_NE(page.error, QNetworkReply::NoError);
    EXPECT_EQ(m_network.countGrant(u"authorization_code"_s), 0);
    EXPECT_EQ(failed.size(), 1);
}

TEST_F(auth_BrowserSignInFlow, TimesOutWithoutAnAnswer)
{
    BrowserSignInFlow::Options options;
    options.timeout = 0s;
    QSignalSpy failed(&m_flow, &BrowserSignInFlow::failed);
    m_flow.start(options);
    ASSERT_TRUE(failed.wait(10000));
    EXPECT_EQ(failed.first().first().value<Error>().kind, Error::Kind::Timeout);
}
