// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/graph/WriteBudget.h"

#include <algorithm>

namespace passcode::graph {

WriteBudget::WriteBudget(const Clock &clock, int limit, qint64 windowMs)
    : m_clock(clock)
    , m_limit(std::max(1, limit))
    , m_windowMs(std::max<qint64>(1, windowMs))
{}

void WriteBudget::expire() const
{
    const qint64 now = m_clock.monotonicMs();
    while (!m_stamps.empty() && m_stamps.front() <= now - span())
        m_stamps.pop_front();
}

int WriteBudget::clamp(int units) const
{
    return std::min(units, m_limit);
}

bool WriteBudget::tryTake(int units)
{
    if (units <= 0)
        return true;
    units = clamp(units);
    if (msUntilAvailable(units) > 0)
        return false;
    const qint64 now = m_clock.monotonicMs();
    for (int i = 0; i < units; ++i)
        m_stamps.push_back(now);
    m_total += units;
    return true;
}

qint64 WriteBudget::msUntilAvailable(int units) const
{
    if (units <= 0)
        return 0;
    units = clamp(units);
    expire();
    const qsizetype used = qsizetype(m_stamps.size());
    if (used + units <= m_limit)
        return 0;
    // Room for `units` once the (used + units - limit) oldest stamps have left the window.
    const qsizetype mustLeave = used + units - m_limit;
    const qint64 freeAt = m_stamps[std::size_t(mustLeave - 1)] + span();
    return std::max<qint64>(1, freeAt - m_clock.monotonicMs());
}

int WriteBudget::available() const
{
    expire();
    return std::max(0, m_limit - int(m_stamps.size()));
}

int WriteBudget::usedInWindow() const
{
    expire();
    return int(m_stamps.size());
}

void WriteBudget::setLimit(int limit)
{
    m_limit = std::max(1, limit);
}

void WriteBudget::setSafetyMarginMs(qint64 marginMs)
{
    m_marginMs = std::max<qint64>(0, marginMs);
}

void WriteBudget::setWindowMs(qint64 windowMs)
{
    m_windowMs = std::max<qint64>(1, windowMs);
}

qint64 WriteBudget::estimateMs(int units) const
{
    if (units <= 0)
        return 0;
    expire();
    // Number every write, those in the window first (oldest first), then the ones to come. At the steady
    // rate, write n leaves one window after write n - limit; the last one to come decides.
    const qint64 now = m_clock.monotonicMs();
    const qint64 used = qint64(m_stamps.size());
    const qint64 last = used + units - 1;
    const qint64 windows = last / m_limit;
    const qint64 slot = last % m_limit;
    const qint64 slotTime = slot < used ? m_stamps[std::size_t(slot)] - now : 0;
    return std::max<qint64>(0, slotTime + windows * span());
}

} // namespace passcode::graph
