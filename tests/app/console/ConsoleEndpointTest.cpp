// SPDX-License-Identifier: GPL-3.0-or-later
// passcode-console --graph-url: a standalone passcode-sandbox reached as passcodectl reaches it (tokens from
// its control endpoint), with or without a version segment; an endpoint it cannot use is refused with a
// clear message, never replaced by the embedded sandbox.
#include "UiTestSupport.h"
#include "app/console/ConsoleSession.h"
#include "core/auth/TenantSettings.h"
#include "core/devices/DeviceDirectory.h"
#include "engine/TenantEngine.h"
#include "sandbox/host/SandboxHost.h"
#include "ui/mainwindow/MainWindow.h"

#include <gtest/gtest.h>

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace passcode;

namespace {

constexpr int kWaitMs = 30000;

class app_ConsoleEndpoint : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        settings =
            std::make_unique<QSettings>(dir.filePath(QStringLiteral("console.ini")), QSettings::IniFormat);
        sandbox::SandboxOptions so;
        so.devices = 45;
        so.seed = 77;
        host = std::make_unique<sandbox::SandboxHost>(so);
        QString error;
        ASSERT_TRUE(host->start(&error)) << error.toStdString();
    }

    std::unique_ptr<console::ConsoleSession> start(const QUrl &graphUrl)
    {
        console::ConsoleOptions options;
        options.graphUrl = graphUrl;
        auto session = std::make_unique<console::ConsoleSession>(options, settings.get(), &dialogs);
        session->setJournalPath(dir.filePath(QStringLiteral("journal.json")));
        return session;
    }

    QTemporaryDir dir;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<sandbox::SandboxHost> host;
    uitest::FakeDialogPresenter dialogs;
};

} // namespace

TEST_F(app_ConsoleEndpoint, GraphUrlReachesTheStandaloneSandbox)
{
    for (const QString &version : {QStringLiteral("v1.0"), QStringLiteral("beta")}) {
        auto session = start(host->graphUrl(version));
        QSignalSpy ready(session.get(), &console::ConsoleSession::ready);
        QSignalSpy failed(session.get(), &console::ConsoleSession::failed);
        session->start();
        ASSERT_TRUE(ready.wait(kWaitMs))
            << (failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        EXPECT_EQ(session->mode(), console::ConsoleSession::Mode::Endpoint);
        EXPECT_EQ(session->sandboxHost(), nullptr) << "no embedded sandbox was started";
        EXPECT_EQ(session->engine().graphBase(), host->baseUrl());
        EXPECT_EQ(session->engine().initiator(), host->defaultUpn());
        ASSERT_TRUE(QTest::qWaitFor(
            [&] { return session->directory().loadState() == devices::DeviceDirectory::LoadState::Complete; },
            kWaitMs));
        EXPECT_EQ(session->directory().count(), 45)
            << "the standalone tenant's devices, not the embedded one's";
        // Not remembered: the next start without --graph-url opens the embedded sandbox as before.
        EXPECT_FALSE(auth::TenantSettings(settings.get()).graphUrlOverride().isValid());
    }
}

TEST_F(app_ConsoleEndpoint, AnEndpointItCannotUseIsRefusedClearly)
{
    for (const char *url : {"http://graph.example.com/v1.0", "https://graph.example.com/v1.0"}) {
        auto session = start(QUrl(QLatin1String(url)));
        QSignalSpy ready(session.get(), &console::ConsoleSession::ready);
        QSignalSpy failed(session.get(), &console::ConsoleSession::failed);
        session->start();
        ASSERT_TRUE(failed.count() > 0 || failed.wait(kWaitMs)) << url;
        const QString message = failed.first().first().toString();
        EXPECT_TRUE(message.contains(QStringLiteral("graph.example.com"))) << message.toStdString();
        EXPECT_EQ(ready.count(), 0);
        EXPECT_EQ(session->window(), nullptr);
        EXPECT_EQ(session->sandboxHost(), nullptr);
    }
}
