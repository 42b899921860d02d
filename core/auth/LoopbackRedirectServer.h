// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>
#include <QTcpServer>
#include <QUrl>

#include <functional>
#include <memory>

class QTcpSocket;

namespace passcode::auth {

/**
 * A minimal HTTP/1.1 listener for the OAuth redirect of a browser sign-in (RFC 8252 §7.3). It binds
 * 127.0.0.1 on an ephemeral port, and ::1 on the same port when it can (a browser may resolve "localhost" to
 * either), never another interface.
 *
 * Each GET request's target (path and query, as sent) is handed to the handler, whose answer is sent back
 * as an HTML page and the connection closed. Anything else gets 405, over-long or slow requests 400/close
 * (16 KiB header limit, 30 s per connection, at most 16 connections at a time). No more than the header limit
 * (plus one byte) of a request is ever read or buffered, whatever the browser sends. Only the handler decides
 * what a redirect means (LoopbackRedirectServer knows nothing of OAuth).
 */
class LoopbackRedirectServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoopbackRedirectServer)

public:
    /** The page to send back to the browser. */
    struct Response
    {
        int status = 200;
        QString title;
        QString text; ///< plain text; escaped before it is put in the page
    };
    /** Called for every GET with the request target (e.g. "/?code=…&state=…"). */
    using Handler = std::function<Response(const QString &target)>;

    explicit LoopbackRedirectServer(QObject *parent = nullptr);
    ~LoopbackRedirectServer() override;

    /** Starts listening; false (with errorString()) when 127.0.0.1 cannot be bound. */
    bool listen();
    void close();
    quint16 port() const { return m_ipv4.serverPort(); }
    QString errorString() const { return m_ipv4.errorString(); }

    void setHandler(Handler handler) { m_handler = std::move(handler); }

private:
    void onNewConnection(QTcpServer *server);
    void onReadyRead(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const Response &response);
    void drop(QTcpSocket *socket);

    QTcpServer m_ipv4;
    QTcpServer m_ipv6;
    Handler m_handler;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace passcode::auth
