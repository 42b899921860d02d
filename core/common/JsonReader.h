// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QJsonParseError>
#include <QString>

namespace passcode {

/**
 * A small pull reader over JSON text (RFC 8259), for the hot path of large Graph pages: it walks the bytes
 * without building a QJsonDocument, so a caller can convert straight to its own values, and it can skip a
 * nested array or object by its structure alone (strings and brackets) when only its extent is wanted.
 *
 * The reader never throws; the first problem stops it (ok() turns false) and error() says what and where, as
 * a QJsonParseError (whose errorString() Qt translates). Strings are returned raw (the bytes between the
 * quotes, escapes validated) and decoded on demand with decodeString(). Not thread-bound: a reader is a
 * plain value over memory the caller keeps alive.
 *
 * @code
 * JsonReader r(bytes);
 * bool first = true;
 * QByteArrayView key;
 * if (r.beginObject())
 *     while (r.nextMember(first, &key)) { ... read or skip the value ... }
 * if (!r.ok() || !r.atEnd()) fail(r.error());
 * @endcode
 */
class JsonReader
{
public:
    /** What the next value is, by its first character. */
    enum class Token
    {
        Invalid,
        Null,
        False,
        True,
        Number,
        String,
        Array,
        Object,
        End, ///< nothing but white space is left
    };

    explicit JsonReader(QByteArrayView text);

    /** Skips white space and tells what the next value is (Invalid when nothing valid can start here). */
    Token peek();
    /** Consumes '{'. */
    bool beginObject();
    /**
     * Moves to the next member of the object being read: true with its key (raw: escapes not decoded, see
     * decodeString) when there is one, the reader then standing on its value; false after the closing '}'
     * (or on error: check ok()). @p first is the caller's flag for this object, true before the first call.
     */
    bool nextMember(bool &first, QByteArrayView *key, bool *keyEscaped = nullptr);
    /** Consumes '['. */
    bool beginArray();
    /** Like nextMember() for the elements of an array: true when an element follows. */
    bool nextElement(bool &first);
    /** Reads a string: @p raw gets the bytes between the quotes; @p escaped whether they hold escapes. */
    bool readString(QByteArrayView *raw, bool *escaped);
    /** Reads a number (JSON grammar checked). */
    bool readNumber(double *value);
    /** Reads null, true or false; @p which says which. */
    bool readLiteral(Token *which);
    /** Reads and checks any value completely (grammar, escapes, numbers, nesting). */
    bool skipValue();
    /**
     * Skips an array or object by its structure only: strings (with their escapes) and balanced brackets;
     * the grammar between them is not checked. Much faster than skipValue(); a truncated value is still
     * caught. @p elements, if given, gets the number of direct children.
     */
    bool skipStructure(qsizetype *elements = nullptr);
    /** True when only white space is left (else the error is GarbageAtEnd). */
    bool atEnd();

    bool ok() const { return m_error == QJsonParseError::NoError; }
    /** The first problem, with its byte offset; error == NoError while ok(). */
    QJsonParseError error() const;
    /** The current byte offset. */
    qsizetype offset() const { return m_pos - m_begin; }

    /** Decodes a raw string from readString() or a key (UTF-8, escapes resolved). */
    static QString decodeString(QByteArrayView raw, bool escaped);

    /** Nesting limit of skipValue() and skipStructure() (as QJsonDocument's). */
    static constexpr int MaxDepth = 1024;

private:
    void skipWhiteSpace();
    bool fail(QJsonParseError::ParseError error);

    const char *m_begin;
    const char *m_pos;
    const char *m_end;
    QJsonParseError::ParseError m_error = QJsonParseError::NoError;
    qsizetype m_errorOffset = 0;
};

} // namespace passcode
