// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/actions/ActionTracker.h"

#include "core/common/Logging.h"

namespace passcode::actions {
namespace {

/** Graph and local clocks differ; a result this much older than the local request still belongs to it. */
constexpr qint64 kClockSkewSecs = 300;

bool isGraphProgress(ActionState s)
{
    switch (s) {
    case ActionState::Pending:
    case ActionState::Active:
    case ActionState::Done:
    case ActionState::Failed:
    case ActionState::NotSupported:
    case ActionState::Canceled:
        return true;
    default:
        return false;
    }
}

} // namespace

ActionTracker::ActionTracker(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{}

ActionTracker::~ActionTracker() = default;

bool ActionTracker::isLegal(ActionState from, ActionState to)
{
    if (from == to)
        return false;
    switch (from) {
    case ActionState::None:
        return to == ActionState::Requested || isGraphProgress(to);
    case ActionState::Requested:
        return to == ActionState::Sent || to == ActionState::Canceled;
    case ActionState::Sent:
        return to == ActionState::Accepted || to == ActionState::Unknown || to == ActionState::Failed;
    case ActionState::Accepted:
        return isGraphProgress(to);
    case ActionState::Unknown:
        return isGraphProgress(to) || to == ActionState::None;
    case ActionState::Pending:
        return isGraphProgress(to) && to != ActionState::Pending;
    case ActionState::Active:
        return isGraphProgress(to) && to != ActionState::Pending && to != ActionState::Active;
    case ActionState::Done:
    case ActionState::Failed:
    case ActionState::NotSupported:
    case ActionState::Canceled:
        return to == ActionState::Requested;
    }
    return false;
}

bool ActionTracker::transition(const ActionKey &key, ActionState to)
{
    auto it = m_actions.find(key);
    const ActionState from = it == m_actions.end() ? ActionState::None : it->state;
    if (from == to)
        return true;
    if (!isLegal(from, to)) {
        qCWarning(lcActions) << "rejected transition" << stableName(from) << "->" << stableName(to) << "for"
                             << key.deviceId << stableName(key.action);
        return false;
    }
    if (it == m_actions.end()) {
        TrackedAction fresh;
        fresh.key = key;
        it = m_actions.insert(key, fresh);
    }
    it->state = to;
    it->stateSince = m_clock.now();
    qCInfo(lcActions) << key.deviceId << stableName(key.action) << stableName(from) << "->" << stableName(to);
    Q_EMIT stateChanged(key, from, to);
    return true;
}

bool ActionTracker::request(const ActionKey &key, const QString &deviceName, const QString &initiatedBy,
                            const QString &ticket, const QString &runId, const QDateTime &requestedAt)
{
    const auto it = m_actions.constFind(key);
    if (it != m_actions.cend() && !isTerminal(it->state))
        return false;
    TrackedAction fresh;
    fresh.key = key;
    fresh.state = it == m_actions.cend() ? ActionState::None : it->state;
    fresh.deviceName = deviceName;
    fresh.initiatedBy = initiatedBy;
    fresh.ticket = ticket;
    fresh.runId = runId;
    fresh.requestedAt = requestedAt.isValid() ? requestedAt : m_clock.now();
    m_actions.insert(key, fresh);
    return transition(key, ActionState::Requested);
}

void ActionTracker::restore(const TrackedAction &action)
{
    m_actions.insert(action.key, action);
}

bool ActionTracker::applyResult(TrackedAction &entry, const PasscodeResult &result)
{
    // Store what Graph reports before announcing the state, so that a listener reacting to stateChanged(done)
    // already reads the passcode and the error code.
    const ActionKey key = entry.key;
    bool changed = false;
    bool passcodeChanged = false;
    if (result.errorCode != entry.errorCode) {
        entry.errorCode = result.errorCode;
        changed = true;
    }
    if (result.passcode && result.passcode != entry.passcode) {
        entry.passcode = result.passcode;
        entry.passcodeExpiry = result.passcodeExpiry();
        passcodeChanged = true;
        changed = true;
    }
    if (result.state != ActionState::None && result.state != entry.state)
        changed = transition(key, result.state) || changed;
    if (passcodeChanged)
        Q_EMIT passcodeAvailable(key);
    return changed;
}

QList<ActionKey> ActionTracker::applyDevice(const devices::Device &device)
{
    QList<ActionKey> changed;
    const std::optional<PasscodeResult> result = readPasscodeResult(device);
    if (!result)
        return changed;
    const ActionKey key{device.id, passcodeResultAction(device)};
    auto it = m_actions.find(key);

    if (it == m_actions.end()) {
        // Started elsewhere (portal, another console): observe it.
        TrackedAction observed;
        observed.key = key;
        observed.deviceName = device.deviceName;
        observed.requestedAt = result->startDateTime;
        m_actions.insert(key, observed);
        if (applyResult(m_actions[key], *result))
            changed.append(key);
        return changed;
    }

    TrackedAction &entry = *it;
    if (entry.state == ActionState::Requested || entry.state == ActionState::Sent)
        return changed; // our POST has not been answered; an older result says nothing about it
    const QDateTime notBefore =
        entry.requestedAt.isValid() ? entry.requestedAt.addSecs(-kClockSkewSecs) : QDateTime();
    if (notBefore.isValid() && result->startDateTime.isValid() && result->startDateTime < notBefore)
        return changed; // an older action's result

    const bool newerCycle =
        isTerminal(entry.state) && entry.requestedAt.isValid() && result->startDateTime.isValid() &&
        result->startDateTime > entry.requestedAt.addSecs(kClockSkewSecs) && isGraphProgress(result->state);
    if (newerCycle) {
        TrackedAction fresh;
        fresh.key = key;
        fresh.deviceName = device.deviceName;
        fresh.requestedAt = result->startDateTime;
        entry = fresh;
    }
    if (applyResult(entry, *result))
        changed.append(key);
    return changed;
}

std::optional<TrackedAction> ActionTracker::find(const ActionKey &key) const
{
    const auto it = m_actions.constFind(key);
    if (it == m_actions.cend())
        return std::nullopt;
    return *it;
}

QList<TrackedAction> ActionTracker::all() const
{
    return m_actions.values();
}

QList<TrackedAction> ActionTracker::inFlight() const
{
    QList<TrackedAction> out;
    for (const auto &a : m_actions) {
        if (isInFlight(a.state))
            out.append(a);
    }
    return out;
}

int ActionTracker::expirePasscodes()
{
    int dropped = 0;
    const QDateTime now = m_clock.now();
    for (auto &a : m_actions) {
        if (a.passcode && a.passcodeExpiry.isValid() && a.passcodeExpiry <= now) {
            a.passcode.reset();
            ++dropped;
        }
    }
    return dropped;
}

} // namespace passcode::actions
