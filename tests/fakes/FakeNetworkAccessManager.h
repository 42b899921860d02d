// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPair>
#include <QUrl>

#include <functional>

class QTimer;

namespace passcode::testing {

/** One request as it left the client, recorded by FakeNetworkAccessManager. */
struct RecordedRequest
{
    QNetworkAccessManager::Operation operation = QNetworkAccessManager::UnknownOperation;
    /** "GET", "POST", "PATCH", "DELETE"... (custom verbs resolved). */
    QByteArray verb;
    QUrl url;
    QNetworkRequest request;
    /** Whether an upload device was given at all (a body-less POST has none). */
    bool hasBody = false;
    QByteArray body;
    /** Whether the upload device could be rewound after it was read (what Qt needs to re-send a request). */
    bool uploadRewindable = true;

    QByteArray header(const QByteArray &name) const { return request.rawHeader(name); }
    bool hasHeader(const QByteArray &name) const { return request.hasRawHeader(name); }
};

/** What a fake reply does. Build one with the static helpers; adjust with withHeader()/after(). */
struct CannedReply
{
    enum class Mode
    {
        Complete, ///< status, headers, body, then finished (an HTTP error status is not a transport error)
        Hang,     ///< never answers; ends only by abort() or the request's transfer timeout
        ResetMidTransfer, ///< status, headers, part of the body, then RemoteHostClosedError
        TransportError,   ///< no HTTP answer at all: error (e.g. ConnectionRefusedError) then finished
    };

    Mode mode = Mode::Complete;
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    /** Milliseconds before the answer is delivered (0: next event loop turn; never synchronous). */
    int delayMs = 0;

    /** 200 (or @p status) with a JSON body. */
    static CannedReply json(const QJsonObject &object, int status = 200);
    /** @p status with a raw body sent as application/json (may be malformed on purpose). */
    static CannedReply raw(int status, const QByteArray &body);
    /** 204 No Content. */
    static CannedReply noContent();
    /** An HTTP error answer with an optional body and headers. */
    static CannedReply httpError(int status, const QByteArray &body = {},
                                 const QList<QPair<QByteArray, QByteArray>> &headers = {});
    /** A body read from a file (a fixture), with @p status. */
    static CannedReply fromFile(int status, const QString &path);
    /** A reply that never finishes by itself. */
    static CannedReply hanging();
    /** A connection reset after @p partialBody of a @p status answer. */
    static CannedReply connectionReset(const QByteArray &partialBody = {}, int status = 200);
    /** No HTTP answer: @p error (ConnectionRefusedError, HostNotFoundError...). */
    static CannedReply transportError(QNetworkReply::NetworkError error);
    /** A complete 200 answer whose JSON body stops after @p keepBytes bytes of @p fullBody. */
    static CannedReply truncated(const QByteArray &fullBody, int keepBytes);

    CannedReply &withHeader(const QByteArray &name, const QByteArray &value);
    CannedReply &after(int ms);
};

/**
 * A QNetworkAccessManager that answers from a handler instead of the network, for unit tests of GraphClient.
 * createRequest() records the request (verb, URL, headers, body), asks the handler for a CannedReply and
 * returns a fake reply that delivers it from the event loop (never synchronously). The fake honours the
 * request's transfer timeout the way Qt does: the reply is aborted with OperationCanceledError. Without a
 * handler, every request gets 404.
 */
class FakeNetworkAccessManager final : public QNetworkAccessManager
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeNetworkAccessManager)

public:
    using Handler = std::function<CannedReply(const RecordedRequest &request)>;

    explicit FakeNetworkAccessManager(QObject *parent = nullptr);
    ~FakeNetworkAccessManager() override;

    void setHandler(Handler handler);
    /** Answers requests with @p replies in order; the last one repeats. */
    void respondInOrder(QList<CannedReply> replies);

    const QList<RecordedRequest> &requests() const { return m_requests; }
    void clearRequests() { m_requests.clear(); }
    /** Fake replies not finished yet (hanging or delayed). */
    int pendingReplies() const;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;

private:
    Handler m_handler;
    QList<RecordedRequest> m_requests;
};

/** The QNetworkReply that FakeNetworkAccessManager returns. */
class FakeReply final : public QNetworkReply
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeReply)

public:
    FakeReply(const RecordedRequest &request, CannedReply canned, QObject *parent);
    ~FakeReply() override;

    void abort() override;
    qint64 bytesAvailable() const override;
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;

private:
    void deliver();
    void fail(QNetworkReply::NetworkError error, const QString &text);
    void applyMetaData();
    void complete();

    CannedReply m_canned;
    QByteArray m_buffer;
    qint64 m_offset = 0;
    QTimer *m_deliveryTimer = nullptr;
    QTimer *m_timeoutTimer = nullptr;
};

} // namespace passcode::testing
