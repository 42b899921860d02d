// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13, point 5: the loopback listener reads no more of a request than its header limit (16 KiB),
// whatever the browser (or another local program) sends.
#include "core/auth/LoopbackRedirectServer.h"

#include "AuthTestSupport.h"

#include <gtest/gtest.h>

#include <QTcpSocket>

using namespace passcode::auth;
using namespace passcode::testing;

TEST(auth_LoopbackRedirectServer, AnEndlessRequestHeaderGets400AndTheHandlerNeverRuns)
{
    LoopbackRedirectServer server;
    int handled = 0;
    server.setHandler([&handled](const QString &) {
        ++handled;
        return LoopbackRedirectServer::Response{200, QStringLiteral("ok"), {}};
    });
    ASSERT_TRUE(server.listen());

    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, server.port());
    ASSERT_TRUE(client.waitForConnected(5000));
    // 4 MiB of one request line that never ends, written while the server answers.
    client.write("GET /?code=" + QByteArray(4 * 1024 * 1024, 'a'));
    QByteArray answer;
    ASSERT_TRUE(waitUntil([&] {
        answer += client.readAll();
        return answer.contains("\r\n\r\n") || client.state() == QAbstractSocket::UnconnectedState;
    }));
    // The 400 page, unless the close (with the rest of the request unread) reset the connection before it was
    // read: either way the listener gave up on it.
    EXPECT_TRUE(answer.isEmpty() || answer.startsWith("HTTP/1.1 400")) << answer.left(200).toStdString();
    EXPECT_TRUE(waitUntil([&client] { return client.state() == QAbstractSocket::UnconnectedState; }));
    EXPECT_EQ(handled, 0);
}

TEST(auth_LoopbackRedirectServer, ARequestUnderTheLimitReachesTheHandler)
{
    LoopbackRedirectServer server;
    QString target;
    server.setHandler([&target](const QString &t) {
        target = t;
        return LoopbackRedirectServer::Response{200, QStringLiteral("ok"), {}};
    });
    ASSERT_TRUE(server.listen());

    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, server.port());
    ASSERT_TRUE(client.waitForConnected(5000));
    const QByteArray code(12 * 1024, 'b');
    client.write("GET /?code=" + code + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QByteArray answer;
    ASSERT_TRUE(waitUntil([&] {
        answer += client.readAll();
        return client.state() == QAbstractSocket::UnconnectedState || answer.contains("</html>");
    }));
    EXPECT_TRUE(answer.startsWith("HTTP/1.1 200")) << answer.left(200).toStdString();
    EXPECT_EQ(target.size(), 7 + code.size());
}
