// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QString>

#include <optional>
#include <span>

namespace passcode::sandbox {

class DeviceStore;

/** An Intune role definition: its name and the resource actions it allows ("Microsoft.Intune_…"). */
struct IntuneRole
{
    const char *displayName;
    std::span<const char *const> allowedResourceActions;
};

/** A sign-in account that exists for its Intune role (catalog::technicians() keeps the seeded ones). */
struct RoleAccount
{
    const char *ascii;   ///< the UPN's local part
    const char *display; ///< display name (UTF-8)
};

/** Who may do what: the role of an account and the scope tag it is limited to (empty: every device). */
struct RoleAssignment
{
    const IntuneRole *role = nullptr;
    QByteArray scopeTagId;
};

/**
 * The sandbox tenant's Intune RBAC (docs/sandbox.md, "Intune roles"): the built-in Help Desk Operator and
 * Read Only Operator roles with the resource actions Microsoft lists for them, one scope tag ("France", id 1,
 * carried by the devices of French-speaking users; the others carry the Default tag 0), and who holds what:
 * - the technicians (helpdesk, support.n2, intune.admin) and the tenant's users: Help Desk Operator, all
 *   devices (the sandbox's behaviour before roles existed);
 * - readonly@…: Read Only Operator (reads devices, no remote task);
 * - support.fr@…: Help Desk Operator limited to the France scope tag (sees and acts on its devices only).
 * Pure functions over static data; thread-safe.
 */
namespace IntuneRoles {

inline constexpr const char *kReadDevices = "Microsoft.Intune_ManagedDevices_Read";
inline constexpr const char *kResetPasscode = "Microsoft.Intune_RemoteTasks_ResetPasscode";
inline constexpr const char *kRemoteLock = "Microsoft.Intune_RemoteTasks_RemoteLock";
/** Remote tasks › Sync devices (memdocs intune/device-management/actions/sync.md). */
inline constexpr const char *kSyncDevice = "Microsoft.Intune_RemoteTasks_SyncDevice";
inline constexpr const char *kDefaultScopeTag = "0";
inline constexpr const char *kFranceScopeTag = "1";

const IntuneRole &helpDeskOperator();
const IntuneRole &readOnlyOperator();
/** The accounts that exist for their roles: readonly, support.fr. */
std::span<const RoleAccount> roleAccounts();
/** The role of the account \a upn (any case). */
RoleAssignment assignmentOf(const QString &upn);
/** Whether the role allows \a resourceAction. */
bool allows(const RoleAssignment &assignment, QByteArrayView resourceAction);
/** The roleScopeTagIds of the device at \a index. */
QByteArrayList scopeTagIds(const DeviceStore &store, qsizetype index);
/** Whether the assignment's scope tag covers the device at \a index (always, without a scope tag). */
bool inScope(const RoleAssignment &assignment, const DeviceStore &store, qsizetype index);
/** The resource action a Graph remote action needs (resetPasscode and recoverPasscode: Reset passcode;
 * syncDevice: Sync devices). */
std::optional<QByteArray> resourceActionOf(const QString &graphAction);
/** The scope tag's display name ("Default", "France"). */
QByteArray scopeTagName(QByteArrayView id);

} // namespace IntuneRoles

} // namespace passcode::sandbox
