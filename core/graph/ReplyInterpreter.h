// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Error.h"
#include "core/graph/GraphErrorParser.h"
#include "core/graph/GraphRequest.h"
#include "core/graph/GraphResult.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonParseError>
#include <QNetworkReply>
#include <QUrl>

#include <optional>

namespace passcode::graph {

/** One HTTP answer as the interpreter sees it, from a QNetworkReply or from a $batch item. */
struct RawReply
{
    /** Qt's error code; NoError for an answer whatever its status. */
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    /** Qt's (translated) error text, kept for Error::detail. */
    QString networkErrorString;
    /** The attempt hit its transfer timeout (Qt reports it as OperationCanceledError). */
    bool timedOut = false;
    /** HTTP status, 0 when none arrived. */
    int httpStatus = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    /** Set when the body passed its size cap (ReplyBodyLimit): reading stopped, body is empty, and this is
     * the error to report for a 2xx answer (other statuses are interpreted without their body). */
    std::optional<Error> bodyTooLarge;
    /** The URL this answer is for. */
    QUrl url;

    /** The value of header @p name (case-insensitive), empty when absent. */
    QByteArray header(const QByteArray &name) const;
};

/** What the interpreter needs to know about the request an answer belongs to. */
struct InterpretContext
{
    HttpMethod method = HttpMethod::Get;
    RequestKind kind = RequestKind::Read;
    QStringList requiredFields;
    /** GraphRequest::rawBody(): a 2xx body is checked by structure and left unparsed (see GraphResult). */
    bool rawBody = false;
    /** The only scheme, host and port requests may go to (the client's base URL). */
    QUrl origin;
    /** Redirects already followed for this request. */
    int redirectHops = 0;
    int maxRedirects = 5;
    /** A $batch item: Graph does not follow redirects inside a batch, neither do we. */
    bool batchItem = false;
    /** For Retry-After given as an HTTP-date. */
    QDateTime now;
    /** The client-request-id that was sent, reported when the answer does not echo it. */
    QString sentClientRequestId;
};

/** What to do with an answer. */
enum class Disposition
{
    Success,           ///< result.json holds the answer
    Fail,              ///< result.error is final: never sent again
    RetryIfBudget,     ///< a transient failure of a Read: may be sent again after a backoff
    RetryNotProcessed, ///< 429 or 503: the service did not process it; any kind may be sent again after
                       ///< waiting
    RefreshToken,      ///< 401: refresh the token once, then replay (result.error if that is not possible)
    Redirect,          ///< follow redirectTo (already checked: same origin, hop limit, method)
};

/** The interpreter's verdict. For the Retry dispositions result.error is what to report once retries are
 * spent. */
struct Interpretation
{
    Disposition disposition = Disposition::Fail;
    /** status, ids, Retry-After, Location, json and error; attempts, elapsed and waits are the client's. */
    GraphResult result;
    QUrl redirectTo;
    /** The wait the service asked for: Retry-After, else Intune's RetryAfter inside the error body. */
    std::optional<qint64> retryAfterMs;
    /** A 2xx answer whose body was not readable JSON (retries of it have their own, smaller bound). */
    bool unreadableBody = false;
};

/**
 * The one place that interprets every Graph answer, always in the same order:
 * 1. transport error (mapped once to translated text; for an Action: "not sent" vs "outcome unknown"),
 * 2. HTTP status (redirects, 401/403/404/408/429/5xx, Graph error bodies parsed by GraphErrorParser),
 * 3. JSON parse (a 2xx body past its size cap fails here, never retried), 4. required fields, 5. security
 * (https except loopback, same origin, bounded redirects).
 * docs/graph-client.md has the full table. Pure functions: no I/O, no state; messages are translated here.
 */
class ReplyInterpreter
{
    Q_DECLARE_TR_FUNCTIONS(ReplyInterpreter)

public:
    /** Interprets @p reply for the request described by @p context; never fails (every outcome is a verdict).
     */
    static Interpretation interpret(const RawReply &reply, const InterpretContext &context);

    /**
     * The security rule for a URL about to be requested (or redirected to): http(s) only; plain http only to
     * a loopback host; the scheme, host and port of @p origin (https may not become http). Returns the
     * Security error, or nullopt when @p url may be requested. An insecure @p origin itself is refused.
     */
    static std::optional<Error> checkTarget(const QUrl &url, const QUrl &origin);

    /** 127.0.0.1 (any 127/8), ::1 or localhost. */
    static bool isLoopbackHost(const QString &host);

    /** The translated text for a transport error, the one mapping of QNetworkReply::NetworkError. */
    static QString transportMessage(QNetworkReply::NetworkError error);

    /** True for transport errors that prove the request never reached the server (refused, DNS, TLS, proxy).
     */
    static bool provesNotSent(QNetworkReply::NetworkError error);

    /** The Permission (or Auth, for Conditional Access claims) error of a 403, naming the permission or role.
     */
    static Error forbiddenError(RequestKind kind, const GraphErrorInfo &info);

    /**
     * The Parse error of a 2xx body that is not the JSON it should be, as interpret() reports it; for callers
     * that parse a raw body themselves (GraphRequest::setRawBody). @p parseError's offset is into the body
     * of @p bodySize bytes. Never quotes the body.
     */
    static Error unreadableBodyError(const QJsonParseError &parseError, qsizetype bodySize,
                                     int httpStatus = 200);

    /** The Cancelled error. */
    static Error cancelledError();
};

} // namespace passcode::graph
