// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/JsonWriter.h"

#include <cmath>
#include <cstdio>

namespace passcode::sandbox {

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_depth > 0) {
        if (!m_first[std::size_t(m_depth)])
            m_out.append(',');
        m_first[std::size_t(m_depth)] = false;
    }
}

void JsonWriter::beginObject()
{
    beforeValue();
    m_out.append('{');
    if (m_depth + 1 < int(m_first.size()))
        ++m_depth;
    m_first[std::size_t(m_depth)] = true;
}

void JsonWriter::endObject()
{
    m_out.append('}');
    if (m_depth > 0)
        --m_depth;
}

void JsonWriter::beginArray()
{
    beforeValue();
    m_out.append('[');
    if (m_depth + 1 < int(m_first.size()))
        ++m_depth;
    m_first[std::size_t(m_depth)] = true;
}

void JsonWriter::endArray()
{
    m_out.append(']');
    if (m_depth > 0)
        --m_depth;
}

void JsonWriter::key(QByteArrayView name)
{
    beforeValue();
    m_out.append('"');
    m_out.append(name);
    m_out.append("\":", 2);
    m_afterKey = true;
}

void JsonWriter::appendEscaped(QByteArray &out, QByteArrayView utf8)
{
    static constexpr char hex[] = "0123456789abcdef";
    out.append('"');
    qsizetype runStart = 0;
    const qsizetype n = utf8.size();
    for (qsizetype i = 0; i < n; ++i) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(utf8.sliced(runStart, i - runStart));
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
    out.append(utf8.sliced(runStart));
    out.append('"');
}

void JsonWriter::string(QByteArrayView utf8)
{
    beforeValue();
    appendEscaped(m_out, utf8);
}

void JsonWriter::null()
{
    beforeValue();
    m_out.append("null", 4);
}

void JsonWriter::boolean(bool value)
{
    beforeValue();
    if (value)
        m_out.append("true", 4);
    else
        m_out.append("false", 5);
}

void JsonWriter::number(qint64 value)
{
    beforeValue();
    char buf[24];
    const int len = std::snprintf(buf, sizeof buf, "%lld", static_cast<long long>(value));
    m_out.append(buf, len);
}

void JsonWriter::number(double value)
{
    beforeValue();
    if (!std::isfinite(value)) {
        m_out.append("null", 4);
        return;
    }
    char buf[32];
    const int len = std::snprintf(buf, sizeof buf, "%.17g", value);
    m_out.append(buf, len);
}

void JsonWriter::raw(QByteArrayView json)
{
    beforeValue();
    m_out.append(json);
}

} // namespace passcode::sandbox
