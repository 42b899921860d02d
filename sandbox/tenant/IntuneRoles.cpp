// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/tenant/IntuneRoles.h"

#include "sandbox/tenant/DeviceStore.h"

namespace passcode::sandbox::IntuneRoles {

namespace {

// The built-in roles' resource actions as a public copy of them lists them (docs/sandbox.md cites it); the
// device and remote-task ones are those Microsoft's role reference names for the two roles.
constexpr const char *kHelpDeskActions[] = {
    "Microsoft.Intune_MobileApps_Read",
    "Microsoft.Intune_MobileApps_Assign",
    "Microsoft.Intune_ManagedApps_Read",
    "Microsoft.Intune_ManagedApps_Assign",
    "Microsoft.Intune_ManagedApps_Wipe",
    "Microsoft.Intune_ManagedDevices_Read",
    "Microsoft.Intune_ManagedDevices_Update",
    "Microsoft.Intune_ManagedDevices_SetPrimaryUser",
    "Microsoft.Intune_ManagedDevices_ViewReports",
    "Microsoft.Intune_RemoteTasks_Wipe",
    "Microsoft.Intune_RemoteTasks_Retire",
    "Microsoft.Intune_RemoteTasks_RemoteLock",
    "Microsoft.Intune_RemoteTasks_ResetPasscode",
    "Microsoft.Intune_RemoteTasks_EnableLostMode",
    "Microsoft.Intune_RemoteTasks_DisableLostMode",
    "Microsoft.Intune_RemoteTasks_LocateDevice",
    "Microsoft.Intune_RemoteTasks_PlayLostModeSound",
    "Microsoft.Intune_RemoteTasks_SetDeviceName",
    "Microsoft.Intune_RemoteTasks_RebootNow",
    "Microsoft.Intune_RemoteTasks_ShutDown",
    "Microsoft.Intune_RemoteTasks_RequestRemoteAssistance",
    "Microsoft.Intune_RemoteTasks_CleanPC",
    "Microsoft.Intune_RemoteTasks_SyncDevice",
    "Microsoft.Intune_RemoteTasks_WindowsDefender",
    "Microsoft.Intune_RemoteTasks_RotateBitLockerKeys",
    "Microsoft.Intune_RemoteTasks_GetFileVaultKey",
    "Microsoft.Intune_RemoteTasks_RotateFileVaultKey",
    "Microsoft.Intune_RemoteTasks_DeviceLogs",
    "Microsoft.Intune_DeviceConfigurations_Read",
    "Microsoft.Intune_DeviceCompliancePolices_Read",
    "Microsoft.Intune_Organization_Read",
    "Microsoft.Intune_Roles_Read",
    "Microsoft.Intune_Audit_Read",
};

constexpr const char *kReadOnlyActions[] = {
    "Microsoft.Intune_MobileApps_Read",
    "Microsoft.Intune_ManagedApps_Read",
    "Microsoft.Intune_ManagedDevices_Read",
    "Microsoft.Intune_ManagedDevices_ViewReports",
    "Microsoft.Intune_DeviceConfigurations_Read",
    "Microsoft.Intune_DeviceCompliancePolices_Read",
    "Microsoft.Intune_Organization_Read",
    "Microsoft.Intune_Roles_Read",
    "Microsoft.Intune_Reports_Read",
    "Microsoft.Intune_Audit_Read",
    "Microsoft.Intune_RemoteTasks_GetFileVaultKey",
};

constexpr IntuneRole kHelpDesk{"Help Desk Operator", kHelpDeskActions};
constexpr IntuneRole kReadOnly{"Read Only Operator", kReadOnlyActions};

constexpr RoleAccount kAccounts[] = {
    {"readonly", "Lecture Seule"},
    {"support.fr", "Support France"},
};

QString upnOf(const char *ascii)
{
    return QString::fromLatin1(ascii) + u'@' + QString::fromLatin1(DeviceStore::domain());
}

} // namespace

const IntuneRole &helpDeskOperator()
{
    return kHelpDesk;
}

const IntuneRole &readOnlyOperator()
{
    return kReadOnly;
}

std::span<const RoleAccount> roleAccounts()
{
    return kAccounts;
}

RoleAssignment assignmentOf(const QString &upn)
{
    const QString lower = upn.trimmed().toLower();
    if (lower == upnOf("readonly"))
        return {&kReadOnly, {}};
    if (lower == upnOf("support.fr"))
        return {&kHelpDesk, QByteArray(kFranceScopeTag)};
    return {&kHelpDesk, {}};
}

bool allows(const RoleAssignment &assignment, QByteArrayView resourceAction)
{
    if (!assignment.role)
        return false;
    for (const char *a : assignment.role->allowedResourceActions) {
        if (resourceAction == QByteArrayView(a))
            return true;
    }
    return false;
}

QByteArrayList scopeTagIds(const DeviceStore &store, qsizetype index)
{
    return {QByteArray(store.isFrench(index) ? kFranceScopeTag : kDefaultScopeTag)};
}

bool inScope(const RoleAssignment &assignment, const DeviceStore &store, qsizetype index)
{
    return assignment.scopeTagId.isEmpty() || scopeTagIds(store, index).contains(assignment.scopeTagId);
}

std::optional<QByteArray> resourceActionOf(const QString &graphAction)
{
    if (graphAction == QLatin1String("resetPasscode") || graphAction == QLatin1String("recoverPasscode"))
        return QByteArray(kResetPasscode);
    if (graphAction == QLatin1String("remoteLock"))
        return QByteArray(kRemoteLock);
    if (graphAction == QLatin1String("syncDevice"))
        return QByteArray(kSyncDevice);
    return std::nullopt;
}

QByteArray scopeTagName(QByteArrayView id)
{
    if (id == QByteArrayView(kFranceScopeTag))
        return QByteArrayLiteral("France");
    return QByteArrayLiteral("Default");
}

} // namespace passcode::sandbox::IntuneRoles
