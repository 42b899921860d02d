// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace passcode::actions {

/** The three passcode actions of the console. Each names the Graph action it calls. */
enum class RemoteAction
{
    ResetPasscode,  ///< Android Enterprise / AOSP / Windows Phone: a new passcode appears in the Overview
    RemovePasscode, ///< iOS/iPadOS: the passcode is removed (same Graph call, no code)
    PinReset,       ///< Windows 10 Mobile, Azure AD joined, Creators Update+: a new PIN (recoverPasscode)
};

inline constexpr RemoteAction kAllRemoteActions[] = {RemoteAction::ResetPasscode,
                                                     RemoteAction::RemovePasscode, RemoteAction::PinReset};

/** The bound Graph action segment: "resetPasscode" or "recoverPasscode". */
QString graphActionName(RemoteAction action);
/** The remoteActionAudit `action` member that reports this action ("resetPasscode", "recoverPasscode"). */
QString auditActionName(RemoteAction action);
/** A stable machine name: "resetPasscode", "removePasscode", "pinReset" (journal, --json keys). */
QString stableName(RemoteAction action);
RemoteAction remoteActionFromStableName(const QString &text, bool *ok = nullptr);
/** Translated display name: "Reset passcode", "Remove passcode", "PIN reset". */
QString displayName(RemoteAction action);
/** Whether the action yields a code the technician reads out (reset and PIN reset do; removal does not). */
bool yieldsPasscode(RemoteAction action);

} // namespace passcode::actions
