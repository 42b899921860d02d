// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/actions/PasscodeResult.h"

#include "core/eligibility/PasscodeRules.h"

namespace passcode::actions {

QDateTime PasscodeResult::passcodeExpiry() const
{
    const QDateTime base = lastUpdatedDateTime.isValid() ? lastUpdatedDateTime : startDateTime;
    return base.isValid() ? base.addDays(kPasscodeRetentionDays) : QDateTime();
}

std::optional<PasscodeResult> readPasscodeResult(const devices::Device &device, const QDateTime &notBefore)
{
    std::optional<PasscodeResult> latest;
    for (const auto &r : device.actionResults) {
        if (r.type != devices::ActionResultType::ResetPasscode)
            continue;
        if (notBefore.isValid() && r.startDateTime.isValid() && r.startDateTime < notBefore)
            continue;
        if (latest && r.startDateTime < latest->startDateTime)
            continue;
        PasscodeResult p;
        p.state = r.actionState;
        p.passcode = r.passcode;
        p.errorCode = r.errorCode;
        p.startDateTime = r.startDateTime;
        p.lastUpdatedDateTime = r.lastUpdatedDateTime;
        latest = std::move(p);
    }
    return latest;
}

RemoteAction passcodeResultAction(const devices::Device &device)
{
    for (const auto &r : device.actionResults) {
        if (r.type == devices::ActionResultType::ResetPasscode &&
            r.actionName.compare(u"recoverPasscode", Qt::CaseInsensitive) == 0)
            return RemoteAction::PinReset;
    }
    return eligibility::PasscodeRules::platformAction(device).value_or(RemoteAction::ResetPasscode);
}

} // namespace passcode::actions
