// SPDX-License-Identifier: GPL-3.0-or-later
// Intune's limits (graph-intune.md §6), scaled down: per app and per tenant, writes and any, sliding 20 s
// windows.
#include "SandboxTestSupport.h"

#include <QJsonArray>

using namespace passcode::sandbox;
using namespace passcode::sandbox::testing;

namespace {

class sandbox_throttling : public SandboxFixture
{
protected:
    void SetUp() override
    {
        SandboxOptions o = testOptions(40);
        o.throttleScale = 0.05; // per app: 10 writes, 100 any; per tenant: 20 writes, 200 any (per 20 s)
        startServer(o);
        m_device = showcase()[10].toObject().value(QLatin1String("id")).toString();
    }
    int write(const QString &bearer)
    {
        return post(QStringLiteral("/v1.0/deviceManagement/managedDevices/%1/resetPasscode").arg(m_device),
                    {}, bearer, {})
            .status;
    }
    QString m_device;
};

} // namespace

TEST_F(sandbox_throttling, WritesPerAppThenPerTenant)
{
    const QJsonObject limits =
        controlGet(QStringLiteral("state")).value(QLatin1String("throttling")).toObject();
    EXPECT_EQ(limits.value(QLatin1String("appWrites")).toInt(), 10);
    EXPECT_EQ(limits.value(QLatin1String("tenantWrites")).toInt(), 20);
    const QString appA =
        token(SandboxServer::defaultScopes(), QStringLiteral("helpdesk@contoso-sandbox.onmicrosoft.com"),
              QStringLiteral("app-a"));
    const QString appB =
        token(SandboxServer::defaultScopes(), QStringLiteral("helpdesk@contoso-sandbox.onmicrosoft.com"),
              QStringLiteral("app-b"));
    const QString appC =
        token(SandboxServer::defaultScopes(), QStringLiteral("helpdesk@contoso-sandbox.onmicrosoft.com"),
              QStringLiteral("app-c"));
    for (int k = 0; k < 10; ++k) {
        ASSERT_EQ(write(appA), 204) << k;
    }
    const Reply refused = post(
        QStringLiteral("/v1.0/deviceManagement/managedDevices/%1/resetPasscode").arg(m_device), {}, appA, {});
    ASSERT_EQ(refused.status, 429);
    const double retryAfter = refused.header("Retry-After").toDouble();
    EXPECT_GT(retryAfter, 0.0);
    EXPECT_LE(retryAfter, 20.0);
    EXPECT_EQ(refused.json().value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString(),
              QLatin1String("TooManyRequests"));
    EXPECT_EQ(refused.json()
                  .value(QLatin1String("error"))
                  .toObject()
                  .value(QLatin1String("innerError"))
                  .toObject()
                  .value(QLatin1String("status"))
                  .toString(),
              QLatin1String("429"));
    // Reads of the same app still pass: only the write window is full.
    EXPECT_EQ(get(QStringLiteral("/v1.0/deviceManagement/managedDevices?$top=1"), appA).status, 200);
    // Another app has its own per-app budget, until the tenant's 20 writes are used.
    for (int k = 0; k < 10; ++k) {
        ASSERT_EQ(write(appB), 204) << k;
    }
    EXPECT_EQ(write(appC), 429);
    // Refused requests do not count; after the window the budget is back.
    advance(20.5);
    EXPECT_EQ(write(appC), 204);
    EXPECT_EQ(write(appA), 204);
}

TEST_F(sandbox_throttling, AnyRequestPerApp)
{
    int accepted = 0;
    int status = 200;
    while (status == 200 && accepted < 150) {
        status = get(QStringLiteral("/v1.0/deviceManagement/managedDevices?$top=1")).status;
        if (status == 200)
            ++accepted;
    }
    EXPECT_EQ(accepted, 100);
    EXPECT_EQ(status, 429);
    // Identity and control endpoints are not throttled.
    EXPECT_EQ(get(QStringLiteral("/sandbox/state"), QString()).status, 200);
    // Resetting the windows (control endpoint) lets requests in again.
    control(QStringLiteral("throttle/reset"));
    EXPECT_EQ(get(QStringLiteral("/v1.0/deviceManagement/managedDevices?$top=1")).status, 200);
    // Scale 0 turns throttling off.
    control(QStringLiteral("throttle"), QJsonObject{{QStringLiteral("scale"), 0}});
    for (int k = 0; k < 120; ++k) {
        ASSERT_EQ(get(QStringLiteral("/v1.0/deviceManagement/managedDevices?$top=1")).status, 200);
    }
}

TEST_F(sandbox_throttling, FullScaleLimitsAreIntunes)
{
    control(QStringLiteral("throttle"), QJsonObject{{QStringLiteral("scale"), 1}});
    const QJsonObject limits =
        controlGet(QStringLiteral("state")).value(QLatin1String("throttling")).toObject();
    EXPECT_EQ(limits.value(QLatin1String("appWrites")).toInt(), 200);
    EXPECT_EQ(limits.value(QLatin1String("appAny")).toInt(), 2000);
    EXPECT_EQ(limits.value(QLatin1String("tenantWrites")).toInt(), 400);
    EXPECT_EQ(limits.value(QLatin1String("tenantAny")).toInt(), 4000);
    EXPECT_EQ(limits.value(QLatin1String("windowSeconds")).toInt(), 20);
    for (int k = 0; k < 200; ++k) {
        ASSERT_EQ(write(m_token), 204) << k;
    }
    EXPECT_EQ(write(m_token), 429);
}

TEST_F(sandbox_throttling, AShortWindowForBenchmarksAndTheRefusalCounts)
{
    control(QStringLiteral("throttle"),
            QJsonObject{{QStringLiteral("scale"), 0.05}, {QStringLiteral("windowMs"), 300}});
    const QJsonObject state =
        controlGet(QStringLiteral("state")).value(QLatin1String("throttling")).toObject();
    EXPECT_DOUBLE_EQ(state.value(QLatin1String("windowSeconds")).toDouble(), 0.3);
    EXPECT_EQ(state.value(QLatin1String("refusedWrites")).toInt(), 0);
    for (int k = 0; k < 10; ++k)
        ASSERT_EQ(write(m_token), 204) << k;
    EXPECT_EQ(write(m_token), 429);
    EXPECT_EQ(controlGet(QStringLiteral("state"))
                  .value(QLatin1String("throttling"))
                  .toObject()
                  .value(QLatin1String("refusedWrites"))
                  .toInt(),
              1);
    control(QStringLiteral("time/advance"),
            QJsonObject{{QStringLiteral("seconds"), 0.35}}); // window moves on
    EXPECT_EQ(write(m_token), 204);
    EXPECT_EQ(post(QStringLiteral("/sandbox/throttle"), R"({"scale":1,"windowMs":0})", {}).status, 400);
    EXPECT_DOUBLE_EQ(controlGet(QStringLiteral("state"))
                         .value(QLatin1String("throttling"))
                         .toObject()
                         .value(QLatin1String("windowSeconds"))
                         .toDouble(),
                     0.3); // refused: unchanged
}
