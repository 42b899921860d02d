// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/actions/ActionState.h"
#include "core/actions/RemoteAction.h"
#include "core/actions/RemoteActionAudit.h"
#include "core/devices/Device.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace passcode::actions {

/**
 * The likely cause of a passcode action that ended failed or not supported, and what the technician does
 * about it, as one translated text. It reads the device's platform and management mode (and the action's
 * scope from PasscodeRules): an Android device without a passcode policy, an iOS device whose unlock token
 * is wrong, a PIN Reset Service that is not set up, a work-profile reset token the user never activated.
 * When nothing specific is known, it says where to look instead. Shown by the console's passcode panel and
 * printed by passcodectl (`reset --wait`, `devices show`, and `likelyCause` in --json). Pure functions.
 */
class LikelyCause
{
    Q_DECLARE_TR_FUNCTIONS(LikelyCause)

public:
    /**
     * For `action` that ended in `state` on `device`: a text when `state` is Failed or NotSupported,
     * std::nullopt for every other state.
     */
    static std::optional<QString> of(const devices::Device &device, RemoteAction action, ActionState state);
    /**
     * The same cause in one short sentence without the fix ("No passcode policy is assigned to the device."),
     * for a desktop notification: a text when `state` is Failed or NotSupported, std::nullopt otherwise.
     */
    static std::optional<QString> briefOf(const devices::Device &device, RemoteAction action,
                                          ActionState state);
    /**
     * For the device's latest passcode action as Graph reports it in deviceActionResults (readPasscodeResult,
     * its action from passcodeResultAction): std::nullopt when there is none or it did not end failed or not
     * supported.
     */
    static std::optional<QString> ofLatestResult(const devices::Device &device);
    /**
     * For a row of the tenant's remote actions (the Device actions page, `passcodectl actions list`): its
     * action read from the Graph remoteAction name, on @p device when the caller has it (else the general
     * advice). std::nullopt for an action that is not a passcode action or a state that needs no explanation.
     */
    static std::optional<QString> ofAudit(const RemoteActionAudit &audit,
                                          const std::optional<devices::Device> &device = std::nullopt);

private:
    enum class Cause
    {
        NoPasscodePolicy,
        WrongUnlockToken,
        PinResetServiceOff,
        UnexplainedFailure,
        ResetTokenInactive,
        Unsupported,
    };
    static std::optional<Cause> causeOf(const devices::Device &device, RemoteAction action,
                                        ActionState state);
};

} // namespace passcode::actions
