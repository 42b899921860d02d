// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/http/JsonWriter.h"

#include <charconv>
#include <cmath>

namespace passcode::sandbox {

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_depth > 0) {
        if (!m_first[std::size_t(m_depth)])
            m_buf.push_back(',');
        m_first[std::size_t(m_depth)] = false;
    }
}

void JsonWriter::beginObject()
{
    beforeValue();
    m_buf.push_back('{');
    if (m_depth + 1 < int(m_first.size()))
        ++m_depth;
    m_first[std::size_t(m_depth)] = true;
}

void JsonWriter::endObject()
{
    m_buf.push_back('}');
    if (m_depth > 0)
        --m_depth;
}

void JsonWriter::beginArray()
{
    beforeValue();
    m_buf.push_back('[');
    if (m_depth + 1 < int(m_first.size()))
        ++m_depth;
    m_first[std::size_t(m_depth)] = true;
}

void JsonWriter::endArray()
{
    m_buf.push_back(']');
    if (m_depth > 0)
        --m_depth;
}

void JsonWriter::key(QByteArrayView name)
{
    beforeValue();
    m_buf.push_back('"');
    m_buf.append(name.data(), std::size_t(name.size()));
    m_buf.append("\":", 2);
    m_afterKey = true;
}

void JsonWriter::appendEscaped(std::string &out, QByteArrayView utf8)
{
    static constexpr char hex[] = "0123456789abcdef";
    out.push_back('"');
    const char *data = utf8.data();
    const qsizetype n = utf8.size();
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const auto c = static_cast<unsigned char>(data[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(data + runStart, std::size_t(i - runStart));
        runStart = i + 1;
        switch (c) {
        case '"':
            out.append("\\\"", 2);
            break;
        case '\\':
            out.append("\\\\", 2);
            break;
        case '\n':
            out.append("\\n", 2);
            break;
        case '\r':
            out.append("\\r", 2);
            break;
        case '\t':
            out.append("\\t", 2);
            break;
        default: {
            const char esc[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xF]};
            out.append(esc, 6);
        }
        }
    }
    out.append(data + runStart, std::size_t(n - runStart));
    out.push_back('"');
}

void JsonWriter::appendEscaped(QByteArray &out, QByteArrayView utf8)
{
    std::string buf;
    appendEscaped(buf, utf8);
    out.append(buf.data(), qsizetype(buf.size()));
}

void JsonWriter::string(QByteArrayView utf8)
{
    beforeValue();
    appendEscaped(m_buf, utf8);
}

void JsonWriter::null()
{
    beforeValue();
    m_buf.append("null", 4);
}

void JsonWriter::boolean(bool value)
{
    beforeValue();
    if (value)
        m_buf.append("true", 4);
    else
        m_buf.append("false", 5);
}

void JsonWriter::number(qint64 value)
{
    beforeValue();
    char buf[24];
    const auto result = std::to_chars(buf, buf + sizeof buf, value);
    m_buf.append(buf, std::size_t(result.ptr - buf));
}

void JsonWriter::number(double value)
{
    beforeValue();
    if (!std::isfinite(value)) {
        m_buf.append("null", 4);
        return;
    }
    char buf[32];
    const auto result = std::to_chars(buf, buf + sizeof buf, value);
    m_buf.append(buf, std::size_t(result.ptr - buf));
}

void JsonWriter::raw(QByteArrayView json)
{
    beforeValue();
    m_buf.append(json.data(), std::size_t(json.size()));
}

} // namespace passcode::sandbox
