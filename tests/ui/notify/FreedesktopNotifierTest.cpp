// SPDX-License-Identifier: GPL-3.0-or-later
// ui/notify/FreedesktopNotifier against a fake org.freedesktop.Notifications server on the private session
// bus of scripts/with-keyring.sh: what Notify carries, clicks, closes, capabilities, and no server at all.
#include "ui/notify/FreedesktopNotifier.h"
#include "FakeNotificationServer.h"

#include <gtest/gtest.h>

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace passcode;
using ui::DesktopNotification;
using ui::FreedesktopNotifier;
using uitest::FakeNotificationServer;

namespace {

const QString kEntry = QStringLiteral("io.github.passcodeconsole.PasscodeConsole");

DesktopNotification sample(const QString &device = QStringLiteral("dev-1"))
{
    return {QStringLiteral("SCAN-LIL-1712: the new passcode is ready"), QStringLiteral("Tenant: Contoso"),
            QStringLiteral("contoso"), device};
}

class ui_FreedesktopNotifier : public ::testing::Test
{
protected:
    std::unique_ptr<FakeNotificationServer> server;

    void SetUp() override
    {
        // Never skipped: without the private bus of scripts/with-keyring.sh these tests fail and say why.
        QString why;
        ASSERT_TRUE(uitest::haveTestSessionBus(&why)) << why.toStdString();
    }

    void startServer()
    {
        server = std::make_unique<FakeNotificationServer>();
        ASSERT_TRUE(server->start()) << server->error().toStdString();
    }

    std::unique_ptr<FreedesktopNotifier> makeNotifier()
    {
        auto notifier = std::make_unique<FreedesktopNotifier>(QDBusConnection::sessionBus(),
                                                              QStringLiteral("Passcode Console"), kEntry);
        // GetCapabilities answered (or failed) before the test goes on.
        if (server) {
            EXPECT_TRUE(QTest::qWaitFor([&] { return !notifier->capabilities().isEmpty(); }, 5000));
        }
        return notifier;
    }

    void waitForCalls(qsizetype n)
    {
        ASSERT_TRUE(QTest::qWaitFor([&] { return server->calls.size() >= n; }, 5000))
            << "Notify calls: " << server->calls.size();
    }
};

TEST_F(ui_FreedesktopNotifier, NotifyCarriesTheTextTheDesktopEntryAndTheDefaultAction)
{
    startServer();
    auto notifier = makeNotifier();
    notifier->show(sample());
    waitForCalls(1);
    const uitest::NotifyCall &call = server->calls.at(0);
    EXPECT_EQ(call.appName, QStringLiteral("Passcode Console"));
    EXPECT_EQ(call.replacesId, 0u);
    EXPECT_EQ(call.appIcon, kEntry);
    EXPECT_EQ(call.summary, QStringLiteral("SCAN-LIL-1712: the new passcode is ready"));
    EXPECT_EQ(call.body, QStringLiteral("Tenant: Contoso"));
    ASSERT_EQ(call.actions.size(), 2);
    EXPECT_EQ(call.actions.at(0), QStringLiteral("default"));
    EXPECT_EQ(call.actions.at(1), QStringLiteral("Open the device"));
    EXPECT_EQ(call.hints.value(QStringLiteral("desktop-entry")).toString(), kEntry);
    EXPECT_EQ(call.hints.value(QStringLiteral("urgency")).toInt(), 1);
    EXPECT_EQ(call.expireTimeout, -1);
    EXPECT_TRUE(QTest::qWaitFor([&] { return notifier->shownCount() == 1; }, 5000));
}

TEST_F(ui_FreedesktopNotifier, ClickingEmitsActivatedWithItsTenantAndDevice)
{
    startServer();
    auto notifier = makeNotifier();
    QSignalSpy activated(notifier.get(), &ui::DesktopNotifier::activated);
    notifier->show(sample(QStringLiteral("dev-1")));
    notifier->show({QStringLiteral("B"), {}, QStringLiteral("fabrikam"), QStringLiteral("dev-2")});
    waitForCalls(2);
    ASSERT_TRUE(QTest::qWaitFor([&] { return notifier->shownCount() == 2; }, 5000));

    // Another action key, or an id the console never got, opens nothing.
    server->invokeAction(server->calls.at(1).id, QStringLiteral("other"));
    server->invokeAction(999, QStringLiteral("default"));
    server->invokeAction(server->calls.at(1).id, QStringLiteral("default"));
    ASSERT_TRUE(activated.wait(5000));
    ASSERT_EQ(activated.size(), 1);
    EXPECT_EQ(activated.at(0).at(0).toString(), QStringLiteral("fabrikam"));
    EXPECT_EQ(activated.at(0).at(1).toString(), QStringLiteral("dev-2"));

    // Closed: forgotten, a late click opens nothing.
    server->close(server->calls.at(0).id);
    ASSERT_TRUE(QTest::qWaitFor([&] { return notifier->shownCount() == 1; }, 5000));
    server->invokeAction(server->calls.at(0).id, QStringLiteral("default"));
    EXPECT_FALSE(activated.wait(300));
}

TEST_F(ui_FreedesktopNotifier, ASecondNotificationOfTheSameDeviceReplacesTheFirst)
{
    startServer();
    auto notifier = makeNotifier();
    notifier->show(sample());
    waitForCalls(1);
    ASSERT_TRUE(QTest::qWaitFor([&] { return notifier->shownCount() == 1; }, 5000));
    notifier->show(sample());
    waitForCalls(2);
    EXPECT_EQ(server->calls.at(1).replacesId, server->calls.at(0).id);
}

TEST_F(ui_FreedesktopNotifier, WithoutActionsNoDefaultActionAndMarkupIsEscaped)
{
    startServer();
    server->capabilities = {QStringLiteral("body"), QStringLiteral("body-markup")};
    auto notifier = makeNotifier();
    EXPECT_TRUE(notifier->capabilities().contains(QStringLiteral("body-markup")));
    notifier->show({QStringLiteral("<b>&SCAN</b>: done"), QStringLiteral("Tenant: R&D <lab>"),
                    QStringLiteral("t"), QStringLiteral("d")});
    waitForCalls(1);
    EXPECT_TRUE(server->calls.at(0).actions.isEmpty());
    EXPECT_EQ(server->calls.at(0).body, QStringLiteral("Tenant: R&amp;D &lt;lab&gt;"));
    EXPECT_EQ(server->calls.at(0).summary, QStringLiteral("<b>&SCAN</b>: done"))
        << "the summary is never markup";
}

QStringList g_messages;

void recordMessage(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    if (QLatin1String(context.category) == QLatin1String("passcode.notify"))
        g_messages.append(message);
}

TEST_F(ui_FreedesktopNotifier, WithoutAServerNothingFailsAndItIsLoggedOnce)
{
    g_messages.clear();
    const QtMessageHandler previous = qInstallMessageHandler(recordMessage);
    {
        auto notifier = makeNotifier();
        QSignalSpy activated(notifier.get(), &ui::DesktopNotifier::activated);
        notifier->show(sample());
        notifier->show(sample(QStringLiteral("dev-2")));
        QTest::qWait(500); // the bus answers every call with an error
        EXPECT_EQ(notifier->shownCount(), 0);
        EXPECT_TRUE(notifier->capabilities().isEmpty());
        EXPECT_TRUE(activated.isEmpty());
    }
    qInstallMessageHandler(previous);
    ASSERT_EQ(g_messages.size(), 1) << g_messages.join(u'\n').toStdString();
    EXPECT_TRUE(g_messages.at(0).contains(QStringLiteral("not available"))) << g_messages.at(0).toStdString();

    // A connection that is not a bus at all: nothing happens either.
    FreedesktopNotifier none(QDBusConnection(QStringLiteral("no-such-connection")), QStringLiteral("x"), {});
    none.show(sample());
    EXPECT_EQ(none.shownCount(), 0);
}

} // namespace
