// SPDX-License-Identifier: GPL-3.0-or-later
// GoogleTest main for core tests: a QCoreApplication so that event loops, timers and QSignalSpy::wait work.
#include "LsanSuppressions.h"
#include "TestEnvironment.h"

#include <gtest/gtest.h>

#include <QCoreApplication>

int main(int argc, char **argv)
{
    passcode::testing::setTestEnvironment();
    testing::InitGoogleTest(&argc, argv);
    QCoreApplication app(argc, argv);
    return RUN_ALL_TESTS();
}
