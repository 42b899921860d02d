// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonValue>

namespace passcode::ctl {

/**
 * JSON text of passcodectl's --json output, laid out byte for byte as QJsonDocument::toJson() lays it out
 * (members in QJsonObject's key order, four spaces per level, "key": value), with strings written by
 * appendJsonString(): DEL and C1 controls escaped too, so that no output can act on a terminal. Used for
 * every --json document, and by the streamed device list (one element at a time).
 */
namespace JsonWriter {

enum class Layout
{
    Indented, ///< QJsonDocument::Indented: the document ends with a line break
    Compact,  ///< QJsonDocument::Compact: one line, no line break at the end
};

/** Appends a whole document (an object or an array). */
void appendDocument(QByteArray &out, const QJsonValue &value, Layout layout);
/** Appends one value as it appears nested @p level levels deep (an element of a top-level array: 1). */
void appendValue(QByteArray &out, const QJsonValue &value, int level, Layout layout);
/** Appends the indentation of @p level (four spaces each). */
void appendIndent(QByteArray &out, int level);

} // namespace JsonWriter
} // namespace passcode::ctl
