// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <array>

namespace passcode::sandbox {

/**
 * A streaming JSON writer appending UTF-8 to a QByteArray.
 *
 * The sandbox writes Graph's JSON with it directly instead of building QJsonObjects: a page of 1,000 devices
 * is written in a few milliseconds. Commas are inserted automatically; nesting is limited to 32 levels. Keys
 * are expected to be plain ASCII literals and are not escaped.
 */
class JsonWriter
{
public:
    explicit JsonWriter(QByteArray &out)
        : m_out(out)
    {}

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    /** Writes "key": (with the comma before it if needed); the next call writes the value. */
    void key(QByteArrayView name);

    void string(QByteArrayView utf8);
    void string(const QString &text) { string(QByteArrayView(text.toUtf8())); }
    void string(const QByteArray &utf8) { string(QByteArrayView(utf8)); }
    void string(const char *utf8) { string(QByteArrayView(utf8)); }
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

    /** Appends \a utf8 to \a out as a JSON string literal (quotes included). */
    static void appendEscaped(QByteArray &out, QByteArrayView utf8);

private:
    void beforeValue();

    QByteArray &m_out;
    std::array<bool, 32> m_first{};
    int m_depth = 0;
    bool m_afterKey = false;
};

} // namespace passcode::sandbox
