// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/actions/ActionState.h"

#include <array>

namespace passcode::actions {
namespace {

struct StateInfo
{
    ActionState state;
    const char *stable;
    bool fromGraph;
    const char *display;
};

constexpr std::array<StateInfo, 11> kStates{{
    {ActionState::None, "none", true, QT_TRANSLATE_NOOP("ActionState", "None")},
    {ActionState::Pending, "pending", true, QT_TRANSLATE_NOOP("ActionState", "Pending")},
    {ActionState::Canceled, "canceled", true, QT_TRANSLATE_NOOP("ActionState", "Canceled")},
    {ActionState::Active, "active", true, QT_TRANSLATE_NOOP("ActionState", "Active")},
    {ActionState::Done, "done", true, QT_TRANSLATE_NOOP("ActionState", "Done")},
    {ActionState::Failed, "failed", true, QT_TRANSLATE_NOOP("ActionState", "Failed")},
    {ActionState::NotSupported, "notSupported", true, QT_TRANSLATE_NOOP("ActionState", "Not supported")},
    {ActionState::Requested, "requested", false, QT_TRANSLATE_NOOP("ActionState", "Requested")},
    {ActionState::Sent, "sent", false, QT_TRANSLATE_NOOP("ActionState", "Sending")},
    {ActionState::Accepted, "accepted", false, QT_TRANSLATE_NOOP("ActionState", "Accepted")},
    {ActionState::Unknown, "unknown", false, QT_TRANSLATE_NOOP("ActionState", "Outcome unknown")},
}};

const StateInfo &info(ActionState state)
{
    return kStates[static_cast<std::size_t>(state)];
}

} // namespace

QString graphName(ActionState state)
{
    const auto &i = info(state);
    return i.fromGraph ? QString::fromLatin1(i.stable) : QString();
}

ActionState actionStateFromGraph(const QString &text, bool *ok)
{
    for (const auto &i : kStates) {
        if (i.fromGraph && text.compare(QLatin1String(i.stable), Qt::CaseInsensitive) == 0) {
            if (ok)
                *ok = true;
            return i.state;
        }
    }
    if (ok)
        *ok = false;
    return ActionState::None;
}

QString stableName(ActionState state)
{
    return QString::fromLatin1(info(state).stable);
}

ActionState actionStateFromStableName(const QString &text, bool *ok)
{
    for (const auto &i : kStates) {
        if (text == QLatin1String(i.stable)) {
            if (ok)
                *ok = true;
            return i.state;
        }
    }
    if (ok)
        *ok = false;
    return ActionState::None;
}

QString displayName(ActionState state)
{
    return QCoreApplication::translate("ActionState", info(state).display);
}

bool isTerminal(ActionState state)
{
    switch (state) {
    case ActionState::None:
    case ActionState::Canceled:
    case ActionState::Done:
    case ActionState::Failed:
    case ActionState::NotSupported:
        return true;
    default:
        return false;
    }
}

bool isInFlight(ActionState state)
{
    return !isTerminal(state);
}

} // namespace passcode::actions
