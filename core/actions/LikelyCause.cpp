// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/actions/LikelyCause.h"

#include "core/actions/PasscodeResult.h"
#include "core/eligibility/DeviceProfile.h"
#include "core/eligibility/PasscodeRules.h"

namespace passcode::actions {

using eligibility::AndroidMode;
using eligibility::Platform;

std::optional<LikelyCause::Cause> LikelyCause::causeOf(const devices::Device &device, RemoteAction action,
                                                       ActionState state)
{
    const eligibility::DeviceProfile profile = eligibility::classify(device);
    if (state == ActionState::Failed) {
        if (profile.platform == Platform::Android)
            return Cause::NoPasscodePolicy;
        if (profile.platform == Platform::Ios && action == RemoteAction::RemovePasscode)
            return Cause::WrongUnlockToken;
        if (action == RemoteAction::PinReset)
            return Cause::PinResetServiceOff;
        return Cause::UnexplainedFailure;
    }
    if (state == ActionState::NotSupported) {
        if (profile.androidMode == AndroidMode::PersonalWorkProfile ||
            profile.androidMode == AndroidMode::CorporateWorkProfile ||
            eligibility::PasscodeRules::platformScope(device, action) == eligibility::Scope::WorkProfile)
            return Cause::ResetTokenInactive;
        return Cause::Unsupported;
    }
    return std::nullopt;
}

std::optional<QString> LikelyCause::of(const devices::Device &device, RemoteAction action, ActionState state)
{
    const std::optional<Cause> cause = causeOf(device, action, state);
    if (!cause)
        return std::nullopt;
    switch (*cause) {
    case Cause::NoPasscodePolicy:
        return tr("Likely cause: no device configuration policy that requires a passcode is assigned to "
                  "this device. Fix: assign a passcode policy (device restrictions or a work-profile "
                  "password policy), let the device check in, then send the action again.");
    case Cause::WrongUnlockToken:
        return tr("Likely cause: Intune holds a wrong unlock token for this device, so the passcode "
                  "cannot be removed. Only a wipe recovers the device.");
    case Cause::PinResetServiceOff:
        return tr("Likely cause: the Microsoft PIN Reset Service is not set up in the tenant or not "
                  "enabled on the device (PassportForWork EnablePinRecovery).");
    case Cause::UnexplainedFailure:
        return tr(
            "Check the device in the Intune admin center and send the action again if it still applies.");
    case Cause::ResetTokenInactive:
        return tr("Likely cause: the user has not activated the work-profile reset token. A "
                  "work-profile passcode policy must be assigned and the user must accept the prompt to "
                  "set the work-profile passcode; then send the action again.");
    case Cause::Unsupported:
        return tr("Intune reports that this device does not support the action. Check its platform and "
                  "enrollment type against the supported platforms.");
    }
    return std::nullopt;
}

std::optional<QString> LikelyCause::briefOf(const devices::Device &device, RemoteAction action,
                                            ActionState state)
{
    const std::optional<Cause> cause = causeOf(device, action, state);
    if (!cause)
        return std::nullopt;
    switch (*cause) {
    case Cause::NoPasscodePolicy:
        return tr("No passcode policy is assigned to the device.");
    case Cause::WrongUnlockToken:
        return tr("Intune holds a wrong unlock token for the device.");
    case Cause::PinResetServiceOff:
        return tr("The PIN Reset Service is not set up.");
    case Cause::UnexplainedFailure:
        return tr("Check the device in the Intune admin center.");
    case Cause::ResetTokenInactive:
        return tr("The user has not activated the work-profile reset token.");
    case Cause::Unsupported:
        return tr("The device does not support this action.");
    }
    return std::nullopt;
}

std::optional<QString> LikelyCause::ofLatestResult(const devices::Device &device)
{
    const std::optional<PasscodeResult> result = readPasscodeResult(device);
    if (!result)
        return std::nullopt;
    return of(device, passcodeResultAction(device), result->state);
}

std::optional<QString> LikelyCause::ofAudit(const RemoteActionAudit &audit,
                                            const std::optional<devices::Device> &device)
{
    for (RemoteAction action : kAllRemoteActions) {
        if (auditActionName(action) == audit.action)
            return of(device.value_or(devices::Device{}), action, audit.actionState);
    }
    return std::nullopt;
}

} // namespace passcode::actions
