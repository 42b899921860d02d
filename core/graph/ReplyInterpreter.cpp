// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/graph/ReplyInterpreter.h"

#include "core/common/JsonReader.h"
#include "core/common/Numbers.h"
#include "core/graph/RetryPolicy.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace passcode::graph {

namespace {

using Kind = Error::Kind;

const QString ReadPermission = QStringLiteral("DeviceManagementManagedDevices.Read.All");
const QString ActionPermission = QStringLiteral("DeviceManagementManagedDevices.PrivilegedOperations.All");

// Qt reports some HTTP answers as errors too (404 → ContentNotFoundError...): those are statuses, not
// transport.
bool isHttpLevelError(QNetworkReply::NetworkError error, int status)
{
    if (status == 0 || error == QNetworkReply::ContentReSendError) // re-send refused: see NonReplayableBody
        return false;
    const int code = int(error);
    return (code >= 201 && code <= 299) || code == QNetworkReply::ProtocolInvalidOperationError ||
           (code >= 401 && code <= 499);
}

bool containsAny(const QString &haystack, std::initializer_list<QLatin1String> needles)
{
    for (const QLatin1String &n : needles) {
        if (haystack.contains(n, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

Error makeError(Kind kind, int status, QString message, QString detail = {})
{
    Error e = Error::make(kind, std::move(message), std::move(detail));
    e.httpStatus = status;
    return e;
}

} // namespace

QByteArray RawReply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool ReplyInterpreter::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString ReplyInterpreter::transportMessage(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return tr("The server refused the connection.");
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ContentReSendError:
        return tr("The server closed the connection before the answer was complete.");
    case QNetworkReply::HostNotFoundError:
        return tr("The server name could not be resolved. Check the network connection.");
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return tr("The service did not answer in time.");
    case QNetworkReply::SslHandshakeFailedError:
        return tr("A secure (TLS) connection to the server could not be established.");
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::BackgroundRequestNotAllowedError:
        return tr("The network is not available.");
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
        return tr("The server redirected the request in a way that was refused.");
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::UnknownProxyError:
        return tr("The proxy server could not be used.");
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolFailure:
        return tr("The server's answer broke the HTTP protocol.");
    default:
        break;
    }
    return tr("A network error occurred.");
}

bool ReplyInterpreter::provesNotSent(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::BackgroundRequestNotAllowedError:
    case QNetworkReply::ProtocolUnknownError:
        return true;
    default:
        return false;
    }
}

Error ReplyInterpreter::cancelledError()
{
    return Error::make(Kind::Cancelled, tr("The request was cancelled."));
}

std::optional<Error> ReplyInterpreter::checkTarget(const QUrl &url, const QUrl &origin)
{
    const auto refuse = [](QString message, const QUrl &u) {
        return makeError(Kind::Security, 0, std::move(message),
                         u.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery));
    };
    for (const QUrl *u : {&origin, &url}) {
        const QString scheme = u->scheme().toLower();
        if (!u->isValid() || u->host().isEmpty() ||
            (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
            return refuse(tr("Refused to send a request to an invalid address."), *u);
        if (scheme == QLatin1String("http") && !isLoopbackHost(u->host()))
            return refuse(
                tr("Refused to send a request over plain http to %1: only https is allowed, except to this "
                   "computer (loopback).")
                    .arg(u->host()),
                *u);
    }
    if (origin.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0 &&
        url.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) == 0)
        return refuse(tr("Refused to go from https to plain http."), url);
    const auto defaultPort = [](const QUrl &u) {
        return u.port(u.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0 ? 443 : 80);
    };
    if (url.host().compare(origin.host(), Qt::CaseInsensitive) != 0 ||
        defaultPort(url) != defaultPort(origin))
        return refuse(tr("Refused to send a request to another server (%1) than the configured one (%2).")
                          .arg(url.authority(), origin.authority()),
                      url);
    return std::nullopt;
}

Error ReplyInterpreter::unreadableBodyError(const QJsonParseError &parseError, qsizetype bodySize,
                                            int httpStatus)
{
    return makeError(Kind::Parse, httpStatus, tr("Microsoft Graph sent an answer that could not be read."),
                     tr("%1 at offset %2 of %3 bytes (truncated or malformed).")
                         .arg(parseError.errorString())
                         .arg(parseError.offset)
                         .arg(bodySize));
}

Error ReplyInterpreter::forbiddenError(RequestKind kind, const GraphErrorInfo &info)
{
    const QString text = info.code + QLatin1Char(' ') + info.topCode + QLatin1Char(' ') + info.message +
                         QLatin1Char(' ') + info.details.join(QLatin1Char(' '));
    if (text.contains(QLatin1String("insufficient_claims"), Qt::CaseInsensitive))
        return makeError(Kind::Auth, 403,
                         tr("Conditional Access requires a new sign-in (for example with multi-factor "
                            "authentication). Sign in again."));

    const bool graphHint =
        !info.requiredScopes.isEmpty() ||
        containsAny(text, {QLatin1String("scope"), QLatin1String("scp"), QLatin1String("roles claim"),
                           QLatin1String("consent"), QLatin1String("application is not authorized"),
                           QLatin1String("Authorization_RequestDenied"),
                           QLatin1String("insufficient privileges"), QLatin1String("permission")});
    const bool roleHint =
        containsAny(text,
                    {QLatin1String("rbac"), QLatin1String("intune role"), QLatin1String("role assignment"),
                     QLatin1String("scope tag"), QLatin1String("user is not authorized"),
                     QLatin1String("not assigned"), QLatin1String("required role")}) ||
        (info.intuneWrapped && !graphHint);

    const bool action = kind == RequestKind::Action;
    const QString permission = !info.requiredScopes.isEmpty() ? info.requiredScopes.join(tr(" or "))
                               : action                       ? ActionPermission
                                                              : ReadPermission;
    QString message;
    if (graphHint && !roleHint) {
        message = action
                      ? tr("Permission denied: the app needs the Microsoft Graph permission %1 (with admin "
                           "consent) to send remote actions such as Reset passcode. Ask an administrator to "
                           "grant it.")
                            .arg(permission)
                      : tr("Permission denied: the app needs the Microsoft Graph permission %1 (with admin "
                           "consent) to read devices. Ask an administrator to grant it.")
                            .arg(permission);
    } else if (roleHint && !graphHint) {
        message =
            action ? tr("Permission denied by Intune: your account needs an Intune role that allows this "
                        "remote action: Help Desk Operator, or a custom role with Remote tasks / Reset "
                        "passcode, with scope tags that include the device.")
                   : tr("Permission denied by Intune: your account needs an Intune role that can read "
                        "managed devices, such as Help Desk Operator or Read Only Operator, with scope tags "
                        "that include the devices.");
    } else {
        message = action
                      ? tr("Permission denied: the app needs the Microsoft Graph permission %1, and your "
                           "account an Intune role with Remote tasks / Reset passcode (such as Help Desk "
                           "Operator).")
                            .arg(permission)
                      : tr("Permission denied: the app needs the Microsoft Graph permission %1, and your "
                           "account an Intune role that can read managed devices (such as Help Desk Operator "
                           "or Read Only Operator).")
                            .arg(permission);
    }
    return makeError(Kind::Permission, 403, message);
}

namespace {

void fillFromErrorBody(Error &e, const GraphErrorInfo &info)
{
    e.code = info.code;
    const QString support = info.supportText();
    if (!support.isEmpty())
        e.detail = e.detail.isEmpty() ? support : e.detail + QStringLiteral("; ") + support;
}

} // namespace

Interpretation ReplyInterpreter::interpret(const RawReply &reply, const InterpretContext &context)
{
    Interpretation out;
    GraphResult &r = out.result;
    r.status = reply.httpStatus;
    r.requestId = QString::fromLatin1(reply.header("request-id"));
    r.clientRequestId = QString::fromLatin1(reply.header("client-request-id"));
    if (r.clientRequestId.isEmpty())
        r.clientRequestId = context.sentClientRequestId;
    if (const auto wait = parseRetryAfterMs(reply.header("Retry-After"), context.now)) {
        out.retryAfterMs = *wait;
        r.retryAfterSeconds = double(*wait) / 1000.0;
    }
    if (const QByteArray location = reply.header("Location"); !location.isEmpty())
        r.location = reply.url.resolved(QUrl::fromEncoded(location, QUrl::TolerantMode));

    const bool action = context.kind == RequestKind::Action;
    const auto finish = [&](Disposition d, std::optional<Error> error) {
        out.disposition = d;
        if (error) {
            if (error->httpStatus == 0)
                error->httpStatus = r.status;
            if (error->requestId.isEmpty())
                error->requestId = r.requestId;
            if (error->clientRequestId.isEmpty())
                error->clientRequestId = r.clientRequestId;
            if (error->retryAfterSeconds < 0 && out.retryAfterMs)
                error->retryAfterSeconds = double(*out.retryAfterMs) / 1000.0;
        }
        r.error = std::move(error);
        return out;
    };

    // 1. Transport.
    if (reply.networkError != QNetworkReply::NoError &&
        !isHttpLevelError(reply.networkError, reply.httpStatus)) {
        const bool timeout = reply.timedOut || reply.networkError == QNetworkReply::TimeoutError;
        const QString cause =
            timeout ? tr("The service did not answer in time.") : transportMessage(reply.networkError);
        if (action && !provesNotSent(reply.networkError)) {
            return finish(
                Disposition::Fail,
                makeError(Kind::OutcomeUnknown, reply.httpStatus,
                          tr("The request was sent, but its outcome is unknown: %1 It was not sent again; "
                             "check the device's action status before trying again.")
                              .arg(cause),
                          reply.networkErrorString));
        }
        Error e = makeError(timeout ? Kind::Timeout : Kind::Network, reply.httpStatus,
                            action ? cause + QLatin1Char(' ') + tr("The request was not sent.") : cause,
                            reply.networkErrorString);
        return finish(action ? Disposition::Fail : Disposition::RetryIfBudget, std::move(e));
    }

    // 2. HTTP status.
    const int status = reply.httpStatus;
    if (status == 0) {
        Error e = makeError(
            action ? Kind::OutcomeUnknown : Kind::Network, 0,
            action ? tr("The request was sent, but no HTTP answer came back; its outcome is unknown. "
                        "It was not sent again.")
                   : tr("No HTTP answer came back."));
        return finish(action ? Disposition::Fail : Disposition::RetryIfBudget, std::move(e));
    }
    if (status >= 300 && status < 400 && status != 304) {
        if (context.batchItem)
            return finish(Disposition::Fail,
                          makeError(Kind::Http, status,
                                    tr("The service redirected a batched request (HTTP %1).").arg(status)));
        if (!r.location.isValid() || r.location.isEmpty())
            return finish(Disposition::Fail,
                          makeError(Kind::Http, status,
                                    tr("The service redirected the request (HTTP %1) without "
                                       "saying where to.")
                                        .arg(status)));
        const bool keepsMethod = status == 307 || status == 308;
        if (!keepsMethod && context.method != HttpMethod::Get)
            return finish(
                Disposition::Fail,
                makeError(Kind::Http, status,
                          tr("The service redirected a %1 request (HTTP %2); it was not sent again.")
                              .arg(QString::fromLatin1(httpMethodName(context.method)))
                              .arg(status)));
        if (context.redirectHops + 1 > context.maxRedirects)
            return finish(Disposition::Fail,
                          makeError(Kind::Security, status,
                                    tr("Too many redirects (more than %n).", nullptr, context.maxRedirects)));
        // 5. Security, for the redirect target.
        if (auto refused = checkTarget(r.location, context.origin))
            return finish(Disposition::Fail, std::move(refused));
        out.redirectTo = r.location;
        return finish(Disposition::Redirect, std::nullopt);
    }
    if (status >= 400 || status < 200) {
        const GraphErrorInfo info = GraphErrorParser::parse(reply.body);
        {
            const QJsonDocument doc = QJsonDocument::fromJson(reply.body);
            if (doc.isObject())
                r.json = doc.object();
        }
        if (r.requestId.isEmpty())
            r.requestId = info.requestId;
        if (r.clientRequestId.isEmpty())
            r.clientRequestId = info.clientRequestId;
        if (!out.retryAfterMs && info.retryAfterSeconds && *info.retryAfterSeconds >= 0)
            out.retryAfterMs = secondsToClampedMs(*info.retryAfterSeconds, kMaxRetryAfterMs);

        Disposition d = Disposition::Fail;
        Error e;
        switch (status) {
        case 400:
            e = makeError(Kind::Http, status, tr("Microsoft Graph rejected the request as invalid."));
            break;
        case 401:
            e = makeError(Kind::Auth, status, tr("Your sign-in was refused or has expired. Sign in again."));
            d = Disposition::RefreshToken;
            break;
        case 403:
            e = forbiddenError(context.kind, info);
            break;
        case 404:
            e = makeError(
                Kind::NotFound, status,
                tr("The item was not found in Microsoft Graph. It may have been deleted or retired."));
            break;
        case 408:
            e = makeError(Kind::Timeout, status,
                          tr("The service gave up waiting for the request (HTTP 408)."));
            d = action ? Disposition::Fail : Disposition::RetryIfBudget;
            break;
        case 429:
            e = makeError(Kind::Throttled, status,
                          out.retryAfterMs
                              ? tr("Microsoft Graph is limiting the rate of requests (HTTP 429). Try "
                                   "again in %n second(s).",
                                   nullptr, int(std::ceil(double(*out.retryAfterMs) / 1000.0)))
                              : tr("Microsoft Graph is limiting the rate of requests (HTTP 429). Try "
                                   "again in a moment."));
            d = Disposition::RetryNotProcessed;
            break;
        case 503:
            e = makeError(Kind::Unavailable, status,
                          tr("Microsoft Graph is temporarily unavailable (HTTP 503). Try again later."));
            d = Disposition::RetryNotProcessed;
            break;
        case 500:
        case 502:
        case 504:
            if (action) {
                e = makeError(
                    Kind::OutcomeUnknown, status,
                    tr("The service failed while handling the request (HTTP %1), so its outcome is "
                       "unknown. It was not sent again; check the device's action status before trying "
                       "again.")
                        .arg(status));
            } else {
                e = makeError(Kind::Unavailable, status,
                              tr("Microsoft Graph failed to answer (HTTP %1). Try again later.").arg(status));
                d = Disposition::RetryIfBudget;
            }
            break;
        default:
            e = makeError(Kind::Http, status,
                          tr("Microsoft Graph refused the request (HTTP %1).").arg(status));
            break;
        }
        fillFromErrorBody(e, info);
        if (reply.bodyTooLarge) {
            const QString unread = tr("The error body was too large and was not read. %1")
                                       .arg(reply.bodyTooLarge->detail)
                                       .trimmed();
            e.detail = e.detail.isEmpty() ? unread : e.detail + QStringLiteral("; ") + unread;
        }
        return finish(d, std::move(e));
    }

    // 3. JSON. A body past its size cap was not read: never retried (the next answer would be as large, and
    // a 2xx to an action means it was processed).
    if (reply.bodyTooLarge) {
        Error e = *reply.bodyTooLarge;
        e.httpStatus = status;
        return finish(Disposition::Fail, std::move(e));
    }
    const bool mayBeEmpty = status == 204 || context.method != HttpMethod::Get;
    const auto unreadable = [&](const QString &why) {
        out.unreadableBody = true;
        Error e =
            makeError(Kind::Parse, status, tr("Microsoft Graph sent an answer that could not be read."), why);
        // A 2xx to an action means it was processed: never send it again, even if the answer is unreadable.
        return finish(action ? Disposition::Fail : Disposition::RetryIfBudget, std::move(e));
    };
    const auto malformed = [&](const QJsonParseError &parseError) {
        out.unreadableBody = true;
        // A 2xx to an action means it was processed: never send it again, even if the answer is unreadable.
        return finish(action ? Disposition::Fail : Disposition::RetryIfBudget,
                      unreadableBodyError(parseError, reply.body.size(), status));
    };
    const auto notAnObject = [&] {
        return finish(Disposition::Fail,
                      makeError(Kind::Parse, status,
                                tr("Microsoft Graph sent an answer that could not be read."),
                                tr("The body is not a JSON object.")));
    };
    if (reply.body.trimmed().isEmpty()) {
        if (!mayBeEmpty || !context.requiredFields.isEmpty())
            return unreadable(tr("The body is empty."));
    } else if (context.rawBody) {
        // The top level is read here; nested arrays and objects only by their structure (the caller parses
        // them, off this thread). A truncated or unbalanced body is caught all the same.
        JsonReader reader(reply.body);
        if (reader.peek() != JsonReader::Token::Object) {
            if (reader.skipValue() && reader.atEnd())
                return notAnObject();
            return malformed(reader.error());
        }
        reader.beginObject();
        bool first = true;
        QByteArrayView rawKey;
        bool keyEscaped = false;
        while (reader.nextMember(first, &rawKey, &keyEscaped)) {
            const QString key = JsonReader::decodeString(rawKey, keyEscaped);
            const JsonReader::Token token = reader.peek();
            if (token == JsonReader::Token::Array || token == JsonReader::Token::Object) {
                RawMember member;
                member.offset = reader.offset();
                member.bracket = token == JsonReader::Token::Array ? '[' : '{';
                if (!reader.skipStructure(&member.elements))
                    break;
                member.length = reader.offset() - member.offset;
                r.rawMembers.insert(key, member);
                r.json.remove(key);
            } else if (token == JsonReader::Token::String) {
                QByteArrayView raw;
                bool escaped = false;
                if (!reader.readString(&raw, &escaped))
                    break;
                r.json.insert(key, JsonReader::decodeString(raw, escaped));
                r.rawMembers.remove(key);
            } else if (token == JsonReader::Token::Number) {
                double number = 0;
                if (!reader.readNumber(&number))
                    break;
                r.json.insert(key, number);
                r.rawMembers.remove(key);
            } else {
                JsonReader::Token literal = JsonReader::Token::Invalid;
                if (!reader.readLiteral(&literal))
                    break;
                r.json.insert(key, literal == JsonReader::Token::Null
                                       ? QJsonValue(QJsonValue::Null)
                                       : QJsonValue(literal == JsonReader::Token::True));
                r.rawMembers.remove(key);
            }
        }
        if (!reader.ok() || !reader.atEnd()) {
            r.json = {};
            r.rawMembers.clear();
            return malformed(reader.error());
        }
        r.body = reply.body;
    } else {
        QJsonParseError parseError{};
        const QJsonDocument doc = QJsonDocument::fromJson(reply.body, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return malformed(parseError);
        if (!doc.isObject())
            return notAnObject();
        r.json = doc.object();
    }

    // 4. Required fields.
    for (const QString &field : context.requiredFields) {
        if (!r.json.contains(field) && !r.rawMembers.contains(field))
            return finish(
                Disposition::Fail,
                makeError(Kind::Parse, status,
                          tr("Microsoft Graph's answer lacks the expected field \"%1\".").arg(field)));
    }

    // 5. Security: the answer must come from where requests may go.
    if (reply.url.isValid()) {
        if (auto refused = checkTarget(reply.url, context.origin)) {
            r.json = {};
            r.body.clear();
            r.rawMembers.clear();
            return finish(Disposition::Fail, std::move(refused));
        }
    }
    return finish(Disposition::Success, std::nullopt);
}

} // namespace passcode::graph
