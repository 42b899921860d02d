// SPDX-License-Identifier: GPL-3.0-or-later
#include "Output.h"

#include <QFileDevice>
#include <QIODevice>

namespace passcode::ctl {
namespace {

constexpr char16_t kReplacement = 0xfffd;

inline char *putUtf8(char *p, char32_t c)
{
    if (c < 0x80) {
        *p++ = char(c);
    } else if (c < 0x800) {
        *p++ = char(0xc0 | (c >> 6));
        *p++ = char(0x80 | (c & 0x3f));
    } else if (c < 0x10000) {
        *p++ = char(0xe0 | (c >> 12));
        *p++ = char(0x80 | ((c >> 6) & 0x3f));
        *p++ = char(0x80 | (c & 0x3f));
    } else {
        *p++ = char(0xf0 | (c >> 18));
        *p++ = char(0x80 | ((c >> 12) & 0x3f));
        *p++ = char(0x80 | ((c >> 6) & 0x3f));
        *p++ = char(0x80 | (c & 0x3f));
    }
    return p;
}

/** The next code point of @p s at @p i (advanced past it); a lone surrogate is returned as itself. */
inline char32_t nextCodePoint(QStringView s, qsizetype &i)
{
    const char16_t c = s[i++].unicode();
    if (c >= 0xd800 && c < 0xdc00 && i < s.size()) {
        const char16_t low = s[i].unicode();
        if (low >= 0xdc00 && low < 0xe000) {
            ++i;
            return 0x10000 + ((char32_t(c) - 0xd800) << 10) + (low - 0xdc00);
        }
    }
    return c;
}

inline bool isSurrogate(char32_t c)
{
    return c >= 0xd800 && c < 0xe000;
}

inline char hexDigit(unsigned v)
{
    return char(v < 10 ? '0' + v : 'a' + v - 10);
}

} // namespace

void appendText(QByteArray &out, QStringView text, Controls controls)
{
    const qsizetype start = out.size();
    out.resize(start + text.size() * 3); // UTF-8 needs at most 3 bytes per UTF-16 unit
    char *p = out.data() + start;
    for (qsizetype i = 0; i < text.size();) {
        char32_t c = nextCodePoint(text, i);
        if (c < 0x80 && c >= 0x20 && c != 0x7f) {
            *p++ = char(c);
            continue;
        }
        if (c < 0xa0 && isControl(char16_t(c)) &&
            !(controls == Controls::KeepLineBreaks && (c == u'\n' || c == u'\t')))
            c = kReplacement;
        else if (isSurrogate(c) || isBidiControl(c))
            c = kReplacement;
        p = putUtf8(p, c);
    }
    out.truncate(p - out.constData());
}

QString neutralised(QStringView text, Controls controls)
{
    QString out = text.toString();
    for (qsizetype i = 0; i < out.size(); ++i) {
        const char16_t c = out.at(i).unicode();
        if ((isControl(c) && !(controls == Controls::KeepLineBreaks && (c == u'\n' || c == u'\t'))) ||
            isBidiControl(c))
            out[i] = QChar(kReplacement);
    }
    return out;
}

void appendJsonString(QByteArray &out, QStringView text)
{
    const qsizetype start = out.size();
    out.resize(start + text.size() * 6 + 2); // \u00XX is the longest form of one unit
    char *p = out.data() + start;
    *p++ = '"';
    for (qsizetype i = 0; i < text.size();) {
        const char32_t c = nextCodePoint(text, i);
        if (c >= 0x20 && c < 0x7f && c != u'"' && c != u'\\') {
            *p++ = char(c);
            continue;
        }
        const char *escape = nullptr;
        switch (c) {
        case u'"':
            escape = "\\\"";
            break;
        case u'\\':
            escape = "\\\\";
            break;
        case u'\b':
            escape = "\\b";
            break;
        case u'\f':
            escape = "\\f";
            break;
        case u'\n':
            escape = "\\n";
            break;
        case u'\r':
            escape = "\\r";
            break;
        case u'\t':
            escape = "\\t";
            break;
        default:
            break;
        }
        if (escape) {
            while (*escape)
                *p++ = *escape++;
        } else if ((c < 0xa0 && isControl(char16_t(c))) || isSurrogate(c) || isBidiControl(c)) {
            // As QJsonDocument writes C0 controls and lone surrogates; DEL and C1 too (see the header).
            *p++ = '\\';
            *p++ = 'u';
            *p++ = hexDigit((c >> 12) & 0xf);
            *p++ = hexDigit((c >> 8) & 0xf);
            *p++ = hexDigit((c >> 4) & 0xf);
            *p++ = hexDigit(c & 0xf);
        } else {
            p = putUtf8(p, c);
        }
    }
    *p++ = '"';
    out.truncate(p - out.constData());
}

Output::Output(QIODevice *device, bool lineBuffered)
    : m_device(device)
    , m_lineBuffered(lineBuffered)
{
    m_buffer.reserve(FlushThreshold + 4096);
}

Output::~Output()
{
    flush();
}

Output &Output::operator<<(QStringView text)
{
    appendText(m_buffer, text, Controls::KeepLineBreaks);
    written();
    return *this;
}

Output &Output::operator<<(QLatin1String text)
{
    m_buffer.append(text.data(), text.size());
    written();
    return *this;
}

void Output::writeBytes(QByteArrayView bytes)
{
    if (m_buffer.size() + bytes.size() < FlushThreshold) {
        m_buffer.append(bytes);
        written();
        return;
    }
    // A large block (a page of the device list) goes out as it is, without a copy.
    flush();
    writeOut(bytes);
}

void Output::written()
{
    if (m_buffer.size() >= FlushThreshold || (m_lineBuffered && m_buffer.endsWith('\n')))
        flush();
}

void Output::flush()
{
    if (m_buffer.isEmpty())
        return;
    writeOut(m_buffer);
    m_buffer.resize(0); // keeps the capacity
}

void Output::writeOut(QByteArrayView bytes)
{
    if (m_error || !m_device || bytes.isEmpty())
        return;
    m_error = m_device->write(bytes.data(), bytes.size()) != bytes.size();
    if (auto *file = qobject_cast<QFileDevice *>(m_device))
        file->flush(); // a device with a buffer of its own (a QFile over a stdio FILE) passes it on now
}

} // namespace passcode::ctl
