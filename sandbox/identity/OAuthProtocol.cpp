// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/identity/OAuthProtocol.h"

#include "sandbox/identity/TokenIssuer.h"
#include "sandbox/tenant/IsoTime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

namespace passcode::sandbox::oauth {

HttpResponse json(int status, const QJsonObject &body)
{
    HttpResponse r;
    r.status = status;
    r.setHeader("Content-Type", "application/json; charset=utf-8");
    r.setHeader("Cache-Control", "no-store, no-cache");
    r.setHeader("Pragma", "no-cache");
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return r;
}

HttpResponse error(const HttpRequest &request, qint64 protocolNowMs, int status, const char *errorName,
                   int code, const QString &description)
{
    const QByteArray stamp = IsoTime::formatSpaced(protocolNowMs);
    const QString trace = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString correlation = QString::fromLatin1(request.header("client-request-id"));
    if (correlation.isEmpty())
        correlation = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString full = QStringLiteral("AADSTS%1: %2\r\nTrace ID: %3\r\nCorrelation ID: %4\r\nTimestamp: %5")
                             .arg(code)
                             .arg(description, trace, correlation, QString::fromLatin1(stamp));
    QJsonObject o{
        {QStringLiteral("error"), QLatin1String(errorName)},
        {QStringLiteral("error_description"), full},
        {QStringLiteral("error_codes"), QJsonArray{code}},
        {QStringLiteral("timestamp"), QString::fromLatin1(stamp)},
        {QStringLiteral("trace_id"), trace},
        {QStringLiteral("correlation_id"), correlation},
    };
    return json(status, o);
}

HttpResponse redirect(const QByteArray &location)
{
    HttpResponse r;
    r.status = 302;
    r.setHeader("Location", location);
    return r;
}

QByteArray redirectWith(const QString &redirectUri, const QList<QPair<QString, QString>> &params)
{
    QUrl url(redirectUri);
    QUrlQuery query(url);
    for (const auto &[k, v] : params) {
        if (!v.isNull())
            query.addQueryItem(k, QString::fromLatin1(QUrl::toPercentEncoding(v)));
    }
    url.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return url.toEncoded();
}

bool isLoopbackRedirect(const QString &uri)
{
    const QUrl url(uri, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("http") || !url.fragment().isEmpty())
        return false;
    return url.host() == QLatin1String("localhost") || url.host() == QLatin1String("127.0.0.1");
}

QString newCode(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (char &c : raw)
        c = char(QRandomGenerator::system()->bounded(256));
    return QString::fromLatin1(TokenIssuer::base64Url(raw));
}

} // namespace passcode::sandbox::oauth
