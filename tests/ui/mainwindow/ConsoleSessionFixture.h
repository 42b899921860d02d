// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "UiTestSupport.h"
#include "app/console/ConsoleSession.h"
#include "core/devices/DeviceDirectory.h"
#include "core/rbac/PermissionCheck.h"
#include "engine/TenantEngine.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/overview/DeviceOverviewPage.h"

#include <gtest/gtest.h>

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace passcode::uitest {

/**
 * The console's own object graph (app/console's ConsoleSession) on an embedded sandbox tenant, its settings
 * and journal in a temporary folder, its dialogs answered by a FakeDialogPresenter: the base of the flow
 * tests.
 */
class ConsoleSessionFixture : public ::testing::Test
{
protected:
    QTemporaryDir dir;
    std::unique_ptr<QSettings> settings;
    FakeDialogPresenter dialogs;
    std::unique_ptr<console::ConsoleSession> session;

    /** A sandbox console of @p devices devices, as @p upn (empty: the sandbox's technician). */
    static console::ConsoleOptions sandboxOptions(int devices, const QString &upn = {})
    {
        console::ConsoleOptions options;
        options.sandbox = true;
        options.devices = devices;
        options.upn = upn;
        return options;
    }

    /**
     * Starts the session, shows its window and waits until the device list is loaded and, with
     * @p waitForPermissions, until the technician's Intune permissions are checked. Fails the test otherwise.
     */
    void openConsole(const console::ConsoleOptions &options, bool waitForPermissions = false)
    {
        ASSERT_TRUE(dir.isValid());
        settings =
            std::make_unique<QSettings>(dir.filePath(QStringLiteral("console.ini")), QSettings::IniFormat);
        session = std::make_unique<console::ConsoleSession>(options, settings.get(), &dialogs);
        session->setJournalPath(dir.filePath(QStringLiteral("journal.json")));
        QSignalSpy ready(session.get(), &console::ConsoleSession::ready);
        session->start();
        ASSERT_TRUE(ready.wait(60000));
        session->window()->show();
        QSignalSpy finished(&session->directory(), &devices::DeviceDirectory::loadFinished);
        if (session->directory().loadState() != devices::DeviceDirectory::LoadState::Complete) {
            ASSERT_TRUE(finished.wait(60000));
        }
        if (waitForPermissions) {
            rbac::PermissionCheck &check = session->engine().permissions();
            ASSERT_TRUE(QTest::qWaitFor(
                [&check] { return check.state() != rbac::PermissionCheck::State::Checking; }, 20000));
        }
    }

    ui::MainWindow *window() const { return session->window(); }

    /** Opens a device's Overview and waits until it was read by id, without an error. */
    ui::DeviceOverviewPage *openDevice(const QString &id)
    {
        window()->openDevice(id);
        ui::DeviceOverviewPage *page = window()->overviewPage();
        EXPECT_TRUE(QTest::qWaitFor([page] { return !page->isLoading(); }, 20000));
        EXPECT_TRUE(page->errorText().isEmpty()) << qPrintable(page->errorText());
        return page;
    }
};

} // namespace passcode::uitest
