// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/devices/FieldReader.h"

namespace passcode::devices::detail {

QDateTime fastUtcDateTime(QStringView t)
{
    const auto digits = [&t](qsizetype from, qsizetype count, int *value) {
        int v = 0;
        for (qsizetype i = from; i < from + count; ++i) {
            const char16_t c = t[i].unicode();
            if (c < u'0' || c > u'9')
                return false;
            v = v * 10 + (c - u'0');
        }
        *value = v;
        return true;
    };
    if (t.size() != 20 && t.size() != 24)
        return {};
    if (t[4] != u'-' || t[7] != u'-' || t[10] != u'T' || t[13] != u':' || t[16] != u':' ||
        t[t.size() - 1] != u'Z')
        return {};
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, sec = 0, ms = 0;
    if (!digits(0, 4, &y) || !digits(5, 2, &mo) || !digits(8, 2, &d) || !digits(11, 2, &h) ||
        !digits(14, 2, &mi) || !digits(17, 2, &sec))
        return {};
    if (t.size() == 24 && (t[19] != u'.' || !digits(20, 3, &ms)))
        return {};
    // The checks QDate and QTime make (no year 0, no leap second, no 24:00), then the instant straight from
    // the civil date (Howard Hinnant's days_from_civil): cheaper than QDateTime(QDate, QTime, Qt::UTC).
    static constexpr int monthDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    if (y < 1 || mo < 1 || mo > 12 || d < 1 || d > monthDays[mo - 1] + (mo == 2 && leap ? 1 : 0) || h > 23 ||
        mi > 59 || sec > 59)
        return {};
    const int yy = y - (mo <= 2 ? 1 : 0);
    const int era = yy / 400;
    const int yoe = yy - era * 400;
    const int doy = (153 * (mo + (mo > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    const qint64 days = qint64(era) * 146097 + doe - 719468;
    const qint64 msecs = ((days * 24 + h) * 60 + mi) * 60000 + sec * 1000 + ms;
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
}

} // namespace passcode::devices::detail
