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
    while (!m_stamps.empty() && m_stamps.front() <= now - m_windowMs)
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
    const qint64 freeAt = m_stamps[std::size_t(mustLeave - 1)] + m_windowMs;
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

void WriteBudget::setWindowMs(qint64 windowMs)
{
    m_windowMs = std::max<qint64>(1, windowMs);
}

qint64 WriteBudget::estimateMs(int units) const
{
    if (units <= 0)
        return 0;
    const int now = available();
    if (units <= now)
        return 0;
    // What does not fit now leaves at the steady rate of limit per window, after the current window frees.
    const int rest = units - now;
    const qint64 firstFree = msUntilAvailable(1);
    const qint64 fullWindows = (rest - 1) / m_limit;
    return firstFree + fullWindows * m_windowMs;
}

} // namespace passcode::graph
