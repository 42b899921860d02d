// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

namespace passcode {

/**
 * The source of time for everything that reasons about time: state machines, backoff, token expiry,
 * "last seen" rules. Injected by reference; the application owns one SystemClock, tests own a manual clock.
 * Implementations must be usable from the thread that owns the objects reading them.
 */
class Clock
{
public:
    virtual ~Clock() = default;
    /** The current time, in UTC. */
    virtual QDateTime now() const = 0;
    /** A monotonic millisecond counter, for measuring intervals; unrelated to wall-clock time. */
    virtual qint64 monotonicMs() const = 0;
};

/** The real clock. */
class SystemClock final : public Clock
{
public:
    SystemClock();
    QDateTime now() const override;
    qint64 monotonicMs() const override;

private:
    qint64 m_epochMs;
};

} // namespace passcode
