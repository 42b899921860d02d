// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/graph/RetryPolicy.h"

#include "core/common/Numbers.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace passcode::graph {

RetryPolicy RetryPolicy::noRetries()
{
    RetryPolicy p;
    p.maxAttempts = 1;
    p.maxParseAttempts = 1;
    return p;
}

qint64 RetryPolicy::backoffDelayMs(int retry, double random01) const
{
    const int exponent = std::clamp(retry - 1, 0, 62);
    const double raw =
        double(std::max<qint64>(0, baseDelayMs)) * std::pow(std::max(1.0, multiplier), exponent);
    const double capped = std::min(raw, double(std::max<qint64>(0, maxDelayMs)));
    const double j = std::clamp(jitter, 0.0, 1.0) * std::clamp(random01, 0.0, 1.0);
    return qint64(std::llround(capped * (1.0 - j)));
}

qint64 RetryPolicy::scaledServerDelayMs(qint64 serverDelayMs) const
{
    return qint64(std::llround(double(std::max<qint64>(0, serverDelayMs)) * std::max(0.0, serverDelayScale)));
}

namespace {

int monthFromName(QStringView name)
{
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    for (int i = 0; i < 12; ++i) {
        if (name.compare(QLatin1String(months[i]), Qt::CaseInsensitive) == 0)
            return i + 1;
    }
    return 0;
}

std::optional<QDateTime> parseHttpDate(const QString &text)
{
    // RFC 9110 §5.6.7: IMF-fixdate is what servers send; the two obsolete forms must still be accepted.
    static const QRegularExpression imf(
        QStringLiteral(R"(^[A-Za-z]{3}, (\d{2}) ([A-Za-z]{3}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT$)"));
    static const QRegularExpression rfc850(
        QStringLiteral(R"(^[A-Za-z]+, (\d{2})-([A-Za-z]{3})-(\d{2}) (\d{2}):(\d{2}):(\d{2}) GMT$)"));
    static const QRegularExpression asctime(
        QStringLiteral(R"(^[A-Za-z]{3} ([A-Za-z]{3}) ([ \d]\d) (\d{2}):(\d{2}):(\d{2}) (\d{4})$)"));

    int day = 0, month = 0, year = 0, h = 0, m = 0, s = 0;
    if (const auto match = imf.match(text); match.hasMatch()) {
        day = match.captured(1).toInt();
        month = monthFromName(match.capturedView(2));
        year = match.captured(3).toInt();
        h = match.captured(4).toInt();
        m = match.captured(5).toInt();
        s = match.captured(6).toInt();
    } else if (const auto match850 = rfc850.match(text); match850.hasMatch()) {
        day = match850.captured(1).toInt();
        month = monthFromName(match850.capturedView(2));
        const int yy = match850.captured(3).toInt();
        year = yy < 70 ? 2000 + yy : 1900 + yy;
        h = match850.captured(4).toInt();
        m = match850.captured(5).toInt();
        s = match850.captured(6).toInt();
    } else if (const auto matchA = asctime.match(text); matchA.hasMatch()) {
        month = monthFromName(matchA.capturedView(1));
        day = matchA.captured(2).trimmed().toInt();
        h = matchA.captured(3).toInt();
        m = matchA.captured(4).toInt();
        s = matchA.captured(5).toInt();
        year = matchA.captured(6).toInt();
    } else {
        return std::nullopt;
    }
    if (year < 1970 || year > 9999) // far beyond any wait; also keeps msecsTo() within range
        return std::nullopt;
    const QDate date(year, month, day);
    const QTime time(h, m, s);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, Qt::UTC);
}

} // namespace

std::optional<qint64> parseRetryAfterMs(const QByteArray &value, const QDateTime &now)
{
    const QString text = QString::fromLatin1(value).trimmed();
    if (text.isEmpty())
        return std::nullopt;
    static const QRegularExpression seconds(QStringLiteral(R"(^\d+(\.\d+)?$)"));
    if (seconds.match(text).hasMatch()) {
        bool ok = false;
        const double s = text.toDouble(&ok);
        if (!ok || !std::isfinite(s))
            return std::nullopt;
        return secondsToClampedMs(s, kMaxRetryAfterMs);
    }
    const std::optional<QDateTime> when = parseHttpDate(text);
    if (!when)
        return std::nullopt;
    return std::clamp<qint64>(now.msecsTo(*when), 0, kMaxRetryAfterMs);
}

} // namespace passcode::graph
