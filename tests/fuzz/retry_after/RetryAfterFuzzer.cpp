// SPDX-License-Identifier: GPL-3.0-or-later
// parseRetryAfterMs (core/graph/RetryPolicy.h) over any header value: delta-seconds (integer, fractional,
// huge), HTTP-dates in their three forms, garbage. Every answer is a wait in [0, kMaxRetryAfterMs], relative
// to an ordinary now and to the far ends of QDateTime's range.
#include "FuzzSupport.h"

#include "core/graph/RetryPolicy.h"

#include <QDateTime>
#include <QTimeZone>

using passcode::fuzz::check;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input = passcode::fuzz::bytes(data, size);
    static const QDateTime nows[] = {
        QDateTime(QDate(2026, 12, 5), QTime(3, 30), QTimeZone::utc()),
        QDateTime(QDate(-4000, 1, 1), QTime(0, 0), QTimeZone::utc()),
        QDateTime(QDate(99999, 12, 31), QTime(23, 59, 59), QTimeZone::utc()),
    };
    for (const QDateTime &now : nows) {
        const std::optional<qint64> ms = passcode::graph::parseRetryAfterMs(input, now);
        if (ms)
            check(*ms >= 0 && *ms <= passcode::graph::kMaxRetryAfterMs);
    }
    return 0;
}
