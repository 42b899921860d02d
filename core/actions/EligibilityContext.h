// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/eligibility/Verdict.h"

#include <QDateTime>
#include <QString>

namespace passcode::actions {

class ActionTracker;

/**
 * The evaluation context of the passcode rules (PasscodeRules::evaluate) for one device, as every front end
 * and ActionService::send() must build it: `now`, and the latest passcode action of the device that
 * `tracker` holds as still under way (isInFlight: requested, sent, accepted, unknown, pending, active),
 * since its request time. That local action blocks a second one even before Graph reports it.
 *
 * The other blocking states come from the device itself and are read by the rules: its management state
 * (retire, wipe, delete) and the passcode action Graph reports pending or active
 * (PasscodeRules::graphInFlight). Pure: reads the tracker, changes nothing.
 */
eligibility::EvaluationContext eligibilityContext(const ActionTracker &tracker, const QString &deviceId,
                                                  const QDateTime &now);

} // namespace passcode::actions
