// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/TimeFormat.h"

#include <QLocale>

namespace passcode::ui {

namespace {
constexpr qint64 kSkewToleranceSecs = 10 * 60;
}

QString TimeFormat::ago(const QDateTime &then, const QDateTime &now)
{
    if (!then.isValid())
        return tr("never", "last check-in");
    const qint64 secs = then.secsTo(now);
    // The service's clock and ours differ a little: a few minutes ahead still reads as "just now".
    if (secs < -kSkewToleranceSecs)
        return tr("in the future (clock skew)", "a time later than now");
    if (secs < 60)
        return tr("just now");
    const qint64 minutes = secs / 60;
    if (minutes < 60)
        return tr("%n minute(s) ago", nullptr, static_cast<int>(minutes));
    const qint64 hours = minutes / 60;
    if (hours < 48)
        return tr("%n hour(s) ago", nullptr, static_cast<int>(hours));
    const qint64 days = hours / 24;
    return tr("%n day(s) ago", nullptr, static_cast<int>(days));
}

QString TimeFormat::duration(qint64 seconds)
{
    seconds = std::max<qint64>(seconds, 0);
    const qint64 days = seconds / 86400;
    const qint64 hours = (seconds % 86400) / 3600;
    const qint64 minutes = (seconds % 3600) / 60;
    const qint64 secs = seconds % 60;
    if (days > 0)
        return tr("%n day(s) %1 h", "duration", static_cast<int>(days)).arg(hours);
    if (hours > 0)
        return tr("%1 h %2 min", "duration").arg(hours).arg(minutes);
    if (minutes > 0)
        return tr("%1 min %2 s", "duration").arg(minutes).arg(secs);
    return tr("%1 s", "duration").arg(secs);
}

QString TimeFormat::timeLeft(const QDateTime &until, const QDateTime &now)
{
    if (!until.isValid())
        return tr("unknown", "time left");
    const qint64 secs = now.secsTo(until);
    if (secs <= 0)
        return tr("expired", "time left");
    return tr("%1 left", "time left").arg(duration(secs));
}

QString TimeFormat::dateTime(const QDateTime &when)
{
    if (!when.isValid())
        return tr("never", "last check-in");
    return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
}

} // namespace passcode::ui
