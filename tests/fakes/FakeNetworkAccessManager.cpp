// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakes/FakeNetworkAccessManager.h"

#include <QFile>
#include <QJsonDocument>
#include <QTimer>

#include <algorithm>
#include <cstring>
#include <memory>

namespace passcode::testing {

CannedReply CannedReply::json(const QJsonObject &object, int status)
{
    return raw(status, QJsonDocument(object).toJson(QJsonDocument::Compact));
}

CannedReply CannedReply::raw(int status, const QByteArray &body)
{
    CannedReply r;
    r.status = status;
    r.body = body;
    r.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    return r;
}

CannedReply CannedReply::noContent()
{
    CannedReply r;
    r.status = 204;
    return r;
}

CannedReply CannedReply::httpError(int status, const QByteArray &body,
                                   const QList<QPair<QByteArray, QByteArray>> &headers)
{
    CannedReply r = raw(status, body);
    r.headers.append(headers);
    return r;
}

CannedReply CannedReply::fromFile(int status, const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("fixture missing: %s", qPrintable(path));
    return raw(status, f.readAll());
}

CannedReply CannedReply::hanging()
{
    CannedReply r;
    r.mode = Mode::Hang;
    return r;
}

CannedReply CannedReply::connectionReset(const QByteArray &partialBody, int status)
{
    CannedReply r = raw(status, partialBody);
    r.mode = Mode::ResetMidTransfer;
    r.error = QNetworkReply::RemoteHostClosedError;
    return r;
}

CannedReply CannedReply::transportError(QNetworkReply::NetworkError error)
{
    CannedReply r;
    r.mode = Mode::TransportError;
    r.status = 0;
    r.error = error;
    return r;
}

CannedReply CannedReply::truncated(const QByteArray &fullBody, int keepBytes)
{
    return raw(200, fullBody.left(keepBytes));
}

CannedReply &CannedReply::withHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append({name, value});
    return *this;
}

CannedReply &CannedReply::after(int ms)
{
    delayMs = ms;
    return *this;
}

FakeNetworkAccessManager::FakeNetworkAccessManager(QObject *parent)
    : QNetworkAccessManager(parent)
{}

FakeNetworkAccessManager::~FakeNetworkAccessManager() = default;

void FakeNetworkAccessManager::setHandler(Handler handler)
{
    m_handler = std::move(handler);
}

void FakeNetworkAccessManager::respondInOrder(QList<CannedReply> replies)
{
    auto queue = std::make_shared<QList<CannedReply>>(std::move(replies));
    m_handler = [queue](const RecordedRequest &) {
        if (queue->size() > 1)
            return queue->takeFirst();
        return queue->isEmpty() ? CannedReply::httpError(404) : queue->first();
    };
}

int FakeNetworkAccessManager::pendingReplies() const
{
    const QList<FakeReply *> replies = findChildren<FakeReply *>();
    return int(
        std::count_if(replies.begin(), replies.end(), [](const FakeReply *r) { return !r->isFinished(); }));
}

QNetworkReply *FakeNetworkAccessManager::createRequest(Operation op, const QNetworkRequest &request,
                                                       QIODevice *outgoingData)
{
    RecordedRequest recorded;
    recorded.operation = op;
    recorded.url = request.url();
    recorded.request = request;
    switch (op) {
    case HeadOperation:
        recorded.verb = QByteArrayLiteral("HEAD");
        break;
    case GetOperation:
        recorded.verb = QByteArrayLiteral("GET");
        break;
    case PutOperation:
        recorded.verb = QByteArrayLiteral("PUT");
        break;
    case PostOperation:
        recorded.verb = QByteArrayLiteral("POST");
        break;
    case DeleteOperation:
        recorded.verb = QByteArrayLiteral("DELETE");
        break;
    case CustomOperation:
        recorded.verb = request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
        break;
    case UnknownOperation:
        break;
    }
    if (outgoingData) {
        recorded.hasBody = true;
        recorded.body = outgoingData->readAll();
        recorded.uploadRewindable = outgoingData->reset();
    }
    m_requests.append(recorded);
    const CannedReply canned = m_handler ? m_handler(recorded) : CannedReply::httpError(404);
    return new FakeReply(recorded, canned, this);
}

FakeReply::FakeReply(const RecordedRequest &request, CannedReply canned, QObject *parent)
    : QNetworkReply(parent)
    , m_canned(std::move(canned))
{
    setRequest(request.request);
    setUrl(request.url);
    setOperation(request.operation);
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);

    if (const int timeout = request.request.transferTimeout(); timeout > 0) {
        // Qt aborts a reply whose transfer stalls for the timeout: OperationCanceledError, like abort().
        m_timeoutTimer = new QTimer(this);
        m_timeoutTimer->setSingleShot(true);
        connect(m_timeoutTimer, &QTimer::timeout, this, [this] { abort(); });
        m_timeoutTimer->start(timeout);
    }
    if (m_canned.mode != CannedReply::Mode::Hang) {
        m_deliveryTimer = new QTimer(this);
        m_deliveryTimer->setSingleShot(true);
        connect(m_deliveryTimer, &QTimer::timeout, this, &FakeReply::deliver);
        m_deliveryTimer->start(std::max(0, m_canned.delayMs));
    }
}

FakeReply::~FakeReply() = default;

void FakeReply::applyMetaData()
{
    if (m_canned.status > 0) {
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_canned.status);
        setAttribute(QNetworkRequest::HttpReasonPhraseAttribute, QByteArrayLiteral("Fake"));
    }
    for (const auto &[name, value] : m_canned.headers)
        setRawHeader(name, value);
    setHeader(QNetworkRequest::ContentLengthHeader, m_canned.body.size());
}

void FakeReply::deliver()
{
    if (isFinished())
        return;
    if (m_timeoutTimer)
        m_timeoutTimer->stop();
    switch (m_canned.mode) {
    case CannedReply::Mode::TransportError:
        fail(m_canned.error, QStringLiteral("Fake transport error"));
        return;
    case CannedReply::Mode::ResetMidTransfer:
        applyMetaData();
        Q_EMIT metaDataChanged();
        m_buffer = m_canned.body;
        if (!m_buffer.isEmpty())
            Q_EMIT readyRead();
        fail(QNetworkReply::RemoteHostClosedError, QStringLiteral("Connection closed"));
        return;
    case CannedReply::Mode::Complete:
    case CannedReply::Mode::Hang:
        break;
    }
    applyMetaData();
    Q_EMIT metaDataChanged();
    m_buffer = m_canned.body;
    if (!m_buffer.isEmpty())
        Q_EMIT readyRead();
    if (m_canned.status >= 400) {
        // Like Qt: an HTTP error status also sets a (content-level) error code.
        const QNetworkReply::NetworkError e = m_canned.status == 404 ? QNetworkReply::ContentNotFoundError
                                              : m_canned.status == 401
                                                  ? QNetworkReply::AuthenticationRequiredError
                                              : m_canned.status == 403 ? QNetworkReply::ContentAccessDenied
                                              : m_canned.status >= 500 ? QNetworkReply::InternalServerError
                                                                       : QNetworkReply::UnknownContentError;
        setError(e, QStringLiteral("HTTP error"));
        Q_EMIT errorOccurred(e);
    }
    complete();
}

void FakeReply::fail(QNetworkReply::NetworkError error, const QString &text)
{
    setError(error, text);
    Q_EMIT errorOccurred(error);
    complete();
}

void FakeReply::complete()
{
    if (m_deliveryTimer)
        m_deliveryTimer->stop();
    if (m_timeoutTimer)
        m_timeoutTimer->stop();
    setFinished(true);
    Q_EMIT finished();
}

void FakeReply::abort()
{
    if (isFinished())
        return;
    fail(QNetworkReply::OperationCanceledError, QStringLiteral("Operation canceled"));
}

qint64 FakeReply::bytesAvailable() const
{
    return (m_buffer.size() - m_offset) + QIODevice::bytesAvailable();
}

qint64 FakeReply::readData(char *data, qint64 maxSize)
{
    const qint64 n = std::min<qint64>(maxSize, m_buffer.size() - m_offset);
    if (n <= 0)
        return isFinished() ? -1 : 0;
    std::memcpy(data, m_buffer.constData() + m_offset, size_t(n));
    m_offset += n;
    return n;
}

} // namespace passcode::testing
