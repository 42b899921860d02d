// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/actions/RemoteAction.h"

#include <QDateTime>
#include <QStringList>

#include <optional>

namespace passcode::eligibility {

/** Where a passcode action acts. */
enum class Scope
{
    None,
    Device,
    WorkProfile
};

/** Translated "device" / "work profile" / "–". */
QString displayName(Scope scope);
/** "device", "workProfile", "none" (for --json). */
QString stableName(Scope scope);

/**
 * Whether one passcode action may be sent to one device, and why (not). Reasons explain a refusal; cautions
 * accompany an allowed action and must be shown, never dropped. All texts are translated.
 */
struct Verdict
{
    actions::RemoteAction action = actions::RemoteAction::ResetPasscode;
    bool allowed = false;
    Scope scope = Scope::None;
    QStringList reasons;
    QStringList cautions;
    /** The row of the decision table (1–17) that decided the platform part; 0 when nothing matched. */
    int rule = 0;
    /** The documentation the deciding rule comes from. */
    QString source;
    /** Set when a blocking state decided: a retire/wipe/delete, or a passcode action already in flight. */
    bool blocked = false;
};

/** A passcode action this console (or the tenant) already has under way for the device. */
struct InFlightAction
{
    actions::RemoteAction action = actions::RemoteAction::ResetPasscode;
    QDateTime since;
};

/** What the rules need besides the device. */
struct EvaluationContext
{
    QDateTime now;
    /** From the local tracker: an action sent by this console that Graph may not report yet. */
    std::optional<InFlightAction> localInFlight;
    /** Days without check-in after which a caution says the action will stay pending. */
    int staleAfterDays = 7;
};

} // namespace passcode::eligibility
