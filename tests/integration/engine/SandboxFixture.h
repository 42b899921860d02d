// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A sandbox tenant on a worker thread, reached over real HTTP on 127.0.0.1, plus helpers for its control
// endpoints (docs/sandbox.md): device facts, time, faults, throttling, state. Shared by
// tests/integration/engine and tests/integration/ctl.

#include "sandbox/host/SandboxHost.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QUrlQuery>

#include <memory>

namespace passcode::itest {

class SandboxFixture
{
public:
    explicit SandboxFixture(sandbox::SandboxOptions options)
        : m_host(std::make_unique<sandbox::SandboxHost>(std::move(options)))
    {}

    bool start(QString *error) { return m_host->start(error); }
    sandbox::SandboxHost &host() { return *m_host; }
    QUrl baseUrl() const { return m_host->baseUrl(); }
    QString token() const
    {
        return m_host->mintAccessToken(m_host->defaultUpn(), sandbox::SandboxHost::defaultScopes());
    }

    /** A control or Graph call, waited for (test code only). Returns the JSON body; status in *status. */
    QJsonObject call(const QByteArray &method, const QString &path, const QJsonObject &body = {},
                     int *status = nullptr, const QString &bearer = {})
    {
        QUrl url = baseUrl();
        const qsizetype q = path.indexOf(u'?');
        url.setPath(q < 0 ? path : path.left(q));
        if (q >= 0)
            url.setQuery(path.mid(q + 1));
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (!bearer.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + bearer.toLatin1());
        request.setTransferTimeout(20000);
        QNetworkReply *reply = m_network.sendCustomRequest(
            request, method,
            method == "GET" ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact));
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(20000);
        if (status)
            *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject out = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return out;
    }

    QJsonArray devicesOfRow(int row, int limit = 200)
    {
        return call("GET", QStringLiteral("/sandbox/devices?row=%1&limit=%2").arg(row).arg(limit))
            .value(u"value")
            .toArray();
    }
    QJsonObject state() { return call("GET", QStringLiteral("/sandbox/state")); }
    qint64 actionsTotal() { return state().value(u"actions").toObject().value(u"total").toInteger(); }
    void advance(double seconds)
    {
        call("POST", QStringLiteral("/sandbox/time/advance"),
             QJsonObject{{QStringLiteral("seconds"), seconds}});
    }
    bool setFaults(const QJsonObject &faults)
    {
        int status = 0;
        call("POST", QStringLiteral("/sandbox/faults"), faults, &status);
        return status == 200;
    }
    void resetFaults() { call("POST", QStringLiteral("/sandbox/faults/reset")); }
    void setThrottleScale(double scale)
    {
        call("POST", QStringLiteral("/sandbox/throttle"), QJsonObject{{QStringLiteral("scale"), scale}});
    }
    /** Every remoteActionAudit row of the tenant (beta, followed page by page). */
    QJsonArray audits()
    {
        QJsonArray all;
        QString path = QStringLiteral("/beta/deviceManagement/remoteActionAudits");
        const QString bearer = token();
        for (int page = 0; page < 1000 && !path.isEmpty(); ++page) {
            const QJsonObject body = call("GET", path, {}, nullptr, bearer);
            for (const QJsonValue &v : body.value(u"value").toArray())
                all.append(v);
            const QUrl next(body.value(u"@odata.nextLink").toString());
            path = next.isValid() && !next.isEmpty()
                       ? next.path() + (next.hasQuery() ? u'?' + next.query(QUrl::FullyEncoded) : QString())
                       : QString();
        }
        return all;
    }
    /** Audit rows of one device. */
    int auditCount(const QString &deviceId)
    {
        int n = 0;
        for (const QJsonValue &v : audits()) {
            if (v.toObject().value(u"managedDeviceId").toString() == deviceId)
                ++n;
        }
        return n;
    }

private:
    std::unique_ptr<sandbox::SandboxHost> m_host;
    QNetworkAccessManager m_network;
};

} // namespace passcode::itest
