// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/CsvWriter.h"

namespace passcode {

CsvWriter::CsvWriter(LineEnd lineEnd, bool byteOrderMark)
    : m_lineEnd(lineEnd)
{
    if (byteOrderMark)
        m_data = QByteArrayLiteral("\xEF\xBB\xBF");
}

void CsvWriter::addRecord(const QStringList &fields)
{
    m_data += record(fields, m_lineEnd).toUtf8();
}

QString CsvWriter::record(const QStringList &fields, LineEnd lineEnd)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += QLatin1Char(',');
        line += field(fields.at(i));
    }
    line += lineEnd == LineEnd::CrLf ? QLatin1String("\r\n") : QLatin1String("\n");
    return line;
}

bool CsvWriter::looksLikeFormula(QStringView value)
{
    if (value.isEmpty())
        return false;
    const QChar first = value.front();
    return first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' ||
           first == u'\r';
}

QString CsvWriter::field(const QString &value)
{
    QString text = value;
    if (looksLikeFormula(text))
        text.prepend(QLatin1Char('\''));
    const bool quote = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
                       text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r')) ||
                       (!text.isEmpty() && (text.front().isSpace() || text.back().isSpace()));
    if (!quote)
        return text;
    text.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

} // namespace passcode
