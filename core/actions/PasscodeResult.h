// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/actions/ActionState.h"
#include "core/actions/RemoteAction.h"
#include "core/devices/Device.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace passcode::actions {

/** How long the Intune admin center shows a generated passcode. */
inline constexpr int kPasscodeRetentionDays = 7;

/** What Graph says about a passcode action: read out of a device's deviceActionResults. */
struct PasscodeResult
{
    ActionState state = ActionState::None;
    std::optional<QString> passcode; ///< secret: memory only
    int errorCode = 0;
    QDateTime startDateTime;
    QDateTime lastUpdatedDateTime;

    /** When the passcode stops being shown: 7 days after the result was last updated. */
    QDateTime passcodeExpiry() const;
};

/**
 * The device's latest resetPasscodeActionResult (recoverPasscode results report through the same type), or
 * std::nullopt when it has none. With notBefore set, results started earlier than notBefore are ignored.
 */
std::optional<PasscodeResult> readPasscodeResult(const devices::Device &device,
                                                 const QDateTime &notBefore = {});

/**
 * The console action the device's passcode action results report on (Graph reports reset, removal and PIN
 * reset through the same result type): PIN reset when Graph names recoverPasscode, otherwise the action of
 * the device's platform (PasscodeRules::platformAction), Reset passcode when the platform has none.
 */
RemoteAction passcodeResultAction(const devices::Device &device);

} // namespace passcode::actions
