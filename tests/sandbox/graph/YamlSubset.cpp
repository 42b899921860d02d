// SPDX-License-Identifier: GPL-3.0-or-later
#include "YamlSubset.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <vector>

namespace passcode::sandbox::testing {

namespace {

struct Line
{
    int indent;
    QString text;
    int number;
};

class Parser
{
public:
    explicit Parser(std::vector<Line> lines)
        : m_lines(std::move(lines))
    {}

    QJsonValue run(QString *error)
    {
        if (m_lines.empty())
            return QJsonValue();
        QJsonValue v = block(m_lines[0].indent);
        if (m_pos < m_lines.size() && m_error.isEmpty())
            m_error = QStringLiteral("line %1: unexpected indentation").arg(m_lines[m_pos].number);
        if (!m_error.isEmpty()) {
            *error = m_error;
            return QJsonValue(QJsonValue::Undefined);
        }
        return v;
    }

private:
    static bool isSequenceItem(const QString &t)
    {
        return t == QLatin1String("-") || t.startsWith(QLatin1String("- "));
    }

    QJsonValue block(int indent)
    {
        if (m_pos >= m_lines.size())
            return QJsonValue();
        return isSequenceItem(m_lines[m_pos].text) ? sequence(indent) : mapping(indent);
    }

    /** Splits "key: value" / "key:"; returns false when the text is not a mapping entry. */
    static bool splitKey(const QString &t, QString *key, QString *rest)
    {
        qsizetype end = -1;
        if (t.startsWith(u'\'') || t.startsWith(u'"')) {
            const QChar q = t[0];
            qsizetype k = 1;
            QString k2;
            while (k < t.size()) {
                if (t[k] == q) {
                    if (q == u'\'' && k + 1 < t.size() && t[k + 1] == u'\'') {
                        k2.append(q);
                        k += 2;
                        continue;
                    }
                    break;
                }
                k2.append(t[k]);
                ++k;
            }
            if (k + 1 >= t.size() || t[k + 1] != u':')
                return false;
            if (k + 2 < t.size() && t[k + 2] != u' ')
                return false;
            *key = k2;
            *rest = t.mid(k + 2).trimmed();
            return true;
        }
        const qsizetype colonSpace = t.indexOf(QLatin1String(": "));
        if (colonSpace > 0)
            end = colonSpace;
        else if (t.endsWith(u':'))
            end = t.size() - 1;
        if (end <= 0)
            return false;
        *key = t.left(end);
        *rest = t.mid(end + 1).trimmed();
        return true;
    }

    /** A scalar starting with \a first on the current line, continued on lines indented more than \a indent.
     */
    QJsonValue scalar(QString first, int indent)
    {
        ++m_pos;
        if (first.startsWith(u'\'') || first.startsWith(u'"')) {
            const QChar q = first[0];
            QString text = first;
            auto closed = [q](const QString &s) {
                // the quote is closed when an unescaped quote ends it
                qsizetype k = 1;
                while (k < s.size()) {
                    if (s[k] == q) {
                        if (q == u'\'' && k + 1 < s.size() && s[k + 1] == u'\'') {
                            k += 2;
                            continue;
                        }
                        return k == s.size() - 1;
                    }
                    if (q == u'"' && s[k] == u'\\')
                        ++k;
                    ++k;
                }
                return false;
            };
            while (!closed(text) && m_pos < m_lines.size() && m_lines[m_pos].indent > indent) {
                text += u' ' + m_lines[m_pos].text;
                ++m_pos;
            }
            if (!closed(text)) {
                m_error =
                    QStringLiteral("line %1: unterminated quoted scalar").arg(m_lines[m_pos - 1].number);
                return QJsonValue();
            }
            QString inner = text.mid(1, text.size() - 2);
            if (q == u'\'')
                inner.replace(QLatin1String("''"), QLatin1String("'"));
            else
                inner.replace(QLatin1String("\\\""), QLatin1String("\""))
                    .replace(QLatin1String("\\\\"), QLatin1String("\\"));
            return inner;
        }
        QString text = first;
        while (m_pos < m_lines.size() && m_lines[m_pos].indent > indent) {
            text += u' ' + m_lines[m_pos].text;
            ++m_pos;
        }
        if (text == QLatin1String("{}"))
            return QJsonObject();
        if (text == QLatin1String("[]"))
            return QJsonArray();
        if (text == QLatin1String("true"))
            return true;
        if (text == QLatin1String("false"))
            return false;
        if (text == QLatin1String("null") || text == QLatin1String("~"))
            return QJsonValue();
        bool ok = false;
        const qlonglong n = text.toLongLong(&ok);
        if (ok)
            return QJsonValue(n);
        const double d = text.toDouble(&ok);
        if (ok && !text.isEmpty() && (text[0].isDigit() || text[0] == u'-'))
            return d;
        return text;
    }

    QJsonValue mapping(int indent)
    {
        QJsonObject out;
        while (m_pos < m_lines.size() && m_error.isEmpty()) {
            const Line &line = m_lines[m_pos];
            if (line.indent < indent)
                break;
            if (line.indent > indent) {
                m_error = QStringLiteral("line %1: unexpected indentation").arg(line.number);
                break;
            }
            if (isSequenceItem(line.text))
                break;
            QString key;
            QString rest;
            if (!splitKey(line.text, &key, &rest)) {
                m_error = QStringLiteral("line %1: expected 'key: value'").arg(line.number);
                break;
            }
            if (!rest.isEmpty()) {
                out.insert(key, scalar(rest, indent));
                continue;
            }
            ++m_pos;
            if (m_pos < m_lines.size() && m_lines[m_pos].indent > indent)
                out.insert(key, block(m_lines[m_pos].indent));
            else if (m_pos < m_lines.size() && m_lines[m_pos].indent == indent &&
                     isSequenceItem(m_lines[m_pos].text))
                out.insert(key, sequence(indent));
            else
                out.insert(key, QJsonValue());
        }
        return out;
    }

    QJsonValue sequence(int indent)
    {
        QJsonArray out;
        while (m_pos < m_lines.size() && m_error.isEmpty()) {
            Line &line = m_lines[m_pos];
            if (line.indent != indent || !isSequenceItem(line.text))
                break;
            const QString content = line.text.mid(1).trimmed();
            if (content.isEmpty()) {
                ++m_pos;
                out.append(m_pos < m_lines.size() && m_lines[m_pos].indent > indent
                               ? block(m_lines[m_pos].indent)
                               : QJsonValue());
                continue;
            }
            QString key;
            QString rest;
            const bool quotedScalar = content.startsWith(u'\'') && !content.contains(QLatin1String("':"));
            if (!quotedScalar && splitKey(content, &key, &rest)) {
                // "- key: value": a mapping whose first entry shares the dash's line.
                line.indent = indent + 2;
                line.text = content;
                out.append(mapping(indent + 2));
                continue;
            }
            out.append(scalar(content, indent));
        }
        return out;
    }

    std::vector<Line> m_lines;
    std::size_t m_pos = 0;
    QString m_error;
};

} // namespace

QJsonValue YamlSubset::parse(const QString &text, QString *error)
{
    std::vector<Line> lines;
    int number = 0;
    for (const QString &raw : text.split(u'\n')) {
        ++number;
        QString line = raw;
        while (!line.isEmpty() && line.back().isSpace())
            line.chop(1);
        int indent = 0;
        while (indent < line.size() && line[indent] == u' ')
            ++indent;
        const QString content = line.mid(indent);
        if (content.isEmpty() || content.startsWith(u'#'))
            continue;
        lines.push_back(Line{indent, content, number});
    }
    return Parser(std::move(lines)).run(error);
}

QJsonValue YamlSubset::parseFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open %1").arg(path);
        return QJsonValue(QJsonValue::Undefined);
    }
    return parse(QString::fromUtf8(file.readAll()), error);
}

} // namespace passcode::sandbox::testing
