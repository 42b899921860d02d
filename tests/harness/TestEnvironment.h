// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Every test runs, and every program a test starts runs, in the C.UTF-8 locale with English messages, whatever
// the machine's: expectations on text and number formats must not depend on where the suite runs. Set here
// rather than through ctest's ENVIRONMENT property, which gtest_discover_tests cannot give several variables
// (it splits the list into separate arguments: only the first one reached the tests).

#include <QByteArray>

namespace passcode::testing {

inline void setTestEnvironment()
{
    qputenv("LANG", QByteArrayLiteral("C.UTF-8"));
    qputenv("LC_ALL", QByteArrayLiteral("C.UTF-8"));
    qputenv("LANGUAGE", QByteArrayLiteral("en"));
}

} // namespace passcode::testing
