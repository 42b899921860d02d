// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to DeviceJson: the lightweight JSON values of its fast path (parseValueArray).
#pragma once

#include "core/common/JsonReader.h"
#include "core/devices/DeviceJson.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QList>
#include <QString>
#include <QVarLengthArray>

#include <utility>

namespace passcode::devices::detail {

/**
 * One JSON value of the fast path, read by JsonReader and decoded only when asked for; the same interface as
 * the QJsonValue members parseDevice() uses. Strings and nested values point into the page's text.
 */
class LiteValue
{
public:
    enum class Type
    {
        Undefined,
        Null,
        Bool,
        Double,
        String,
        Array,
        Object,
    };

    LiteValue() = default;
    LiteValue(Type type, QByteArrayView raw, bool flag = false, double number = 0)
        : m_type(type)
        , m_raw(raw)
        , m_flag(flag)
        , m_number(number)
    {}

    bool isUndefined() const { return m_type == Type::Undefined; }
    bool isNull() const { return m_type == Type::Null; }
    bool isBool() const { return m_type == Type::Bool; }
    bool isDouble() const { return m_type == Type::Double; }
    bool isString() const { return m_type == Type::String; }
    bool isArray() const { return m_type == Type::Array; }
    bool isObject() const { return m_type == Type::Object; }
    bool toBool() const { return m_type == Type::Bool && m_flag; }
    double toDouble() const { return m_type == Type::Double ? m_number : 0.0; }
    QString toString() const
    {
        if (m_type != Type::String)
            return {};
        if (m_cache && !m_flag) {
            // Repeated texts (OS, version, model, enum members...) are decoded once and shared.
            const auto it = m_cache->constFind(QByteArray::fromRawData(m_raw.data(), m_raw.size()));
            if (it != m_cache->cend())
                return *it;
            return *m_cache->insert(m_raw.toByteArray(), JsonReader::decodeString(m_raw, false));
        }
        return JsonReader::decodeString(m_raw, m_flag);
    }
    /** Decodes through @p cache. */
    void setCache(DeviceJson::TextPool *cache) { m_cache = cache; }
    /** Nested arrays are rare in a device list (deviceActionResults): read them with QJsonDocument. */
    QJsonArray toArray() const
    {
        return m_type == Type::Array ? QJsonDocument::fromJson(m_raw.toByteArray()).array() : QJsonArray();
    }

private:
    Type m_type = Type::Undefined;
    QByteArrayView m_raw; ///< string: the bytes between the quotes; array/object: the whole text
    bool m_flag = false;  ///< string: has escapes; bool: the value
    double m_number = 0;
    DeviceJson::TextPool *m_cache = nullptr;
};

/** One JSON object of the fast path: its members in order (the last of duplicate keys wins, as in Qt). */
class LiteObject
{
public:
    void clear()
    {
        m_members.clear();
        m_decodedKeys.clear();
        m_hint = 0;
        m_duplicates = false;
        m_index.clear();
        m_indexed = false;
    }
    void add(QByteArrayView rawKey, bool keyEscaped, LiteValue value)
    {
        if (keyEscaped) {
            m_decodedKeys.append(JsonReader::decodeString(rawKey, true).toUtf8());
            rawKey = m_decodedKeys.constLast();
        }
        const quint64 tag = tagOf(rawKey);
        if (!m_indexed && m_members.size() >= kIndexFrom)
            buildIndex();
        if (m_indexed) {
            // A hostile object with hundreds of thousands of members stays linear to read.
            const auto it = m_index.find(rawKey);
            if (it != m_index.end()) {
                m_duplicates = true;
                *it = m_members.size();
            } else {
                m_index.insert(rawKey, m_members.size());
            }
        } else if (!m_duplicates) {
            for (const Member &m : std::as_const(m_members))
                m_duplicates = m_duplicates || (m.tag == tag && m.key == rawKey);
        }
        m_members.append({rawKey, tag, value});
    }
    LiteValue value(QLatin1String key) const
    {
        // parseDevice() asks in about the order Graph writes: start after the last hit, wrap around once.
        const QByteArrayView wanted(key.data(), key.size());
        if (m_indexed) {
            const qsizetype at = m_index.value(wanted, -1);
            return at >= 0 ? m_members[at].value : LiteValue();
        }
        const quint64 tag = tagOf(wanted);
        const qsizetype n = m_members.size();
        for (qsizetype step = 0; step < n; ++step) {
            qsizetype i = m_hint + step;
            if (i >= n)
                i -= n;
            const Member &m = m_members[i];
            if (m.tag == tag && m.key == wanted && !laterDuplicate(i)) {
                m_hint = i + 1 < n ? i + 1 : 0;
                return m.value;
            }
        }
        return {};
    }
    LiteValue value(QStringView key) const
    {
        // parseDevice()'s own keys are ASCII: compare them as bytes.
        char latin1[64];
        if (key.size() > qsizetype(sizeof latin1))
            return {};
        for (qsizetype i = 0; i < key.size(); ++i) {
            if (key[i].unicode() >= 0x80)
                return {};
            latin1[i] = char(key[i].unicode());
        }
        return value(QLatin1String(latin1, key.size()));
    }
    bool contains(QStringView key) const { return !value(key).isUndefined(); }

private:
    struct Member
    {
        QByteArrayView key;
        quint64 tag; ///< tagOf(key): most keys differ here, without a memcmp
        LiteValue value;
    };
    /** Length, first three and last four bytes of a key. */
    static quint64 tagOf(QByteArrayView key)
    {
        quint64 tag = quint64(key.size()) & 0xff;
        for (qsizetype i = 0; i < 3 && i < key.size(); ++i)
            tag |= quint64(quint8(key[i])) << (8 * (i + 1));
        for (qsizetype i = 0; i < 4 && i < key.size(); ++i)
            tag |= quint64(quint8(key[key.size() - 1 - i])) << (8 * (i + 4));
        return tag;
    }
    /** The last of duplicate keys wins: true when another member after @p i has the same key. */
    bool laterDuplicate(qsizetype i) const
    {
        if (!m_duplicates)
            return false;
        if (m_indexed)
            return m_index.value(m_members[i].key, i) != i;
        for (qsizetype j = i + 1; j < m_members.size(); ++j) {
            if (m_members[j].tag == m_members[i].tag && m_members[j].key == m_members[i].key)
                return true;
        }
        return false;
    }

    /** Keys → index of their last member, once an object has kIndexFrom members (a device has about 60 in
     * all, 25 in the list): below, a scan is cheaper than hashing. */
    void buildIndex()
    {
        m_index.reserve(m_members.size() * 2);
        for (qsizetype i = 0; i < m_members.size(); ++i)
            m_index.insert(m_members[i].key, i); // the last of duplicate keys wins
        m_indexed = true;
    }

    static constexpr qsizetype kIndexFrom = 128;
    QVarLengthArray<Member, 32> m_members;
    QHash<QByteArrayView, qsizetype> m_index;
    bool m_indexed = false;
    mutable qsizetype m_hint = 0;
    bool m_duplicates = false;
    QList<QByteArray> m_decodedKeys; ///< keys that had escapes (never in Graph's own names)
};

/** Reads the value the reader stands on into @p out; false on a JSON error (see the reader). */
inline bool readLite(JsonReader &reader, LiteValue *out)
{
    switch (reader.peek()) {
    case JsonReader::Token::String: {
        QByteArrayView raw;
        bool escaped = false;
        if (!reader.readString(&raw, &escaped))
            return false;
        *out = LiteValue(LiteValue::Type::String, raw, escaped);
        return true;
    }
    case JsonReader::Token::Number: {
        double number = 0;
        if (!reader.readNumber(&number))
            return false;
        *out = LiteValue(LiteValue::Type::Double, {}, false, number);
        return true;
    }
    case JsonReader::Token::Null:
    case JsonReader::Token::True:
    case JsonReader::Token::False: {
        JsonReader::Token literal = JsonReader::Token::Invalid;
        if (!reader.readLiteral(&literal))
            return false;
        *out = literal == JsonReader::Token::Null
                   ? LiteValue(LiteValue::Type::Null, {})
                   : LiteValue(LiteValue::Type::Bool, {}, literal == JsonReader::Token::True);
        return true;
    }
    case JsonReader::Token::Array:
    case JsonReader::Token::Object: {
        // Checked completely; the caller points the value at its text (see parseValueArray).
        const bool array = reader.peek() == JsonReader::Token::Array;
        if (!reader.skipValue())
            return false;
        *out = LiteValue(array ? LiteValue::Type::Array : LiteValue::Type::Object, {});
        return true;
    }
    default:
        reader.skipValue(); // records the error
        return false;
    }
}

} // namespace passcode::devices::detail
