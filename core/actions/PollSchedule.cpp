// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/actions/PollSchedule.h"

#include <algorithm>
#include <cmath>

namespace passcode::actions {

qint64 PollPolicy::delayForPoll(int poll) const
{
    const double raw = static_cast<double>(firstDelayMs) * std::pow(multiplier, std::max(0, poll));
    if (!std::isfinite(raw) || raw >= static_cast<double>(maxDelayMs))
        return maxDelayMs;
    return std::max<qint64>(0, static_cast<qint64>(raw));
}

PollSchedule::PollSchedule(const Clock &clock, PollPolicy policy)
    : m_clock(clock)
    , m_policy(policy)
{}

void PollSchedule::add(const ActionKey &key, std::optional<qint64> firstDelayMs)
{
    if (m_entries.contains(key))
        return;
    Entry e;
    e.dueAtMs = m_clock.monotonicMs() + firstDelayMs.value_or(m_policy.delayForPoll(0));
    m_entries.insert(key, e);
}

void PollSchedule::remove(const ActionKey &key)
{
    m_entries.remove(key);
}

bool PollSchedule::contains(const ActionKey &key) const
{
    return m_entries.contains(key);
}

int PollSchedule::size() const
{
    return static_cast<int>(m_entries.size());
}

QList<ActionKey> PollSchedule::keys() const
{
    return m_entries.keys();
}

QList<ActionKey> PollSchedule::takeDue()
{
    QList<ActionKey> due;
    const qint64 horizon = m_clock.monotonicMs() + m_policy.coalesceMs;
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        // Coalescing may poll a little early, but never before a time the server asked for (Retry-After).
        if (!it->polling && it->dueAtMs <= horizon && it->notBeforeMs <= horizon - m_policy.coalesceMs) {
            it->polling = true;
            due.append(it.key());
        }
    }
    // Stable order (by due time, then device) so that batches are deterministic.
    std::sort(due.begin(), due.end(), [this](const ActionKey &a, const ActionKey &b) {
        const qint64 da = m_entries.value(a).dueAtMs;
        const qint64 db = m_entries.value(b).dueAtMs;
        if (da != db)
            return da < db;
        if (a.deviceId != b.deviceId)
            return a.deviceId < b.deviceId;
        return static_cast<int>(a.action) < static_cast<int>(b.action);
    });
    return due;
}

void PollSchedule::polled(const ActionKey &key, std::optional<qint64> serverDelayMs)
{
    const auto it = m_entries.find(key);
    if (it == m_entries.end())
        return;
    it->polling = false;
    ++it->polls;
    const qint64 now = m_clock.monotonicMs();
    const qint64 server = std::max<qint64>(0, serverDelayMs.value_or(0));
    it->dueAtMs = now + std::max(m_policy.delayForPoll(it->polls), server);
    it->notBeforeMs = now + server;
}

void PollSchedule::deferAll(qint64 delayMs)
{
    const qint64 earliest = m_clock.monotonicMs() + delayMs;
    for (Entry &e : m_entries) {
        e.dueAtMs = std::max(e.dueAtMs, earliest);
        e.notBeforeMs = std::max(e.notBeforeMs, earliest);
    }
}

std::optional<qint64> PollSchedule::msUntilNextDue() const
{
    std::optional<qint64> next;
    for (const Entry &e : m_entries) {
        const qint64 due = std::max(e.dueAtMs, e.notBeforeMs);
        if (!e.polling && (!next || due < *next))
            next = due;
    }
    if (!next)
        return std::nullopt;
    return std::max<qint64>(0, *next - m_clock.monotonicMs());
}

int PollSchedule::pollCount(const ActionKey &key) const
{
    return m_entries.value(key).polls;
}

qint64 PollSchedule::dueAtMs(const ActionKey &key) const
{
    const auto it = m_entries.constFind(key);
    return it == m_entries.cend() ? -1 : it->dueAtMs;
}

} // namespace passcode::actions
