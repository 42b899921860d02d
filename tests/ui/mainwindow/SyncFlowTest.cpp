// SPDX-License-Identifier: GPL-3.0-or-later
// Sync in the console, against the embedded sandbox (ConsoleSession): the Overview's Sync asks the short
// confirmation and sends syncDevice; a passcode action accepted by Intune brings the offer to sync, whose
// Sync now sends it and whose Not now hides it; a platform Intune does not sync and a role without Remote
// tasks › Sync devices disable Sync with the reason.
#include "ConsoleSessionFixture.h"
#include "UiTestSupport.h"
#include "app/console/ConsoleSession.h"
#include "core/actions/ActionTracker.h"
#include "core/actions/SyncService.h"
#include "core/devices/DeviceDirectory.h"
#include "core/rbac/PermissionCheck.h"
#include "engine/TenantEngine.h"
#include "sandbox/host/SandboxHost.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/overview/ActionBar.h"
#include "ui/overview/DeviceOverviewPage.h"
#include "ui/overview/SyncOffer.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace passcode;
using actions::RemoteAction;
using actions::SyncState;

namespace {

class ui_SyncFlow : public uitest::ConsoleSessionFixture
{
protected:
    void open(const QString &upn = {}) { openConsole(sandboxOptions(200, upn), /*waitForPermissions=*/true); }

    /** A managed, online device of the decision-table row @p row. */
    QString deviceOfRow(int row)
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
            if (d.value(QLatin1String("row")).toInt() == row &&
                d.value(QLatin1String("managementState")).toString() == QLatin1String("managed") &&
                d.value(QLatin1String("connectivity")).toString() == QLatin1String("online") &&
                !d.value(QLatin1String("noPasscodePolicy")).toBool())
                return d.value(QLatin1String("id")).toString();
        }
        return {};
    }

    SyncState syncState(const QString &id) const { return session->engine().sync().status(id).state; }
};

} // namespace

TEST_F(ui_SyncFlow, SyncAsksTheShortConfirmationThenSends)
{
    open();
    const QString id = deviceOfRow(13);
    ASSERT_FALSE(id.isEmpty());
    ui::DeviceOverviewPage *page = openDevice(id);
    ui::ActionBar *bar = page->actionBar();
    QPushButton *sync = bar->syncButton();
    ASSERT_TRUE(sync->isVisible());
    ASSERT_TRUE(sync->isEnabled()) << qPrintable(bar->syncExplanation());
    EXPECT_FALSE(page->syncOffer()->isVisible()); // nothing accepted yet: no offer

    // Cancel sends nothing.
    sync->click();
    ASSERT_EQ(dialogs.syncRequests.size(), 1);
    EXPECT_EQ(dialogs.syncRequests.at(0).device.id, id);
    EXPECT_TRUE(dialogs.syncRequests.at(0).sandbox);
    dialogs.answerSync(false);
    EXPECT_EQ(syncState(id), SyncState::None);

    // Yes: sent, then accepted; the status is under the button.
    sync->click();
    ASSERT_EQ(dialogs.syncRequests.size(), 2);
    dialogs.answerSync(true);
    ASSERT_TRUE(QTest::qWaitFor([&] { return syncState(id) == SyncState::Accepted; }, 10000));
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return bar->syncExplanation().contains(QLatin1String("Sync sent at")); }, 5000))
        << qPrintable(bar->syncExplanation());
    EXPECT_TRUE(sync->isEnabled()); // another may be sent
    EXPECT_EQ(session->engine().sync().sentCount(), 1);
}

TEST_F(ui_SyncFlow, AnAcceptedPasscodeActionBringsTheOfferToSync)
{
    open();
    const QString id = deviceOfRow(13);
    ASSERT_FALSE(id.isEmpty());
    ui::DeviceOverviewPage *page = openDevice(id);
    ui::SyncOffer *offer = page->syncOffer();
    page->actionBar()->button(RemoteAction::ResetPasscode)->click();
    ASSERT_EQ(dialogs.confirmRequests.size(), 1);
    dialogs.answerConfirm(QStringLiteral("INC-1"));
    const actions::ActionKey key{id, RemoteAction::ResetPasscode};
    ASSERT_TRUE(QTest::qWaitFor([&] { return offer->isVisible(); }, 10000));
    EXPECT_TRUE(offer->text().contains(QLatin1String("Reset passcode"))) << qPrintable(offer->text());
    EXPECT_TRUE(offer->text().contains(page->device()->deviceName));
    EXPECT_TRUE(dialogs.syncRequests.isEmpty()); // the offer is the confirmation

    offer->acceptButton()->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return syncState(id) == SyncState::Accepted; }, 10000));
    EXPECT_FALSE(offer->isVisible()); // synced since the action was sent: no second offer
    EXPECT_TRUE(dialogs.syncRequests.isEmpty());

    // Not now hides it for that action.
    const QString other = deviceOfRow(11);
    ASSERT_FALSE(other.isEmpty());
    page = openDevice(other);
    page->actionBar()->button(RemoteAction::ResetPasscode)->click();
    dialogs.answerConfirm(QStringLiteral("INC-2"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return offer->isVisible(); }, 10000));
    offer->dismissButton()->click();
    EXPECT_FALSE(offer->isVisible());
    QTest::qWait(100);
    EXPECT_FALSE(offer->isVisible());
    EXPECT_EQ(syncState(other), SyncState::None);
}

TEST_F(ui_SyncFlow, SyncIsDisabledWithTheReasonWhereItCannotBeSent)
{
    open(QStringLiteral("readonly@contoso-sandbox.onmicrosoft.com"));
    const QString id = deviceOfRow(13);
    ASSERT_FALSE(id.isEmpty());
    ui::ActionBar *bar = openDevice(id)->actionBar();
    EXPECT_FALSE(bar->syncButton()->isEnabled());
    EXPECT_TRUE(bar->syncExplanation().contains(QStringLiteral("Remote tasks › Sync devices")))
        << qPrintable(bar->syncExplanation());
    EXPECT_TRUE(bar->syncButton()->toolTip().contains(QStringLiteral("Remote tasks › Sync devices")));

    const QString other = deviceOfRow(17); // a platform Intune has no Sync for
    ASSERT_FALSE(other.isEmpty());
    bar = openDevice(other)->actionBar();
    EXPECT_FALSE(bar->syncButton()->isEnabled());
    EXPECT_TRUE(bar->syncExplanation().contains(QLatin1String("Android, iOS/iPadOS, macOS and Windows")))
        << qPrintable(bar->syncExplanation());
}
