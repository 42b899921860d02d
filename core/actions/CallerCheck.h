// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace passcode::actions {

/**
 * A technician's word that they verified the caller's identity before reading out a device's passcode (the
 * Overview's "Caller's identity verified"): who, when, which device. Journaled beside the actions
 * (ActionJournal::recordCallerCheck(), the journal file's "callerChecks"); it holds no secret, never the
 * passcode.
 */
struct CallerCheck
{
    QString deviceId;
    QString deviceName;
    /** The signed-in technician (UPN); empty when unknown (the sandbox's minted token). */
    QString verifiedBy;
    QDateTime verifiedAt;
    /** The tenant's display name when it was recorded; may be empty. */
    QString tenantName;

    /** {"deviceId","deviceName","verifiedBy","verifiedAt","tenantName"}, times in ISO-8601 UTC. */
    QJsonObject toJson() const;
    /** std::nullopt when deviceId or a valid verifiedAt is missing. */
    static std::optional<CallerCheck> fromJson(const QJsonObject &object);
};

} // namespace passcode::actions
