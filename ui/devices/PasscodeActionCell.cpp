// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/devices/PasscodeActionCell.h"

#include "core/eligibility/PasscodeRules.h"

namespace passcode::ui {

using actions::RemoteAction;
using eligibility::PasscodeRules;

PasscodeCell PasscodeCells::compute(const devices::Device &device,
                                    const eligibility::EvaluationContext &context)
{
    // evaluate() refuses on an action in flight (this console's or Graph's) and on retire/wipe/delete,
    // whatever the platform; a pending action is worth its own filter, so it is told apart from the other
    // refusals.
    if (context.localInFlight || PasscodeRules::graphInFlight(device))
        return PasscodeCell::Pending;
    if (PasscodeRules::isBlockingManagementState(device.managementState))
        return PasscodeCell::NotAvailable;
    const std::optional<RemoteAction> action = PasscodeRules::platformAction(device);
    if (!action)
        return PasscodeCell::NotAvailable;
    switch (*action) {
    case RemoteAction::ResetPasscode:
        return PasscodeRules::platformScope(device, *action) == eligibility::Scope::WorkProfile
                   ? PasscodeCell::ResetWorkProfile
                   : PasscodeCell::ResetPasscode;
    case RemoteAction::RemovePasscode:
        return PasscodeCell::RemovePasscode;
    case RemoteAction::PinReset:
        return PasscodeCell::PinReset;
    }
    return PasscodeCell::NotAvailable;
}

PasscodeAvailability PasscodeCells::availability(PasscodeCell cell)
{
    switch (cell) {
    case PasscodeCell::Pending:
        return PasscodeAvailability::Pending;
    case PasscodeCell::NotAvailable:
        return PasscodeAvailability::NotAvailable;
    default:
        return PasscodeAvailability::Available;
    }
}

std::optional<RemoteAction> PasscodeCells::action(PasscodeCell cell)
{
    switch (cell) {
    case PasscodeCell::ResetPasscode:
    case PasscodeCell::ResetWorkProfile:
        return RemoteAction::ResetPasscode;
    case PasscodeCell::RemovePasscode:
        return RemoteAction::RemovePasscode;
    case PasscodeCell::PinReset:
        return RemoteAction::PinReset;
    case PasscodeCell::Pending:
    case PasscodeCell::NotAvailable:
        break;
    }
    return std::nullopt;
}

QString PasscodeCells::text(PasscodeCell cell)
{
    switch (cell) {
    case PasscodeCell::ResetPasscode:
        return actions::displayName(RemoteAction::ResetPasscode);
    case PasscodeCell::ResetWorkProfile:
        return tr("Reset passcode (work profile)");
    case PasscodeCell::RemovePasscode:
        return actions::displayName(RemoteAction::RemovePasscode);
    case PasscodeCell::PinReset:
        return actions::displayName(RemoteAction::PinReset);
    case PasscodeCell::Pending:
        return tr("Pending", "a passcode action is already under way");
    case PasscodeCell::NotAvailable:
        break;
    }
    return QStringLiteral("—");
}

QString PasscodeCells::toolTip(const devices::Device &device, const eligibility::EvaluationContext &context)
{
    const RemoteAction action = PasscodeRules::platformAction(device).value_or(RemoteAction::ResetPasscode);
    const eligibility::Verdict verdict = PasscodeRules::evaluate(device, action, context);
    if (!verdict.allowed)
        return verdict.reasons.join(u'\n');
    QStringList lines;
    lines << tr("%1 acts on the %2.", "Reset passcode acts on the work profile")
                 .arg(actions::displayName(action), eligibility::displayName(verdict.scope));
    lines << verdict.cautions;
    return lines.join(u'\n');
}

QString PasscodeCells::availabilityName(PasscodeAvailability availability)
{
    switch (availability) {
    case PasscodeAvailability::Available:
        return tr("Passcode action available");
    case PasscodeAvailability::NotAvailable:
        return tr("No passcode action");
    case PasscodeAvailability::Pending:
        return tr("Passcode action pending");
    }
    return {};
}

} // namespace passcode::ui
