// SPDX-License-Identifier: GPL-3.0-or-later
// Every sandbox fault switch against GraphClient: reads recover or fail with a clear error, an action is
// never sent twice, and an action whose outcome is unknown says so.
#include "SandboxGraphFixture.h"

#include "core/graph/GraphPager.h"

using namespace passcode::graph;
using namespace passcode::graph::integration;
using Kind = passcode::Error::Kind;

class graph_SandboxFaults : public SandboxGraphTest
{
protected:
    void SetUp() override
    {
        startSandbox(90);
        ids = deviceIds(3);
    }

    GraphRequest list() const
    {
        return GraphRequest::get(QStringLiteral("/deviceManagement/managedDevices"), ApiVersion::Beta)
            .setSelect({QStringLiteral("id"), QStringLiteral("deviceName")})
            .setTop(25);
    }

    std::optional<PagerOutcome> pageAll()
    {
        std::optional<PagerOutcome> outcome;
        GraphPager pager(client.get(), list());
        QObject::connect(&pager, &GraphPager::finished, &pager,
                         [&outcome](const PagerOutcome &o) { outcome = o; });
        pager.start();
        EXPECT_TRUE(waitUntil([&outcome] { return outcome.has_value(); }));
        return outcome;
    }

    static QJsonObject faults(const char *rateKey, int maxFaults,
                              const QString &target = QStringLiteral("graph"))
    {
        return QJsonObject{{QString::fromLatin1(rateKey), 1.0},
                           {QStringLiteral("maxFaults"), maxFaults},
                           {QStringLiteral("target"), target}};
    }

    QStringList ids;
};

// --- Reads recover -----------------------------------------------------------------------------------------

TEST_F(graph_SandboxFaults, PagingRecoversFromEachTransientFault)
{
    for (const char *rate : {"dropRate", "truncateRate", "malformedRate", "intuneErrorRate"}) {
        setFaults(faults(rate, 2, QStringLiteral("list")));
        const auto outcome = pageAll();
        ASSERT_TRUE(outcome && outcome->ok()) << rate << qPrintable(outcome->error->toDisplayString());
        EXPECT_EQ(outcome->items, 90) << rate;
        EXPECT_EQ(faultsInjected(), 2) << rate;
    }
}

TEST_F(graph_SandboxFaults, PagingRecoversFromServiceErrors)
{
    for (int status : {500, 503, 504}) {
        QJsonObject f = faults("errorRate", 2, QStringLiteral("list"));
        f.insert(QStringLiteral("errorStatuses"), QJsonArray{status});
        setFaults(f);
        const auto outcome = pageAll();
        ASSERT_TRUE(outcome && outcome->ok()) << status;
        EXPECT_EQ(outcome->items, 90) << status;
    }
}

TEST_F(graph_SandboxFaults, PagingStopsWithTheErrorOfAPageThatKeepsFailing)
{
    setFaults(faults("malformedRate", 100, QStringLiteral("list")));
    const auto outcome = pageAll();
    ASSERT_TRUE(outcome.has_value());
    ASSERT_FALSE(outcome->ok());
    EXPECT_EQ(outcome->error->kind, Kind::Parse);
    EXPECT_EQ(outcome->pages, 0);
    EXPECT_EQ(faultsInjected(), 3); // maxParseAttempts
}

TEST_F(graph_SandboxFaults, LatencyWithinTheTimeoutIsJustSlow)
{
    setFaults(QJsonObject{{QStringLiteral("latencyMs"), 60}});
    const GraphResult r = run(list());
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.attempts, 1);
}

TEST_F(graph_SandboxFaults, LatencyBeyondTheTimeoutIsATimeoutForReads)
{
    setFaults(QJsonObject{{QStringLiteral("latencyMs"), 400}});
    RetryPolicy three = policy();
    three.maxAttempts = 3;
    const GraphResult r = run(list().setTimeoutMs(100).setRetryPolicy(three));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error->kind, Kind::Timeout);
    EXPECT_EQ(r.attempts, 3);
}

TEST_F(graph_SandboxFaults, IntuneWrappedErrorIsParsedFromTheWire)
{
    setFaults(faults("intuneErrorRate", 1, QStringLiteral("device")));
    const GraphResult r =
        run(GraphRequest::get(QStringLiteral("/deviceManagement/managedDevices/") + ids.first())
                .setRetryPolicy(RetryPolicy::noRetries()));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error->kind, Kind::Unavailable);
    EXPECT_EQ(r.error->httpStatus, 500);
    EXPECT_EQ(r.error->code, QStringLiteral("InternalServerError"));
    EXPECT_TRUE(r.error->detail.contains(QLatin1String("An internal server error has occurred")))
        << qPrintable(r.error->detail);
    // Intune's Activity ID is the client-request-id this client sent.
    EXPECT_TRUE(r.error->detail.contains(QStringLiteral("Activity ID: ") + r.clientRequestId))
        << qPrintable(r.error->detail);
    EXPECT_FALSE(r.error->requestId.isEmpty());
}

// --- Actions are never sent twice
// ---------------------------------------------------------------------------

TEST_F(graph_SandboxFaults, ActionAfter503IsSentAgainAndCarriedOutOnce)
{
    QJsonObject f = faults("errorRate", 2, QStringLiteral("actions"));
    f.insert(QStringLiteral("errorStatuses"), QJsonArray{503});
    setFaults(f);
    const qint64 before = actionsSent();
    const GraphResult r = run(resetPasscode(ids.first()));
    ASSERT_TRUE(r.ok()) << qPrintable(r.error->toDisplayString());
    EXPECT_EQ(r.attempts, 3);
    EXPECT_EQ(actionsSent() - before, 1);
}

TEST_F(graph_SandboxFaults, ActionOutcomeUnknownAfterFaultsThatMayHaveRunIt)
{
    struct Case
    {
        const char *name;
        QJsonObject faults;
        Kind kind;
        qint64 carriedOut; // what the sandbox did; the client cannot know it, and must not resend either way
    };
    QJsonObject e500 = faults("errorRate", 1, QStringLiteral("actions"));
    e500.insert(QStringLiteral("errorStatuses"), QJsonArray{500});
    QJsonObject e504 = faults("errorRate", 1, QStringLiteral("actions"));
    e504.insert(QStringLiteral("errorStatuses"), QJsonArray{504});
    const QList<Case> cases{
        {"500", e500, Kind::OutcomeUnknown, 0},
        {"504", e504, Kind::OutcomeUnknown, 1},
        {"intune 500", faults("intuneErrorRate", 1, QStringLiteral("actions")), Kind::OutcomeUnknown, 0},
        {"dropped", faults("dropRate", 1, QStringLiteral("actions")), Kind::OutcomeUnknown, 1},
        {"truncated", faults("truncateRate", 1, QStringLiteral("actions")), Kind::OutcomeUnknown, 1},
        {"malformed 200", faults("malformedRate", 1, QStringLiteral("actions")), Kind::Parse, 1},
    };
    qint64 expected = actionsSent();
    for (const Case &c : cases) {
        setFaults(c.faults);
        const GraphResult r = run(resetPasscode(ids.first()));
        ASSERT_FALSE(r.ok()) << c.name;
        EXPECT_EQ(r.error->kind, c.kind) << c.name << qPrintable(r.error->toDisplayString());
        EXPECT_EQ(r.attempts, 1) << c.name;
        QTest::qWait(30);
        expected += c.carriedOut;
        EXPECT_EQ(actionsSent(), expected) << c.name;
        EXPECT_EQ(faultsInjected(), 1) << c.name;
    }
}

TEST_F(graph_SandboxFaults, ActionTimeoutIsOutcomeUnknownAndNotSentAgain)
{
    setFaults(QJsonObject{{QStringLiteral("latencyMs"), 500},
                          {QStringLiteral("target"), QStringLiteral("actions")}});
    const qint64 before = actionsSent();
    const GraphResult r = run(resetPasscode(ids.first()).setTimeoutMs(100));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error->kind, Kind::OutcomeUnknown);
    EXPECT_EQ(r.attempts, 1);
    QTest::qWait(600);
    EXPECT_EQ(actionsSent() - before, 1); // the sandbox did it; the answer came too late
}
