// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace passcode {

/**
 * Writes CSV with RFC 4180 quoting: a field with a comma, quote, CR or LF (or a space at either end) is
 * quoted, with inner quotes doubled. The one CSV writer of the project: the console's device export and
 * passcodectl's
 * `--csv` both use it.
 *
 * Formula injection: a field that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR,
 * the OWASP list) gets a leading apostrophe, so it is shown as text. Device and user names come from end
 * users and must never become formulas in the technician's spreadsheet.
 *
 * As a document (addRecord()/data()): UTF-8, by default with a byte-order mark (so spreadsheet programs read
 * accents) and CRLF line ends. record() formats one line on its own, for output written as it is produced
 * (passcodectl writes LF lines without a byte-order mark to stdout). Pure value type; thread-agnostic.
 */
class CsvWriter
{
public:
    enum class LineEnd
    {
        CrLf, ///< RFC 4180, and what spreadsheet programs expect
        Lf,   ///< for text streams read by scripts
    };

    explicit CsvWriter(LineEnd lineEnd = LineEnd::CrLf, bool byteOrderMark = true);

    /** Appends one record (its fields written with field()). */
    void addRecord(const QStringList &fields);
    /** The document so far, in UTF-8. */
    const QByteArray &data() const { return m_data; }

    /** One record as text: the fields written with field(), separated by commas, ending with the line end. */
    static QString record(const QStringList &fields, LineEnd lineEnd = LineEnd::CrLf);
    /** One field as it is written: neutralised when it looks like a formula, then quoted when needed. */
    static QString field(const QString &value);
    /** Whether a spreadsheet would read the value as a formula (it starts with =, +, -, @, tab or CR). */
    static bool looksLikeFormula(QStringView value);

private:
    LineEnd m_lineEnd;
    QByteArray m_data;
};

} // namespace passcode
