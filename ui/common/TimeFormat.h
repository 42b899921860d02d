// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace passcode::ui {

/**
 * Translated texts for times as the helpdesk reads them: "3 days ago", "2 min 5 s", a local date and time.
 * Pure functions of their arguments (the caller passes "now" from the injected Clock).
 */
class TimeFormat
{
    Q_DECLARE_TR_FUNCTIONS(TimeFormat)

public:
    /** How long ago `then` was, seen at `now`: "just now", "5 minutes ago", "3 days ago"; "never" when
     * invalid. */
    static QString ago(const QDateTime &then, const QDateTime &now);
    /** A duration in its two largest units: "45 s", "2 min 5 s", "3 h 10 min", "6 days 23 h". */
    static QString duration(qint64 seconds);
    /** The time left until `until`: "6 days 23 h left", or "expired". */
    static QString timeLeft(const QDateTime &until, const QDateTime &now);
    /** A local date and time in the locale's short format; "never" when invalid. */
    static QString dateTime(const QDateTime &when);
};

} // namespace passcode::ui
