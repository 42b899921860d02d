// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/auth/Pkce.h"
#include "core/auth/IdentityClient.h"

#include <gtest/gtest.h>

#include <QRegularExpression>
#include <QSet>
#include <QUrlQuery>

using namespace passcode::auth;
using namespace Qt::StringLiterals;

TEST(auth_Pkce, Rfc7636AppendixBVector)
{
    // RFC 7636, Appendix B.
    EXPECT_EQ(Pkce::challengeFor("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
              QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
}

TEST(auth_Pkce, GeneratedVerifierIsWellFormed)
{
    static const QRegularExpression unreserved(u"^[A-Za-z0-9._~-]+$"_s);
    QSet<QByteArray> seen;
    for (int length : {0, 43, 64, 128, 500}) {
        const Pkce pkce = Pkce::generate(length);
        SCOPED_TRACE(length);
        EXPECT_GE(pkce.verifier.size(), 43);
        EXPECT_LE(pkce.verifier.size(), 128);
        EXPECT_TRUE(unreserved.match(QString::fromLatin1(pkce.verifier)).hasMatch());
        EXPECT_EQ(pkce.challenge, Pkce::challengeFor(pkce.verifier));
        EXPECT_EQ(pkce.challenge.size(), 43); // 32 bytes, base64url, no padding
        EXPECT_FALSE(pkce.challenge.contains('='));
        seen.insert(pkce.verifier);
    }
    EXPECT_EQ(Pkce::generate(64).verifier.size(), 64);
    EXPECT_EQ(seen.size(), 5);
    EXPECT_NE(Pkce::randomUrlSafe(32), Pkce::randomUrlSafe(32));
    EXPECT_EQ(Pkce::randomUrlSafe(32).size(), 43);
}

TEST(auth_IdentityClientForm, PlusAndReservedCharactersArePercentEncoded)
{
    const QByteArray body =
        IdentityClient::formEncode({{u"refresh_token"_s, u"a+b/c=d&e f"_s},
                                    {u"scope"_s, u"https://graph.microsoft.com/X offline_access"_s}});
    EXPECT_EQ(body, QByteArray("refresh_token=a%2Bb%2Fc%3Dd%26e%20f&"
                               "scope=https%3A%2F%2Fgraph.microsoft.com%2FX%20offline_access"));
}
