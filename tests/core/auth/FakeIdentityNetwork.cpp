// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeIdentityNetwork.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMetaObject>

using namespace Qt::StringLiterals;

namespace passcode::testing {

QUrlQuery FakeRequest::form() const
{
    // '+' is a space in forms; the client must percent-encode a literal '+'.
    QByteArray text = body;
    text.replace('+', "%20");
    return QUrlQuery(QString::fromLatin1(text));
}

QString FakeRequest::field(const QString &name) const
{
    return form().queryItemValue(name, QUrl::FullyDecoded);
}

FakeResponse FakeResponse::json(int status, const QJsonObject &object)
{
    FakeResponse r;
    r.status = status;
    r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return r;
}

FakeResponse FakeResponse::oauthError(const QString &code, int aadsts, int status)
{
    QJsonObject o{{u"error"_s, code},
                  {u"error_description"_s, u"AADSTS%1: test description.\r\nTrace ID: t-1\r\n"_s.arg(aadsts)},
                  {u"trace_id"_s, u"trace-0001"_s},
                  {u"correlation_id"_s, u"corr-0001"_s}};
    if (aadsts)
        o.insert(u"error_codes"_s, QJsonArray{aadsts});
    return json(status, o);
}

FakeResponse FakeResponse::networkFailure()
{
    FakeResponse r;
    r.transportError = QNetworkReply::ConnectionRefusedError;
    return r;
}

FakeIdentityNetwork::FakeIdentityNetwork(QObject *parent)
    : QNetworkAccessManager(parent)
{}

int FakeIdentityNetwork::countGrant(const QString &grant) const
{
    int n = 0;
    for (const FakeRequest &r : m_requests) {
        if (r.field(u"grant_type"_s) == grant)
            ++n;
    }
    return n;
}

QNetworkReply *FakeIdentityNetwork::createRequest(Operation op, const QNetworkRequest &request,
                                                  QIODevice *outgoingData)
{
    FakeRequest recorded;
    recorded.operation = op;
    recorded.url = request.url();
    recorded.request = request;
    if (outgoingData)
        recorded.body = outgoingData->readAll();
    m_requests.append(recorded);
    Q_EMIT requestReceived(recorded);
    FakeResponse response = m_handler ? m_handler(recorded) : FakeResponse::json(404, {});
    return new FakeReply(recorded, std::move(response), this);
}

FakeReply::FakeReply(const FakeRequest &request, FakeResponse response, QObject *parent)
    : QNetworkReply(parent)
    , m_response(std::move(response))
{
    setRequest(request.request);
    setUrl(request.url);
    setOperation(request.operation);
    open(QIODevice::ReadOnly);
    if (!m_response.hang)
        QMetaObject::invokeMethod(this, &FakeReply::finishNow, Qt::QueuedConnection);
}

void FakeReply::finishNow()
{
    if (m_done)
        return;
    m_done = true;
    if (m_response.transportError != QNetworkReply::NoError) {
        m_response.body.clear();
        setError(m_response.transportError, u"fake transport error"_s);
        Q_EMIT errorOccurred(m_response.transportError);
    } else {
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_response.status);
        setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        setHeader(QNetworkRequest::ContentLengthHeader, m_response.body.size());
        if (m_response.status >= 400)
            setError(QNetworkReply::ProtocolInvalidOperationError, u"HTTP error"_s);
        Q_EMIT metaDataChanged();
        if (!m_response.body.isEmpty())
            Q_EMIT readyRead();
    }
    setFinished(true);
    Q_EMIT finished();
}

void FakeReply::abort()
{
    if (m_done)
        return;
    m_done = true;
    m_response.body.clear();
    setError(QNetworkReply::OperationCanceledError, u"aborted"_s);
    setFinished(true);
    Q_EMIT errorOccurred(QNetworkReply::OperationCanceledError);
    Q_EMIT finished();
}

qint64 FakeReply::bytesAvailable() const
{
    return m_response.body.size() - m_offset + QIODevice::bytesAvailable();
}

qint64 FakeReply::readData(char *data, qint64 maxSize)
{
    const qint64 n = qMin(maxSize, m_response.body.size() - m_offset);
    if (n <= 0)
        return m_done ? -1 : 0;
    std::memcpy(data, m_response.body.constData() + m_offset, static_cast<size_t>(n));
    m_offset += n;
    return n;
}

QString makeIdToken(const QJsonObject &payload)
{
    const auto encode = [](const QByteArray &data) {
        return QString::fromLatin1(
            data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    };
    return encode(R"({"alg":"none","typ":"JWT"})") + u'.' +
           encode(QJsonDocument(payload).toJson(QJsonDocument::Compact)) + u'.' + encode("signature");
}

QString makeClientInfo(const QString &uid, const QString &utid)
{
    const QJsonObject o{{u"uid"_s, uid}, {u"utid"_s, utid}};
    return QString::fromLatin1(QJsonDocument(o)
                                   .toJson(QJsonDocument::Compact)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QJsonObject tokenJson(const QString &accessToken, const QString &refreshToken, qint64 expiresIn,
                      bool withIdentity)
{
    QJsonObject o{{u"token_type"_s, u"Bearer"_s},
                  {u"scope"_s, u"https://graph.microsoft.com/DeviceManagementManagedDevices.Read.All"_s},
                  {u"expires_in"_s, expiresIn},
                  {u"ext_expires_in"_s, expiresIn},
                  {u"access_token"_s, accessToken}};
    if (!refreshToken.isEmpty())
        o.insert(u"refresh_token"_s, refreshToken);
    if (withIdentity) {
        o.insert(u"id_token"_s,
                 makeIdToken(QJsonObject{{u"preferred_username"_s, u"tech@contoso.example"_s},
                                         {u"name"_s, u"Help Desk Tech"_s},
                                         {u"oid"_s, u"00000000-0000-0000-0000-0000000000a1"_s},
                                         {u"tid"_s, u"11111111-2222-3333-4444-555555555555"_s}}));
        o.insert(u"client_info"_s, makeClientInfo(u"00000000-0000-0000-0000-0000000000a1"_s,
                                                  u"11111111-2222-3333-4444-555555555555"_s));
    }
    return o;
}

} // namespace passcode::testing
