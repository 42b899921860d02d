// SPDX-License-Identifier: GPL-3.0-or-later
// The technician's Intune role in the console, against the embedded sandbox (ConsoleSession, as --upn gives
// it): a read-only operator sees Reset passcode disabled with the role's reason; when the permissions could
// not be checked the console says so once and offers the actions as before.
#include "ConsoleSessionFixture.h"
#include "UiTestSupport.h"
#include "app/console/ConsoleSession.h"
#include "core/devices/DeviceDirectory.h"
#include "core/rbac/PermissionCheck.h"
#include "engine/TenantEngine.h"
#include "sandbox/host/SandboxHost.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/mainwindow/TenantPages.h"
#include "ui/overview/ActionBar.h"
#include "ui/overview/DeviceOverviewPage.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace passcode;
using actions::RemoteAction;

namespace {

class ui_RbacFlow : public uitest::ConsoleSessionFixture
{
protected:
    void open(const QString &upn = {}) { openConsole(sandboxOptions(200, upn), /*waitForPermissions=*/true); }

    /** A managed Android Enterprise fully managed device (row 13), whose Reset passcode the rules allow. */
    QString eligibleDevice()
    {
        QUrl url = session->sandboxHost()->baseUrl();
        url.setPath(QStringLiteral("/sandbox/devices"));
        QNetworkReply *reply = session->engine().network().get(QNetworkRequest(url));
        QSignalSpy done(reply, &QNetworkReply::finished);
        EXPECT_TRUE(done.wait(10000));
        reply->deleteLater();
        for (const QJsonValue &v :
             QJsonDocument::fromJson(reply->readAll()).object().value(QLatin1String("value")).toArray()) {
            const QJsonObject d = v.toObject();
            if (d.value(QLatin1String("row")).toInt() == 13 &&
                d.value(QLatin1String("managementState")).toString() == QLatin1String("managed"))
                return d.value(QLatin1String("id")).toString();
        }
        return {};
    }

    ui::ActionBar *openDevice(const QString &id)
    {
        session->window()->openDevice(id);
        ui::DeviceOverviewPage *page = session->window()->overviewPage();
        EXPECT_TRUE(QTest::qWaitFor([page] { return !page->isLoading(); }, 20000));
        return page->actionBar();
    }
};

} // namespace

TEST_F(ui_RbacFlow, ReadOnlyOperatorSeesResetDisabledWithTheRolesReason)
{
    open(QStringLiteral("readonly@contoso-sandbox.onmicrosoft.com"));
    EXPECT_EQ(session->engine().permissions().state(), rbac::PermissionCheck::State::Checked);
    const QString id = eligibleDevice();
    ASSERT_FALSE(id.isEmpty());
    ui::ActionBar *bar = openDevice(id);
    QPushButton *reset = bar->button(RemoteAction::ResetPasscode);
    EXPECT_FALSE(reset->isEnabled());
    EXPECT_TRUE(
        bar->explanation(RemoteAction::ResetPasscode)
            .contains(QStringLiteral("Your Intune role does not include Remote tasks › Reset passcode")))
        << qPrintable(bar->explanation(RemoteAction::ResetPasscode));
    EXPECT_TRUE(reset->toolTip().contains(QStringLiteral("Remote tasks › Reset passcode")));
    EXPECT_FALSE(session->window()->statusBar()->currentMessage().contains(QLatin1String("not checked")));
}

TEST_F(ui_RbacFlow, HelpDeskOperatorMayResetAndNotCheckedIsSaidOnceWithActionsAsBefore)
{
    open();
    rbac::PermissionCheck &check = session->engine().permissions();
    EXPECT_EQ(check.state(), rbac::PermissionCheck::State::Checked);
    const QString id = eligibleDevice();
    ASSERT_FALSE(id.isEmpty());
    ui::ActionBar *bar = openDevice(id);
    EXPECT_TRUE(bar->button(RemoteAction::ResetPasscode)->isEnabled());

    QStatusBar *status = session->window()->statusBar();
    ui::TenantPages *pages = session->window()->findChild<ui::TenantPages *>();
    ASSERT_TRUE(pages);
    QSignalSpy messages(pages, &ui::TenantPages::statusMessage);
    Error forbidden = Error::make(Error::Kind::Permission, QStringLiteral("Permission denied."));
    forbidden.httpStatus = 403;
    check.setNotChecked(forbidden);
    check.setNotChecked(forbidden); // a second failure (a new check) is not said again
    QTest::qWait(50);
    int said = 0;
    for (const QList<QVariant> &m : messages)
        said += m.first().toString().contains(QLatin1String("Permissions not checked")) ? 1 : 0;
    EXPECT_EQ(said, 1);
    EXPECT_TRUE(status->currentMessage().contains(QLatin1String("DeviceManagementRBAC.Read.All")))
        << qPrintable(status->currentMessage());
    EXPECT_TRUE(bar->button(RemoteAction::ResetPasscode)->isEnabled()); // behaves as before
}
