// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/actions/ActionKey.h"
#include "core/common/Clock.h"

#include <QHash>
#include <QList>

#include <optional>

namespace passcode::actions {

/**
 * How ActionService polls watched actions. Times in milliseconds. The defaults are the production values;
 * tests shrink them.
 */
struct PollPolicy
{
    /** Wait before the first poll after an action was accepted (Graph needs a moment to show it). */
    qint64 firstDelayMs = 5000;
    /** Growth of the wait from one poll of the same action to the next: 5 s, 10 s, 20 s, 40 s... */
    double multiplier = 2.0;
    /** Cap on one wait (the server's Retry-After may ask for longer and is honoured). */
    qint64 maxDelayMs = 180000;
    /**
     * An action whose outcome is unknown (POST timed out, connection dropped) and that Graph has not shown
     * within this time is taken as never processed: it moves to None, and the technician may send it again.
     */
    qint64 unknownGiveUpMs = 15 * 60 * 1000;
    /** Watches due within this window of the earliest one are polled together (fewer, fuller $batch calls).
     */
    qint64 coalesceMs = 1000;
    /** Per-request timeout of a poll (a poll that times out is simply tried again later). */
    int requestTimeoutMs = 30000;

    /** The wait before poll number @p poll (0 for the first): min(maxDelayMs, firstDelayMs *
     * multiplier^poll). */
    qint64 delayForPoll(int poll) const;
};

/**
 * The timetable of watched actions: when each one is due for its next poll. Pure bookkeeping on the injected
 * Clock's monotonic time, no timers and no I/O, so the backoff is testable with a manual clock. ActionService
 * owns one and arms a single QTimer for msUntilNextDue().
 */
class PollSchedule
{
public:
    PollSchedule(const Clock &clock, PollPolicy policy);

    const PollPolicy &policy() const { return m_policy; }
    void setPolicy(const PollPolicy &policy) { m_policy = policy; }

    /** Starts watching @p key (first poll after policy().firstDelayMs, or @p firstDelayMs); keeps an existing
     * entry's timetable. */
    void add(const ActionKey &key, std::optional<qint64> firstDelayMs = std::nullopt);
    void remove(const ActionKey &key);
    bool contains(const ActionKey &key) const;
    int size() const;
    QList<ActionKey> keys() const;

    /**
     * The watches due now or within policy().coalesceMs of now (but never before a server's Retry-After has
     * passed), not already being polled; they are marked as being polled until polled() is called for them.
     */
    QList<ActionKey> takeDue();
    /**
     * A poll of @p key ended: its next poll is after the next backoff step, or after @p serverDelayMs when
     * the server asked for more (Retry-After). Unknown keys are ignored.
     */
    void polled(const ActionKey &key, std::optional<qint64> serverDelayMs = std::nullopt);
    /** Pushes every watch back to at least now + @p delayMs (a Retry-After that concerns all of them). */
    void deferAll(qint64 delayMs);

    /** Milliseconds until the next watch not being polled is due (0 if overdue), std::nullopt if none. */
    std::optional<qint64> msUntilNextDue() const;
    /** Polls made for @p key so far. */
    int pollCount(const ActionKey &key) const;
    /** Monotonic time the next poll of @p key is due, or -1. */
    qint64 dueAtMs(const ActionKey &key) const;

private:
    struct Entry
    {
        qint64 dueAtMs = 0;
        qint64 notBeforeMs = 0; ///< a server's Retry-After: not even coalescing polls sooner
        int polls = 0;
        bool polling = false;
    };

    const Clock &m_clock;
    PollPolicy m_policy;
    QHash<ActionKey, Entry> m_entries;
};

} // namespace passcode::actions
