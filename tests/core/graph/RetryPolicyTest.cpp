// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/graph/RetryPolicy.h"

#include <gtest/gtest.h>

using namespace passcode::graph;

namespace {

const QDateTime Now(QDate(2026, 11, 1), QTime(9, 0, 0), Qt::UTC);

} // namespace

TEST(graph_RetryAfter, IntegerSeconds)
{
    EXPECT_EQ(parseRetryAfterMs("3", Now), 3000);
    EXPECT_EQ(parseRetryAfterMs(" 120 ", Now), 120000);
    EXPECT_EQ(parseRetryAfterMs("0", Now), 0);
}

TEST(graph_RetryAfter, FractionalSecondsAsGraphSendsThem)
{
    EXPECT_EQ(parseRetryAfterMs("2.128", Now), 2128);
    EXPECT_EQ(parseRetryAfterMs("0.5", Now), 500);
}

TEST(graph_RetryAfter, HttpDateImfFixdate)
{
    EXPECT_EQ(parseRetryAfterMs("Sun, 01 Nov 2026 09:00:03 GMT", Now), 3000);
    EXPECT_EQ(parseRetryAfterMs("Sun, 01 Nov 2026 09:01:00 GMT", Now), 60000);
}

TEST(graph_RetryAfter, HttpDateObsoleteForms)
{
    EXPECT_EQ(parseRetryAfterMs("Sunday, 01-Nov-26 09:00:10 GMT", Now), 10000);
    EXPECT_EQ(parseRetryAfterMs("Sun Nov  1 09:00:04 2026", Now), 4000);
}

TEST(graph_RetryAfter, DateInThePastMeansNow)
{
    EXPECT_EQ(parseRetryAfterMs("Sat, 31 Oct 2026 09:00:00 GMT", Now), 0);
}

TEST(graph_RetryAfter, UnreadableValues)
{
    for (const char *bad : {"", "  ", "-1", "soon", "1e3", "2,5", "Sun, 32 Nov 2026 09:00:00 GMT", "3 s"})
        EXPECT_FALSE(parseRetryAfterMs(QByteArray(bad), Now).has_value()) << bad;
}

TEST(graph_RetryAfter, AbsurdValuesAreClampedNeverGarbage)
{
    // Beyond a day is a day (the retry budget then gives up), whatever the form.
    EXPECT_EQ(parseRetryAfterMs("3000000000", Now), kMaxRetryAfterMs);
    EXPECT_EQ(parseRetryAfterMs("10000000000000000", Now), kMaxRetryAfterMs);
    EXPECT_EQ(parseRetryAfterMs("99999999999999999999999999999999999999", Now), kMaxRetryAfterMs);
    EXPECT_EQ(parseRetryAfterMs("Fri, 31 Dec 9999 23:59:59 GMT", Now), kMaxRetryAfterMs);
    // A year past 9999 is not a date (and QDateTime arithmetic on it would overflow).
    EXPECT_EQ(parseRetryAfterMs("Sun, 01 Nov 2147483647 09:00:00 GMT", Now), std::nullopt);
    EXPECT_EQ(parseRetryAfterMs("Sun, 01 Nov 99999999999 09:00:00 GMT", Now), std::nullopt);
}

TEST(graph_RetryPolicy, BackoffIsExponentialAndCapped)
{
    RetryPolicy p;
    p.baseDelayMs = 100;
    p.multiplier = 2.0;
    p.maxDelayMs = 1000;
    p.jitter = 0.0;
    EXPECT_EQ(p.backoffDelayMs(1, 0.7), 100);
    EXPECT_EQ(p.backoffDelayMs(2, 0.7), 200);
    EXPECT_EQ(p.backoffDelayMs(3, 0.7), 400);
    EXPECT_EQ(p.backoffDelayMs(4, 0.7), 800);
    EXPECT_EQ(p.backoffDelayMs(5, 0.7), 1000);
    EXPECT_EQ(p.backoffDelayMs(60, 0.7), 1000);
}

TEST(graph_RetryPolicy, JitterRemovesUpToItsFraction)
{
    RetryPolicy p;
    p.baseDelayMs = 1000;
    p.maxDelayMs = 100000;
    p.jitter = 0.5;
    EXPECT_EQ(p.backoffDelayMs(1, 0.0), 1000);
    EXPECT_EQ(p.backoffDelayMs(1, 0.5), 750);
    EXPECT_EQ(p.backoffDelayMs(1, 0.9), 550);
    p.jitter = 1.0;
    EXPECT_EQ(p.backoffDelayMs(2, 0.25), 1500);
}

TEST(graph_RetryPolicy, ServerDelayScale)
{
    RetryPolicy p;
    EXPECT_EQ(p.scaledServerDelayMs(2128), 2128);
    p.serverDelayScale = 0.001;
    EXPECT_EQ(p.scaledServerDelayMs(3000), 3);
    EXPECT_EQ(RetryPolicy::noRetries().maxAttempts, 1);
}
