// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace passcode::ui {

/**
 * How a passcode is shown and read out over the phone: grouped ("482 913"), masked with the same grouping
 * ("••• •••"), and, for alphanumeric codes, spelled with the NATO alphabet with the case of each letter
 * marked. Pure functions; nothing here logs or stores the code.
 */
class PasscodeFormat
{
    Q_DECLARE_TR_FUNCTIONS(PasscodeFormat)

public:
    /** Group sizes for a code of `length` characters: groups of 3 when the length divides by 3 (6 → 3+3),
     * else groups of 4 with a shorter last group (8 → 4+4, 10 → 4+4+2); codes of up to 4 stay whole. */
    static QList<int> groupSizes(qsizetype length);
    /** The code split into its groups with a space between them. */
    static QString grouped(const QString &code);
    /** One bullet per character, grouped like grouped(). */
    static QString masked(const QString &code);
    /** Whether the code has digits only (a numeric keypad is enough). */
    static bool isNumeric(const QString &code);
    /** The spoken form of one character: "Kilo (capital)", "kilo (lower case)", "four", "hyphen". */
    static QString spoken(QChar c);
    /** The spoken form of the code, group by group: groups separated by " / ", characters by ", ". */
    static QString phonetic(const QString &code);
};

} // namespace passcode::ui
