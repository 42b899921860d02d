// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/actions/ActionState.h"

#include <QDateTime>
#include <QString>

namespace passcode::actions {

/** One row of beta deviceManagement/remoteActionAudits (the portal's Device actions page). */
struct RemoteActionAudit
{
    QString id;
    QString deviceDisplayName;
    QString managedDeviceId;
    QString initiatedByUserPrincipalName;
    QString deviceOwnerUserPrincipalName;
    QString deviceImei;
    QString action; ///< Graph remoteAction member ("resetPasscode", "remoteLock"...)
    ActionState actionState = ActionState::None;
    QDateTime requestDateTime;
    /** True for a row that comes from this console's journal and is not (yet) in the audit feed. */
    bool fromJournal = false;
};

} // namespace passcode::actions
