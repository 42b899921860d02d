// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/http/GraphError.h"

#include "sandbox/http/JsonWriter.h"
#include "sandbox/tenant/IsoTime.h"

#include <cmath>
#include <cstdio>

namespace passcode::sandbox {

namespace {

QByteArray innerDate(qint64 ms)
{
    QByteArray d = IsoTime::format(ms - ms % 1000);
    d.chop(1); // Graph's innerError date has no zone designator: "2020-08-18T12:51:51"
    return d;
}

} // namespace

void GraphError::writeInnerError(JsonWriter &w, const RequestIds &ids, bool throttled)
{
    w.key("innerError");
    w.beginObject();
    if (throttled) {
        w.field("code", "429");
        w.field("message", "Please retry after");
        w.field("status", "429");
    }
    w.field("date", innerDate(ids.dateMs));
    w.field("request-id", ids.requestId);
    w.field("client-request-id", ids.clientRequestId);
    w.endObject();
}

HttpResponse GraphError::make(int status, QByteArrayView code, const QByteArray &message,
                              const RequestIds &ids)
{
    JsonWriter w;
    w.beginObject();
    w.key("error");
    w.beginObject();
    w.field("code", code);
    w.field("message", message);
    writeInnerError(w, ids, false);
    w.endObject();
    w.endObject();
    return HttpResponse::json(status, w.toByteArray());
}

HttpResponse GraphError::segmentNotFound(const RequestIds &ids, const QString &segment)
{
    return make(400, "BadRequest",
                QStringLiteral("Resource not found for the segment '%1'.").arg(segment).toUtf8(), ids);
}

QByteArray GraphError::formatRetryAfter(double seconds)
{
    if (seconds < 0.001)
        seconds = 0.001;
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.3f", std::ceil(seconds * 1000.0) / 1000.0);
    QByteArray out(buf);
    while (out.endsWith('0'))
        out.chop(1);
    if (out.endsWith('.'))
        out.chop(1);
    return out;
}

HttpResponse GraphError::throttled(double retryAfterSeconds, const RequestIds &ids)
{
    JsonWriter w;
    w.beginObject();
    w.key("error");
    w.beginObject();
    w.field("code", "TooManyRequests");
    writeInnerError(w, ids, true);
    w.field("message", "Please retry again later.");
    w.endObject();
    w.endObject();
    HttpResponse r = HttpResponse::json(429, w.toByteArray());
    r.setHeader("Retry-After", formatRetryAfter(retryAfterSeconds));
    return r;
}

HttpResponse GraphError::serviceError(int status, const RequestIds &ids, double retryAfterSeconds)
{
    switch (status) {
    case 429:
        return throttled(retryAfterSeconds, ids);
    case 502:
        return make(502, "BadGateway", "The service could not be reached.", ids);
    case 503: {
        HttpResponse r = make(503, "serviceNotAvailable",
                              "The service is temporarily unavailable. Retry after the "
                              "indicated delay.",
                              ids);
        r.setHeader("Retry-After", formatRetryAfter(retryAfterSeconds));
        return r;
    }
    case 504:
        return make(504, "GatewayTimeout", "The gateway did not receive a response in time.", ids);
    default:
        return make(500, "InternalServerError", "An internal server error occurred. Retry the request.", ids);
    }
}

HttpResponse GraphError::intuneWrapped(int status, QByteArrayView code, const QByteArray &innerMessage,
                                       const RequestIds &ids, const QByteArray &requestPath)
{
    // The inner object, serialised, becomes the outer error's message string.
    JsonWriter i;
    i.beginObject();
    i.field("_version", 3);
    i.field("Message", innerMessage + " - Operation ID (for customer support): " + ids.requestId +
                           " - Activity ID: " + ids.clientRequestId +
                           " - Url: https://fef.msub05.manage.microsoft.com"
                           "/DeviceFE/StatelessDeviceFEService" +
                           requestPath + "?api-version=5024-05-01 - CustomApiErrorPhrase: ");
    i.field("CustomApiErrorPhrase", "");
    i.nullField("RetryAfter");
    i.field("ErrorSourceService", "");
    i.field("HttpHeaders", "{}");
    i.endObject();

    JsonWriter w;
    w.beginObject();
    w.key("error");
    w.beginObject();
    w.field("code", code);
    w.field("message", i.toByteArray());
    writeInnerError(w, ids, false);
    w.endObject();
    w.endObject();
    return HttpResponse::json(status, w.toByteArray());
}

} // namespace passcode::sandbox
