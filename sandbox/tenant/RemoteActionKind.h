// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QtGlobal>

#include <optional>

namespace passcode::sandbox {

/** remoteAction members the sandbox knows. The first three are the actions clients can send. */
enum class RemoteActionKind : quint8
{
    ResetPasscode,
    RecoverPasscode,
    RemoteLock,
    // Audit history only (generated):
    FactoryReset,
    RemoveCompanyData,
    RebootNow,
    LocateDevice,
    RotateLocalAdminPassword,
};

/** The remoteAction enum member ("resetPasscode"...), also the deviceActionResult actionName. */
QByteArrayView remoteActionName(RemoteActionKind kind);
std::optional<RemoteActionKind> remoteActionFromName(QStringView name);
/** True for the three actions a client can POST (and that appear in deviceActionResults). */
inline bool isClientAction(RemoteActionKind kind)
{
    return kind == RemoteActionKind::ResetPasscode || kind == RemoteActionKind::RecoverPasscode ||
           kind == RemoteActionKind::RemoteLock;
}

/** actionState members. */
enum class ActionState : quint8
{
    None,
    Pending,
    Canceled,
    Active,
    Done,
    Failed,
    NotSupported
};
QByteArrayView actionStateName(ActionState state);

} // namespace passcode::sandbox
