// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/overview/PasscodeFormat.h"

#include <gtest/gtest.h>

using passcode::ui::PasscodeFormat;

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

} // namespace
