// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/TimeFormat.h"

#include <gtest/gtest.h>

using passcode::ui::TimeFormat;

namespace {

TEST(ui_TimeFormat, SaysHowLongAgo)
{
    const QDateTime now(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
    EXPECT_EQ(TimeFormat::ago(now.addSecs(-20), now), QStringLiteral("just now"));
    EXPECT_EQ(TimeFormat::ago(now.addSecs(-300), now), QStringLiteral("5 minute(s) ago"));
    EXPECT_EQ(TimeFormat::ago(now.addSecs(-3 * 3600), now), QStringLiteral("3 hour(s) ago"));
    EXPECT_EQ(TimeFormat::ago(now.addDays(-3), now), QStringLiteral("3 day(s) ago"));
    EXPECT_EQ(TimeFormat::ago(now.addSecs(120), now), QStringLiteral("just now")); // small clock skew
    EXPECT_EQ(TimeFormat::ago(now.addDays(1), now), QStringLiteral("in the future (clock skew)"));
    EXPECT_EQ(TimeFormat::ago(QDateTime(), now), QStringLiteral("never"));
}

TEST(ui_TimeFormat, DurationsAndTimeLeft)
{
    const QDateTime now(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
    EXPECT_EQ(TimeFormat::duration(45), QStringLiteral("45 s"));
    EXPECT_EQ(TimeFormat::duration(125), QStringLiteral("2 min 5 s"));
    EXPECT_EQ(TimeFormat::duration(3 * 3600 + 600), QStringLiteral("3 h 10 min"));
    EXPECT_EQ(TimeFormat::duration(6 * 86400 + 23 * 3600), QStringLiteral("6 day(s) 23 h"));
    EXPECT_EQ(TimeFormat::timeLeft(now.addDays(7), now), QStringLiteral("7 day(s) 0 h left"));
    EXPECT_EQ(TimeFormat::timeLeft(now.addSecs(-1), now), QStringLiteral("expired"));
}

} // namespace
