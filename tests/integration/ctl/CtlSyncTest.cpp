// SPDX-License-Identifier: GPL-3.0-or-later
// passcodectl sync and reset --sync against a sandbox over 127.0.0.1: the device's last check-in moves once
// the sandbox's short delay has passed; a platform Intune does not sync is refused (3) and a role without
// Remote tasks › Sync devices too (5), before anything is sent; an unknown outcome exits 7 and is not
// re-sent; reset --sync sends the Sync after the reset was accepted, and the reset is delivered at that
// check-in.
#include "CtlEndToEndFixture.h"

#include "sandbox/host/SandboxHost.h"
#include "sandbox/tenant/ActionSimulator.h"

#include <gtest/gtest.h>

#include <QJsonArray>

using namespace passcode::itest;

namespace {

bool clean(const QJsonObject &f)
{
    return !f.value(u"noPasscodePolicy").toBool() && !f.value(u"resetTokenInactive").toBool();
}

} // namespace

class ctl_Sync : public ctl_EndToEnd
{
protected:
    QString lastSync(const QString &id) const
    {
        return s_sandbox
            ->call("GET",
                   QStringLiteral("/v1.0/deviceManagement/managedDevices/%1?$select=id,lastSyncDateTime")
                       .arg(id),
                   {}, nullptr, s_sandbox->token())
            .value(u"lastSyncDateTime")
            .toString();
    }
    QString actionState(const QString &id) const
    {
        const QJsonObject d = s_sandbox->call(
            "GET",
            QStringLiteral("/beta/deviceManagement/managedDevices/%1?$select=id,deviceActionResults").arg(id),
            {}, nullptr, s_sandbox->token());
        QString state;
        for (const QJsonValue &r : d.value(u"deviceActionResults").toArray()) {
            if (r.toObject().value(u"actionName").toString() == u"resetPasscode")
                state = r.toObject().value(u"actionState").toString();
        }
        return state;
    }
};

TEST_F(ctl_Sync, SyncIsAcceptedAndTheDeviceChecksInAfterAShortDelay)
{
    const QJsonObject d = device(11, clean);
    ASSERT_FALSE(d.isEmpty());
    const QString id = d.value(u"id").toString();
    const QString before = lastSync(id);
    const CtlRun r = run(hosted({QStringLiteral("sync"), d.value(u"deviceName").toString()}));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Sync sent to ") + d.value(u"deviceName").toString()))
        << r.out.toStdString();
    EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString();
    EXPECT_EQ(lastSync(id), before); // not yet: the device answers 10 s (tenant time) or more later
    s_sandbox->advance(passcode::sandbox::ActionSimulator::kSyncMaxSeconds);
    EXPECT_GT(lastSync(id), before);

    // --json: the documented shape.
    const CtlRun j = run(hosted({QStringLiteral("sync"), id, QStringLiteral("--json")}));
    ASSERT_EQ(j.exitCode, 0) << j.err.toStdString();
    const QJsonObject o = j.json().object();
    EXPECT_EQ(o.value(u"deviceId").toString(), id);
    EXPECT_EQ(o.value(u"graphAction").toString(), QStringLiteral("syncDevice"));
    EXPECT_EQ(o.value(u"state").toString(), QStringLiteral("accepted"));
    EXPECT_EQ(o.value(u"exitCode").toInt(), 0);
    EXPECT_TRUE(o.value(u"message").isNull());
}

TEST_F(ctl_Sync, RefusalsAndAnUnknownOutcome)
{
    // Row 17: a platform Intune has no Sync for (Linux, ChromeOS...). Nothing leaves.
    const QJsonObject other = device(17);
    ASSERT_FALSE(other.isEmpty());
    const CtlRun unsupported = run(hosted({QStringLiteral("sync"), other.value(u"id").toString()}));
    EXPECT_EQ(unsupported.exitCode, 3) << unsupported.err.toStdString();
    expectOneErrorLine(unsupported);
    EXPECT_TRUE(unsupported.err.contains(QStringLiteral("Android, iOS/iPadOS, macOS and Windows")))
        << unsupported.err.toStdString();

    // A role without Remote tasks › Sync devices: refused before it is sent.
    const QJsonObject d = device(12, clean);
    ASSERT_FALSE(d.isEmpty());
    const QString readOnly =
        s_sandbox->host().mintAccessToken(QStringLiteral("readonly@contoso-sandbox.onmicrosoft.com"),
                                          passcode::sandbox::SandboxHost::defaultScopes());
    const QString before = lastSync(d.value(u"id").toString());
    const CtlRun role = run({QStringLiteral("--graph-url"), s_sandbox->baseUrl().toString(),
                             QStringLiteral("--access-token"), readOnly, QStringLiteral("--journal"),
                             journal(), QStringLiteral("sync"), d.value(u"id").toString()});
    EXPECT_EQ(role.exitCode, 5) << role.err.toStdString();
    expectOneErrorLine(role);
    EXPECT_TRUE(role.err.contains(QStringLiteral("Remote tasks › Sync devices"))) << role.err.toStdString();

    // Intune's 500 (the request may or may not have been taken): exit 7, never re-sent (the fault answers
    // before the sandbox takes it, so nothing checks in).
    ASSERT_TRUE(
        s_sandbox->setFaults(QJsonObject{{QStringLiteral("intuneErrorRate"), 1.0},
                                         {QStringLiteral("target"), QStringLiteral("re:syncDevice")}}));
    const CtlRun unknown = run(hosted({QStringLiteral("sync"), d.value(u"id").toString()}));
    EXPECT_EQ(unknown.exitCode, 7) << unknown.err.toStdString();
    expectOneErrorLine(unknown);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("not sent again"))) << unknown.err.toStdString();
    s_sandbox->resetFaults();
    s_sandbox->advance(passcode::sandbox::ActionSimulator::kSyncMaxSeconds);
    EXPECT_EQ(lastSync(d.value(u"id").toString()), before);
}

TEST_F(ctl_Sync, ResetWithSyncSyncsOnceTheResetIsAcceptedAndTheDeviceGetsItSooner)
{
    const QJsonObject d = device(11, clean);
    ASSERT_FALSE(d.isEmpty());
    const QString id = d.value(u"id").toString();
    const QString before = lastSync(id);
    const CtlRun r =
        run(hosted({QStringLiteral("reset"), id, QStringLiteral("--sync"), QStringLiteral("--json"),
                    QStringLiteral("--reason"), QStringLiteral("INC-9")}));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject o = r.json().object();
    EXPECT_EQ(o.value(u"state").toString(), QStringLiteral("accepted")) << r.out.toStdString();
    const QJsonObject sync = o.value(u"sync").toObject();
    EXPECT_EQ(sync.value(u"state").toString(), QStringLiteral("accepted")) << r.out.toStdString();
    EXPECT_EQ(actionState(id), QStringLiteral("pending"));
    // The Sync's check-in (10 to 60 s of tenant time) delivers the reset, sooner than its own (30 s to 5
    // min).
    s_sandbox->advance(passcode::sandbox::ActionSimulator::kSyncMaxSeconds);
    EXPECT_GT(lastSync(id), before);
    EXPECT_NE(actionState(id), QStringLiteral("pending"));

    // Text output, with --wait: the reset's lines and the Sync's.
    const QJsonObject e = device(12, clean);
    ASSERT_FALSE(e.isEmpty());
    const CtlRun text = run(hosted({QStringLiteral("reset"), e.value(u"id").toString(),
                                    QStringLiteral("--sync"), QStringLiteral("--wait")}),
                            [] { s_sandbox->advance(10); });
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("Sync sent to"))) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral(": done."))) << text.out.toStdString();

    // Where Intune has no Sync: the reset goes on, the Sync's refusal is a warning, the exit code the
    // reset's.
    const QJsonObject mac = device(3);
    ASSERT_FALSE(mac.isEmpty());
    const CtlRun noSync =
        run(hosted({QStringLiteral("reset"), mac.value(u"id").toString(), QStringLiteral("--sync")}));
    EXPECT_EQ(noSync.exitCode, 3); // macOS has no passcode reset: refused before any Sync question
}
