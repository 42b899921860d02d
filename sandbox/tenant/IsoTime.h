// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QStringView>

#include <optional>

namespace passcode::sandbox {

/** Fast ISO 8601 (UTC) formatting and parsing of milliseconds since the Unix epoch. */
namespace IsoTime {

/** A UTC date and time split into fields. */
struct Civil
{
    int year = 1970;
    unsigned month = 1;
    unsigned day = 1;
    unsigned hour = 0;
    unsigned minute = 0;
    unsigned second = 0;
    unsigned millisecond = 0;
};
Civil civil(qint64 msecsSinceEpoch);

/** "2026-11-02T09:00:00Z" (".123" added when there are milliseconds); kNeverMs gives "0001-01-01T00:00:00Z".
 */
QByteArray format(qint64 msecsSinceEpoch);
/** "2026-11-02 09:00:00Z", the form Entra's token errors use. */
QByteArray formatSpaced(qint64 msecsSinceEpoch);
/** Parses an ISO 8601 date-time with a Z or ±hh:mm offset (fraction optional); nullopt when invalid. */
std::optional<qint64> parse(QStringView text);

} // namespace IsoTime

} // namespace passcode::sandbox
