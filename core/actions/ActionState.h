// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace passcode::actions {

/**
 * The state of one remote action. The first seven members are Graph's actionState enum (same order, same
 * meaning); the last four are local states that exist before Graph reports on the action.
 */
enum class ActionState
{
    None,         ///< Graph: not a valid action state / no action
    Pending,      ///< Graph: waiting for the device to check in
    Canceled,     ///< Graph: cancelled
    Active,       ///< Graph: the device is working on it
    Done,         ///< Graph: completed without errors
    Failed,       ///< Graph: failed
    NotSupported, ///< Graph: not supported on this device
    Requested,    ///< local: the technician confirmed; not sent yet
    Sent,         ///< local: the POST is on the wire
    Accepted,     ///< local: Graph answered 204; Graph has not reported a state yet
    Unknown, ///< local: the POST's outcome cannot be known (timeout, dropped connection); polling settles it
};

/** Graph's string for a Graph state ("pending"...); empty for the local states. */
QString graphName(ActionState state);
/** Parses Graph's actionState string; std::nullopt-like: returns false in ok for an unknown string. */
ActionState actionStateFromGraph(const QString &text, bool *ok = nullptr);
/** A stable machine name for every state, used by the journal and --json output ("requested", "pending"...).
 */
QString stableName(ActionState state);
ActionState actionStateFromStableName(const QString &text, bool *ok = nullptr);
/** Translated display text ("Pending", "Done"...). */
QString displayName(ActionState state);
/** Done, Failed, NotSupported, Canceled and None end an action; nothing follows them but a new action. */
bool isTerminal(ActionState state);
/** Pending, Active, Requested, Sent, Accepted and Unknown: an action that is still under way (or may be). */
bool isInFlight(ActionState state);

} // namespace passcode::actions
