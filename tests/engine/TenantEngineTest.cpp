// SPDX-License-Identifier: GPL-3.0-or-later
// TenantEngine over real HTTP: the embedded sandbox, a standalone sandbox reached as an endpoint, tokens
// renewed past their lifetime, and two engines side by side, torn down independently.
#include "EngineTestSupport.h"

#include "core/actions/ActionJournal.h"
#include "core/actions/ActionTracker.h"
#include "core/auth/CloudEndpoints.h"
#include "core/auth/TokenProvider.h"
#include "sandbox/host/SandboxHost.h"

#include <gtest/gtest.h>

#include <QTemporaryDir>

using namespace passcode;
using namespace passcode::enginetest;
using engine::EngineOptions;
using engine::SandboxSpec;
using engine::TenantEngine;
using engine::TenantTarget;

namespace {

EngineOptions optionsIn(const QTemporaryDir &dir, const QString &name)
{
    EngineOptions o;
    o.journalPath = dir.filePath(name + QStringLiteral(".json"));
    return o;
}

SandboxSpec spec(const char *seed, qsizetype devices)
{
    SandboxSpec s;
    s.seed = QLatin1String(seed);
    s.devices = devices;
    return s;
}

} // namespace

TEST(engine_TenantEngine, EmbeddedSandboxOpensAndLoads)
{
    QTemporaryDir dir;
    TenantEngine engine(TenantTarget::embeddedSandbox(spec("5", 60)), optionsIn(dir, QStringLiteral("a")));
    ASSERT_FALSE(openAndWait(engine).has_value());
    ASSERT_NE(engine.sandboxHost(), nullptr);
    EXPECT_EQ(engine.graphBase(), engine.sandboxHost()->baseUrl());
    EXPECT_EQ(engine.initiator(), engine.sandboxHost()->defaultUpn());
    EXPECT_EQ(engine.service().initiator(), engine.sandboxHost()->defaultUpn());
    EXPECT_EQ(engine.journal().path(), dir.filePath(QStringLiteral("a.json")));
    ASSERT_EQ(loadAll(engine), devices::DeviceDirectory::LoadState::Complete);
    EXPECT_EQ(engine.directory().count(), 60);
}

TEST(engine_TenantEngine, TwoSandboxTenantsSideBySideAndTornDownIndependently)
{
    QTemporaryDir dir;
    auto first = std::make_unique<TenantEngine>(TenantTarget::embeddedSandbox(spec("11", 40)),
                                                optionsIn(dir, QStringLiteral("first")));
    auto second = std::make_unique<TenantEngine>(TenantTarget::embeddedSandbox(spec("12", 70)),
                                                 optionsIn(dir, QStringLiteral("second")));
    ASSERT_FALSE(openAndWait(*first).has_value());
    ASSERT_FALSE(openAndWait(*second).has_value());
    EXPECT_NE(first->graphBase(), second->graphBase());
    EXPECT_NE(first->target().journalProfile(), second->target().journalProfile());
    EXPECT_NE(first->journal().path(), second->journal().path());

    ASSERT_EQ(loadAll(*first), devices::DeviceDirectory::LoadState::Complete);
    ASSERT_EQ(loadAll(*second), devices::DeviceDirectory::LoadState::Complete);
    EXPECT_EQ(first->directory().count(), 40);
    EXPECT_EQ(second->directory().count(), 70);
    const QString firstId = first->directory().at(0).id;
    const QString secondId = second->directory().at(0).id;
    EXPECT_EQ(second->directory().rowOf(firstId), -1) << "the tenants share no device";

    // Each engine reads its own tenant; a device of one is not found in the other.
    ASSERT_TRUE(fetch(*first, firstId).hasValue());
    const Result<devices::Device> crossed = fetch(*second, firstId);
    ASSERT_FALSE(crossed.hasValue());
    EXPECT_EQ(crossed.error().kind, Error::Kind::NotFound);

    // Tearing the first down stops its sandbox and leaves the second working.
    const QUrl firstBase = first->graphBase();
    first.reset();
    EXPECT_NE(control(firstBase, QStringLiteral("/sandbox/time/advance"), {{QStringLiteral("seconds"), 1}}),
              200);
    const Result<devices::Device> still = fetch(*second, secondId);
    ASSERT_TRUE(still.hasValue()) << still.error().message.toStdString();
    ASSERT_EQ(loadAll(*second), devices::DeviceDirectory::LoadState::Complete);
    EXPECT_EQ(second->directory().count(), 70);
}

TEST(engine_TenantEngine, EmbeddedSandboxTokenIsRenewedPastItsLifetime)
{
    QTemporaryDir dir;
    SandboxSpec s = spec("3", 20);
    s.accessTokenLifetimeSeconds = 60;
    TenantEngine engine(TenantTarget::embeddedSandbox(s), optionsIn(dir, QStringLiteral("t")));
    ASSERT_FALSE(openAndWait(engine).has_value());
    ASSERT_EQ(loadAll(engine), devices::DeviceDirectory::LoadState::Complete);
    const QString id = engine.directory().at(0).id;
    const QString before = engine.tokens().accessToken();

    // Two minutes later (protocol time) the first token has expired: the 401 makes the engine mint another.
    ASSERT_EQ(control(engine.graphBase(), QStringLiteral("/sandbox/time/advance"),
                      {{QStringLiteral("seconds"), 120}}),
              200);
    const Result<devices::Device> after = fetch(engine, id);
    ASSERT_TRUE(after.hasValue()) << after.error().message.toStdString();
    EXPECT_NE(engine.tokens().accessToken(), before);
}

TEST(engine_TenantEngine, StandaloneSandboxAsAnEndpoint)
{
    sandbox::SandboxOptions so;
    so.devices = 35;
    so.seed = 77;
    so.accessTokenLifetimeSeconds = 60;
    sandbox::SandboxHost host(so);
    QString error;
    ASSERT_TRUE(host.start(&error)) << error.toStdString();

    QTemporaryDir dir;
    // As users give it: with the version segment.
    const Result<TenantTarget> target = TenantTarget::endpoint(host.graphUrl(QStringLiteral("v1.0")));
    ASSERT_TRUE(target.hasValue());
    TenantEngine engine(*target, optionsIn(dir, QStringLiteral("endpoint")));
    ASSERT_FALSE(openAndWait(engine).has_value());
    EXPECT_EQ(engine.sandboxHost(), nullptr);
    EXPECT_EQ(engine.graphBase(), host.baseUrl());
    EXPECT_EQ(engine.initiator(), host.defaultUpn());
    ASSERT_EQ(loadAll(engine), devices::DeviceDirectory::LoadState::Complete);
    EXPECT_EQ(engine.directory().count(), 35);

    // Its tokens are asked of the control endpoint again once expired.
    const QString id = engine.directory().at(0).id;
    ASSERT_EQ(
        control(host.baseUrl(), QStringLiteral("/sandbox/time/advance"), {{QStringLiteral("seconds"), 120}}),
        200);
    const Result<devices::Device> after = fetch(engine, id);
    ASSERT_TRUE(after.hasValue()) << after.error().message.toStdString();
}

TEST(engine_TenantEngine, AnEndpointThatGivesNoTokenFailsToOpen)
{
    QTemporaryDir dir;
    // A port nothing listens on (the sandbox's, once stopped).
    QUrl base;
    {
        sandbox::SandboxHost host(sandbox::SandboxOptions{});
        ASSERT_TRUE(host.start());
        base = host.baseUrl();
    }
    const Result<TenantTarget> target = TenantTarget::endpoint(base);
    ASSERT_TRUE(target.hasValue());
    TenantEngine engine(*target, optionsIn(dir, QStringLiteral("none")));
    const std::optional<Error> failed = openAndWait(engine);
    ASSERT_TRUE(failed.has_value());
    EXPECT_EQ(failed->kind, Error::Kind::Auth);
    EXPECT_TRUE(failed->message.contains(base.toString())) << failed->message.toStdString();
    EXPECT_FALSE(engine.isOpen());
}

TEST(engine_TenantEngine, ASignedInTargetUsesItsTokenProvider)
{
    sandbox::SandboxHost host(sandbox::SandboxOptions{});
    ASSERT_TRUE(host.start());
    auth::StaticTokenProvider tokens(
        host.mintAccessToken(host.defaultUpn(), sandbox::SandboxHost::defaultScopes()));
    const Result<auth::CloudEndpoints> endpoints = auth::CloudEndpoints::create(
        auth::Cloud::Global, host.loginUrl(), host.graphUrl(QStringLiteral("beta")));
    ASSERT_TRUE(endpoints.hasValue());
    const Result<TenantTarget> target =
        TenantTarget::signedIn(*endpoints, host.tenantId(), tokens, QStringLiteral("someone@example.com"));
    ASSERT_TRUE(target.hasValue());
    QTemporaryDir dir;
    TenantEngine engine(*target, optionsIn(dir, QStringLiteral("signed")));
    ASSERT_FALSE(openAndWait(engine).has_value());
    EXPECT_EQ(&engine.tokens(), &tokens);
    EXPECT_EQ(engine.graphBase(), host.baseUrl());
    EXPECT_EQ(engine.initiator(), QStringLiteral("someone@example.com"));
    ASSERT_EQ(loadAll(engine), devices::DeviceDirectory::LoadState::Complete);
}
