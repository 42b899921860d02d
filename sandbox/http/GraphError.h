// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/http/HttpResponse.h"

#include <QByteArray>
#include <QString>

namespace passcode::sandbox {

/** The ids every Graph response carries (request-id, client-request-id) and the time its error bodies show.
 */
struct RequestIds
{
    QByteArray requestId;
    QByteArray clientRequestId;
    qint64 dateMs = 0;
};

/** Builders of Graph error responses: {"error":{code, message, innerError:{date, request-id,
 * client-request-id}}}. */
class GraphError
{
public:
    static HttpResponse make(int status, QByteArrayView code, const QByteArray &message,
                             const RequestIds &ids);
    /** 400 BadRequest "Resource not found for the segment '<segment>'.", Graph's answer to an unknown path.
     */
    static HttpResponse segmentNotFound(const RequestIds &ids, const QString &segment);
    /** 429 TooManyRequests with Retry-After (seconds, fractional), as examples/error-429-throttled.* show. */
    static HttpResponse throttled(double retryAfterSeconds, const RequestIds &ids);
    /**
     * An Intune front-end error: error.message is itself a serialised JSON object with _version, Message,
     * CustomApiErrorPhrase, RetryAfter, ErrorSourceService and HttpHeaders (graph-intune.md §3).
     */
    static HttpResponse intuneWrapped(int status, QByteArrayView code, const QByteArray &innerMessage,
                                      const RequestIds &ids, const QByteArray &requestPath);
    /** 500 InternalServerError, 502 BadGateway, 503 serviceNotAvailable (with Retry-After), 504
     * GatewayTimeout; 429 is throttled() (a fault's storm). */
    static HttpResponse serviceError(int status, const RequestIds &ids, double retryAfterSeconds);
    /** Formats seconds as Graph's Retry-After does ("2.128", "20"). */
    static QByteArray formatRetryAfter(double seconds);

private:
    static void writeInnerError(class JsonWriter &w, const RequestIds &ids, bool throttled);
};

} // namespace passcode::sandbox
