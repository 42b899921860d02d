// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/graph/GraphErrorParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QRegularExpression>

namespace passcode::graph {

namespace {

constexpr int MaxDepth = 8;

QString stringMember(const QJsonObject &o, std::initializer_list<QLatin1String> names)
{
    for (const QLatin1String &name : names) {
        const QJsonValue v = o.value(name);
        if (v.isString() && !v.toString().isEmpty())
            return v.toString();
    }
    return {};
}

bool isMeaningfulCode(const QString &code)
{
    if (code.trimmed().isEmpty())
        return false;
    static const QRegularExpression digits(QStringLiteral(R"(^\s*\d+\s*$)"));
    return !digits.match(code).hasMatch();
}

std::optional<double> numberOrNumericString(const QJsonValue &v)
{
    if (v.isDouble())
        return v.toDouble();
    if (v.isString()) {
        bool ok = false;
        const double d = v.toString().trimmed().toDouble(&ok);
        if (ok)
            return d;
    }
    return std::nullopt;
}

// Intune's message text ends with " - Operation ID (for customer support): ... - Activity ID: ... - Url:
// ...".
void takeIntuneTail(QString &message, GraphErrorInfo &info)
{
    static const QRegularExpression activity(QStringLiteral(R"(Activity ID:\s*([0-9A-Fa-f-]{8,}))"));
    if (const auto m = activity.match(message); m.hasMatch() && info.activityId.isEmpty())
        info.activityId = m.captured(1);
    static const QRegularExpression tail(QStringLiteral(R"(\s*-\s*Operation ID\b.*$)"),
                                         QRegularExpression::DotMatchesEverythingOption);
    message.remove(tail);
    message = message.trimmed();
}

// Only the list right after the introduction: the sentence that follows may quote the token's own scopes.
void takeRequiredScopes(const QString &message, GraphErrorInfo &info)
{
    static const QRegularExpression intro(
        QStringLiteral(R"((?:following scopes?:|requires one of)\s*(.*?)(?:\.\s|\.$|\s+-\s|$))"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = intro.match(message);
    if (!m.hasMatch())
        return;
    static const QRegularExpression scope(QStringLiteral(R"([A-Za-z]+(?:\.[A-Za-z]+)+)"));
    auto it = scope.globalMatch(m.captured(1));
    while (it.hasNext()) {
        const QString s = it.next().captured(0);
        if (!info.requiredScopes.contains(s))
            info.requiredScopes.append(s);
    }
}

// Unwraps Intune's JSON-in-message as deep as it goes; returns the innermost human text.
QString unwrapIntune(QString message, GraphErrorInfo &info, QString &intuneCode)
{
    for (int depth = 0; depth < MaxDepth; ++depth) {
        const QString trimmed = message.trimmed();
        if (!trimmed.startsWith(QLatin1Char('{')))
            break;
        QJsonParseError err{};
        const QJsonDocument doc = QJsonDocument::fromJson(trimmed.toUtf8(), &err);
        if (err.error != QJsonParseError::NoError || !doc.isObject())
            break;
        const QJsonObject o = doc.object();
        info.intuneWrapped = true;
        if (const QString c = stringMember(o, {QLatin1String("ErrorCode"), QLatin1String("errorCode")});
            isMeaningfulCode(c))
            intuneCode = c;
        if (const auto retry = numberOrNumericString(o.value(QLatin1String("RetryAfter"))))
            info.retryAfterSeconds = retry;
        const QString phrase = stringMember(o, {QLatin1String("CustomApiErrorPhrase")});
        if (!phrase.isEmpty() && !info.details.contains(phrase))
            info.details.append(phrase);
        message = stringMember(o, {QLatin1String("Message"), QLatin1String("message")});
    }
    return message;
}

void walkInnerErrors(const QJsonObject &error, GraphErrorInfo &info, QString &innermostCode)
{
    QJsonObject inner = error.value(QLatin1String("innerError")).toObject();
    if (inner.isEmpty())
        inner = error.value(QLatin1String("innererror")).toObject();
    for (int depth = 0; depth < MaxDepth && !inner.isEmpty(); ++depth) {
        if (const QString c = stringMember(inner, {QLatin1String("code")}); isMeaningfulCode(c))
            innermostCode = c;
        if (info.requestId.isEmpty())
            info.requestId = stringMember(inner, {QLatin1String("request-id"), QLatin1String("requestId")});
        if (info.clientRequestId.isEmpty())
            info.clientRequestId =
                stringMember(inner, {QLatin1String("client-request-id"), QLatin1String("clientRequestId")});
        if (info.date.isEmpty())
            info.date = stringMember(inner, {QLatin1String("date")});
        QJsonObject next = inner.value(QLatin1String("innerError")).toObject();
        if (next.isEmpty())
            next = inner.value(QLatin1String("innererror")).toObject();
        inner = next;
    }
}

void parseGraphEnvelope(const QJsonObject &error, GraphErrorInfo &info)
{
    info.recognised = true;
    info.topCode = stringMember(error, {QLatin1String("code")});

    QString message;
    const QJsonValue messageValue = error.value(QLatin1String("message"));
    if (messageValue.isObject()) // the legacy envelope: "message": {"lang": "en", "value": "..."}
        message = messageValue.toObject().value(QLatin1String("value")).toString();
    else
        message = messageValue.toString();

    QString intuneCode;
    message = unwrapIntune(message, info, intuneCode);
    takeRequiredScopes(message, info);
    takeIntuneTail(message, info);
    info.message = message;

    QString innermostCode;
    walkInnerErrors(error, info, innermostCode);
    if (info.requestId.isEmpty())
        info.requestId = stringMember(error, {QLatin1String("requestId"), QLatin1String("request-id")});
    if (info.date.isEmpty())
        info.date = stringMember(error, {QLatin1String("date")});

    QString firstDetailCode;
    const QJsonArray details = error.value(QLatin1String("details")).toArray();
    for (const QJsonValue &d : details) {
        const QJsonObject o = d.toObject();
        const QString code = stringMember(o, {QLatin1String("code")});
        const QString text = stringMember(o, {QLatin1String("message")});
        const QString target = stringMember(o, {QLatin1String("target")});
        if (firstDetailCode.isEmpty() && isMeaningfulCode(code))
            firstDetailCode = code;
        QString line = code.isEmpty() ? text : (text.isEmpty() ? code : code + QStringLiteral(": ") + text);
        if (!target.isEmpty())
            line += QStringLiteral(" (") + target + QLatin1Char(')');
        if (!line.isEmpty())
            info.details.append(line);
    }

    if (isMeaningfulCode(intuneCode))
        info.code = intuneCode;
    else if (isMeaningfulCode(innermostCode))
        info.code = innermostCode;
    else if (isMeaningfulCode(info.topCode))
        info.code = info.topCode;
    else
        info.code = firstDetailCode;
}

} // namespace

QString GraphErrorInfo::supportText() const
{
    QStringList parts;
    if (!message.isEmpty())
        parts.append(message);
    for (const QString &d : details)
        parts.append(d);
    if (!activityId.isEmpty())
        parts.append(QStringLiteral("Activity ID: ") + activityId);
    return parts.join(QStringLiteral("; "));
}

GraphErrorInfo GraphErrorParser::parse(const QByteArray &body)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return {};
    return parse(doc.object());
}

GraphErrorInfo GraphErrorParser::parse(const QJsonObject &root)
{
    GraphErrorInfo info;
    const QJsonValue error = root.value(QLatin1String("error"));
    if (error.isObject()) {
        parseGraphEnvelope(error.toObject(), info);
    } else if (const QJsonValue legacy = root.value(QLatin1String("odata.error")); legacy.isObject()) {
        parseGraphEnvelope(legacy.toObject(), info);
    } else if (error.isString()) {
        info.recognised = true;
        info.topCode = info.code = error.toString();
        info.message = root.value(QLatin1String("error_description")).toString();
        info.clientRequestId = root.value(QLatin1String("correlation_id")).toString();
        info.requestId = root.value(QLatin1String("trace_id")).toString();
    }
    return info;
}

} // namespace passcode::graph
