// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Everything the program logs during the soak (every qDebug/qInfo/qWarning of every thread, debug categories
// included), written to a file in the soak's folder: the secret scan reads it as it reads the journal.

#include <QString>

namespace passcode::soak {

class SoakLog
{
public:
    /** Installs the message handler (one at a time) and turns the passcode.* debug categories on. */
    explicit SoakLog(const QString &path);
    /** Restores the previous handler and the logging rules; the file is complete afterwards. */
    ~SoakLog();
    SoakLog(const SoakLog &) = delete;
    SoakLog &operator=(const SoakLog &) = delete;

    static qint64 lines();
    static qint64 warnings();
};

} // namespace passcode::soak
