// SPDX-License-Identifier: GPL-3.0-or-later
// Embedding (SandboxHost on a worker thread, tokens minted in C++) and the standalone passcode-sandbox
// program (first line of output, https, clean exit on SIGTERM/SIGINT).
#include "SandboxTestSupport.h"

#include "sandbox/host/SandboxHost.h"

#include <QJsonArray>
#include <QNetworkRequest>
#include <QProcess>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QThread>

#include <csignal>

using namespace passcode::sandbox;
using namespace passcode::sandbox::testing;

namespace {

Reply fetch(QNetworkAccessManager &nam, const QUrl &url, const QString &bearer = {}, bool ignoreSsl = false)
{
    QNetworkRequest request(url);
    if (!bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearer.toLatin1());
    QNetworkReply *reply = nam.get(request);
    if (ignoreSsl)
        reply->ignoreSslErrors();
    QSignalSpy spy(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        spy.wait(20000);
    Reply out;
    out.finished = reply->isFinished();
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.error = reply->error();
    out.body = reply->readAll();
    reply->deleteLater();
    return out;
}

QString readFirstLine(QProcess &process)
{
    for (int k = 0; k < 100 && !process.canReadLine(); ++k)
        process.waitForReadyRead(200);
    return QString::fromUtf8(process.readLine()).trimmed();
}

} // namespace

TEST(sandbox_host, ServesFromAWorkerThread)
{
    SandboxHost host(testOptions(5000));
    QString error;
    ASSERT_TRUE(host.start(&error)) << error.toStdString();
    EXPECT_TRUE(host.isRunning());
    EXPECT_EQ(host.baseUrl().host(), QLatin1String("127.0.0.1"));
    EXPECT_NE(host.baseUrl().port(), 0);
    EXPECT_EQ(host.graphUrl(QStringLiteral("beta")).path(), QLatin1String("/beta"));
    EXPECT_EQ(host.tenantId().size(), 36);
    const QString token = host.mintAccessToken(host.defaultUpn(), SandboxHost::defaultScopes());
    ASSERT_FALSE(token.isEmpty());
    EXPECT_TRUE(
        host.mintAccessToken(QStringLiteral("nobody@example.com"), SandboxHost::defaultScopes()).isEmpty());
    QNetworkAccessManager nam;
    QUrl list = host.graphUrl(QStringLiteral("v1.0"));
    list.setPath(list.path() + QStringLiteral("/deviceManagement/managedDevices"));
    const Reply r = fetch(nam, list, token);
    ASSERT_EQ(r.status, 200);
    EXPECT_EQ(r.json().value(QLatin1String("value")).toArray().size(), 1000);
    // Tokens minted on this thread while the server serves on its own.
    QStringList tokens;
    QThread *minter = QThread::create([&] {
        for (int k = 0; k < 50; ++k)
            tokens.append(host.mintAccessToken(host.defaultUpn(), SandboxHost::defaultScopes()));
    });
    minter->start();
    for (int k = 0; k < 5; ++k) {
        EXPECT_EQ(fetch(nam, list, token).status, 200);
    }
    minter->wait();
    delete minter;
    EXPECT_EQ(tokens.size(), 50);
    EXPECT_EQ(fetch(nam, list, tokens.last()).status, 200);
    host.stop();
    EXPECT_FALSE(host.isRunning());
    EXPECT_NE(fetch(nam, list, token).error, QNetworkReply::NoError);
    host.stop(); // idempotent
}

TEST(sandbox_host, StartsAsynchronously)
{
    SandboxHost host(testOptions(100));
    QSignalSpy started(&host, &SandboxHost::started);
    host.startAsync();
    ASSERT_TRUE(started.wait(20000));
    const QUrl base = started.first().first().toUrl();
    EXPECT_EQ(base, host.baseUrl());
    QNetworkAccessManager nam;
    QUrl state = base;
    state.setPath(QStringLiteral("/sandbox/state"));
    EXPECT_EQ(fetch(nam, state).json().value(QLatin1String("devices")).toInt(), 100);
}

TEST(sandbox_host, ReportsAPortInUse)
{
    SandboxHost first(testOptions(5));
    ASSERT_TRUE(first.start());
    SandboxOptions clash = testOptions(5);
    clash.port = quint16(first.baseUrl().port());
    SandboxHost second(clash);
    QString error;
    EXPECT_FALSE(second.start(&error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_TRUE(first.isRunning());
}

TEST(sandbox_program, PrintsItsUrlFirstAndStopsOnSignals)
{
    for (int sig : {SIGTERM, SIGINT}) {
        QProcess process;
        process.start(QStringLiteral(PASSCODE_SANDBOX_EXE),
                      {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--devices"),
                       QStringLiteral("300"), QStringLiteral("--seed"), QStringLiteral("12"),
                       QStringLiteral("--auto-approve")});
        ASSERT_TRUE(process.waitForStarted(10000));
        const QString first = readFirstLine(process);
        ASSERT_TRUE(first.startsWith(QLatin1String("http://127.0.0.1:"))) << first.toStdString();
        QNetworkAccessManager nam;
        const Reply state = fetch(nam, QUrl(first + QStringLiteral("/sandbox/state")));
        ASSERT_EQ(state.status, 200);
        EXPECT_EQ(state.json().value(QLatin1String("devices")).toInt(), 300);
        EXPECT_TRUE(state.json()
                        .value(QLatin1String("identity"))
                        .toObject()
                        .value(QLatin1String("autoApprove"))
                        .toBool());
        ::kill(pid_t(process.processId()), sig);
        ASSERT_TRUE(process.waitForFinished(10000));
        EXPECT_EQ(process.exitStatus(), QProcess::NormalExit);
        EXPECT_EQ(process.exitCode(), 0);
    }
}

TEST(sandbox_program, RejectsBadOptions)
{
    QProcess process;
    process.start(QStringLiteral(PASSCODE_SANDBOX_EXE),
                  {QStringLiteral("--devices"), QStringLiteral("zero")});
    ASSERT_TRUE(process.waitForFinished(10000));
    EXPECT_EQ(process.exitCode(), 2);
    EXPECT_TRUE(process.readAllStandardError().contains("--devices"));
}

TEST(sandbox_program, ServesHttpsWithACertificate)
{
    QProcess process;
    process.start(QStringLiteral(PASSCODE_SANDBOX_EXE),
                  {QStringLiteral("--devices"), QStringLiteral("50"), QStringLiteral("--tls-cert"),
                   QStringLiteral(PASSCODE_TEST_DATA_DIR "/sandbox/tls-cert.pem"),
                   QStringLiteral("--tls-key"),
                   QStringLiteral(PASSCODE_TEST_DATA_DIR "/sandbox/tls-key.pem")});
    ASSERT_TRUE(process.waitForStarted(10000));
    const QString first = readFirstLine(process);
    ASSERT_TRUE(first.startsWith(QLatin1String("https://127.0.0.1:")))
        << first.toStdString() << process.readAllStandardError().toStdString();
    QNetworkAccessManager nam;
    const Reply config =
        fetch(nam, QUrl(first + QStringLiteral("/common/v2.0/.well-known/openid-configuration")), {}, true);
    ASSERT_EQ(config.status, 200) << config.error;
    EXPECT_TRUE(config.json()
                    .value(QLatin1String("token_endpoint"))
                    .toString()
                    .startsWith(QLatin1String("https://127.0.0.1:")));
    process.terminate();
    ASSERT_TRUE(process.waitForFinished(10000));
    EXPECT_EQ(process.exitCode(), 0);
}
