// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/host/SandboxOptions.h"
#include "sandbox/host/SandboxServer.h"

#include <gtest/gtest.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrl>

#include <memory>

namespace passcode::sandbox::testing {

/** One finished HTTP exchange. */
struct Reply
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    bool finished = false;

    QByteArray header(QByteArrayView name) const;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    bool jsonValid() const;
};

/** Default options for tests: frozen time at a fixed start, so responses are deterministic. */
SandboxOptions testOptions(qsizetype devices = 60, quint64 seed = 42);

/** Percent-encodes a query value the way clients do (spaces as %20). */
QByteArray encodeQuery(const QString &value);

/**
 * A sandbox server on this thread, on 127.0.0.1, and a QNetworkAccessManager to talk to it over real HTTP.
 * Requests are awaited with QSignalSpy::wait (the event loop runs the server meanwhile).
 */
class SandboxFixture : public ::testing::Test
{
protected:
    void TearDown() override;

    void startServer(const SandboxOptions &options = testOptions());
    QUrl url(const QString &pathAndQuery) const;
    QString token(const QStringList &scopes = SandboxServer::defaultScopes(),
                  const QString &upn = QStringLiteral("helpdesk@contoso-sandbox.onmicrosoft.com"),
                  const QString &clientId = QStringLiteral("test-client")) const;

    Reply send(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
               const QList<QPair<QByteArray, QByteArray>> &headers = {}, int timeoutMs = 20000);
    Reply get(const QString &pathAndQuery, const QString &bearer = QStringLiteral("default"),
              const QList<QPair<QByteArray, QByteArray>> &headers = {});
    Reply post(const QString &path, const QByteArray &body, const QString &bearer = QStringLiteral("default"),
               const QByteArray &contentType = "application/json",
               const QList<QPair<QByteArray, QByteArray>> &headers = {});
    /** POST to a /sandbox/ control endpoint; expects 200 and returns the JSON. */
    QJsonObject control(const QString &path, const QJsonObject &body = {});
    QJsonObject controlGet(const QString &path);
    /** Moves tenant and protocol time forward; re-mints the default token after long jumps. */
    void advance(double seconds);
    /** Every item of a collection, following @odata.nextLink (which must stay on this server). */
    QJsonArray listAll(QString pathAndQuery, QList<int> *pageSizes = nullptr);
    /** The JSON of one device (beta, all properties unless \a select is given). */
    QJsonObject device(const QString &id, const QString &select = {},
                       const QString &version = QStringLiteral("beta"));
    /** Facts about the showcase devices (GET /sandbox/devices). */
    QJsonArray showcase();

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    QString m_token;
};

} // namespace passcode::sandbox::testing
