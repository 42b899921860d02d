// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Error.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>

#include <optional>

namespace passcode::graph {

/** Where a top-level array or object member lies in GraphResult::body (raw-body mode). */
struct RawMember
{
    /** Byte offset of its '[' or '{' in the body. */
    qsizetype offset = 0;
    /** Bytes up to and including the closing bracket. */
    qsizetype length = 0;
    /** Direct children (array elements or object members), counted by the structural scan. */
    qsizetype elements = 0;
    /** '[' or '{'. */
    char bracket = '[';
};

/**
 * The outcome of one GraphRequest after redirects, token refresh and retries: a value type.
 *
 * ok() is true when error is empty. json holds the parsed body of a successful answer (empty for 204); for a
 * failed answer it holds the parsed error body when there was one, so that callers such as GraphBatch can
 * look at it. The header fields are those of the last HTTP answer; requestId and clientRequestId are what
 * support asks for.
 */
struct GraphResult
{
    /** HTTP status of the last answer, 0 when there was none (transport error, cancelled before an answer).
     */
    int status = 0;
    /** Graph's request-id of the last answer (header, else the error body's innerError). */
    QString requestId;
    /** The client-request-id of the last attempt (the GUID this client sent, or the one echoed back). */
    QString clientRequestId;
    /** Retry-After of the last answer in seconds, negative when absent. */
    double retryAfterSeconds = -1.0;
    /** Location header of the last answer, if any. */
    QUrl location;
    /** The parsed JSON object (see above); in raw-body mode only its top-level scalar members. */
    QJsonObject json;
    /** Raw-body mode (GraphRequest::setRawBody), success only: the body as received, structure checked. */
    QByteArray body;
    /** Raw-body mode: the top-level array and object members of body, by key. */
    QHash<QString, RawMember> rawMembers;
    /** Set when the request failed; kinds and messages are listed in docs/graph-client.md. */
    std::optional<Error> error;
    /** HTTP requests made for this result (retries, replays after a token refresh and redirects included). */
    int attempts = 0;
    /** Milliseconds from send to finish, measured on the injected Clock. */
    qint64 elapsedMs = 0;
    /** Each wait made before a retry, as chosen (server's Retry-After or backoff) before RetryPolicy scaling.
     */
    QList<qint64> waitsMs;

    /** True when the request succeeded (no error). */
    bool ok() const { return !error.has_value(); }
};

} // namespace passcode::graph

Q_DECLARE_METATYPE(passcode::graph::GraphResult)
