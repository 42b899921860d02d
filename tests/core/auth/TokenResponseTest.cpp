// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/auth/TokenResponse.h"
#include "core/auth/AccountInfo.h"
#include "core/auth/OAuthError.h"

#include "FakeIdentityNetwork.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QJsonDocument>

using namespace passcode;
using namespace passcode::auth;
using namespace passcode::testing;
using namespace Qt::StringLiterals;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return file.readAll();
}

} // namespace

TEST(auth_TokenResponse, ParsesEveryField)
{
    const QJsonObject json = tokenJson(u"at-1"_s, u"rt-1"_s, 3599);
    auto parsed = TokenResponse::fromJson(QJsonDocument(json).toJson());
    ASSERT_TRUE(parsed) << parsed.error().toDisplayString().toStdString();
    EXPECT_EQ(parsed->tokenType, u"Bearer"_s);
    EXPECT_EQ(parsed->expiresIn, 3599);
    EXPECT_EQ(parsed->extExpiresIn, 3599);
    EXPECT_EQ(parsed->accessToken, u"at-1"_s);
    EXPECT_EQ(parsed->refreshToken, u"rt-1"_s);
    EXPECT_FALSE(parsed->scope.isEmpty());
    EXPECT_EQ(parsed->claims.preferredUsername, u"tech@contoso.example"_s);
    EXPECT_EQ(parsed->claims.name, u"Help Desk Tech"_s);
    EXPECT_EQ(parsed->claims.objectId, u"00000000-0000-0000-0000-0000000000a1"_s);
    EXPECT_EQ(parsed->claims.tenantId, u"11111111-2222-3333-4444-555555555555"_s);

    const AccountInfo account = AccountInfo::fromTokenResponse(parsed.value());
    EXPECT_EQ(account.username, u"tech@contoso.example"_s);
    EXPECT_EQ(account.homeAccountId,
              u"00000000-0000-0000-0000-0000000000a1.11111111-2222-3333-4444-555555555555"_s);
    EXPECT_EQ(refreshTokenKey(Cloud::Global, u"Contoso.Example"_s, u"ABC"_s, account.homeAccountId),
              u"global/contoso.example/abc/00000000-0000-0000-0000-0000000000a1.11111111-2222-3333-4444-"
              "555555555555/refresh_token"_s);
}

TEST(auth_TokenResponse, StringExpiresInAndNoIdentity)
{
    const QByteArray body = R"({"token_type":"bearer","expires_in":"3600","access_token":"x"})";
    auto parsed = TokenResponse::fromJson(body);
    ASSERT_TRUE(parsed);
    EXPECT_EQ(parsed->expiresIn, 3600);
    EXPECT_TRUE(parsed->refreshToken.isEmpty());
    EXPECT_EQ(AccountInfo::fromTokenResponse(parsed.value()).homeAccountId, u"unknown"_s);
}

TEST(auth_TokenResponse, NumbersBeyondAnyLifetimeAreRefusedNotWrapped)
{
    // A 20-digit expires_in (as a string or a number) is not a lifetime: refused, never converted.
    for (const QByteArray &expires :
         {QByteArray(R"("99999999999999999999")"), QByteArray(R"("9223372036854775807")"),
          QByteArray("1e300"), QByteArray(R"("-1")")}) {
        const QByteArray body =
            R"({"token_type":"Bearer","expires_in":)" + expires + R"(,"access_token":"x"})";
        EXPECT_FALSE(TokenResponse::fromJson(body)) << body.toStdString();
    }
    QJsonObject dc{{u"device_code"_s, u"dc"_s},
                   {u"user_code"_s, u"ABCD1234"_s},
                   {u"verification_uri"_s, u"https://microsoft.com/devicelogin"_s},
                   {u"expires_in"_s, 900},
                   {u"interval"_s, u"99999999999999999999"_s}};
    const auto parsed = DeviceCodeResponse::fromJson(dc);
    ASSERT_TRUE(parsed);
    EXPECT_EQ(parsed->interval, 5); // unusable: the RFC 8628 default
    dc.insert(u"interval"_s, u"9223372036854775807"_s);
    ASSERT_TRUE(DeviceCodeResponse::fromJson(dc));
    EXPECT_EQ(DeviceCodeResponse::fromJson(dc)->interval, 5);
}

TEST(auth_TokenResponse, MissingFieldsAreParseErrorsThatDoNotQuoteTheBody)
{
    const QByteArray rows[] = {
        R"({"token_type":"Bearer","expires_in":3600})",
        R"({"token_type":"MAC","expires_in":3600,"access_token":"secret-at"})",
        R"({"token_type":"Bearer","access_token":"secret-at"})",
        R"(not json secret-at)",
        R"([1,2])",
    };
    for (const QByteArray &body : rows) {
        SCOPED_TRACE(body.toStdString());
        auto parsed = TokenResponse::fromJson(body);
        ASSERT_FALSE(parsed);
        EXPECT_EQ(parsed.error().kind, Error::Kind::Parse);
        EXPECT_FALSE(parsed.error().message.contains(u"secret-at"_s));
        EXPECT_FALSE(parsed.error().detail.contains(u"secret-at"_s));
    }
}

TEST(auth_TokenResponse, MalformedIdTokenDoesNotFailTheSignIn)
{
    QJsonObject json = tokenJson(u"at"_s, u"rt"_s);
    json.insert(u"id_token"_s, u"not-a-jwt"_s);
    auto parsed = TokenResponse::fromJson(json);
    ASSERT_TRUE(parsed);
    EXPECT_TRUE(parsed->claims.preferredUsername.isEmpty());
    EXPECT_FALSE(IdTokenClaims::decode(u"a.b"_s));
    EXPECT_FALSE(IdTokenClaims::decode(u"a.%%%.c"_s));
}

TEST(auth_TokenResponse, DeviceCodeAnswer)
{
    const QJsonObject json{{u"device_code"_s, u"dc"_s},
                           {u"user_code"_s, u"ABCD1234"_s},
                           {u"verification_uri"_s, u"https://microsoft.com/devicelogin"_s},
                           {u"expires_in"_s, 900},
                           {u"message"_s, u"To sign in, use a web browser..."_s}};
    auto parsed = DeviceCodeResponse::fromJson(json);
    ASSERT_TRUE(parsed);
    EXPECT_EQ(parsed->interval, 5); // RFC 8628 default when absent
    EXPECT_EQ(parsed->expiresIn, 900);
    QJsonObject incomplete = json;
    incomplete.remove(u"user_code"_s);
    EXPECT_FALSE(DeviceCodeResponse::fromJson(incomplete));
}

TEST(auth_OAuthError, DocumentedTokenEndpointErrorSample)
{
    const QByteArray body = readFile(QStringLiteral(PASSCODE_SHARED_DIR) +
                                     u"/reference/examples/token-endpoint-error.doc-sample.json"_s);
    const Error e = OAuthError::fromTokenEndpoint(400, body);
    EXPECT_EQ(e.kind, Error::Kind::Auth);
    EXPECT_EQ(e.httpStatus, 400);
    EXPECT_EQ(e.code, u"invalid_scope"_s);
    EXPECT_TRUE(e.detail.startsWith(u"AADSTS70011"_s)) << e.detail.toStdString();
    EXPECT_TRUE(e.detail.contains(u"Trace ID: 0000aaaa-11bb-cccc-dd22-eeeeee333333"_s));
    EXPECT_TRUE(e.detail.contains(u"Correlation ID: aaaa0000-bb11-2222-33cc-444444dddddd"_s));
    EXPECT_EQ(e.requestId, u"0000aaaa-11bb-cccc-dd22-eeeeee333333"_s);
    EXPECT_FALSE(e.message.isEmpty());
    EXPECT_FALSE(e.message.contains(u"AADSTS"_s)); // the message is ours, translated; the service's is detail
}

TEST(auth_OAuthError, OurFixtures)
{
    const QByteArray invalidGrant =
        readFile(QStringLiteral(PASSCODE_TEST_DATA_DIR) + u"/auth/token_error_invalid_grant_revoked.json"_s);
    const Error e = OAuthError::fromTokenEndpoint(400, invalidGrant);
    EXPECT_EQ(e.code, u"invalid_grant"_s);
    EXPECT_TRUE(e.detail.contains(u"AADSTS50173"_s));
    EXPECT_TRUE(OAuthError::needsInteraction(e));

    const QByteArray pending =
        readFile(QStringLiteral(PASSCODE_TEST_DATA_DIR) + u"/auth/token_error_authorization_pending.json"_s);
    const Error p = OAuthError::fromTokenEndpoint(400, pending);
    EXPECT_EQ(p.code, u"authorization_pending"_s);
    EXPECT_FALSE(OAuthError::needsInteraction(p));
}

TEST(auth_OAuthError, NonJsonAndServerErrors)
{
    EXPECT_EQ(OAuthError::fromTokenEndpoint(502, "<html>bad gateway</html>").kind, Error::Kind::Unavailable);
    EXPECT_EQ(OAuthError::fromTokenEndpoint(404, "").kind, Error::Kind::Http);
    EXPECT_EQ(OAuthError::fromCode(u"temporarily_unavailable"_s).kind, Error::Kind::Unavailable);
    EXPECT_TRUE(OAuthError::fromCode(u"temporarily_unavailable"_s).isTransient());
    for (const char *code : {"invalid_grant", "interaction_required", "login_required", "consent_required"})
        EXPECT_TRUE(OAuthError::needsInteraction(OAuthError::fromCode(QString::fromLatin1(code)))) << code;
    EXPECT_FALSE(OAuthError::needsInteraction(OAuthError::fromCode(u"invalid_client"_s)));
}

TEST(auth_OAuthError, AuthorizeRedirectError)
{
    QUrlQuery query;
    query.addQueryItem(u"error"_s, u"access_denied"_s);
    query.addQueryItem(u"error_description"_s, u"AADSTS65004: User declined to consent.%0D%0Amore"_s);
    const Error e = OAuthError::fromAuthorizeRedirect(query);
    EXPECT_EQ(e.kind, Error::Kind::Auth);
    EXPECT_EQ(e.code, u"access_denied"_s);
    EXPECT_EQ(e.detail, u"AADSTS65004: User declined to consent."_s);
}
