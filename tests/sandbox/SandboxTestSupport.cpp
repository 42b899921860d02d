// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxTestSupport.h"

#include "sandbox/tenant/IsoTime.h"

#include <QJsonArray>
#include <QNetworkRequest>
#include <QSignalSpy>

namespace passcode::sandbox::testing {

QByteArray Reply::header(QByteArrayView name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

bool Reply::jsonValid() const
{
    QJsonParseError error;
    QJsonDocument::fromJson(body, &error);
    return error.error == QJsonParseError::NoError;
}

SandboxOptions testOptions(qsizetype devices, quint64 seed)
{
    SandboxOptions o;
    o.devices = devices;
    o.seed = seed;
    o.timeScale = 0;
    o.startTimeMs = *IsoTime::parse(u"2026-11-02T09:00:00Z");
    return o;
}

QByteArray encodeQuery(const QString &value)
{
    return QUrl::toPercentEncoding(value, "'(),$:");
}

void SandboxFixture::TearDown()
{
    m_nam.reset();
    m_server.reset();
}

void SandboxFixture::startServer(const SandboxOptions &options)
{
    m_server = std::make_unique<SandboxServer>(options);
    QString error;
    ASSERT_TRUE(m_server->start(&error)) << error.toStdString();
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_token = token();
}

QUrl SandboxFixture::url(const QString &pathAndQuery) const
{
    return QUrl::fromEncoded(m_server->baseUrl().toEncoded() + pathAndQuery.toUtf8());
}

QString SandboxFixture::token(const QStringList &scopes, const QString &upn, const QString &clientId) const
{
    return m_server->mintAccessToken(upn, scopes, clientId);
}

Reply SandboxFixture::send(const QByteArray &method, const QUrl &target, const QByteArray &body,
                           const QList<QPair<QByteArray, QByteArray>> &headers, int timeoutMs)
{
    QNetworkRequest request(target);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = m_nam->sendCustomRequest(request, method, body);
    Reply out;
    QSignalSpy spy(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        spy.wait(timeoutMs);
    out.finished = reply->isFinished();
    if (!out.finished)
        reply->abort();
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.error = reply->error();
    out.body = reply->readAll();
    out.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return out;
}

Reply SandboxFixture::get(const QString &pathAndQuery, const QString &bearer,
                          const QList<QPair<QByteArray, QByteArray>> &headers)
{
    auto all = headers;
    const QString t = bearer == QLatin1String("default") ? m_token : bearer;
    if (!t.isEmpty())
        all.append({"Authorization", "Bearer " + t.toLatin1()});
    return send("GET", url(pathAndQuery), {}, all);
}

Reply SandboxFixture::post(const QString &path, const QByteArray &body, const QString &bearer,
                           const QByteArray &contentType, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    auto all = headers;
    const QString t = bearer == QLatin1String("default") ? m_token : bearer;
    if (!t.isEmpty())
        all.append({"Authorization", "Bearer " + t.toLatin1()});
    if (!contentType.isEmpty())
        all.append({"Content-Type", contentType});
    return send("POST", url(path), body, all);
}

QJsonObject SandboxFixture::control(const QString &path, const QJsonObject &body)
{
    const Reply r = post(QStringLiteral("/sandbox/") + path, QJsonDocument(body).toJson(), QString());
    EXPECT_EQ(r.status, 200) << path.toStdString() << ": " << r.body.toStdString();
    return r.json();
}

QJsonObject SandboxFixture::controlGet(const QString &path)
{
    const Reply r = get(QStringLiteral("/sandbox/") + path, QString());
    EXPECT_EQ(r.status, 200) << path.toStdString() << ": " << r.body.toStdString();
    return r.json();
}

void SandboxFixture::advance(double seconds)
{
    control(QStringLiteral("time/advance"), QJsonObject{{QStringLiteral("seconds"), seconds}});
    // Advancing moves protocol time too, so tokens age: a client would have refreshed its token by now.
    if (seconds >= 1800)
        m_token = token();
}

QJsonArray SandboxFixture::listAll(QString path, QList<int> *pageSizes)
{
    QJsonArray items;
    const QByteArray base = m_server->baseUrl().toEncoded();
    for (int guard = 0; guard < 10000 && !path.isEmpty(); ++guard) {
        const Reply r = get(path);
        EXPECT_EQ(r.status, 200) << r.body.toStdString();
        if (r.status != 200)
            break;
        const QJsonObject page = r.json();
        const QJsonArray value = page.value(QLatin1String("value")).toArray();
        if (pageSizes)
            pageSizes->append(int(value.size()));
        for (const QJsonValue &v : value)
            items.append(v);
        const QString next = page.value(QLatin1String("@odata.nextLink")).toString();
        if (next.isEmpty())
            break;
        EXPECT_TRUE(next.startsWith(QString::fromLatin1(base))) << next.toStdString();
        path = next.mid(base.size());
    }
    return items;
}

QJsonObject SandboxFixture::device(const QString &id, const QString &select, const QString &version)
{
    QString path = u'/' + version + QStringLiteral("/deviceManagement/managedDevices/") + id;
    if (!select.isEmpty())
        path += QStringLiteral("?$select=") + QString::fromLatin1(encodeQuery(select));
    const Reply r = get(path);
    EXPECT_EQ(r.status, 200) << r.body.toStdString();
    return r.json();
}

QJsonArray SandboxFixture::showcase()
{
    return controlGet(QStringLiteral("devices")).value(QLatin1String("value")).toArray();
}

} // namespace passcode::sandbox::testing
