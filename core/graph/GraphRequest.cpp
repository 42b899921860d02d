// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/graph/GraphRequest.h"

namespace passcode::graph {

QString apiVersionSegment(ApiVersion version)
{
    switch (version) {
    case ApiVersion::V1:
        return QStringLiteral("v1.0");
    case ApiVersion::Beta:
        break;
    }
    return QStringLiteral("beta");
}

QByteArray httpMethodName(HttpMethod method)
{
    switch (method) {
    case HttpMethod::Get:
        return QByteArrayLiteral("GET");
    case HttpMethod::Post:
        return QByteArrayLiteral("POST");
    case HttpMethod::Patch:
        return QByteArrayLiteral("PATCH");
    case HttpMethod::Delete:
        break;
    }
    return QByteArrayLiteral("DELETE");
}

GraphRequest GraphRequest::get(const QString &path, ApiVersion version)
{
    GraphRequest r;
    r.setPath(path).setVersion(version);
    return r;
}

GraphRequest GraphRequest::action(const QString &path, ApiVersion version)
{
    GraphRequest r;
    r.setMethod(HttpMethod::Post).setPath(path).setVersion(version).setKind(RequestKind::Action);
    return r;
}

GraphRequest GraphRequest::post(const QString &path, const QJsonObject &body, ApiVersion version)
{
    GraphRequest r;
    r.setMethod(HttpMethod::Post).setPath(path).setVersion(version).setBody(body);
    return r;
}

GraphRequest GraphRequest::getUrl(const QUrl &absoluteUrl)
{
    GraphRequest r;
    r.setAbsoluteUrl(absoluteUrl);
    return r;
}

GraphRequest &GraphRequest::setMethod(HttpMethod method)
{
    m_method = method;
    return *this;
}

GraphRequest &GraphRequest::setVersion(ApiVersion version)
{
    m_version = version;
    return *this;
}

GraphRequest &GraphRequest::setPath(const QString &path)
{
    m_path = path;
    m_absoluteUrl.clear();
    return *this;
}

GraphRequest &GraphRequest::setAbsoluteUrl(const QUrl &url)
{
    m_absoluteUrl = url;
    return *this;
}

GraphRequest &GraphRequest::addQueryItem(const QString &key, const QString &value)
{
    m_query.append({key, value});
    return *this;
}

GraphRequest &GraphRequest::setSelect(const QStringList &properties)
{
    return addQueryItem(QStringLiteral("$select"), properties.join(QLatin1Char(',')));
}

GraphRequest &GraphRequest::setFilter(const QString &expression)
{
    return addQueryItem(QStringLiteral("$filter"), expression);
}

GraphRequest &GraphRequest::setTop(int count)
{
    return addQueryItem(QStringLiteral("$top"), QString::number(count));
}

GraphRequest &GraphRequest::setBody(const QJsonObject &body)
{
    m_body = body;
    return *this;
}

GraphRequest &GraphRequest::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (Header &h : m_headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return *this;
        }
    }
    m_headers.append({name, value});
    return *this;
}

GraphRequest &GraphRequest::setTimeoutMs(int timeoutMs)
{
    m_timeoutMs = timeoutMs;
    return *this;
}

GraphRequest &GraphRequest::setKind(RequestKind kind)
{
    m_kind = kind;
    return *this;
}

GraphRequest &GraphRequest::setRetryPolicy(const RetryPolicy &policy)
{
    m_retryPolicy = policy;
    return *this;
}

GraphRequest &GraphRequest::setRawBody(bool raw)
{
    m_rawBody = raw;
    return *this;
}

GraphRequest &GraphRequest::setRequiredFields(const QStringList &fields)
{
    m_requiredFields = fields;
    return *this;
}

GraphRequest &GraphRequest::setMaxBodyBytes(qint64 bytes)
{
    m_maxBodyBytes = bytes < 0 ? 0 : bytes;
    return *this;
}

GraphRequest &GraphRequest::setWriteUnits(int units)
{
    m_writeUnits = units < 0 ? 0 : units;
    return *this;
}

int GraphRequest::writeUnits() const
{
    if (m_writeUnits)
        return *m_writeUnits;
    return kind() == RequestKind::Action ? 1 : 0;
}

RequestKind GraphRequest::kind() const
{
    if (m_kind)
        return *m_kind;
    return m_method == HttpMethod::Get ? RequestKind::Read : RequestKind::Action;
}

QString GraphRequest::encodeQueryComponent(const QString &text)
{
    // Unreserved characters plus OData's punctuation stay readable; everything that a server could read as a
    // delimiter or as a space ('+') is encoded.
    static const QByteArray keep = QByteArrayLiteral("$'(),:/@");
    return QString::fromLatin1(QUrl::toPercentEncoding(text, keep));
}

QString GraphRequest::encodedQuery() const
{
    QString query;
    for (const auto &[key, value] : m_query) {
        if (!query.isEmpty())
            query += QLatin1Char('&');
        query += encodeQueryComponent(key) + QLatin1Char('=') + encodeQueryComponent(value);
    }
    return query;
}

QUrl GraphRequest::resolve(const QUrl &baseUrl) const
{
    if (isAbsolute())
        return m_absoluteUrl;
    QUrl url = baseUrl;
    QString basePath = baseUrl.path(QUrl::FullyEncoded);
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    QString path = m_path;
    if (!path.isEmpty() && !path.startsWith(QLatin1Char('/')))
        path.prepend(QLatin1Char('/'));
    url.setPath(basePath + QLatin1Char('/') + apiVersionSegment(m_version) + path, QUrl::TolerantMode);
    const QString query = encodedQuery();
    if (query.isEmpty())
        url.setQuery(QString());
    else
        url.setQuery(query, QUrl::TolerantMode);
    url.setFragment(QString());
    return url;
}

QString GraphRequest::batchUrl(const QUrl &baseUrl) const
{
    if (!isAbsolute()) {
        QString path = m_path;
        if (!path.startsWith(QLatin1Char('/')))
            path.prepend(QLatin1Char('/'));
        const QString query = encodedQuery();
        return query.isEmpty() ? path : path + QLatin1Char('?') + query;
    }
    const QUrl root = GraphRequest::get(QString(), m_version).resolve(baseUrl);
    const QString rootText = root.toString(QUrl::FullyEncoded);
    const QString text = m_absoluteUrl.toString(QUrl::FullyEncoded);
    if (!text.startsWith(rootText + QLatin1Char('/')) || root.host() != m_absoluteUrl.host())
        return {};
    return text.mid(rootText.size());
}

} // namespace passcode::graph
