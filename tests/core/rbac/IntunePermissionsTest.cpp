// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rbac/IntunePermissions.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace passcode;
using passcode::actions::RemoteAction;
using passcode::rbac::IntunePermissions;

namespace {

QJsonObject answer(const QStringList &allowed, const QStringList &notAllowed = {}, bool beta = false)
{
    QJsonObject resourceAction{
        {QStringLiteral("@odata.type"), QStringLiteral("microsoft.graph.resourceAction")},
        {QStringLiteral("allowedResourceActions"), QJsonArray::fromStringList(allowed)},
        {QStringLiteral("notAllowedResourceActions"), QJsonArray::fromStringList(notAllowed)}};
    QJsonObject permission{{QStringLiteral("@odata.type"), QStringLiteral("microsoft.graph.rolePermission")},
                           {QStringLiteral("resourceActions"), QJsonArray{resourceAction}}};
    if (beta)
        permission.insert(QStringLiteral("actions"), QJsonArray::fromStringList(allowed));
    return QJsonObject{{QStringLiteral("value"), QJsonArray{permission}}};
}

const QString kReset = QStringLiteral("Microsoft.Intune_RemoteTasks_ResetPasscode");
const QString kRead = QStringLiteral("Microsoft.Intune_ManagedDevices_Read");

QString unsignedJwt(const QJsonObject &payload)
{
    const auto part = [](const QByteArray &json) {
        return QString::fromLatin1(
            json.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    };
    return part(R"({"alg":"none"})") + u'.' + part(QJsonDocument(payload).toJson(QJsonDocument::Compact)) +
           QStringLiteral(".sig");
}

} // namespace

TEST(IntunePermissions, HelpDeskOperatorMayResetEveryPasscodeAction)
{
    const Result<IntunePermissions> p = IntunePermissions::fromGraph(answer({kRead, kReset}));
    ASSERT_TRUE(p);
    for (RemoteAction a : actions::kAllRemoteActions)
        EXPECT_FALSE(p->refusal(a)) << actions::stableName(a).toStdString();
    EXPECT_TRUE(p->allows(kRead));
    EXPECT_EQ(p->allowed(), (QStringList{kRead, kReset}));
}

TEST(IntunePermissions, ReadOnlyOperatorIsRefusedWithTheRolesReason)
{
    const Result<IntunePermissions> p = IntunePermissions::fromGraph(answer({kRead}));
    ASSERT_TRUE(p);
    const std::optional<QString> why = p->refusal(RemoteAction::ResetPasscode);
    ASSERT_TRUE(why);
    EXPECT_EQ(*why, QStringLiteral("Your Intune role does not include Remote tasks › Reset passcode."));
    EXPECT_TRUE(p->refusal(RemoteAction::RemovePasscode));
    EXPECT_TRUE(p->refusal(RemoteAction::PinReset));
}

TEST(IntunePermissions, NotAllowedWinsAndWildcardsAndCaseAreRead)
{
    // A wildcard grant with the passcode task carved out.
    const Result<IntunePermissions> carved =
        IntunePermissions::fromGraph(answer({QStringLiteral("Microsoft.Intune_RemoteTasks_*")}, {kReset}));
    ASSERT_TRUE(carved);
    EXPECT_TRUE(carved->allows(u"Microsoft.Intune_RemoteTasks_RemoteLock"));
    EXPECT_TRUE(carved->refusal(RemoteAction::ResetPasscode));
    const Result<IntunePermissions> lower =
        IntunePermissions::fromGraph(answer({QStringLiteral("microsoft.intune_remotetasks_resetpasscode")}));
    ASSERT_TRUE(lower);
    EXPECT_FALSE(lower->refusal(RemoteAction::ResetPasscode));
}

TEST(IntunePermissions, BetaAnswerWithActionsListIsReadAlike)
{
    QJsonObject beta = answer({kRead}, {}, true);
    // beta's older "actions" list alone grants too.
    QJsonArray value = beta.value(QLatin1String("value")).toArray();
    QJsonObject permission = value.first().toObject();
    permission.insert(QStringLiteral("actions"), QJsonArray{kRead, kReset});
    value[0] = permission;
    beta.insert(QStringLiteral("value"), value);
    const Result<IntunePermissions> p = IntunePermissions::fromGraph(beta);
    ASSERT_TRUE(p);
    EXPECT_FALSE(p->refusal(RemoteAction::ResetPasscode));
}

TEST(IntunePermissions, EmptyOrMalformedAnswersDecideNothing)
{
    EXPECT_EQ(IntunePermissions::fromGraph(QJsonObject{}).error().kind, Error::Kind::Parse);
    EXPECT_EQ(IntunePermissions::fromGraph(answer({})).error().kind, Error::Kind::Parse);
    EXPECT_EQ(IntunePermissions::fromGraph(QJsonObject{{QStringLiteral("value"), QJsonArray{}}}).error().kind,
              Error::Kind::Parse);
    EXPECT_EQ(
        IntunePermissions::fromGraph(
            QJsonObject{{QStringLiteral("value"),
                         QJsonArray{QJsonObject{{QStringLiteral("resourceActions"), QStringLiteral("x")}}}}})
            .error()
            .kind,
        Error::Kind::Parse);
}

TEST(IntunePermissions, ScopeTagsAreNamedWhenTheRoleAllowsButIntuneRefused)
{
    // getEffectivePermissions names no scope tags: a 403 on an allowed action points at them.
    const Result<IntunePermissions> allowed = IntunePermissions::fromGraph(answer({kRead, kReset}));
    ASSERT_TRUE(allowed);
    EXPECT_TRUE(allowed->forbiddenHint(RemoteAction::ResetPasscode).contains(QLatin1String("scope tags")));
    const Result<IntunePermissions> readOnly = IntunePermissions::fromGraph(answer({kRead}));
    ASSERT_TRUE(readOnly);
    EXPECT_EQ(readOnly->forbiddenHint(RemoteAction::ResetPasscode),
              *readOnly->refusal(RemoteAction::ResetPasscode));
}

TEST(IntunePermissions, DisplayNames)
{
    EXPECT_EQ(IntunePermissions::displayName(kReset), QStringLiteral("Remote tasks › Reset passcode"));
    EXPECT_EQ(IntunePermissions::displayName(kRead), QStringLiteral("Managed devices › Read"));
    EXPECT_EQ(IntunePermissions::displayName(QStringLiteral("Microsoft.Intune_RemoteTasks_RebootNow")),
              QStringLiteral("RemoteTasks › RebootNow"));
}

TEST(IntunePermissions, DirectoryRolesThatHoldEveryIntunePermission)
{
    const QString admin = unsignedJwt(
        {{QStringLiteral("wids"), QJsonArray{QStringLiteral("b79fbf4d-3ef9-4689-8143-76b194e85509"),
                                             QStringLiteral("3A2C62DB-5318-420D-8D74-23AFFEE5D9D5")}}});
    EXPECT_TRUE(IntunePermissions::tokenHasIntuneAdminRole(admin));
    EXPECT_FALSE(IntunePermissions::tokenHasIntuneAdminRole(unsignedJwt(
        {{QStringLiteral("wids"), QJsonArray{QStringLiteral("b79fbf4d-3ef9-4689-8143-76b194e85509")}}})));
    EXPECT_FALSE(IntunePermissions::tokenHasIntuneAdminRole(QStringLiteral("opaque-token")));
    EXPECT_FALSE(IntunePermissions::everything().refusal(RemoteAction::ResetPasscode));
}

TEST(IntunePermissions, SyncNeedsRemoteTasksSyncDevicesOfItsOwn)
{
    const QString sync = QStringLiteral("Microsoft.Intune_RemoteTasks_SyncDevice");
    const Result<IntunePermissions> resetOnly = IntunePermissions::fromGraph(answer({kRead, kReset}));
    ASSERT_TRUE(resetOnly);
    EXPECT_FALSE(resetOnly->refusal(RemoteAction::ResetPasscode));
    ASSERT_TRUE(resetOnly->syncRefusal());
    EXPECT_EQ(*resetOnly->syncRefusal(),
              QStringLiteral("Your Intune role does not include Remote tasks › Sync devices."));
    EXPECT_EQ(resetOnly->syncForbiddenHint(), *resetOnly->syncRefusal());

    const Result<IntunePermissions> syncOnly = IntunePermissions::fromGraph(answer({kRead, sync}));
    ASSERT_TRUE(syncOnly);
    EXPECT_FALSE(syncOnly->syncRefusal());
    EXPECT_TRUE(syncOnly->refusal(RemoteAction::ResetPasscode)); // sync does not grant a passcode action
    EXPECT_TRUE(syncOnly->syncForbiddenHint().contains(u"scope tags"));
    EXPECT_EQ(IntunePermissions::displayName(sync), QStringLiteral("Remote tasks › Sync devices"));

    const Result<IntunePermissions> wildcard =
        IntunePermissions::fromGraph(answer({QStringLiteral("Microsoft.Intune_RemoteTasks_*")}, {sync}));
    ASSERT_TRUE(wildcard);
    EXPECT_TRUE(wildcard->syncRefusal()); // notAllowed wins over the wildcard
    EXPECT_FALSE(IntunePermissions::everything().syncRefusal());
}
