// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/tenant/IsoTime.h"

#include "sandbox/tenant/DeviceRecord.h"

#include <QDateTime>

namespace passcode::sandbox::IsoTime {

namespace {

// Howard Hinnant's civil_from_days: days since 1970-01-01 to a proleptic Gregorian date.
void civilFromDays(qint64 z, int &y, unsigned &m, unsigned &d)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 yy = qint64(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y = int(yy + (m <= 2 ? 1 : 0));
}

inline void two(char *p, unsigned v)
{
    p[0] = char('0' + v / 10);
    p[1] = char('0' + v % 10);
}

void appendImpl(QByteArray &out, qint64 ms, char separator)
{
    if (ms == kNeverMs) {
        out.append(separator == 'T' ? "0001-01-01T00:00:00Z" : "0001-01-01 00:00:00Z");
        return;
    }
    const Civil c = civil(ms);
    char buf[24];
    const unsigned y = unsigned(c.year) % 10000;
    two(buf, y / 100);
    two(buf + 2, y % 100);
    buf[4] = '-';
    two(buf + 5, c.month);
    buf[7] = '-';
    two(buf + 8, c.day);
    buf[10] = separator;
    two(buf + 11, c.hour);
    buf[13] = ':';
    two(buf + 14, c.minute);
    buf[16] = ':';
    two(buf + 17, c.second);
    qsizetype len = 19;
    if (c.millisecond != 0) {
        buf[19] = '.';
        buf[20] = char('0' + c.millisecond / 100);
        two(buf + 21, c.millisecond % 100);
        len = 23;
    }
    buf[len++] = 'Z';
    out.append(buf, len);
}

} // namespace

Civil civil(qint64 ms)
{
    qint64 days = ms / 86400000;
    qint64 rem = ms % 86400000;
    if (rem < 0) {
        rem += 86400000;
        --days;
    }
    Civil c;
    civilFromDays(days, c.year, c.month, c.day);
    const auto secs = unsigned(rem / 1000);
    c.hour = secs / 3600;
    c.minute = (secs / 60) % 60;
    c.second = secs % 60;
    c.millisecond = unsigned(rem % 1000);
    return c;
}

QByteArray format(qint64 msecsSinceEpoch)
{
    QByteArray out;
    out.reserve(24);
    appendImpl(out, msecsSinceEpoch, 'T');
    return out;
}

QByteArray formatSpaced(qint64 msecsSinceEpoch)
{
    QByteArray out;
    appendImpl(out, msecsSinceEpoch - msecsSinceEpoch % 1000, ' ');
    return out;
}

std::optional<qint64> parse(QStringView text)
{
    // Require a date, a time and an explicit offset, as OData DateTimeOffset literals do.
    if (text.size() < 20 || text[10] != u'T')
        return std::nullopt;
    const QChar last = text.back();
    if (last != u'Z' && last != u'z' && text[text.size() - 3] != u':')
        return std::nullopt;
    const QDateTime dt = QDateTime::fromString(text.toString(), Qt::ISODateWithMs);
    if (!dt.isValid())
        return std::nullopt;
    return dt.toMSecsSinceEpoch();
}

} // namespace passcode::sandbox::IsoTime
