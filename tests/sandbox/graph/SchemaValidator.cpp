// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchemaValidator.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>

namespace passcode::sandbox::testing {

namespace {

QString typeOf(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("undefined");
}

} // namespace

SchemaValidator::SchemaValidator(QJsonObject document)
    : m_document(std::move(document))
{
    m_schemas =
        m_document.value(QLatin1String("components")).toObject().value(QLatin1String("schemas")).toObject();
}

bool SchemaValidator::hasSchema(const QString &name) const
{
    return m_schemas.contains(name);
}

QJsonObject SchemaValidator::resolve(const QJsonObject &schema) const
{
    QJsonObject s = schema;
    for (int guard = 0; guard < 16 && s.contains(QLatin1String("$ref")); ++guard) {
        const QString ref = s.value(QLatin1String("$ref")).toString();
        static const QString prefix = QStringLiteral("#/components/schemas/");
        if (!ref.startsWith(prefix))
            return {};
        s = m_schemas.value(ref.mid(prefix.size())).toObject();
    }
    return s;
}

QSet<QString> SchemaValidator::declaredNames(const QJsonObject &schema, int depth) const
{
    QSet<QString> names;
    if (depth > 16)
        return names;
    const QJsonObject s = resolve(schema);
    const QJsonObject props = s.value(QLatin1String("properties")).toObject();
    for (auto it = props.begin(); it != props.end(); ++it)
        names.insert(it.key());
    for (const QJsonValue &branch : s.value(QLatin1String("allOf")).toArray())
        names.unite(declaredNames(branch.toObject(), depth + 1));
    return names;
}

QStringList SchemaValidator::validate(const QJsonValue &value, const QString &schemaName, bool strict) const
{
    QStringList errors;
    if (!m_schemas.contains(schemaName)) {
        errors.append(QStringLiteral("no schema %1").arg(schemaName));
        return errors;
    }
    check(value, m_schemas.value(schemaName).toObject(), QStringLiteral("$"), {}, strict, errors);
    return errors;
}

void SchemaValidator::check(const QJsonValue &v, const QJsonObject &rawSchema, const QString &path,
                            const QSet<QString> &extraNames, bool strict, QStringList &errors) const
{
    const QJsonObject schema = resolve(rawSchema);
    if (schema.isEmpty())
        return; // {} accepts anything
    if (v.isNull() && schema.value(QLatin1String("nullable")).toBool())
        return;

    // Combinators.
    if (schema.contains(QLatin1String("allOf"))) {
        QSet<QString> names = extraNames;
        names.unite(declaredNames(schema));
        for (const QJsonValue &branch : schema.value(QLatin1String("allOf")).toArray())
            check(v, branch.toObject(), path, names, strict, errors);
    }
    for (const char *combinator : {"anyOf", "oneOf"}) {
        if (!schema.contains(QLatin1String(combinator)))
            continue;
        int matches = 0;
        QStringList firstFailure;
        for (const QJsonValue &branch : schema.value(QLatin1String(combinator)).toArray()) {
            QStringList branchErrors;
            check(v, branch.toObject(), path, extraNames, strict, branchErrors);
            if (branchErrors.isEmpty())
                ++matches;
            else if (firstFailure.isEmpty())
                firstFailure = branchErrors;
        }
        if (matches == 0)
            errors.append(QStringLiteral("%1: matches no branch of %2 (first: %3)")
                              .arg(path, QLatin1String(combinator), firstFailure.value(0)));
        else if (QLatin1String(combinator) == QLatin1String("oneOf") && matches > 1)
            errors.append(QStringLiteral("%1: matches %2 branches of oneOf").arg(path).arg(matches));
    }
    if (schema.contains(QLatin1String("not"))) {
        QStringList notErrors;
        check(v, schema.value(QLatin1String("not")).toObject(), path, {}, false, notErrors);
        if (notErrors.isEmpty())
            errors.append(QStringLiteral("%1: matches a 'not' schema").arg(path));
    }

    if (v.isNull()) {
        if (schema.contains(QLatin1String("type")))
            errors.append(QStringLiteral("%1: null but not nullable").arg(path));
        return;
    }

    const QString type = schema.value(QLatin1String("type")).toString();
    if (!type.isEmpty()) {
        const QString actual = typeOf(v);
        bool ok = actual == type;
        if (type == QLatin1String("integer"))
            ok = v.isDouble() && std::floor(v.toDouble()) == v.toDouble();
        if (type == QLatin1String("number"))
            ok = v.isDouble();
        if (!ok) {
            errors.append(QStringLiteral("%1: expected %2, got %3").arg(path, type, actual));
            return;
        }
    }
    if (schema.contains(QLatin1String("enum"))) {
        if (!schema.value(QLatin1String("enum")).toArray().contains(v))
            errors.append(QStringLiteral("%1: '%2' is not one of the enum members")
                              .arg(path, v.toVariant().toString()));
    }
    if (v.isString() && schema.contains(QLatin1String("pattern"))) {
        const QRegularExpression re(schema.value(QLatin1String("pattern")).toString());
        if (!re.match(v.toString()).hasMatch())
            errors.append(QStringLiteral("%1: '%2' does not match %3").arg(path, v.toString(), re.pattern()));
    }
    if (v.isDouble()) {
        if (schema.contains(QLatin1String("minimum")) &&
            v.toDouble() < schema.value(QLatin1String("minimum")).toDouble())
            errors.append(QStringLiteral("%1: below minimum").arg(path));
        if (schema.contains(QLatin1String("maximum")) &&
            v.toDouble() > schema.value(QLatin1String("maximum")).toDouble())
            errors.append(QStringLiteral("%1: above maximum").arg(path));
    }
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        if (schema.contains(QLatin1String("maxItems")) &&
            a.size() > schema.value(QLatin1String("maxItems")).toInt())
            errors.append(QStringLiteral("%1: more than maxItems").arg(path));
        if (schema.contains(QLatin1String("items"))) {
            for (qsizetype k = 0; k < a.size(); ++k)
                check(a[k], schema.value(QLatin1String("items")).toObject(),
                      QStringLiteral("%1[%2]").arg(path).arg(k), {}, strict, errors);
        }
    }
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (const QJsonValue &name : schema.value(QLatin1String("required")).toArray()) {
            if (!o.contains(name.toString()))
                errors.append(QStringLiteral("%1: missing required '%2'").arg(path, name.toString()));
        }
        const QJsonObject props = schema.value(QLatin1String("properties")).toObject();
        for (auto it = props.begin(); it != props.end(); ++it) {
            if (o.contains(it.key()))
                check(o.value(it.key()), it.value().toObject(), path + u'.' + it.key(), {}, strict, errors);
        }
        const QJsonValue additional = schema.value(QLatin1String("additionalProperties"));
        const QSet<QString> declared = extraNames + declaredNames(schema);
        const bool closed = (strict && !declared.isEmpty()) || (additional.isBool() && !additional.toBool());
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (declared.contains(it.key()))
                continue;
            if (additional.isObject() && !additional.toObject().isEmpty()) {
                check(it.value(), additional.toObject(), path + u'.' + it.key(), {}, strict, errors);
                continue;
            }
            if (closed)
                errors.append(QStringLiteral("%1: property '%2' is not in the schema").arg(path, it.key()));
        }
    }
}

} // namespace passcode::sandbox::testing
