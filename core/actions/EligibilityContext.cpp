// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/actions/EligibilityContext.h"

#include "core/actions/ActionTracker.h"

namespace passcode::actions {

eligibility::EvaluationContext eligibilityContext(const ActionTracker &tracker, const QString &deviceId,
                                                  const QDateTime &now)
{
    eligibility::EvaluationContext context;
    context.now = now;
    for (const TrackedAction &a : tracker.inFlight()) {
        if (a.key.deviceId != deviceId)
            continue;
        if (!context.localInFlight || a.requestedAt > context.localInFlight->since)
            context.localInFlight = eligibility::InFlightAction{a.key.action, a.requestedAt};
    }
    return context;
}

} // namespace passcode::actions
