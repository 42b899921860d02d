// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <variant>

namespace passcode::ctl {

/** One device named in a file (or on the command line): its text and where it came from. */
struct DeviceEntry
{
    QString text; ///< an id, device name or serial number, trimmed
    int line = 0; ///< 1-based line in the file; 0 for a command-line argument
};

/**
 * `reset --from-file FILE`: one device (id, device name or serial number) per line. Leading and trailing
 * blanks are trimmed; blank lines and lines whose first non-blank character is '#' are ignored; a UTF-8
 * byte-order mark and CRLF line ends are accepted. An entry that cannot be a device's name (invalid UTF-8,
 * a control character such as a tab, more than MaxEntryLength characters) is an error naming its line,
 * and so is a file with no entry at all: nothing is guessed.
 */
class DeviceListFile
{
    Q_DECLARE_TR_FUNCTIONS(DeviceListFile)

public:
    static constexpr int MaxEntryLength = 256;

    /** The entries of @p content, in order (duplicates kept), or a Kind::Usage error that names @p source
     * ("FILE" or "standard input") and the line. */
    static std::variant<QList<DeviceEntry>, Error> parse(const QByteArray &content, const QString &source);

    /** Reads @p path ("-": standard input) and parses it; a file that cannot be read is a Kind::Usage error.
     */
    static std::variant<QList<DeviceEntry>, Error> read(const QString &path);
};

} // namespace passcode::ctl
