// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/actions/RemoteAction.h"
#include "core/devices/Device.h"
#include "core/eligibility/Verdict.h"

#include <QCoreApplication>

#include <optional>

namespace passcode::ui {

/**
 * What the All devices table's "Passcode action" column says about one device, computed by the passcode rules
 * (PasscodeRules) from the list's own data and the console's in-flight actions. The values are in the
 * column's sort order: the available actions first, then the pending ones, then the devices without one.
 * One byte per row, kept by DeviceTableModel so that sorting and filtering never evaluate the rules again.
 */
enum class PasscodeCell : quint8
{
    ResetPasscode,    ///< Reset passcode on the device
    ResetWorkProfile, ///< Reset passcode of the Android work profile
    RemovePasscode,   ///< Remove passcode (iOS/iPadOS)
    PinReset,         ///< PIN reset (Windows 10 Mobile, Entra joined)
    Pending,          ///< a passcode action is already pending or active (Graph or this console)
    NotAvailable,     ///< no passcode action: platform, management mode, retire/wipe under way
};

/** The column's filter: available, not available, pending. */
enum class PasscodeAvailability : quint8
{
    Available,
    NotAvailable,
    Pending,
};

class PasscodeCells
{
    Q_DECLARE_TR_FUNCTIONS(PasscodeCells)

public:
    /**
     * The cell of a device. The same decision as PasscodeRules::evaluate() for the device's platform action
     * (PasscodeRules::platformAction): allowed → the action (and its scope), blocked by an action in flight
     * → Pending, anything else → NotAvailable; without its translated texts, so it stays cheap at 100,000
     * rows.
     */
    static PasscodeCell compute(const devices::Device &device, const eligibility::EvaluationContext &context);
    static PasscodeAvailability availability(PasscodeCell cell);
    /** The action a cell offers (none for Pending and NotAvailable). */
    static std::optional<actions::RemoteAction> action(PasscodeCell cell);
    /** "Reset passcode", "Reset passcode (work profile)", "Remove passcode", "PIN reset", "Pending", "—". */
    static QString text(PasscodeCell cell);
    /**
     * The tooltip: the verdict of PasscodeRules::evaluate() on the device's platform action — its reasons
     * when it is refused (why "—", what is pending), else its scope and cautions.
     */
    static QString toolTip(const devices::Device &device, const eligibility::EvaluationContext &context);
    /** Translated names of the filter's choices. */
    static QString availabilityName(PasscodeAvailability availability);
};

} // namespace passcode::ui
