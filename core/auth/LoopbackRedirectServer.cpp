// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/auth/LoopbackRedirectServer.h"

#include "core/auth/Wipe.h"
#include "core/common/Logging.h"

#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace passcode::auth {

namespace {
constexpr qsizetype kMaxHeaderBytes = 16 * 1024;
constexpr int kConnectionTimeoutMs = 30 * 1000;
constexpr int kMaxConnections = 16;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    default:
        return "Error";
    }
}
} // namespace

LoopbackRedirectServer::LoopbackRedirectServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_ipv4, &QTcpServer::newConnection, this, [this] { onNewConnection(&m_ipv4); });
    connect(&m_ipv6, &QTcpServer::newConnection, this, [this] { onNewConnection(&m_ipv6); });
}

LoopbackRedirectServer::~LoopbackRedirectServer()
{
    close();
}

bool LoopbackRedirectServer::listen()
{
    close();
    m_ipv4.setMaxPendingConnections(kMaxConnections);
    if (!m_ipv4.listen(QHostAddress::LocalHost, 0)) {
        qCWarning(lcAuth, "loopback redirect listener failed: %s", qUtf8Printable(m_ipv4.errorString()));
        return false;
    }
    // Best effort: a browser resolving "localhost" to ::1 first falls back to 127.0.0.1 anyway.
    m_ipv6.setMaxPendingConnections(kMaxConnections);
    if (!m_ipv6.listen(QHostAddress::LocalHostIPv6, m_ipv4.serverPort()))
        qCDebug(lcAuth, "loopback redirect listener: ::1 not bound");
    qCInfo(lcAuth, "loopback redirect listener on port %u", unsigned(m_ipv4.serverPort()));
    return true;
}

void LoopbackRedirectServer::close()
{
    m_ipv4.close();
    m_ipv6.close();
    const auto sockets = m_buffers.keys();
    for (QTcpSocket *socket : sockets)
        drop(socket);
}

void LoopbackRedirectServer::onNewConnection(QTcpServer *server)
{
    while (QTcpSocket *socket = server->nextPendingConnection()) {
        if (m_buffers.size() >= kMaxConnections || !socket->peerAddress().isLoopback()) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        // Qt reads no more from the kernel than the header limit allows: a huge request is never buffered.
        socket->setReadBufferSize(kMaxHeaderBytes + 1);
        m_buffers.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] { drop(socket); });
        QTimer::singleShot(kConnectionTimeoutMs, socket, [this, socket] { drop(socket); });
    }
}

void LoopbackRedirectServer::onReadyRead(QTcpSocket *socket)
{
    auto it = m_buffers.find(socket);
    if (it == m_buffers.end())
        return;
    QByteArray &buffer = *it;
    // At most one byte past the header limit is kept: enough to know the request is too large.
    buffer += socket->read(std::max<qint64>(0, kMaxHeaderBytes + 1 - buffer.size()));
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (buffer.size() > kMaxHeaderBytes)
            respond(socket, {400, tr("Bad request"), tr("The request is too large.")});
        return;
    }
    const QByteArray requestLine = buffer.left(buffer.indexOf("\r\n"));
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3 || !parts.at(2).startsWith("HTTP/1.")) {
        respond(socket, {400, tr("Bad request"), tr("The request is malformed.")});
        return;
    }
    if (parts.at(0) != "GET") {
        respond(socket, {405, tr("Method not allowed"), tr("Only GET is accepted.")});
        return;
    }
    QString target = QString::fromLatin1(parts.at(1));
    wipe(buffer);
    Response response = m_handler ? m_handler(target) : Response{404, tr("Not found"), {}};
    wipe(target);
    respond(socket, response);
}

void LoopbackRedirectServer::respond(QTcpSocket *socket, const Response &response)
{
    const QByteArray html = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" +
                            response.title.toHtmlEscaped().toUtf8() +
                            "</title></head><body style=\"font-family:sans-serif;margin:3em\"><h1>" +
                            response.title.toHtmlEscaped().toUtf8() + "</h1><p>" +
                            response.text.toHtmlEscaped().toUtf8() + "</p></body></html>";
    QByteArray reply = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                       reasonPhrase(response.status) +
                       "\r\nContent-Type: text/html; charset=utf-8\r\nCache-Control: no-store\r\n"
                       "Referrer-Policy: no-referrer\r\nConnection: close\r\nContent-Length: " +
                       QByteArray::number(html.size()) + "\r\n\r\n" + html;
    // Stop reading; the socket goes once the answer is written.
    m_buffers.remove(socket);
    socket->disconnect(this);
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    socket->write(reply);
    socket->disconnectFromHost();
}

void LoopbackRedirectServer::drop(QTcpSocket *socket)
{
    if (m_buffers.remove(socket) == 0)
        return;
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}

} // namespace passcode::auth
