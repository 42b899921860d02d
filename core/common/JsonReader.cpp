// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/JsonReader.h"

#include <QtAlgorithms>
#include <QtEndian>

#include <charconv>
#include <cmath>
#include <cstring>

namespace passcode {

namespace {

inline bool isWhiteSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

inline bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

inline int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/** Bytes of @p v equal to @p c: the high bit of each such byte (the lowest one is exact). */
inline quint64 bytesEqual(quint64 v, quint8 c)
{
    const quint64 x = v ^ (0x0101010101010101ULL * c);
    return (x - 0x0101010101010101ULL) & ~x & 0x8080808080808080ULL;
}

/** The first '"' or '\\' in [p, end), or end: eight bytes at a time (strings are short, memchr's call is
 * not). */
inline const char *findQuoteOrBackslash(const char *p, const char *end)
{
    while (end - p >= 8) {
        const quint64 v = qFromLittleEndian<quint64>(p);
        const quint64 hits = bytesEqual(v, '"') | bytesEqual(v, '\\');
        if (hits)
            return p + (qCountTrailingZeroBits(hits) >> 3);
        p += 8;
    }
    while (p < end && *p != '"' && *p != '\\')
        ++p;
    return p;
}

bool matches(const char *pos, const char *end, QByteArrayView word)
{
    return end - pos >= word.size() && QByteArrayView(pos, word.size()) == word;
}

} // namespace

JsonReader::JsonReader(QByteArrayView text)
    : m_begin(text.data())
    , m_pos(text.data())
    , m_end(text.data() + text.size())
{}

QJsonParseError JsonReader::error() const
{
    QJsonParseError e;
    e.error = m_error;
    e.offset = int(m_errorOffset);
    return e;
}

bool JsonReader::fail(QJsonParseError::ParseError error)
{
    if (m_error == QJsonParseError::NoError) {
        m_error = error;
        m_errorOffset = offset();
    }
    m_pos = m_end; // nothing more is read after the first problem
    return false;
}

void JsonReader::skipWhiteSpace()
{
    while (m_pos < m_end && isWhiteSpace(*m_pos))
        ++m_pos;
}

JsonReader::Token JsonReader::peek()
{
    skipWhiteSpace();
    if (!ok())
        return Token::Invalid;
    if (m_pos == m_end)
        return Token::End;
    switch (*m_pos) {
    case '{':
        return Token::Object;
    case '[':
        return Token::Array;
    case '"':
        return Token::String;
    case 'n':
        return Token::Null;
    case 't':
        return Token::True;
    case 'f':
        return Token::False;
    case '-':
        return Token::Number;
    default:
        return isDigit(*m_pos) ? Token::Number : Token::Invalid;
    }
}

bool JsonReader::beginObject()
{
    if (peek() != Token::Object)
        return fail(QJsonParseError::MissingObject);
    ++m_pos;
    return true;
}

bool JsonReader::beginArray()
{
    if (peek() != Token::Array)
        return fail(QJsonParseError::IllegalValue);
    ++m_pos;
    return true;
}

bool JsonReader::nextMember(bool &first, QByteArrayView *key, bool *keyEscaped)
{
    skipWhiteSpace();
    if (!ok())
        return false;
    if (m_pos == m_end)
        return fail(QJsonParseError::UnterminatedObject);
    if (*m_pos == '}' && first) {
        ++m_pos;
        return false;
    }
    if (!first) {
        if (*m_pos == '}') {
            ++m_pos;
            return false;
        }
        if (*m_pos != ',')
            return fail(QJsonParseError::MissingValueSeparator);
        ++m_pos;
        skipWhiteSpace();
    }
    first = false;
    if (m_pos == m_end)
        return fail(QJsonParseError::UnterminatedObject);
    if (*m_pos != '"')
        return fail(QJsonParseError::MissingObject);
    bool escaped = false;
    if (!readString(key, &escaped))
        return false;
    if (keyEscaped)
        *keyEscaped = escaped;
    skipWhiteSpace();
    if (m_pos == m_end)
        return fail(QJsonParseError::UnterminatedObject);
    if (*m_pos != ':')
        return fail(QJsonParseError::MissingNameSeparator);
    ++m_pos;
    return true;
}

bool JsonReader::nextElement(bool &first)
{
    skipWhiteSpace();
    if (!ok())
        return false;
    if (m_pos == m_end)
        return fail(QJsonParseError::UnterminatedArray);
    if (*m_pos == ']') {
        ++m_pos;
        return false;
    }
    if (!first) {
        if (*m_pos != ',')
            return fail(QJsonParseError::MissingValueSeparator);
        ++m_pos;
    }
    first = false;
    return true;
}

bool JsonReader::readString(QByteArrayView *raw, bool *escaped)
{
    if (peek() != Token::String)
        return fail(QJsonParseError::IllegalValue);
    const char *start = ++m_pos;
    bool sawEscape = false;
    while (m_pos < m_end) {
        // Jump to the next quote or escape.
        m_pos = findQuoteOrBackslash(m_pos, m_end);
        if (m_pos == m_end)
            break;
        const char c = *m_pos;
        if (c == '"') {
            *raw = QByteArrayView(start, m_pos - start);
            *escaped = sawEscape;
            ++m_pos;
            return true;
        }
        if (c == '\\') {
            sawEscape = true;
            if (m_end - m_pos < 2)
                break;
            switch (m_pos[1]) {
            case '"':
            case '\\':
            case '/':
            case 'b':
            case 'f':
            case 'n':
            case 'r':
            case 't':
                m_pos += 2;
                continue;
            case 'u':
                if (m_end - m_pos < 6)
                    return fail(QJsonParseError::IllegalEscapeSequence);
                for (int i = 2; i < 6; ++i) {
                    if (hexValue(m_pos[i]) < 0)
                        return fail(QJsonParseError::IllegalEscapeSequence);
                }
                m_pos += 6;
                continue;
            default:
                return fail(QJsonParseError::IllegalEscapeSequence);
            }
        }
        ++m_pos;
    }
    return fail(QJsonParseError::UnterminatedString);
}

bool JsonReader::readNumber(double *value)
{
    if (peek() != Token::Number)
        return fail(QJsonParseError::IllegalNumber);
    const char *start = m_pos;
    const char *p = m_pos;
    if (p < m_end && *p == '-')
        ++p;
    if (p == m_end || !isDigit(*p))
        return fail(QJsonParseError::IllegalNumber);
    if (*p == '0')
        ++p;
    else
        while (p < m_end && isDigit(*p))
            ++p;
    if (p < m_end && *p == '.') {
        ++p;
        if (p == m_end || !isDigit(*p))
            return fail(QJsonParseError::IllegalNumber);
        while (p < m_end && isDigit(*p))
            ++p;
    }
    if (p < m_end && (*p == 'e' || *p == 'E')) {
        ++p;
        if (p < m_end && (*p == '+' || *p == '-'))
            ++p;
        if (p == m_end || !isDigit(*p))
            return fail(QJsonParseError::IllegalNumber);
        while (p < m_end && isDigit(*p))
            ++p;
    }
    double v = 0;
    const auto [end, ec] = std::from_chars(start, p, v);
    if (ec == std::errc::result_out_of_range) {
        // Too small for a double becomes 0, too large infinity.
        const bool tiny = QByteArrayView(start, p - start).contains("e-") ||
                          QByteArrayView(start, p - start).contains("E-");
        v = tiny ? 0.0 : (*start == '-' ? -HUGE_VAL : HUGE_VAL);
    } else if (ec != std::errc() || end != p)
        return fail(QJsonParseError::IllegalNumber);
    m_pos = p;
    if (value)
        *value = v;
    return true;
}

bool JsonReader::readLiteral(Token *which)
{
    const Token t = peek();
    QByteArrayView word;
    switch (t) {
    case Token::Null:
        word = "null";
        break;
    case Token::True:
        word = "true";
        break;
    case Token::False:
        word = "false";
        break;
    default:
        return fail(QJsonParseError::IllegalValue);
    }
    if (!matches(m_pos, m_end, word))
        return fail(QJsonParseError::IllegalValue);
    m_pos += word.size();
    if (which)
        *which = t;
    return true;
}

bool JsonReader::skipValue()
{
    // Iterative, with a stack of open containers ('{' or '['), so hostile nesting cannot overflow the stack.
    char stack[MaxDepth];
    int depth = 0;
    bool first = true;
    for (;;) {
        // Read one value; open containers push and continue with their first member.
        switch (peek()) {
        case Token::String: {
            QByteArrayView raw;
            bool escaped = false;
            if (!readString(&raw, &escaped))
                return false;
            break;
        }
        case Token::Number:
            if (!readNumber(nullptr))
                return false;
            break;
        case Token::Null:
        case Token::True:
        case Token::False:
            if (!readLiteral(nullptr))
                return false;
            break;
        case Token::Object:
        case Token::Array:
            if (depth == MaxDepth)
                return fail(QJsonParseError::DeepNesting);
            stack[depth++] = *m_pos;
            ++m_pos;
            first = true;
            break;
        case Token::End:
            return fail(depth == 0                ? QJsonParseError::IllegalValue
                        : stack[depth - 1] == '{' ? QJsonParseError::UnterminatedObject
                                                  : QJsonParseError::UnterminatedArray);
        case Token::Invalid:
            return fail(QJsonParseError::IllegalValue);
        }
        if (depth == 0)
            return ok();
        // Move to the next value inside the open containers, closing those that end.
        for (;;) {
            QByteArrayView key;
            const bool more = stack[depth - 1] == '{' ? nextMember(first, &key) : nextElement(first);
            if (!ok())
                return false;
            if (more)
                break;
            if (--depth == 0)
                return true;
            first = false;
        }
    }
}

bool JsonReader::skipStructure(qsizetype *elements)
{
    const Token t = peek();
    if (t != Token::Array && t != Token::Object)
        return fail(QJsonParseError::IllegalValue);
    char stack[MaxDepth];
    int depth = 0;
    qsizetype children = 0;
    bool childSeen = false;
    while (m_pos < m_end) {
        const char c = *m_pos++;
        switch (c) {
        case '"':
            if (depth == 1)
                childSeen = true;
            for (;;) {
                m_pos = findQuoteOrBackslash(m_pos, m_end);
                if (m_pos == m_end)
                    return fail(QJsonParseError::UnterminatedString);
                if (*m_pos == '"') {
                    ++m_pos;
                    break;
                }
                m_pos += 2; // an escape: skip the escaped character, whatever it is
                if (m_pos >= m_end) {
                    m_pos = m_end;
                    return fail(QJsonParseError::UnterminatedString);
                }
            }
            break;
        case '[':
        case '{':
            if (depth == 1)
                childSeen = true;
            if (depth == MaxDepth)
                return fail(QJsonParseError::DeepNesting);
            stack[depth++] = c;
            break;
        case ']':
        case '}':
            if (depth == 0 || stack[depth - 1] != (c == ']' ? '[' : '{'))
                return fail(QJsonParseError::IllegalValue);
            if (--depth == 0) {
                if (elements)
                    *elements = childSeen ? children + 1 : 0;
                return true;
            }
            break;
        case ',':
            if (depth == 1)
                ++children;
            break;
        default:
            if (depth == 1 && !isWhiteSpace(c))
                childSeen = true;
            break;
        }
    }
    return fail(depth > 0 && stack[depth - 1] == '{' ? QJsonParseError::UnterminatedObject
                                                     : QJsonParseError::UnterminatedArray);
}

bool JsonReader::atEnd()
{
    skipWhiteSpace();
    if (!ok())
        return false;
    if (m_pos != m_end)
        return fail(QJsonParseError::GarbageAtEnd);
    return true;
}

QString JsonReader::decodeString(QByteArrayView raw, bool escaped)
{
    if (!escaped)
        return QString::fromUtf8(raw);
    QString out;
    out.reserve(raw.size());
    const char *p = raw.data();
    const char *end = p + raw.size();
    const char *run = p;
    const auto flush = [&](const char *upTo) {
        if (upTo > run)
            out.append(QString::fromUtf8(run, upTo - run));
    };
    while (p < end) {
        if (*p != '\\') {
            ++p;
            continue;
        }
        flush(p);
        if (end - p < 2)
            break;
        const char e = p[1];
        p += 2;
        switch (e) {
        case 'b':
            out.append(u'\b');
            break;
        case 'f':
            out.append(u'\f');
            break;
        case 'n':
            out.append(u'\n');
            break;
        case 'r':
            out.append(u'\r');
            break;
        case 't':
            out.append(u'\t');
            break;
        case 'u': {
            char16_t unit = 0;
            for (int i = 0; i < 4 && p < end; ++i, ++p)
                unit = char16_t((unit << 4) | char16_t(qMax(0, hexValue(*p))));
            out.append(QChar(unit)); // surrogate pairs arrive as two escapes and join in UTF-16
            break;
        }
        default: // '"', '\\', '/'
            out.append(QLatin1Char(e));
            break;
        }
        run = p;
    }
    flush(end);
    return out;
}

} // namespace passcode
