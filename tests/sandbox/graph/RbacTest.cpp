// SPDX-License-Identifier: GPL-3.0-or-later
// Intune roles: getEffectivePermissions (v1.0 and beta shapes, the RBAC scope), the read-only operator's 403
// on the action, the France scope tag (list, GET by id, action), the accounts control endpoint.
#include "SandboxTestSupport.h"

#include "sandbox/graph/GraphService.h"

#include <QJsonArray>
#include <QSet>

using namespace passcode::sandbox;
using namespace passcode::sandbox::testing;

using sandbox_rbac = SandboxFixture;

namespace {

const QString kReadOnly = QStringLiteral("readonly@contoso-sandbox.onmicrosoft.com");
const QString kFrance = QStringLiteral("support.fr@contoso-sandbox.onmicrosoft.com");
const QString kDevices = QStringLiteral("/beta/deviceManagement/managedDevices");

QStringList allowedActions(const QJsonObject &answer)
{
    QStringList out;
    for (const QJsonValue &p : answer.value(QLatin1String("value")).toArray()) {
        for (const QJsonValue &ra : p.toObject().value(QLatin1String("resourceActions")).toArray()) {
            for (const QJsonValue &a : ra.toObject().value(QLatin1String("allowedResourceActions")).toArray())
                out.append(a.toString());
        }
    }
    return out;
}

bool isForbiddenByIntune(const Reply &r)
{
    const QJsonObject error = r.json().value(QLatin1String("error")).toObject();
    // Intune's wrapped shape: the message is itself a JSON object (graph-intune.md §3).
    return r.status == 403 && error.value(QLatin1String("code")).toString() == QLatin1String("Forbidden") &&
           error.value(QLatin1String("message")).toString().startsWith(QLatin1String("{\"_version\""));
}

} // namespace

TEST_F(sandbox_rbac, EffectivePermissionsOfTheHelpDeskOperatorInBothVersions)
{
    startServer(testOptions(10));
    const Reply v1 = get(QStringLiteral("/v1.0/deviceManagement/getEffectivePermissions(scope='*')"));
    ASSERT_EQ(v1.status, 200) << v1.body.toStdString();
    const QJsonObject permission = v1.json().value(QLatin1String("value")).toArray().first().toObject();
    EXPECT_EQ(permission.value(QLatin1String("@odata.type")).toString(), u"microsoft.graph.rolePermission");
    EXPECT_FALSE(permission.contains(QLatin1String("actions"))); // beta only
    const QJsonObject resourceAction =
        permission.value(QLatin1String("resourceActions")).toArray().first().toObject();
    EXPECT_TRUE(resourceAction.value(QLatin1String("notAllowedResourceActions")).toArray().isEmpty());
    const QStringList allowed = allowedActions(v1.json());
    EXPECT_TRUE(allowed.contains(u"Microsoft.Intune_RemoteTasks_ResetPasscode"));
    EXPECT_TRUE(allowed.contains(u"Microsoft.Intune_ManagedDevices_Read"));

    // Beta adds the older "actions" list; the function may be called without its parameter too.
    const Reply beta = get(QStringLiteral("/beta/deviceManagement/getEffectivePermissions"));
    ASSERT_EQ(beta.status, 200);
    const QJsonObject betaPermission = beta.json().value(QLatin1String("value")).toArray().first().toObject();
    EXPECT_EQ(betaPermission.value(QLatin1String("actions")).toArray().size(), allowed.size());
    EXPECT_EQ(allowedActions(beta.json()), allowed);
}

TEST_F(sandbox_rbac, EffectivePermissionsNeedTheRbacScope)
{
    startServer(testOptions(10));
    const QString withoutRbac =
        token({QLatin1String(GraphService::kReadAll), QLatin1String(GraphService::kPrivileged)});
    const Reply r =
        get(QStringLiteral("/v1.0/deviceManagement/getEffectivePermissions(scope='*')"), withoutRbac);
    EXPECT_EQ(r.status, 403);
    EXPECT_TRUE(r.json()
                    .value(QLatin1String("error"))
                    .toObject()
                    .value(QLatin1String("message"))
                    .toString()
                    .contains(QLatin1String("DeviceManagementRBAC.Read.All")));
    // The rest works as before.
    EXPECT_EQ(get(kDevices + QStringLiteral("?$top=1"), withoutRbac).status, 200);
}

TEST_F(sandbox_rbac, ReadOnlyOperatorReadsDevicesButIsRefusedTheAction)
{
    startServer(testOptions());
    const QString ro = token(SandboxServer::defaultScopes(), kReadOnly);
    const QStringList allowed = allowedActions(
        get(QStringLiteral("/v1.0/deviceManagement/getEffectivePermissions(scope='*')"), ro).json());
    EXPECT_TRUE(allowed.contains(u"Microsoft.Intune_ManagedDevices_Read"));
    EXPECT_FALSE(allowed.contains(u"Microsoft.Intune_RemoteTasks_ResetPasscode"));

    EXPECT_EQ(get(kDevices, ro).json().value(QLatin1String("value")).toArray().size(), 60);
    const QString id = showcase()[10].toObject().value(QLatin1String("id")).toString();
    const auto actionCount = [this] {
        return controlGet(QStringLiteral("state"))
            .value(QLatin1String("actions"))
            .toObject()
            .value(QLatin1String("total"))
            .toInt();
    };
    const int before = actionCount();
    const Reply denied = post(kDevices + u'/' + id + QStringLiteral("/resetPasscode"), {}, ro, {});
    EXPECT_TRUE(isForbiddenByIntune(denied)) << denied.body.toStdString();
    EXPECT_EQ(actionCount(), before); // nothing was started
    EXPECT_EQ(post(kDevices + u'/' + id + QStringLiteral("/resetPasscode"), {}, QStringLiteral("default"), {})
                  .status,
              204);
}

TEST_F(sandbox_rbac, ScopeTagLimitsWhatTheOperatorSeesAndActsOn)
{
    startServer(testOptions(40));
    const QString fr = token(SandboxServer::defaultScopes(), kFrance);
    QSet<QString> inFrance;
    QString outside;
    for (const QJsonValue &v : listAll(kDevices + QStringLiteral("?$select=id,roleScopeTagIds"))) {
        const QJsonObject d = v.toObject();
        const QJsonArray tags = d.value(QLatin1String("roleScopeTagIds")).toArray();
        ASSERT_EQ(tags.size(), 1);
        if (tags.first().toString() == QLatin1String("1"))
            inFrance.insert(d.value(QLatin1String("id")).toString());
        else
            outside = d.value(QLatin1String("id")).toString();
    }
    ASSERT_FALSE(inFrance.isEmpty());
    ASSERT_FALSE(outside.isEmpty());

    const Reply list = get(kDevices + QStringLiteral("?$select=id&$count=true"), fr);
    ASSERT_EQ(list.status, 200);
    QSet<QString> seen;
    for (const QJsonValue &v : list.json().value(QLatin1String("value")).toArray())
        seen.insert(v.toObject().value(QLatin1String("id")).toString());
    EXPECT_EQ(seen, inFrance);
    EXPECT_EQ(list.json().value(QLatin1String("@odata.count")).toInt(), inFrance.size());

    EXPECT_EQ(get(kDevices + u'/' + outside, fr).status, 404);
    EXPECT_TRUE(
        isForbiddenByIntune(post(kDevices + u'/' + outside + QStringLiteral("/resetPasscode"), {}, fr, {})));
    EXPECT_EQ(
        post(kDevices + u'/' + *inFrance.cbegin() + QStringLiteral("/resetPasscode"), {}, fr, {}).status,
        204);
}

TEST_F(sandbox_rbac, AccountsEndpointNamesRolesAndScopeTags)
{
    startServer(testOptions(5));
    const QJsonArray accounts =
        controlGet(QStringLiteral("accounts")).value(QLatin1String("value")).toArray();
    QHash<QString, QJsonObject> byUpn;
    for (const QJsonValue &a : accounts)
        byUpn.insert(a.toObject().value(QLatin1String("upn")).toString(), a.toObject());
    EXPECT_EQ(
        byUpn.value(QStringLiteral("helpdesk@contoso-sandbox.onmicrosoft.com")).value(u"role").toString(),
        u"Help Desk Operator");
    EXPECT_EQ(byUpn.value(kReadOnly).value(u"role").toString(), u"Read Only Operator");
    EXPECT_EQ(byUpn.value(kFrance).value(u"scopeTag").toObject().value(u"displayName").toString(), u"France");
    // Every listed account can get a token.
    for (const QString &upn : byUpn.keys())
        EXPECT_FALSE(token(SandboxServer::defaultScopes(), upn).isEmpty()) << upn.toStdString();
}

TEST_F(sandbox_rbac, SyncNeedsTheSyncDevicesPermissionAndTheScopeTag)
{
    startServer(testOptions(40));
    const QString v1Devices = QStringLiteral("/v1.0/deviceManagement/managedDevices");
    const QString id = showcase()[10].toObject().value(QLatin1String("id")).toString();
    const QString ro = token(SandboxServer::defaultScopes(), kReadOnly);
    EXPECT_FALSE(
        allowedActions(
            get(QStringLiteral("/v1.0/deviceManagement/getEffectivePermissions(scope='*')"), ro).json())
            .contains(u"Microsoft.Intune_RemoteTasks_SyncDevice"));
    EXPECT_TRUE(allowedActions(
                    get(QStringLiteral("/v1.0/deviceManagement/getEffectivePermissions(scope='*')")).json())
                    .contains(u"Microsoft.Intune_RemoteTasks_SyncDevice"));
    const Reply denied = post(v1Devices + u'/' + id + QStringLiteral("/syncDevice"), {}, ro, {});
    EXPECT_TRUE(isForbiddenByIntune(denied)) << denied.body.toStdString();
    EXPECT_EQ(
        post(v1Devices + u'/' + id + QStringLiteral("/syncDevice"), {}, QStringLiteral("default"), {}).status,
        204);

    // Outside the France scope tag: refused as the passcode actions are.
    const QString fr = token(SandboxServer::defaultScopes(), kFrance);
    QString outside;
    for (const QJsonValue &v : listAll(kDevices + QStringLiteral("?$select=id,roleScopeTagIds"))) {
        const QJsonObject d = v.toObject();
        if (d.value(QLatin1String("roleScopeTagIds")).toArray().first().toString() != QLatin1String("1"))
            outside = d.value(QLatin1String("id")).toString();
    }
    ASSERT_FALSE(outside.isEmpty());
    EXPECT_TRUE(
        isForbiddenByIntune(post(v1Devices + u'/' + outside + QStringLiteral("/syncDevice"), {}, fr, {})));
}
