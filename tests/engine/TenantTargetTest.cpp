// SPDX-License-Identifier: GPL-3.0-or-later
// TenantTarget: the one place where a Graph URL is checked and made a root, and where a target's journal is
// named.
#include "engine/TenantTarget.h"

#include "core/actions/ActionJournal.h"
#include "core/auth/CloudEndpoints.h"
#include "core/auth/TokenProvider.h"

#include <gtest/gtest.h>

using namespace passcode;
using engine::TenantTarget;

TEST(engine_TenantTarget, GraphRootDropsATrailingVersionOrSlash)
{
    for (const char *given : {"http://127.0.0.1:8080", "http://127.0.0.1:8080/", "http://127.0.0.1:8080/v1.0",
                              "http://127.0.0.1:8080/v1.0/", "http://127.0.0.1:8080/beta"}) {
        const Result<QUrl> root = TenantTarget::graphRoot(QUrl(QLatin1String(given)));
        ASSERT_TRUE(root.hasValue()) << given;
        EXPECT_EQ(root->toString(), QStringLiteral("http://127.0.0.1:8080")) << given;
    }
    const Result<QUrl> proxied =
        TenantTarget::graphRoot(QUrl(QStringLiteral("https://proxy.example/graph/beta")));
    ASSERT_TRUE(proxied.hasValue());
    EXPECT_EQ(proxied->toString(), QStringLiteral("https://proxy.example/graph"));
}

TEST(engine_TenantTarget, PlainHttpOnlyToThisComputer)
{
    const Result<QUrl> remote =
        TenantTarget::graphRoot(QUrl(QStringLiteral("http://graph.example.com/v1.0")));
    ASSERT_FALSE(remote.hasValue());
    EXPECT_EQ(remote.error().kind, Error::Kind::Security);
    EXPECT_TRUE(TenantTarget::graphRoot(QUrl(QStringLiteral("http://localhost:1/"))).hasValue());
    EXPECT_TRUE(TenantTarget::graphRoot(QUrl(QStringLiteral("http://[::1]:1/"))).hasValue());
    EXPECT_TRUE(TenantTarget::graphRoot(QUrl(QStringLiteral("https://graph.microsoft.com"))).hasValue());
}

TEST(engine_TenantTarget, RefusesWhatIsNotAGraphRoot)
{
    for (const char *given : {"ftp://127.0.0.1/", "127.0.0.1:8080", "https://graph.microsoft.com/v1.0?x=1",
                              "https://graph.microsoft.com/#frag", "http://"}) {
        const Result<QUrl> root = TenantTarget::graphRoot(QUrl(QLatin1String(given)));
        EXPECT_FALSE(root.hasValue()) << given;
    }
}

TEST(engine_TenantTarget, AnEndpointWithoutTokenMustBeOnThisComputer)
{
    const Result<TenantTarget> local =
        TenantTarget::endpoint(QUrl(QStringLiteral("http://127.0.0.1:9/v1.0")));
    ASSERT_TRUE(local.hasValue());
    EXPECT_EQ(local->kind(), TenantTarget::Kind::Endpoint);
    EXPECT_EQ(local->graphBase().toString(), QStringLiteral("http://127.0.0.1:9"));
    EXPECT_TRUE(local->isSandbox());

    const Result<TenantTarget> remote =
        TenantTarget::endpoint(QUrl(QStringLiteral("https://graph.microsoft.com")));
    ASSERT_FALSE(remote.hasValue());
    EXPECT_EQ(remote.error().kind, Error::Kind::Auth);

    const Result<TenantTarget> withToken =
        TenantTarget::endpoint(QUrl(QStringLiteral("https://graph.microsoft.com/beta")), QStringLiteral("t"));
    ASSERT_TRUE(withToken.hasValue());
    EXPECT_FALSE(withToken->isSandbox());
    EXPECT_EQ(withToken->graphBase().toString(), QStringLiteral("https://graph.microsoft.com"));
}

TEST(engine_TenantTarget, JournalProfiles)
{
    engine::SandboxSpec spec;
    spec.seed = QStringLiteral("7");
    spec.devices = 250;
    EXPECT_EQ(TenantTarget::embeddedSandbox(spec).journalProfile(), QStringLiteral("sandbox-7-250"));

    // The same Graph root and tenant name the same journal whichever way the URL was written, so the
    // console and passcodectl on one target share it.
    const auto a = TenantTarget::endpoint(QUrl(QStringLiteral("https://graph.microsoft.com/v1.0")),
                                          QStringLiteral("t"), QStringLiteral("contoso.onmicrosoft.com"));
    const auto b = TenantTarget::endpoint(QUrl(QStringLiteral("https://graph.microsoft.com/")),
                                          QStringLiteral("u"), QStringLiteral("contoso.onmicrosoft.com"));
    ASSERT_TRUE(a.hasValue() && b.hasValue());
    EXPECT_EQ(a->journalProfile(), b->journalProfile());
    EXPECT_EQ(a->journalProfile(),
              actions::ActionJournal::tenantProfile(QUrl(QStringLiteral("https://graph.microsoft.com")),
                                                    QStringLiteral("contoso.onmicrosoft.com")));

    auth::StaticTokenProvider tokens(QStringLiteral("t"));
    const Result<auth::CloudEndpoints> endpoints = auth::CloudEndpoints::create(auth::Cloud::Global);
    ASSERT_TRUE(endpoints.hasValue());
    const auto signedIn = TenantTarget::signedIn(*endpoints, QStringLiteral("contoso.onmicrosoft.com"),
                                                 tokens, QStringLiteral("a@b"));
    ASSERT_TRUE(signedIn.hasValue());
    EXPECT_EQ(signedIn->journalProfile(), a->journalProfile());
    EXPECT_EQ(signedIn->tokenProvider(), &tokens);
    EXPECT_EQ(signedIn->account(), QStringLiteral("a@b"));
}
