// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonWriter.h"

#include "Output.h"

#include <QCborValue>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

namespace passcode::ctl::JsonWriter {

void appendIndent(QByteArray &out, int level)
{
    out.append(qsizetype(level) * 4, ' ');
}

void appendValue(QByteArray &out, const QJsonValue &value, int level, Layout layout)
{
    const bool compact = layout == Layout::Compact;
    switch (value.type()) {
    case QJsonValue::Bool:
        out += value.toBool() ? QByteArrayView("true") : QByteArrayView("false");
        return;
    case QJsonValue::Double: {
        // As QJsonDocument: integers stored as such exactly, doubles in their shortest form, not finite:
        // null.
        const QCborValue number = QCborValue::fromJsonValue(value);
        if (number.isInteger()) {
            out += QByteArray::number(number.toInteger());
        } else {
            const double d = number.toDouble();
            out += std::isfinite(d) ? QByteArray::number(d, 'g', QLocale::FloatingPointShortest)
                                    : QByteArray("null");
        }
        return;
    }
    case QJsonValue::String:
        appendJsonString(out, value.toString());
        return;
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        out += compact ? "[" : "[\n";
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!compact)
                appendIndent(out, level + 1);
            appendValue(out, array.at(i), level + 1, layout);
            if (i + 1 < array.size())
                out += compact ? "," : ",\n";
            else if (!compact)
                out += '\n';
        }
        if (!compact)
            appendIndent(out, level);
        out += ']';
        return;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        out += compact ? "{" : "{\n";
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!compact)
                appendIndent(out, level + 1);
            appendJsonString(out, it.key());
            out += compact ? ":" : ": ";
            appendValue(out, it.value(), level + 1, layout);
            if (std::next(it) != object.end())
                out += compact ? "," : ",\n";
            else if (!compact)
                out += '\n';
        }
        if (!compact)
            appendIndent(out, level);
        out += '}';
        return;
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += "null";
        return;
    }
}

void appendDocument(QByteArray &out, const QJsonValue &value, Layout layout)
{
    appendValue(out, value, 0, layout);
    if (layout == Layout::Indented)
        out += '\n';
}

} // namespace passcode::ctl::JsonWriter
