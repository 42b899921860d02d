// SPDX-License-Identifier: GPL-3.0-or-later
// GoogleTest main for widget tests: a QApplication on the offscreen platform unless the environment names one
// (gtest_discover_tests may run the binary outside the test environment).
#include "LsanSuppressions.h"
#include "TestEnvironment.h"

#include <gtest/gtest.h>

#include <QApplication>

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    passcode::testing::setTestEnvironment();
    testing::InitGoogleTest(&argc, argv);
    QApplication app(argc, argv);
    return RUN_ALL_TESTS();
}
