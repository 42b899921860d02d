// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <variant>

namespace passcode::ctl {

/**
 * What a command reads from a file named on its command line, or from standard input for "-" (read to its
 * end: a pipe delivers it in pieces), at most @p maxBytes. Errors are Kind::Usage, naming the file ("standard
 * input" for "-").
 */
class InputFile
{
    Q_DECLARE_TR_FUNCTIONS(InputFile)

public:
    static std::variant<QByteArray, Error> read(const QString &path, qint64 maxBytes);
    /** "standard input" for "-", else the path. */
    static QString sourceName(const QString &path);
};

} // namespace passcode::ctl
