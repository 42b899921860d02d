// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QString>

namespace passcode::sandbox::testing {

/**
 * Reads the YAML subset the reference OpenAPI files use (block mappings and sequences with indentation,
 * plain, single- and double-quoted scalars that may continue on more-indented lines, `{}` and `[]`) into JSON
 * values. Not a general YAML parser: no anchors, tags, flow collections with content or block scalars (| and
 * >).
 */
class YamlSubset
{
public:
    /** Parses \a text; on failure returns an undefined value and a message in \a error. */
    static QJsonValue parse(const QString &text, QString *error);
    static QJsonValue parseFile(const QString &path, QString *error);
};

} // namespace passcode::sandbox::testing
