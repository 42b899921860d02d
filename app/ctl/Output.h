// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

class QIODevice;

namespace passcode::ctl {

/**
 * What text written to a terminal may keep. Device names, users, error messages and every other text that
 * comes from the service are written through these, so that a control character in them (ESC starting an
 * escape sequence, BEL, a C1 control such as CSI U+009B, DEL) cannot act on the technician's terminal: each
 * one becomes U+FFFD (the replacement character). The Unicode bidirectional embeddings, overrides and
 * isolates (U+202A–U+202E, U+2066–U+2069: "Trojan Source", CVE-2021-42574) become U+FFFD too, so that a name
 * cannot make the rest of a line or a CSV row display in another order than it is.
 */
enum class Controls
{
    KeepLineBreaks, ///< text of several lines: '\n' and '\t' stay, every other control is replaced
    ReplaceAll,     ///< one table cell or one line: '\n' and '\t' are replaced as well
};

/** True for C0 controls, DEL and C1 controls (U+0000–U+001F, U+007F–U+009F). */
constexpr bool isControl(char16_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f);
}

/** True for the bidirectional embeddings, overrides and isolates (LRE RLE PDF LRO RLO, LRI RLI FSI PDI). */
constexpr bool isBidiControl(char32_t c)
{
    return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

/** Appends @p text as UTF-8, controls neutralised as @p controls says (lone surrogates become U+FFFD). */
void appendText(QByteArray &out, QStringView text, Controls controls = Controls::KeepLineBreaks);
/** @p text with its controls neutralised as @p controls says (U+FFFD), as a QString. */
QString neutralised(QStringView text, Controls controls);
/**
 * Appends @p text as a quoted JSON string: the escapes QJsonDocument writes (\" \\ \b \f \n \r \t, \u00XX
 * for other C0 controls), plus \u007f and \u0080–\u009f for DEL and the C1 controls, which QJsonDocument
 * writes raw, and \u202a–\u202e, \u2066–\u2069 for the bidirectional controls (still the same JSON value; the
 * bytes are safe on a terminal).
 */
void appendJsonString(QByteArray &out, QStringView text);

/**
 * passcodectl's stdout or stderr: a buffered UTF-8 writer over a QIODevice. Every QString written with
 * operator<< is neutralised (Controls::KeepLineBreaks); bytes this program built itself (JSON already
 * escaped, CSV, tables built with appendText) go through writeBytes() or straight into buffer().
 *
 * Buffered output is written when the buffer passes 64 KiB, on flush() and on destruction; an Output made
 * line-buffered (stderr) writes each line as soon as it ends, in one write. Not thread-safe: the event
 * loop's thread only.
 */
class Output
{
public:
    explicit Output(QIODevice *device, bool lineBuffered = false);
    ~Output();
    Output(const Output &) = delete;
    Output &operator=(const Output &) = delete;

    Output &operator<<(QStringView text);
    Output &operator<<(const QString &text) { return *this << QStringView(text); }
    Output &operator<<(char16_t c) { return *this << QStringView(&c, 1); }
    Output &operator<<(QChar c) { return *this << c.unicode(); }
    /** ASCII text of this program (no neutralising needed). */
    Output &operator<<(QLatin1String text);

    /** Appends bytes as they are (UTF-8 this program produced and neutralised). */
    void writeBytes(QByteArrayView bytes);
    /** The pending bytes, for appending in place; call written() after. */
    QByteArray &buffer() { return m_buffer; }
    /** Writes the buffer out if it is full (line-buffered: or if it ends a line). */
    void written();
    /** Writes the buffer out. */
    void flush();
    /** True once a write failed (e.g. the reader of a pipe went away). */
    bool hasError() const { return m_error; }

    /** Buffered bytes beyond which written() writes them out. */
    static constexpr qsizetype FlushThreshold = 64 * 1024;

private:
    void writeOut(QByteArrayView bytes);

    QIODevice *m_device;
    QByteArray m_buffer;
    bool m_lineBuffered;
    bool m_error = false;
};

} // namespace passcode::ctl
