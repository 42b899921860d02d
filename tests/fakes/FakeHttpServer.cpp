// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakes/FakeHttpServer.h"

#include <QTcpSocket>
#include <QUrl>

#include <algorithm>

namespace passcode::testing {

namespace {
constexpr qint64 kPiece = 64 * 1024;
} // namespace

FakeHttpAnswer FakeHttpAnswer::json(const QByteArray &body, int status)
{
    FakeHttpAnswer a;
    a.status = status;
    a.headers = {{"Content-Type", "application/json"}};
    a.body = body;
    return a;
}

FakeHttpAnswer FakeHttpAnswer::endlessBody(int status, const QByteArray &prefix)
{
    FakeHttpAnswer a = json(prefix, status);
    a.endless = true;
    return a;
}

FakeHttpAnswer FakeHttpAnswer::hugeContentLength(qint64 contentLength, int status)
{
    FakeHttpAnswer a = endlessBody(status);
    a.contentLength = contentLength;
    return a;
}

FakeHttpServer::FakeHttpServer(Handler handler, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
{
    connect(&m_server, &QTcpServer::newConnection, this, &FakeHttpServer::onNewConnection);
    m_server.listen(QHostAddress::LocalHost, 0);
}

FakeHttpServer::~FakeHttpServer()
{
    const auto sockets = m_connections.keys();
    for (QTcpSocket *socket : sockets)
        drop(socket);
}

QUrl FakeHttpServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
}

void FakeHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        m_connections.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] { drop(socket); });
        connect(socket, &QTcpSocket::bytesWritten, this, [this, socket](qint64 n) {
            auto it = m_connections.find(socket);
            if (it == m_connections.end())
                return;
            const qint64 header = std::min(n, it->headerBytes);
            it->headerBytes -= header;
            m_bodyBytes += n - header;
            if (it->answer.endless)
                pump(socket);
        });
    }
}

void FakeHttpServer::onReadyRead(QTcpSocket *socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end() || it->answering) {
        socket->readAll();
        return;
    }
    it->request += socket->readAll();
    const qsizetype headerEnd = it->request.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    qint64 length = 0;
    for (const QByteArray &line : it->request.left(headerEnd).split('\n')) {
        if (line.toLower().startsWith("content-length:"))
            length = line.mid(15).trimmed().toLongLong();
    }
    if (it->request.size() < headerEnd + 4 + length)
        return;
    answer(socket);
}

void FakeHttpServer::answer(QTcpSocket *socket)
{
    Connection &c = m_connections[socket];
    const QList<QByteArray> requestLine = c.request.left(c.request.indexOf("\r\n")).split(' ');
    c.answer = m_handler(requestLine.value(0), requestLine.value(1));
    c.answering = true;
    ++m_requests;

    QByteArray head = "HTTP/1.1 " + QByteArray::number(c.answer.status) + " Fake\r\n";
    for (const auto &[name, value] : std::as_const(c.answer.headers))
        head += name + ": " + value + "\r\n";
    const qint64 length =
        c.answer.contentLength >= 0 ? c.answer.contentLength : (c.answer.endless ? -1 : c.answer.body.size());
    if (length >= 0)
        head += "Content-Length: " + QByteArray::number(length) + "\r\n";
    head += "Connection: close\r\n\r\n";
    c.headerBytes = head.size();
    socket->write(head + c.answer.body);
    if (c.answer.endless)
        pump(socket);
    else
        socket->disconnectFromHost();
}

void FakeHttpServer::pump(QTcpSocket *socket)
{
    if (socket->state() == QAbstractSocket::ConnectedState && socket->bytesToWrite() < kPiece)
        socket->write(QByteArray(kPiece, ' '));
}

void FakeHttpServer::drop(QTcpSocket *socket)
{
    if (m_connections.remove(socket) == 0)
        return;
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}

} // namespace passcode::testing
