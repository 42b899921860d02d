// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13, point 5: Entra ID's answers are capped at bodylimits::IdentityAnswer (64 KiB) while they
// download, against a real HTTP server on 127.0.0.1 that sends a token answer without end, or announces
// gigabytes.
#include "core/auth/IdentityClient.h"
#include "core/common/ReplyBodyLimit.h"

#include "AuthTestSupport.h"
#include "fakes/FakeHttpServer.h"

#include <gtest/gtest.h>

#include <QNetworkAccessManager>
#include <QNetworkProxy>

using namespace passcode;
using namespace passcode::auth;
using namespace passcode::testing;

namespace {

/** The kernel's socket buffers and a few of Qt's reads: an endless answer left alone goes on for ever. */
constexpr qint64 kSlack = 32 * bodylimits::MiB;

class auth_IdentityBodyLimit : public ::testing::Test
{
protected:
    auth_IdentityBodyLimit() { m_network.setProxy(QNetworkProxy::NoProxy); }

    IdentityClient clientFor(const FakeHttpServer &server)
    {
        return IdentityClient(&m_network,
                              IdentityConfig{CloudEndpoints::create(Cloud::Global, server.baseUrl()).value(),
                                             kTenant, kClientId});
    }

    Result<TokenResponse> redeem(const IdentityClient &client)
    {
        std::optional<Result<TokenResponse>> out;
        QObject context;
        client.redeemRefreshToken(QStringLiteral("refresh-1"), &context,
                                  [&out](const Result<TokenResponse> &r) { out = r; });
        EXPECT_TRUE(waitUntil([&out] { return out.has_value(); }, 30000)) << "no answer";
        return out.value_or(
            Result<TokenResponse>(Error::make(Error::Kind::Internal, QStringLiteral("none"))));
    }

    QNetworkAccessManager m_network;
};

} // namespace

TEST_F(auth_IdentityBodyLimit, AnEndlessTokenAnswerStopsAt64KiB)
{
    FakeHttpServer server([](const QByteArray &, const QByteArray &) {
        return FakeHttpAnswer::endlessBody(200, "{\"access_token\":\"");
    });
    const Result<TokenResponse> r = redeem(clientFor(server));

    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().kind, Error::Kind::Parse);
    EXPECT_EQ(r.error().message, ReplyBodyLimit::tooLargeError(bodylimits::IdentityAnswer).message);
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("64 KiB"))) << r.error().message.toStdString();
    EXPECT_EQ(server.requests(), 1);
    EXPECT_LT(server.bodyBytesWritten(), bodylimits::IdentityAnswer + kSlack);
}

TEST_F(auth_IdentityBodyLimit, AHugeErrorAnswerIsRefusedFromItsContentLength)
{
    FakeHttpServer server([](const QByteArray &, const QByteArray &) {
        return FakeHttpAnswer::hugeContentLength(4 * 1024 * bodylimits::MiB, 400);
    });
    const Result<TokenResponse> r = redeem(clientFor(server));

    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().kind, Error::Kind::Parse);
    EXPECT_EQ(r.error().httpStatus, 400);
    EXPECT_TRUE(r.error().detail.contains(QStringLiteral("4294967296"))) << r.error().detail.toStdString();
    EXPECT_LT(server.bodyBytesWritten(), kSlack);
}

TEST_F(auth_IdentityBodyLimit, ATokenAnswerUnderTheCapIsRead)
{
    const QByteArray token = "eyJ" + QByteArray(40000, 'a');
    FakeHttpServer server([&token](const QByteArray &, const QByteArray &) {
        return FakeHttpAnswer::json("{\"token_type\":\"Bearer\",\"access_token\":\"" + token +
                                    "\",\"expires_in\":3600,\"scope\":\"x\"}");
    });
    const Result<TokenResponse> r = redeem(clientFor(server));
    ASSERT_TRUE(r) << r.error().toDisplayString().toStdString();
    EXPECT_EQ(r->accessToken.size(), token.size());
}
