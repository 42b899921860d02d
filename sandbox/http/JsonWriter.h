// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <array>
#include <string>

namespace passcode::sandbox {

/**
 * A streaming JSON writer into its own UTF-8 buffer.
 *
 * The sandbox writes Graph's JSON with it directly instead of building QJsonObjects: a page of 1,000 devices
 * is written in a few milliseconds. Commas are inserted automatically; nesting is limited to 32 levels. Keys
 * are expected to be plain ASCII and are not escaped. Take the result with toByteArray().
 */
class JsonWriter
{
public:
    JsonWriter() = default;
    void reserve(std::size_t bytes) { m_buf.reserve(bytes); }
    QByteArray toByteArray() const { return QByteArray(m_buf.data(), qsizetype(m_buf.size())); }

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    /** Writes "key": (with the comma before it if needed); the next call writes the value. */
    void key(QByteArrayView name);

    void string(QByteArrayView utf8);
    void string(const QByteArray &utf8) { string(QByteArrayView(utf8)); }
    void string(const char *utf8) { string(QByteArrayView(utf8)); }
    void string(const QString &text) { string(QByteArrayView(text.toUtf8())); }
    void null();
    void boolean(bool value);
    void number(qint64 value);
    void number(double value);
    /** Writes already-serialised JSON as a value. */
    void raw(QByteArrayView json);

    // key + value helpers
    void field(QByteArrayView name, QByteArrayView utf8)
    {
        key(name);
        string(utf8);
    }
    void field(QByteArrayView name, const QByteArray &utf8)
    {
        key(name);
        string(QByteArrayView(utf8));
    }
    void field(QByteArrayView name, const char *utf8)
    {
        key(name);
        string(QByteArrayView(utf8));
    }
    void field(QByteArrayView name, const QString &text)
    {
        key(name);
        string(text);
    }
    void fieldOrNull(QByteArrayView name, QByteArrayView utf8, bool isNull)
    {
        key(name);
        if (isNull)
            null();
        else
            string(utf8);
    }
    void field(QByteArrayView name, bool value)
    {
        key(name);
        boolean(value);
    }
    void field(QByteArrayView name, qint64 value)
    {
        key(name);
        number(value);
    }
    void field(QByteArrayView name, int value)
    {
        key(name);
        number(qint64(value));
    }
    void nullField(QByteArrayView name)
    {
        key(name);
        null();
    }

    /** Appends \a utf8 as a JSON string literal (quotes included). */
    static void appendEscaped(std::string &out, QByteArrayView utf8);
    static void appendEscaped(QByteArray &out, QByteArrayView utf8);

private:
    void beforeValue();

    std::string m_buf;
    std::array<bool, 32> m_first{};
    int m_depth = 0;
    bool m_afterKey = false;
};

} // namespace passcode::sandbox
