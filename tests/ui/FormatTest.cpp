// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/PasscodeFormat.h"
#include "ui/common/TimeFormat.h"

#include <gtest/gtest.h>

using passcode::ui::PasscodeFormat;
using passcode::ui::TimeFormat;

namespace {

TEST(ui_PasscodeFormat, GroupsForDictation)
{
    EXPECT_EQ(PasscodeFormat::grouped(QStringLiteral("482913")), QStringLiteral("482 913"));
    EXPECT_EQ(PasscodeFormat::grouped(QStringLiteral("48291376")), QStringLiteral("4829 1376"));
    EXPECT_EQ(PasscodeFormat::grouped(QStringLiteral("1234")), QStringLiteral("1234"));
    EXPECT_EQ(PasscodeFormat::grouped(QStringLiteral("ab12cd34ef")), QStringLiteral("ab12 cd34 ef"));
    EXPECT_EQ(PasscodeFormat::grouped(QStringLiteral("123456789")), QStringLiteral("123 456 789"));
    EXPECT_EQ(PasscodeFormat::grouped(QString()), QString());
}

TEST(ui_PasscodeFormat, MasksWithTheSameGrouping)
{
    EXPECT_EQ(PasscodeFormat::masked(QStringLiteral("482913")), QStringLiteral("••• •••"));
    EXPECT_EQ(PasscodeFormat::masked(QStringLiteral("Ab3dE6gH")), QStringLiteral("•••• ••••"));
}

TEST(ui_PasscodeFormat, KnowsNumericFromAlphanumeric)
{
    EXPECT_TRUE(PasscodeFormat::isNumeric(QStringLiteral("482913")));
    EXPECT_FALSE(PasscodeFormat::isNumeric(QStringLiteral("4829a3")));
    EXPECT_FALSE(PasscodeFormat::isNumeric(QString()));
}

TEST(ui_PasscodeFormat, SpellsAlphanumericCodesWithCase)
{
    EXPECT_EQ(PasscodeFormat::spoken(u'K'), QStringLiteral("KILO (capital)"));
    EXPECT_EQ(PasscodeFormat::spoken(u'x'), QStringLiteral("x-ray (lower case)"));
    EXPECT_EQ(PasscodeFormat::spoken(u'4'), QStringLiteral("four"));
    EXPECT_EQ(PasscodeFormat::spoken(u'-'), QStringLiteral("hyphen"));
    EXPECT_EQ(PasscodeFormat::phonetic(QStringLiteral("Kx4-")),
              QStringLiteral("KILO (capital), x-ray (lower case), four, hyphen"));
    EXPECT_EQ(
        PasscodeFormat::phonetic(QStringLiteral("a1b2c3")),
        QStringLiteral("alfa (lower case), one, bravo (lower case) / two, charlie (lower case), three"));
}

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
