// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/graph/GraphClient.h"
#include "core/graph/GraphReply.h"
#include "core/graph/GraphRequest.h"
#include "core/graph/GraphResult.h"
#include "core/graph/RetryPolicy.h"
#include "fakes/FakeNetworkAccessManager.h"
#include "fakes/FakeTokenProvider.h"
#include "fakes/ManualClock.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>

namespace passcode::graph::test {

using passcode::testing::CannedReply;
using passcode::testing::FakeNetworkAccessManager;
using passcode::testing::FakeTokenProvider;
using passcode::testing::ManualClock;
using passcode::testing::RecordedRequest;
using Kind = passcode::Error::Kind;

inline QString fixturePath(const QString &name)
{
    return QString::fromUtf8(PASSCODE_TEST_DATA_DIR) + QStringLiteral("/graph/") + name;
}

inline QString sharedExamplePath(const QString &name)
{
    return QString::fromUtf8(PASSCODE_SHARED_DIR) + QStringLiteral("/reference/examples/") + name;
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << qPrintable(path);
    return f.readAll();
}

inline QByteArray fixture(const QString &name)
{
    return readFile(fixturePath(name));
}

/** Millisecond delays, no jitter, server waits scaled down 1000x: the semantics stay, the tests stay fast. */
inline RetryPolicy fastPolicy()
{
    RetryPolicy p;
    p.maxAttempts = 4;
    p.maxParseAttempts = 3;
    p.baseDelayMs = 1;
    p.multiplier = 2.0;
    p.maxDelayMs = 8;
    p.maxTotalWaitMs = 60000;
    p.jitter = 0.0;
    p.serverDelayScale = 0.001;
    return p;
}

/** Waits for @p reply's finished() and returns its result (an empty result and a test failure on timeout). */
inline GraphResult await(GraphReply *reply, int timeoutMs = 10000)
{
    std::optional<GraphResult> out;
    QObject guard;
    QObject::connect(reply, &GraphReply::finished, &guard, [&out](const GraphResult &r) { out = r; });
    QSignalSpy spy(reply, &GraphReply::finished);
    if (!out)
        spy.wait(timeoutMs);
    EXPECT_TRUE(out.has_value()) << "finished() did not come";
    return out.value_or(GraphResult{});
}

/** Runs the event loop until @p condition holds; false if it did not within @p timeoutMs (a bound, not a
 * check). */
inline bool waitUntil(const std::function<bool()> &condition, int timeoutMs = 5000)
{
    return QTest::qWaitFor(condition, timeoutMs);
}

/** Collects the results of replies that run at the same time; track() right after send(). */
class ResultCollector
{
public:
    void track(GraphReply *reply)
    {
        const qsizetype index = m_results.size();
        m_results.append(std::nullopt);
        QObject::connect(reply, &GraphReply::finished, &m_guard,
                         [this, index](const GraphResult &r) { m_results[index] = r; });
    }
    bool waitAll(int timeoutMs = 10000)
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
    int finishedCount() const
    {
        return int(std::count_if(m_results.cbegin(), m_results.cend(),
                                 [](const std::optional<GraphResult> &r) { return r.has_value(); }));
    }

private:
    QList<std::optional<GraphResult>> m_results;
    QObject m_guard;
};

inline QJsonObject page(const QJsonArray &items, const QString &nextLink = {})
{
    QJsonObject o{{QStringLiteral("value"), items}};
    if (!nextLink.isEmpty())
        o.insert(QStringLiteral("@odata.nextLink"), nextLink);
    return o;
}

inline QJsonArray devices(int from, int count)
{
    QJsonArray a;
    for (int i = from; i < from + count; ++i)
        a.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("device-%1").arg(i)}});
    return a;
}

/** A client over a fake network, a fake token provider and a manual clock. */
class GraphTest : public ::testing::Test
{
protected:
    GraphTest() { client = makeClient(QUrl(QStringLiteral("https://graph.microsoft.com"))); }

    std::unique_ptr<GraphClient> makeClient(const QUrl &base, const RetryPolicy &policy = fastPolicy())
    {
        GraphClient::Options options;
        options.baseUrl = base;
        options.retry = policy;
        options.defaultTimeoutMs = 5000;
        options.maxRedirects = 3;
        return std::make_unique<GraphClient>(&nam, &tokens, clock, options);
    }

    GraphResult run(const GraphRequest &request) { return await(client->send(request)); }

    int requestCount() const { return int(nam.requests().size()); }
    const RecordedRequest &lastRequest() const { return nam.requests().constLast(); }

    FakeNetworkAccessManager nam;
    FakeTokenProvider tokens{QStringLiteral("credential-1")};
    ManualClock clock;
    std::unique_ptr<GraphClient> client;
};

} // namespace passcode::graph::test
