// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to DeviceJson: tolerant reading of one JSON object's fields, over QJsonObject or the fast path's
// LiteObject (LiteJson.h).
#pragma once

#include "core/devices/DeviceJson.h"

#include <QDateTime>
#include <QLatin1String>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace passcode::devices::detail {

/**
 * Graph's usual date forms, "2024-05-01T10:20:30Z" and "2024-05-01T10:20:30.123Z", read without
 * QDateTime::fromString (the slowest step of a page); anything else returns an invalid QDateTime and takes
 * the general path.
 */
QDateTime fastUtcDateTime(QStringView text);

/** Reads fields of one JSON object and records what could not be read. */
template<typename Object>
class FieldReader
{
public:
    FieldReader(const Object &object, QStringList *problems)
        : m_object(object)
        , m_problems(problems)
    {}

    /** A string property; missing or null → empty; other types → empty and a problem. */
    QString string(QLatin1String key) const
    {
        const auto v = m_object.value(key);
        if (v.isString())
            return v.toString();
        if (!v.isUndefined() && !v.isNull())
            problem(key, DeviceJson::tr("expected text"));
        return {};
    }

    std::optional<bool> boolean(QLatin1String key) const
    {
        const auto v = m_object.value(key);
        if (v.isBool())
            return v.toBool();
        if (!v.isUndefined() && !v.isNull())
            problem(key, DeviceJson::tr("expected true or false"));
        return std::nullopt;
    }

    int integer(QLatin1String key) const
    {
        const auto v = m_object.value(key);
        if (v.isDouble()) {
            const double d = v.toDouble();
            if (d >= -2147483648.0 && d <= 2147483647.0 && d == static_cast<int>(d))
                return static_cast<int>(d);
        }
        if (!v.isUndefined() && !v.isNull())
            problem(key, DeviceJson::tr("expected a whole number"));
        return 0;
    }

    QDateTime dateTime(QLatin1String key) const
    {
        const QString text = string(key);
        if (text.isEmpty())
            return {};
        if (QDateTime fast = fastUtcDateTime(text); fast.isValid())
            return fast.date().year() <= 1 ? QDateTime() : fast; // Graph's "never": see below
        QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!dt.isValid())
            dt = QDateTime::fromString(text, Qt::ISODate);
        if (!dt.isValid()) {
            problem(key, DeviceJson::tr("not a date and time: %1").arg(text.left(40)));
            return {};
        }
        // Graph's "never" is 0001-01-01T00:00:00Z.
        if (dt.date().year() <= 1)
            return {};
        return dt.toUTC();
    }

    template<typename E, typename ParseFn>
    E enumeration(QLatin1String key, ParseFn parse, E fallback, QString *raw = nullptr) const
    {
        const QString text = string(key);
        if (text.isEmpty())
            return fallback;
        if (const std::optional<E> value = parse(text))
            return *value;
        if (raw)
            *raw = text;
        problem(key, DeviceJson::tr("unknown value \"%1\"").arg(text.left(60)));
        return fallback;
    }

    void problem(QLatin1String key, const QString &what) const
    {
        if (m_problems)
            m_problems->append(QString(key) + QStringLiteral(": ") + what);
    }

private:
    const Object &m_object;
    QStringList *m_problems;
};

} // namespace passcode::devices::detail
