// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QString>
#include <QStringList>

namespace passcode::sandbox::testing {

/**
 * Validates JSON values against the schemas of an OpenAPI 3.0 document (the reference subsets in
 * ../shared/reference/openapi): type, nullable, enum, required, properties, items, maxItems, minimum/maximum,
 * pattern, $ref (local), allOf, anyOf, oneOf, not, additionalProperties.
 *
 * Strict mode (the default) closes every object schema that declares properties: a property name the schema
 * (with its allOf branches) does not declare is an error even where the document says additionalProperties:
 * true, so property names are checked as well as types.
 */
class SchemaValidator
{
public:
    explicit SchemaValidator(QJsonObject document);

    /** Errors of \a value against components/schemas/\a schemaName (empty: valid). */
    QStringList validate(const QJsonValue &value, const QString &schemaName, bool strict = true) const;
    bool hasSchema(const QString &name) const;

private:
    void check(const QJsonValue &v, const QJsonObject &schema, const QString &path,
               const QSet<QString> &extraNames, bool strict, QStringList &errors) const;
    QJsonObject resolve(const QJsonObject &schema) const;
    QSet<QString> declaredNames(const QJsonObject &schema, int depth = 0) const;

    QJsonObject m_document;
    QJsonObject m_schemas;
};

} // namespace passcode::sandbox::testing
