// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"

#include <QtGlobal>

#include <deque>

namespace passcode::graph {

/**
 * A client-side sliding-window budget of writes: at most limit() writes in any windowMs() milliseconds
 * (defaults 150 per 20,000 ms, below Intune's 200 writes per 20 s per app and tenant, graph-intune.md §6).
 *
 * GraphClient draws from it for every request of kind Action before the request leaves (a $batch POST draws
 * one unit per Action item it carries, see GraphRequest::writeUnits()); when there is no room the request
 * waits, it is never refused. One budget per engine: single actions and bulk runs share it.
 *
 * Time is the injected Clock's monotonicMs(). Not a QObject; not thread-safe (the client's thread).
 */
class WriteBudget
{
public:
    static constexpr int kDefaultLimit = 150;
    static constexpr qint64 kDefaultWindowMs = 20'000;

    /** A budget of @p limit writes per @p windowMs on @p clock (not owned; must outlive the budget). */
    explicit WriteBudget(const Clock &clock, int limit = kDefaultLimit, qint64 windowMs = kDefaultWindowMs);

    /**
     * Takes @p units writes now if the window has room for all of them, and returns true; else takes nothing
     * and returns false. A request larger than the limit is clamped to the limit (it waits for an empty
     * window instead of waiting forever). 0 or fewer units: always true.
     */
    bool tryTake(int units = 1);
    /** Milliseconds until tryTake(@p units) would succeed (0: now). Clamped like tryTake(). */
    qint64 msUntilAvailable(int units = 1) const;
    /** Writes that could be taken right now. */
    int available() const;
    /** Writes taken in the current window. */
    int usedInWindow() const;
    /** Writes taken since construction (for diagnostics and benchmarks). */
    qint64 totalTaken() const { return m_total; }

    /** At least 1; takes effect for the next tryTake(). */
    void setLimit(int limit);
    int limit() const { return m_limit; }
    /** At least 1 ms; takes effect for the next tryTake(). */
    void setWindowMs(qint64 windowMs);
    qint64 windowMs() const { return m_windowMs; }
    /**
     * A write counts for windowMs() + this margin (default 0): the server stamps a request when it arrives,
     * so a batch sent the moment the window frees may reach it a little sooner than the previous one did and
     * be counted with it. The engine sets max(50 ms, window / 40).
     */
    void setSafetyMarginMs(qint64 marginMs);
    qint64 safetyMarginMs() const { return m_marginMs; }

    /**
     * The time the budget needs for @p units more writes at its steady rate, counting the room left in the
     * current window (for an ETA). 0 when they all fit now.
     */
    qint64 estimateMs(int units) const;

private:
    void expire() const;
    qint64 span() const { return m_windowMs + m_marginMs; }
    int clamp(int units) const;

    const Clock &m_clock;
    int m_limit;
    qint64 m_windowMs;
    qint64 m_marginMs = 0;
    qint64 m_total = 0;
    mutable std::deque<qint64> m_stamps;
};

} // namespace passcode::graph
