// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QTcpServer>

#include <functional>

class QTcpSocket;

namespace passcode::testing {

/** What FakeHttpServer answers to one request. */
struct FakeHttpAnswer
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    /** Sent first. */
    QByteArray body;
    /** The Content-Length announced: -1 is body.size() for a finite body, none (the end is the close) for an
     * endless one. */
    qint64 contentLength = -1;
    /** After body, filler bytes for as long as the client reads, without end. */
    bool endless = false;

    /** A 200 JSON body. */
    static FakeHttpAnswer json(const QByteArray &body, int status = 200);
    /** @p status, then @p prefix and spaces without end (a body that never stops). */
    static FakeHttpAnswer endlessBody(int status = 200, const QByteArray &prefix = "{\"value\":[");
    /** @p status announcing @p contentLength bytes, then sending spaces without end. */
    static FakeHttpAnswer hugeContentLength(qint64 contentLength, int status = 200);
};

/**
 * A real HTTP/1.1 server on 127.0.0.1 for tests that need a socket rather than FakeNetworkAccessManager: a
 * body that never ends, a Content-Length of gigabytes, a compressed body. Each request (read to the end of
 * its headers and its Content-Length body) is answered by the handler and the connection closed after the
 * answer (Connection: close). An endless body is written in 64 KiB pieces, each one when the socket took the
 * previous, so the bytes the server wrote (bodyBytesWritten) bound what the client can have read (plus the
 * kernel's socket buffers). Runs on the test's thread (QNetworkAccessManager reads on a thread of its own).
 */
class FakeHttpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeHttpServer)

public:
    using Handler = std::function<FakeHttpAnswer(const QByteArray &method, const QByteArray &target)>;

    explicit FakeHttpServer(Handler handler, QObject *parent = nullptr);
    ~FakeHttpServer() override;

    /** http://127.0.0.1:PORT */
    QUrl baseUrl() const;
    /** Requests answered so far. */
    int requests() const { return m_requests; }
    /** Body bytes the kernel took, over every connection. */
    qint64 bodyBytesWritten() const { return m_bodyBytes; }
    /** Connections open now. */
    int openConnections() const { return int(m_connections.size()); }

private:
    struct Connection
    {
        QByteArray request;
        FakeHttpAnswer answer;
        qint64 headerBytes = 0; ///< not yet accounted as written
        bool answering = false;
    };

    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void answer(QTcpSocket *socket);
    void pump(QTcpSocket *socket);
    void drop(QTcpSocket *socket);

    QTcpServer m_server;
    Handler m_handler;
    QHash<QTcpSocket *, Connection> m_connections;
    int m_requests = 0;
    qint64 m_bodyBytes = 0;
};

} // namespace passcode::testing
