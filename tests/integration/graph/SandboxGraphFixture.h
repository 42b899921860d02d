// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/TokenProvider.h"
#include "core/common/Clock.h"
#include "core/graph/GraphClient.h"
#include "core/graph/GraphReply.h"
#include "core/graph/GraphRequest.h"
#include "core/graph/GraphResult.h"
#include "sandbox/host/SandboxOptions.h"
#include "sandbox/host/SandboxServer.h"
#include "sandbox/http/HttpRequest.h"
#include "sandbox/http/HttpResponse.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace passcode::graph::integration {

/** Bearer tokens minted by the in-process sandbox, renewed on refresh() (queued, like a real provider). */
class SandboxCredentials final : public auth::TokenProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxCredentials)

public:
    SandboxCredentials(sandbox::SandboxServer &server, QStringList scopes)
        : m_server(server)
        , m_scopes(std::move(scopes))
        , m_accessToken(mint())
    {}
    QString accessToken() const override { return m_accessToken; }
    void refresh() override
    {
        if (m_refreshing)
            return;
        m_refreshing = true;
        ++m_refreshes;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_refreshing = false;
                m_accessToken = mint();
                if (m_accessToken.isEmpty())
                    Q_EMIT refreshFailed(Error::make(Error::Kind::Auth, QStringLiteral("no sandbox token")));
                else
                    Q_EMIT tokenRefreshed();
            },
            Qt::QueuedConnection);
    }
    int refreshes() const { return m_refreshes; }

private:
    QString mint() const
    {
        return m_server.mintAccessToken(m_server.options().defaultUpn, m_scopes, QStringLiteral("graph-it"));
    }

    sandbox::SandboxServer &m_server;
    QStringList m_scopes;
    QString m_accessToken;
    int m_refreshes = 0;
    bool m_refreshing = false;
};

inline bool waitUntil(const std::function<bool()> &condition, int timeoutMs = 30000)
{
    return QTest::qWaitFor(condition, timeoutMs);
}

/** Collects results of replies running at the same time. */
class Results
{
public:
    void track(GraphReply *reply)
    {
        const qsizetype i = m_results.size();
        m_results.append(std::nullopt);
        QObject::connect(reply, &GraphReply::finished, &m_guard,
                         [this, i](const GraphResult &r) { m_results[i] = r; });
        QObject::connect(reply, &GraphReply::retrying, &m_guard, [this] { ++m_retries; });
    }
    bool waitAll(int timeoutMs = 60000)
    {
        return waitUntil(
            [this] {
                return std::all_of(m_results.cbegin(), m_results.cend(),
                                   [](const std::optional<GraphResult> &r) { return r.has_value(); });
            },
            timeoutMs);
    }
    int size() const { return int(m_results.size()); }
    GraphResult at(int i) const { return m_results.at(i).value_or(GraphResult{}); }
    int retries() const { return m_retries; }

private:
    QList<std::optional<GraphResult>> m_results;
    int m_retries = 0;
    QObject m_guard;
};

/**
 * A sandbox tenant on 127.0.0.1 in this process (served by this thread's event loop, over real TCP), a
 * GraphClient over a real QNetworkAccessManager, and the sandbox's control endpoints called directly.
 */
class SandboxGraphTest : public ::testing::Test
{
protected:
    void startSandbox(qsizetype devices = 120, double throttleScale = 0.0,
                      QStringList scopes = sandbox::SandboxServer::defaultScopes())
    {
        sandbox::SandboxOptions options;
        options.devices = devices;
        options.seed = 7;
        options.timeScale = 0; // frozen tenant time: answers do not drift while a test runs
        options.startTimeMs = QDateTime(QDate(2026, 11, 2), QTime(8, 0), Qt::UTC).toMSecsSinceEpoch();
        options.throttleScale = throttleScale;
        server = std::make_unique<sandbox::SandboxServer>(options);
        QString error;
        ASSERT_TRUE(server->start(&error)) << qPrintable(error);
        credentials = std::make_unique<SandboxCredentials>(*server, std::move(scopes));
        client = makeClient(policy());
    }

    static RetryPolicy policy()
    {
        RetryPolicy p;
        p.maxAttempts = 6;
        p.maxParseAttempts = 3;
        p.baseDelayMs = 5;
        p.maxDelayMs = 50;
        p.jitter = 0.2;
        p.maxTotalWaitMs = 120000;
        p.serverDelayScale =
            0.01; // Retry-After: 1.5 → 15 ms; the sandbox's own clock is moved by FastForward
        return p;
    }

    std::unique_ptr<GraphClient> makeClient(const RetryPolicy &retry)
    {
        GraphClient::Options options;
        options.baseUrl = server->baseUrl();
        options.retry = retry;
        options.defaultTimeoutMs = 10000;
        return std::make_unique<GraphClient>(&nam, credentials.get(), clock, options);
    }

    GraphResult run(const GraphRequest &request)
    {
        Results r;
        r.track(client->send(request));
        EXPECT_TRUE(r.waitAll()) << "no answer";
        return r.at(0);
    }

    /** A sandbox control endpoint, called in process (the control API is never faulted). */
    QJsonObject control(const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        sandbox::HttpRequest request;
        request.method = method;
        request.path = path;
        request.body = body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
        request.baseUrl = server->baseUrl().toEncoded();
        const sandbox::HttpResponse response = server->handleLocal(request, nullptr);
        EXPECT_EQ(response.status, 200) << response.body.constData();
        return QJsonDocument::fromJson(response.body).object();
    }

    void setFaults(QJsonObject faults)
    {
        faults.insert(QStringLiteral("reset"), true);
        control("POST", QStringLiteral("/sandbox/faults"), faults);
    }

    qint64 actionsSent()
    {
        return control("GET",
                       QStringLiteral("/sandbox/state"))[QLatin1String("actions")][QLatin1String("total")]
            .toInteger();
    }
    int faultsInjected()
    {
        return control("GET", QStringLiteral("/sandbox/faults"))[QLatin1String("injected")].toInt();
    }

    /** The ids of the audits the tenant lists now, one entry per audit. */
    QStringList auditIds()
    {
        QStringList out;
        const GraphResult r =
            run(GraphRequest::get(QStringLiteral("/deviceManagement/remoteActionAudits"), ApiVersion::Beta)
                    .setTop(999));
        EXPECT_TRUE(r.ok());
        for (const QJsonValue &v : r.json.value(QLatin1String("value")).toArray())
            out.append(v.toObject().value(QLatin1String("id")).toString());
        return out;
    }

    /** Audits added since @p before (a list of audit ids), as their JSON. */
    QList<QJsonObject> newAudits(const QStringList &before)
    {
        QList<QJsonObject> out;
        const GraphResult r =
            run(GraphRequest::get(QStringLiteral("/deviceManagement/remoteActionAudits"), ApiVersion::Beta)
                    .setTop(999));
        EXPECT_TRUE(r.ok());
        for (const QJsonValue &v : r.json.value(QLatin1String("value")).toArray()) {
            if (!before.contains(v.toObject().value(QLatin1String("id")).toString()))
                out.append(v.toObject());
        }
        return out;
    }

    /** The first @p count device ids (faults must be off). */
    QStringList deviceIds(int count)
    {
        const GraphResult r = run(GraphRequest::get(QStringLiteral("/deviceManagement/managedDevices"))
                                      .setSelect({QStringLiteral("id")})
                                      .setTop(count));
        EXPECT_TRUE(r.ok());
        QStringList ids;
        for (const QJsonValue &v : r.json.value(QLatin1String("value")).toArray())
            ids.append(v.toObject().value(QLatin1String("id")).toString());
        EXPECT_EQ(ids.size(), count);
        return ids;
    }

    static GraphRequest resetPasscode(const QString &id)
    {
        return GraphRequest::action(QStringLiteral("/deviceManagement/managedDevices/") + id +
                                        QStringLiteral("/resetPasscode"),
                                    ApiVersion::Beta);
    }

    /** While it lives, moves the sandbox's clock forward by @p secondsPerTick every 20 ms (throttling
     * windows). */
    std::unique_ptr<QTimer> fastForward(double secondsPerTick)
    {
        auto timer = std::make_unique<QTimer>();
        QObject::connect(timer.get(), &QTimer::timeout, timer.get(), [this, secondsPerTick] {
            control("POST", QStringLiteral("/sandbox/time/advance"),
                    QJsonObject{{QStringLiteral("seconds"), secondsPerTick}});
        });
        timer->start(20);
        return timer;
    }

    QNetworkAccessManager nam;
    SystemClock clock;
    std::unique_ptr<sandbox::SandboxServer> server;
    std::unique_ptr<SandboxCredentials> credentials;
    std::unique_ptr<GraphClient> client;
};

} // namespace passcode::graph::integration
