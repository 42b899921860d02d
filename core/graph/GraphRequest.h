// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/graph/RetryPolicy.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace passcode::graph {

/** The Graph API version a request goes to; chosen per call. */
enum class ApiVersion
{
    V1,   ///< v1.0
    Beta, ///< beta (remoteActionAudits, for example)
};

/** "v1.0" or "beta": the path segment after the base URL. */
QString apiVersionSegment(ApiVersion version);

/** The HTTP methods the console uses. */
enum class HttpMethod
{
    Get,
    Post,
    Patch,
    Delete,
};

/** "GET", "POST", "PATCH" or "DELETE". */
QByteArray httpMethodName(HttpMethod method);

/**
 * What a request does, which decides how GraphClient may retry it (docs/graph-client.md, "Retry policy").
 * A Read may be sent again after any transient failure; an Action (a remote action, any write) is sent again
 * only when the answer proves it was not processed (401 before a refresh, 429, 503).
 */
enum class RequestKind
{
    Read,
    Action,
};

/**
 * One Microsoft Graph request, as a value: method, API version, a path relative to the version root or an
 * absolute URL (an @odata.nextLink, followed whole), query options, JSON body, extra headers, timeout, kind
 * and retry policy.
 *
 * Setters return *this so that requests read as one expression:
 * @code
 * auto request = GraphRequest::get(QStringLiteral("/deviceManagement/managedDevices"))
 *                    .setSelect({QStringLiteral("id"), QStringLiteral("deviceName")})
 *                    .setTop(100);
 * @endcode
 *
 * Query values are percent-encoded by encodedQuery() (space as %20, '+' as %2B, '&', '=', '#', '%' encoded;
 * the OData punctuation $ ' ( ) , : / @ left as is). The client sets Authorization and client-request-id
 * itself: those two headers are ignored if given here.
 */
class GraphRequest
{
public:
    using Header = QPair<QByteArray, QByteArray>;

    /** A GET of the version root (set a path before sending). */
    GraphRequest() = default;

    /** A GET (kind Read) of @p path, e.g. "/deviceManagement/managedDevices"; path starts with '/'. */
    static GraphRequest get(const QString &path, ApiVersion version = ApiVersion::V1);
    /** A remote action: POST with no body (Graph's actions must not have one), kind Action, e.g.
     *  "/deviceManagement/managedDevices/{id}/resetPasscode". */
    static GraphRequest action(const QString &path, ApiVersion version = ApiVersion::V1);
    /** A POST with a JSON body, kind Action unless setKind() says otherwise. */
    static GraphRequest post(const QString &path, const QJsonObject &body,
                             ApiVersion version = ApiVersion::V1);
    /** A GET of an absolute URL, used verbatim (an @odata.nextLink: never rebuilt from its $skiptoken). */
    static GraphRequest getUrl(const QUrl &absoluteUrl);

    /** Sets the HTTP method (the kind follows it unless setKind() was called). */
    GraphRequest &setMethod(HttpMethod method);
    /** Sets the API version (v1.0 or beta) of a relative path. */
    GraphRequest &setVersion(ApiVersion version);
    /** Sets a path relative to the version root, starting with '/'; clears an absolute URL. */
    GraphRequest &setPath(const QString &path);
    /** Sets an absolute URL, used as is; the version, path and query options are then ignored. */
    GraphRequest &setAbsoluteUrl(const QUrl &url);
    /** Appends a query option; @p value is given decoded and encoded on the wire. */
    GraphRequest &addQueryItem(const QString &key, const QString &value);
    /** $select=a,b,c */
    GraphRequest &setSelect(const QStringList &properties);
    /** $filter=expression (e.g. "operatingSystem eq 'iOS'") */
    GraphRequest &setFilter(const QString &expression);
    /** $top=n */
    GraphRequest &setTop(int count);
    /** A JSON body, sent with Content-Type: application/json. */
    GraphRequest &setBody(const QJsonObject &body);
    /** An extra header (e.g. Prefer, ConsistencyLevel); replaces one of the same name. */
    GraphRequest &setHeader(const QByteArray &name, const QByteArray &value);
    /** Inactivity timeout of one attempt in milliseconds (QNetworkRequest::setTransferTimeout); 0: client
     * default. */
    GraphRequest &setTimeoutMs(int timeoutMs);
    /** Overrides the kind derived from the method (GET: Read, others: Action). */
    GraphRequest &setKind(RequestKind kind);
    /** Overrides the client's retry policy for this request. */
    GraphRequest &setRetryPolicy(const RetryPolicy &policy);
    /** Top-level members a successful JSON answer must have (e.g. "value" for a collection), else
     * Kind::Parse. */
    GraphRequest &setRequiredFields(const QStringList &fields);
    /**
     * Raw-body mode, for large answers parsed elsewhere (a worker thread): the interpreter still checks
     * everything it always does, and that a 2xx body is one well-formed JSON object by its structure
     * (strings and brackets; truncation is caught), and the required fields; but it parses only the
     * object's top-level scalar members into GraphResult::json. Its arrays and objects are left in
     * GraphResult::body, located by GraphResult::rawMembers, for the caller to parse and check. Ignored
     * for $batch items, which arrive parsed inside the batch's answer.
     */
    GraphRequest &setRawBody(bool raw);
    /**
     * The largest 2xx body this request accepts, in bytes; 0 (the default): the client's
     * Options::maxBodyBytes. GraphPager sets bodylimits::GraphPage. A larger answer is stopped while it
     * downloads and fails with Kind::Parse (docs/graph-client.md, "Bounded answers").
     */
    GraphRequest &setMaxBodyBytes(qint64 bytes);
    /**
     * The writes this request costs in the client's WriteBudget (GraphClient::setWriteBudget): by default 1
     * for kind Action and 0 for kind Read; a $batch POST sets the number of Action items it carries.
     */
    GraphRequest &setWriteUnits(int units);

    /** The HTTP method. */
    HttpMethod method() const { return m_method; }
    /** The API version of a relative path. */
    ApiVersion version() const { return m_version; }
    /** The path relative to the version root (empty for an absolute URL). */
    QString path() const { return m_path; }
    /** Whether the request targets an absolute URL (an @odata.nextLink). */
    bool isAbsolute() const { return m_absoluteUrl.isValid(); }
    /** The absolute URL, invalid for a relative path. */
    QUrl absoluteUrl() const { return m_absoluteUrl; }
    /** The JSON body, if any. */
    const std::optional<QJsonObject> &body() const { return m_body; }
    /** Extra headers. */
    const QList<Header> &headers() const { return m_headers; }
    /** The attempt timeout in milliseconds, 0 for the client default. */
    int timeoutMs() const { return m_timeoutMs; }
    /** Read or Action: set explicitly, else GET is Read and every other method Action. */
    RequestKind kind() const;
    /** The request's own retry policy, if it has one. */
    const std::optional<RetryPolicy> &retryPolicy() const { return m_retryPolicy; }
    /** Members a successful answer must have. */
    const QStringList &requiredFields() const { return m_requiredFields; }
    /** Whether the success body is left unparsed (setRawBody). */
    bool rawBody() const { return m_rawBody; }
    /** The largest 2xx body accepted, 0 for the client's default (see setMaxBodyBytes()). */
    qint64 maxBodyBytes() const { return m_maxBodyBytes; }
    /** The writes this request draws from the write budget (see setWriteUnits()). */
    int writeUnits() const;

    /** The query string as sent, e.g. "$select=id,deviceName&$filter=deviceName%20eq%20'A%2BB'&$top=5". */
    QString encodedQuery() const;
    /**
     * The full URL for a base URL such as https://graph.microsoft.com (a base path is kept):
     * base + "/" + version + path + "?" + query, or the absolute URL as is.
     */
    QUrl resolve(const QUrl &baseUrl) const;
    /**
     * The URL as a $batch item wants it: relative to the version root, starting with '/', with the query.
     * An absolute URL is made relative when it lies under @p baseUrl's root for the request's version;
     * otherwise the result is empty (it cannot be batched).
     */
    QString batchUrl(const QUrl &baseUrl) const;

    /** Percent-encodes one query key or value as encodedQuery() does. */
    static QString encodeQueryComponent(const QString &text);

private:
    HttpMethod m_method = HttpMethod::Get;
    ApiVersion m_version = ApiVersion::V1;
    QString m_path;
    QUrl m_absoluteUrl;
    QList<QPair<QString, QString>> m_query;
    std::optional<QJsonObject> m_body;
    QList<Header> m_headers;
    int m_timeoutMs = 0;
    std::optional<RequestKind> m_kind;
    std::optional<RetryPolicy> m_retryPolicy;
    QStringList m_requiredFields;
    bool m_rawBody = false;
    std::optional<int> m_writeUnits;
    qint64 m_maxBodyBytes = 0;
};

} // namespace passcode::graph
