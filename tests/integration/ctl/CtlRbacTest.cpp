// SPDX-License-Identifier: GPL-3.0-or-later
// passcodectl and the technician's Intune role: a read-only operator's reset is refused before it is sent
// (exit 5, the role's reason), on a standalone sandbox and on the embedded one with --upn; without the
// DeviceManagementRBAC.Read.All permission, "permissions not checked" is said and reset behaves as before.
#include "CtlEndToEndFixture.h"

#include "sandbox/host/SandboxHost.h"

#include <gtest/gtest.h>

#include <QJsonArray>

using namespace passcode::itest;

namespace {

const QString kReadOnly = QStringLiteral("readonly@contoso-sandbox.onmicrosoft.com");
const QString kRoleReason = QStringLiteral("Your Intune role does not include Remote tasks › Reset passcode");

bool clean(const QJsonObject &f)
{
    return !f.value(u"noPasscodePolicy").toBool() && !f.value(u"resetTokenInactive").toBool();
}

} // namespace

TEST_F(ctl_EndToEnd, ReadOnlyOperatorIsRefusedBeforeTheActionIsSent)
{
    const QJsonObject d = device(12, clean);
    ASSERT_FALSE(d.isEmpty());
    const QString token =
        s_sandbox->host().mintAccessToken(kReadOnly, passcode::sandbox::SandboxHost::defaultScopes());
    ASSERT_FALSE(token.isEmpty());
    const qint64 before = s_sandbox->actionsTotal();
    const CtlRun r = run({QStringLiteral("--graph-url"), s_sandbox->baseUrl().toString(),
                          QStringLiteral("--access-token"), token, QStringLiteral("--journal"), journal(),
                          QStringLiteral("reset"), d.value(u"id").toString()});
    EXPECT_EQ(r.exitCode, 5) << r.err.toStdString();
    expectOneErrorLine(r);
    EXPECT_TRUE(r.err.contains(kRoleReason)) << r.err.toStdString();
    EXPECT_EQ(s_sandbox->actionsTotal(), before);
}

TEST_F(ctl_EndToEnd, WithoutTheRbacPermissionResetSaysNotCheckedAndBehavesAsBefore)
{
    const QJsonObject d = device(12, clean);
    ASSERT_FALSE(d.isEmpty());
    const QString token = s_sandbox->host().mintAccessToken(
        s_sandbox->host().defaultUpn(),
        {QStringLiteral("DeviceManagementManagedDevices.Read.All"),
         QStringLiteral("DeviceManagementManagedDevices.PrivilegedOperations.All")});
    const qint64 before = s_sandbox->actionsTotal();
    const CtlRun r =
        run({QStringLiteral("--graph-url"), s_sandbox->baseUrl().toString(), QStringLiteral("--access-token"),
             token, QStringLiteral("--journal"), journal(), QStringLiteral("reset"),
             d.value(u"id").toString(), QStringLiteral("--reason"), QStringLiteral("INC-77")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.err.count(QStringLiteral("Permissions not checked")), 1) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("DeviceManagementRBAC.Read.All")));
    EXPECT_EQ(s_sandbox->actionsTotal(), before + 1);
}

TEST_F(ctl_EndToEnd, EmbeddedSandboxUpnGivesTheReadOnlyOperator)
{
    const QStringList sandbox{QStringLiteral("--sandbox"),
                              QStringLiteral("--devices"),
                              QStringLiteral("60"),
                              QStringLiteral("--upn"),
                              kReadOnly,
                              QStringLiteral("--journal"),
                              journal()};
    const CtlRun list = run(
        sandbox + QStringList{QStringLiteral("devices"), QStringLiteral("list"), QStringLiteral("--json")});
    ASSERT_EQ(list.exitCode, 0) << list.err.toStdString(); // the role reads devices
    QString target;
    for (const QJsonValue &v : list.json().array()) {
        const QJsonObject o = v.toObject();
        if (o.value(u"deviceEnrollmentType").toString() == u"androidEnterpriseDedicatedDevice" &&
            o.value(u"managementState").toString() == u"managed") {
            target = o.value(u"id").toString();
            break;
        }
    }
    ASSERT_FALSE(target.isEmpty());
    const CtlRun reset = run(sandbox + QStringList{QStringLiteral("reset"), target});
    EXPECT_EQ(reset.exitCode, 5) << reset.err.toStdString();
    EXPECT_TRUE(reset.err.contains(kRoleReason)) << reset.err.toStdString();

    // --upn is a sandbox option.
    EXPECT_EQ(
        run(hosted({QStringLiteral("--upn"), kReadOnly, QStringLiteral("devices"), QStringLiteral("list")}))
            .exitCode,
        2);
}

TEST_F(ctl_EndToEnd, ABulkResetOfAReadOnlyOperatorPlansNothingEligibleAndSendsNothing)
{
    QStringList ids;
    for (const QJsonObject &d : {device(12, clean), device(13, clean)})
        ids << d.value(u"id").toString();
    ASSERT_EQ(ids.size(), 2);
    ASSERT_FALSE(ids.contains(QString()));
    const QString token =
        s_sandbox->host().mintAccessToken(kReadOnly, passcode::sandbox::SandboxHost::defaultScopes());
    const qint64 before = s_sandbox->actionsTotal();
    const CtlRun r =
        run(QStringList{QStringLiteral("--graph-url"), s_sandbox->baseUrl().toString(),
                        QStringLiteral("--access-token"), token, QStringLiteral("--journal"), journal(),
                        QStringLiteral("reset")} +
            ids + QStringList{QStringLiteral("--yes"), QStringLiteral("--reason"), QStringLiteral("INC-78")});
    EXPECT_EQ(r.exitCode, 3) << r.out.toStdString() << r.err.toStdString(); // nothing eligible
    EXPECT_TRUE(r.out.contains(kRoleReason)) << r.out.toStdString();
    EXPECT_FALSE(r.err.contains(QStringLiteral("Permissions not checked"))) << r.err.toStdString();
    EXPECT_EQ(s_sandbox->actionsTotal(), before);
}
