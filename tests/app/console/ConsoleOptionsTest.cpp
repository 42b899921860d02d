// SPDX-License-Identifier: GPL-3.0-or-later
// passcode-console's command line: --max-writes (the write budget of this run) is checked before anything
// starts.
#include "app/console/ConsoleOptions.h"

#include <gtest/gtest.h>

#include <QCommandLineParser>

using namespace passcode;

namespace {

std::optional<console::ConsoleOptions> parse(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    console::ConsoleOptions::addTo(parser);
    if (!parser.parse(QStringList{QStringLiteral("passcode-console")} + arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    return console::ConsoleOptions::from(parser, error);
}

TEST(app_ConsoleOptions, MaxWritesIsTheBudgetOfThisRunWithinIntunesLimit)
{
    QString error;
    const auto none = parse({}, &error);
    ASSERT_TRUE(none);
    EXPECT_EQ(none->maxWrites, 0); // the Preferences setting applies

    const auto given = parse({QStringLiteral("--max-writes"), QStringLiteral("120")}, &error);
    ASSERT_TRUE(given) << error.toStdString();
    EXPECT_EQ(given->maxWrites, 120);

    for (const char *bad : {"0", "201", "-5", "lots", "1e3"}) {
        SCOPED_TRACE(bad);
        error.clear();
        EXPECT_FALSE(parse({QStringLiteral("--max-writes"), QString::fromLatin1(bad)}, &error));
        EXPECT_TRUE(error.contains(QLatin1String("--max-writes"))) << error.toStdString();
    }
}

} // namespace
