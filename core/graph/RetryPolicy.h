// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QtGlobal>

#include <optional>

namespace passcode::graph {

/**
 * How one request (or one $batch item) is retried: a value type, copied into each call.
 *
 * The bounds are the attempt count (the first attempt included), a separate smaller bound for replies whose
 * body could not be read (a truncated body is often transient, a malformed one is not), and the sum of all
 * waits. Backoff is exponential with jitter; a server's Retry-After always wins over backoff.
 * docs/graph-client.md says which failures are retried for reads and for actions; this struct only says how
 * often and how long.
 *
 * Tests use millisecond delays and a small serverDelayScale so that "Retry-After: 3" keeps its meaning (3000
 * ms is recorded in GraphResult::waitsMs) while the real wait is 3 ms.
 */
struct RetryPolicy
{
    /** Total attempts including the first; 1 disables retries. */
    int maxAttempts = 5;
    /** Answers whose 2xx body is not readable JSON that a read may get before it fails (within maxAttempts).
     */
    int maxParseAttempts = 3;
    /** The first backoff delay. */
    qint64 baseDelayMs = 1000;
    /** Growth of the backoff delay from one retry to the next. */
    double multiplier = 2.0;
    /** Cap on one backoff delay (does not cap a server's Retry-After). */
    qint64 maxDelayMs = 30000;
    /** Cap on the sum of all waits of one request; a wait that would exceed it is not made and the request
     * fails. */
    qint64 maxTotalWaitMs = 120000;
    /** Fraction of each backoff delay that is randomised away, 0 (none) to 1 (full jitter). */
    double jitter = 0.5;
    /** Multiplies waits asked by the server (Retry-After) before waiting; 1 in production. */
    double serverDelayScale = 1.0;

    /** A policy that never retries. */
    static RetryPolicy noRetries();

    /**
     * The backoff delay before retry number @p retry (1 for the first retry), with @p random01 in [0, 1)
     * drawn by the caller: min(maxDelayMs, baseDelayMs * multiplier^(retry-1)) * (1 - jitter * random01).
     */
    qint64 backoffDelayMs(int retry, double random01) const;

    /** The real wait for a delay the server asked for: @p serverDelayMs scaled by serverDelayScale. */
    qint64 scaledServerDelayMs(qint64 serverDelayMs) const;
};

/** The longest wait a server's Retry-After (header or Intune's RetryAfter) is taken as: a day. Longer ones,
 * and absurd ones (1e16 seconds), are clamped to it before any conversion; the retry budget then gives up. */
inline constexpr qint64 kMaxRetryAfterMs = 24LL * 3600 * 1000;

/**
 * Parses a Retry-After header value into milliseconds: delta-seconds, integer ("3") or fractional ("2.128",
 * as Graph sends), or an HTTP-date (IMF-fixdate, RFC 850 or asctime form) taken relative to @p now. A date in
 * the past gives 0. Returns nullopt for an empty or unreadable value.
 */
std::optional<qint64> parseRetryAfterMs(const QByteArray &value, const QDateTime &now);

} // namespace passcode::graph
