// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <cmath>

namespace passcode {

/**
 * @p value as an integer in [@p lo, @p hi]: the one way a number a server sent (a JSON number, a header, a
 * string of digits) becomes an integer here. Converting a double outside the integer's range is undefined
 * behaviour (-fsanitize=float-cast-overflow catches it in the sanitizer build): a Retry-After of 1e16
 * seconds or an @odata.count of 1e300 must give a bounded answer, never garbage. NaN gives @p lo.
 */
inline qint64 clampToInt64(double value, qint64 lo, qint64 hi)
{
    if (!(value > static_cast<double>(lo))) // NaN too
        return lo;
    if (value >= static_cast<double>(hi))
        return hi;
    return static_cast<qint64>(value);
}

/** Seconds as a server gives them (possibly fractional, huge or negative) → milliseconds in [0, @p maxMs]. */
inline qint64 secondsToClampedMs(double seconds, qint64 maxMs)
{
    return clampToInt64(std::round(seconds * 1000.0), 0, maxMs);
}

} // namespace passcode
