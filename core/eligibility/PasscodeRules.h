// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/devices/Device.h"
#include "core/eligibility/DeviceProfile.h"
#include "core/eligibility/Verdict.h"

#include <QCoreApplication>

#include <optional>

namespace passcode::eligibility {

/**
 * The passcode decision table of docs (../shared/reference/passcode-support.md) as pure functions: no
 * QObject, no I/O. The 17 platform rows live in one table in PasscodeRules.cpp; when Microsoft changes the
 * matrix, change that table (and its test rows in tests/core/eligibility/PasscodeRulesTest.cpp).
 */
class PasscodeRules
{
    Q_DECLARE_TR_FUNCTIONS(PasscodeRules)

public:
    /** The verdict for one action. */
    static Verdict evaluate(const devices::Device &device, actions::RemoteAction action,
                            const EvaluationContext &context);
    /** Verdicts for Reset passcode, Remove passcode and PIN reset, in that order. */
    static QList<Verdict> evaluateAll(const devices::Device &device, const EvaluationContext &context);
    /** The passcode action the device's platform calls for (what `passcodectl reset` sends), if any. */
    static std::optional<actions::RemoteAction> platformAction(const devices::Device &device);
    /**
     * Where `action` acts on this device's platform (device or work profile), whatever blocks it right now
     * (a retire/wipe/delete, an action in flight): the scope of the device's decision-table row when that row
     * allows `action`, Scope::None otherwise. It names what a finished action acted on (the new passcode is a
     * work-profile one, a "not supported" points at the work-profile reset token).
     */
    static Scope platformScope(const devices::Device &device, actions::RemoteAction action);
    /** The decision-table row (1–17) the device falls in. */
    static int ruleRow(const devices::Device &device);
    /** A passcode action Graph reports as pending or active on the device, if any. */
    static std::optional<InFlightAction> graphInFlight(const devices::Device &device);
    /** Whether the management state blocks every passcode action (retire/wipe/delete under way). */
    static bool isBlockingManagementState(devices::ManagementState state);
};

} // namespace passcode::eligibility
