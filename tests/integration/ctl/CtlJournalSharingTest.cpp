// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13, point 4: the journal is the truth shared by the processes of one computer. passcodectl processes
// and a console (the test's own engine, built as the console builds it) on one sandbox tenant and one journal
// file: an action one of them has in flight refuses the others' for the device, and the sandbox's own records
// (remoteActionAudits) show exactly one action, also when four passcodectl race for the same device.
#include "CtlEndToEndFixture.h"
#include "integration/engine/EngineHarness.h"

#include <gtest/gtest.h>

#include <memory>
#include <vector>

using namespace passcode;
using namespace passcode::itest;

TEST_F(ctl_EndToEnd, TheConsoleIsRefusedAnActionPasscodectlSentMeanwhile)
{
    const QJsonObject f = device(11); // Android Enterprise dedicated: Reset passcode
    ASSERT_FALSE(f.isEmpty());
    const QString id = f.value(u"id").toString();
    const int auditsBefore = s_sandbox->auditCount(id); // the generated history may hold finished ones
    Engine console(*s_sandbox, journal());
    // The technician opened the device in the console before passcodectl sent: nothing was pending then.
    const std::optional<devices::Device> seen = console.fetch(id);
    ASSERT_TRUE(seen.has_value());

    const CtlRun sent =
        run(hosted({QStringLiteral("reset"), id, QStringLiteral("--reason"), QStringLiteral("INC-13")}));
    ASSERT_EQ(sent.exitCode, 0) << sent.err.toStdString();

    const std::optional<Error> refused =
        console.service.send(*seen, actions::RemoteAction::ResetPasscode, QStringLiteral("INC-14"));
    ASSERT_TRUE(refused.has_value());
    EXPECT_EQ(refused->code, actions::ActionService::inFlightElsewhereCode());
    EXPECT_TRUE(refused->message.startsWith(
        QStringLiteral(
            "Another Passcode Console or passcodectl on this computer sent Reset passcode to %1 at ")
            .arg(seen->deviceName)))
        << refused->message.toStdString();
    const actions::ActionKey key{id, actions::RemoteAction::ResetPasscode};
    EXPECT_TRUE(actions::isInFlight(console.state(key))); // followed from now on
    QTest::qWait(300);
    EXPECT_EQ(s_sandbox->auditCount(id), auditsBefore + 1);
}

TEST_F(ctl_EndToEnd, PasscodectlIsRefusedAnActionTheConsoleHasInFlight)
{
    const QJsonObject f = device(11);
    ASSERT_FALSE(f.isEmpty());
    const QString id = f.value(u"id").toString();
    const int auditsBefore = s_sandbox->auditCount(id);
    Engine console(*s_sandbox, journal());
    const std::optional<devices::Device> seen = console.fetch(id);
    ASSERT_TRUE(seen.has_value());
    ASSERT_FALSE(console.service.send(*seen, actions::RemoteAction::ResetPasscode).has_value());
    const actions::ActionKey key{id, actions::RemoteAction::ResetPasscode};
    ASSERT_TRUE(waitUntil([&] { return console.state(key) == actions::ActionState::Pending; }));

    const CtlRun r = run(hosted({QStringLiteral("reset"), id}));
    EXPECT_EQ(r.exitCode, 3) << r.err.toStdString();
    expectOneErrorLine(r);
    EXPECT_EQ(s_sandbox->auditCount(id), auditsBefore + 1);
}

TEST_F(ctl_EndToEnd, OfFourPasscodectlResettingOneDeviceAtOnceExactlyOneSends)
{
    const QJsonObject f = device(11);
    ASSERT_FALSE(f.isEmpty());
    const QString id = f.value(u"id").toString();
    const int auditsBefore = s_sandbox->auditCount(id);
    const qint64 actionsBefore = s_sandbox->actionsTotal();
    // Every read of one device is answered 3 s late (as it was when asked): each process reads the device
    // before any of them sent, so the rules see nothing pending, and only the journal can stop the others.
    ASSERT_TRUE(s_sandbox->setFaults(QJsonObject{{QStringLiteral("latencyMs"), 3000},
                                                 {QStringLiteral("target"), QStringLiteral("device")}}));

    // Started as run() starts passcodectl, but all at once.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.remove(QStringLiteral("PASSCODECTL_ACCESS_TOKEN"));
    env.remove(QStringLiteral("QT_LOGGING_RULES"));
    constexpr int kProcesses = 4;
    std::vector<std::unique_ptr<QProcess>> processes;
    for (int i = 0; i < kProcesses; ++i) {
        auto p = std::make_unique<QProcess>();
        p->setProcessEnvironment(env);
        p->start(QStringLiteral(PASSCODECTL_EXE),
                 hosted({QStringLiteral("reset"), id, QStringLiteral("--json")}));
        processes.push_back(std::move(p));
    }
    int sent = 0;
    int refusedByTheJournal = 0;
    for (auto &p : processes) {
        ASSERT_TRUE(p->waitForFinished(120000));
        const QString out = QString::fromUtf8(p->readAllStandardOutput());
        const QString err = QString::fromUtf8(p->readAllStandardError());
        const QJsonObject json = QJsonDocument::fromJson(out.toUtf8()).object();
        if (p->exitCode() == 0) {
            ++sent;
            EXPECT_EQ(json.value(u"state").toString(), QStringLiteral("accepted")) << out.toStdString();
            continue;
        }
        EXPECT_EQ(p->exitCode(), 3) << err.toStdString();
        EXPECT_EQ(err.count(u'\n'), 1) << err.toStdString();
        if (json.value(u"refused").toString() == u"inFlightElsewhere") {
            ++refusedByTheJournal;
            EXPECT_TRUE(
                err.contains(QStringLiteral("Another Passcode Console or passcodectl on this computer")))
                << err.toStdString();
            EXPECT_EQ(json.value(u"exitCode").toInt(), 3);
        }
    }
    s_sandbox->resetFaults();
    EXPECT_EQ(sent, 1);
    EXPECT_GE(refusedByTheJournal, 1);
    EXPECT_EQ(s_sandbox->auditCount(id), auditsBefore + 1);
    EXPECT_EQ(s_sandbox->actionsTotal(), actionsBefore + 1);
}
