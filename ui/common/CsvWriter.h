// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace passcode::ui {

/**
 * Builds RFC 4180 CSV in UTF-8: fields with a comma, quote, CR or LF (or edge spaces) are quoted with inner
 * quotes doubled; records end with CRLF; the file starts with a UTF-8 BOM so spreadsheet programs read
 * accents. A field that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) gets a
 * leading apostrophe: device names come from end users and must not become formulas in the technician's
 * spreadsheet.
 */
class CsvWriter
{
public:
    CsvWriter();

    void addRecord(const QStringList &fields);
    const QByteArray &data() const { return m_data; }

    /** One field as it is written (quoted and neutralised when needed). */
    static QString field(const QString &value);

private:
    QByteArray m_data;
};

} // namespace passcode::ui
