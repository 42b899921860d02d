// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/actions/RemoteAction.h"
#include "core/common/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace passcode::rbac {

/** The Intune resource action that reads managed devices. */
inline constexpr QLatin1StringView kReadDevices{"Microsoft.Intune_ManagedDevices_Read"};
/** The Intune resource action of Remote tasks › Reset passcode. */
inline constexpr QLatin1StringView kResetPasscode{"Microsoft.Intune_RemoteTasks_ResetPasscode"};
/**
 * The Intune resource action of Remote tasks › Sync devices, which Intune's Sync remote action needs (memdocs
 * intune/device-management/actions/sync.md: Help Desk Operator, School Administrator, Endpoint Security
 * Manager, or a custom role with Remote tasks/Sync devices).
 */
inline constexpr QLatin1StringView kSyncDevice{"Microsoft.Intune_RemoteTasks_SyncDevice"};

/**
 * The resource action a passcode action needs: Remote tasks › Reset passcode for all three (Reset and
 * Remove passcode share the Graph call; the PIN reset, recoverPasscode, has no permission of its own in
 * Intune's list, so Reset passcode is assumed: docs/graph-client.md).
 */
QString resourceActionFor(actions::RemoteAction action);

/**
 * The signed-in technician's effective Intune permissions, as Graph's getEffectivePermissions lists them: a
 * collection of rolePermission, each with resourceActions of allowedResourceActions and
 * notAllowedResourceActions ("Microsoft.Intune_RemoteTasks_ResetPasscode"). v1.0 and beta answers are read
 * alike (beta's extra "actions" list counts as allowed). A value type; pure.
 *
 * Graph's answer is the global one: it names no scope tags, so a role limited to scope tags is seen as
 * allowing the action everywhere, and a device outside them is refused by Intune at the action (403);
 * forbiddenHint() says so.
 */
class IntunePermissions
{
    Q_DECLARE_TR_FUNCTIONS(IntunePermissions)

public:
    /**
     * Reads a getEffectivePermissions answer ({"value":[rolePermission…]}). Kind::Parse when it is not that
     * shape, or when it lists no allowed action at all: an account whose access comes from a directory role
     * (Intune Administrator) may get such an answer, so an empty one decides nothing.
     */
    static Result<IntunePermissions> fromGraph(const QJsonObject &answer);
    /** Everything allowed: the access token names a directory role that holds every Intune permission. */
    static IntunePermissions everything();

    /** Whether @p resourceAction is allowed: listed (exactly, or by a trailing '*' wildcard), not refused. */
    bool allows(QStringView resourceAction) const;
    /** Why the role does not allow @p action ("Your Intune role does not include Remote tasks › Reset
     * passcode."); nullopt when it does. Translated. */
    std::optional<QString> refusal(actions::RemoteAction action) const;
    /** Why the role does not allow Sync ("Your Intune role does not include Remote tasks › Sync devices.");
     * nullopt when it does. Translated. */
    std::optional<QString> syncRefusal() const;
    /** forbiddenHint() for Intune's 403 on a Sync. Translated. */
    QString syncForbiddenHint() const;
    /**
     * What to add to Intune's 403 on @p action when the role does allow it: the device is probably outside
     * the role's scope tags (or the role changed since the check). Translated.
     */
    QString forbiddenHint(actions::RemoteAction action) const;
    /** The allowed resource actions, sorted. */
    QStringList allowed() const;
    bool isEverything() const { return m_everything; }

    /** "Remote tasks › Reset passcode", "Remote tasks › Sync devices", "Managed devices › Read", else the raw
     * name's "Category › Action". */
    static QString displayName(const QString &resourceAction);
    /**
     * Whether the access token (a JWT, read without verifying it) names in its wids claim a directory role
     * that holds every Intune permission: Intune Administrator or Global Administrator.
     */
    static bool tokenHasIntuneAdminRole(const QString &accessToken);

private:
    std::optional<QString> refusalOf(const QString &resourceAction) const;
    QString forbiddenHintOf(const QString &resourceAction) const;

    QSet<QString> m_allowed;
    QSet<QString> m_notAllowed;
    bool m_everything = false;
};

} // namespace passcode::rbac
