// SPDX-License-Identifier: GPL-3.0-or-later
// ui/notify/ActionNotifications through the console's own object graph (ConsoleSession over embedded sandbox
// tenants) and its real FreedesktopNotifier, against a fake org.freedesktop.Notifications server on the
// private session bus of scripts/with-keyring.sh: what is said (never the passcode), when (not while the
// technician looks at the device), the preference, the click, several tenants, and no server at all.
#include "ui/notify/ActionNotifications.h"
#include "FakeNotificationServer.h"
#include "UiTestSupport.h"
#include "app/console/ConsoleSession.h"
#include "app/console/TenantSession.h"
#include "core/actions/ActionService.h"
#include "core/actions/ActionTracker.h"
#include "core/actions/LikelyCause.h"
#include "core/actions/PollSchedule.h"
#include "core/devices/DeviceDirectory.h"
#include "engine/TenantEngine.h"
#include "sandbox/host/SandboxHost.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/notify/FreedesktopNotifier.h"
#include "ui/overview/ActionBar.h"
#include "ui/overview/DeviceOverviewPage.h"
#include "ui/settings/SettingsDialog.h"

#include <gtest/gtest.h>

#include <QCheckBox>
#include <QGuiApplication>
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
using actions::ActionKey;
using actions::ActionState;
using actions::RemoteAction;
using uitest::FakeNotificationServer;

namespace {

constexpr int kWaitMs = 60000;
const QString kEntry = QStringLiteral("io.github.passcodeconsole.PasscodeConsole");

class ui_ActionNotifications : public ::testing::Test
{
protected:
    QTemporaryDir dir;
    std::unique_ptr<QSettings> settings;
    uitest::FakeDialogPresenter dialogs;
    std::unique_ptr<FakeNotificationServer> server;
    std::unique_ptr<console::ConsoleSession> session;
    /** Another window, made active to take the activation from the console's. */
    std::unique_ptr<QWidget> elsewhere;

    void SetUp() override
    {
        // Never skipped: without the private bus of scripts/with-keyring.sh these tests fail and say why.
        QString why;
        ASSERT_TRUE(uitest::haveTestSessionBus(&why)) << why.toStdString();
        ASSERT_TRUE(dir.isValid());
        QGuiApplication::setDesktopFileName(kEntry);
        settings =
            std::make_unique<QSettings>(dir.filePath(QStringLiteral("console.ini")), QSettings::IniFormat);
    }

    void TearDown() override
    {
        session.reset();
        QGuiApplication::setDesktopFileName(QString());
    }

    void start(int tenants = 1, bool withServer = true)
    {
        if (withServer) {
            server = std::make_unique<FakeNotificationServer>();
            ASSERT_TRUE(server->start()) << server->error().toStdString();
        }
        console::ConsoleOptions options;
        if (tenants > 1)
            options.sandboxTenants = tenants;
        else
            options.sandbox = true;
        options.devices = 120;
        session = std::make_unique<console::ConsoleSession>(options, settings.get(), &dialogs);
        session->setJournalPath(dir.filePath(QStringLiteral("journal.json")));
        QSignalSpy ready(session.get(), &console::ConsoleSession::ready);
        session->start();
        ASSERT_TRUE(ready.count() > 0 || ready.wait(kWaitMs));
        ASSERT_TRUE(QTest::qWaitFor(
            [this] {
                for (console::TenantSession *t : session->tenants()) {
                    // An engine still opening has no directory yet (reading it then is undefined behaviour,
                    // which UBSan reported here).
                    if (!t->engine() || !t->engine()->isOpen() ||
                        t->engine()->directory().loadState() != devices::DeviceDirectory::LoadState::Complete)
                        return false;
                }
                return true;
            },
            kWaitMs));
        for (console::TenantSession *t : session->tenants()) {
            actions::PollPolicy fast;
            fast.firstDelayMs = 50;
            fast.maxDelayMs = 300;
            fast.coalesceMs = 10;
            t->engine()->service().setPollPolicy(fast);
        }
        window()->show();
        activate(window());
        if (server) {
            auto *notifier = qobject_cast<ui::FreedesktopNotifier *>(session->desktopNotifier());
            ASSERT_TRUE(notifier) << "Linux notifies through the freedesktop interface";
            ASSERT_TRUE(QTest::qWaitFor([notifier] { return !notifier->capabilities().isEmpty(); }, 5000));
        }
    }

    ui::MainWindow *window() const { return session->window(); }

    static void activate(QWidget *w)
    {
        w->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(w));
    }

    /** The technician turns to another window: the console's is no longer active. */
    void lookElsewhere()
    {
        elsewhere = std::make_unique<QWidget>();
        elsewhere->show();
        activate(elsewhere.get());
        ASSERT_FALSE(window()->isActiveWindow());
    }

    actions::ActionTracker &tracker(int tenant = 0) const
    {
        return session->tenants().at(tenant)->engine()->tracker();
    }
    const devices::DeviceDirectory &directory(int tenant = 0) const
    {
        return session->tenants().at(tenant)->engine()->directory();
    }

    /** Drives a tracked action through its states to @p end, as polling would. */
    static void finish(actions::ActionTracker &tracker, const devices::Device &device, RemoteAction action,
                       ActionState end, const QString &runId = {})
    {
        const ActionKey key{device.id, action};
        ASSERT_TRUE(
            tracker.request(key, device.deviceName, QStringLiteral("tech@contoso.example"), {}, runId));
        for (ActionState s : {ActionState::Sent, ActionState::Accepted, ActionState::Pending, end})
            ASSERT_TRUE(tracker.transition(key, s)) << actions::stableName(s).toStdString();
    }

    /** No Notify call arrives for a while (the bus is given the time a call takes). */
    bool staysQuiet()
    {
        QSignalSpy notified(server.get(), &FakeNotificationServer::notified);
        return !notified.wait(600);
    }

    const uitest::NotifyCall &waitForCall(qsizetype n = 1)
    {
        EXPECT_TRUE(QTest::qWaitFor([&] { return server->calls.size() >= n; }, 10000))
            << "Notify calls: " << server->calls.size();
        static const uitest::NotifyCall none;
        return server->calls.size() >= n ? server->calls.at(n - 1) : none;
    }

    QJsonObject control(const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        QUrl url = session->sandboxHost()->baseUrl();
        url.setPath(QStringLiteral("/sandbox/") + path);
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = method == "GET"
                                   ? session->network().get(request)
                                   : session->network().post(request, QJsonDocument(body).toJson());
        QSignalSpy done(reply, &QNetworkReply::finished);
        EXPECT_TRUE(reply->isFinished() || done.wait(10000));
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll()).object();
    }

    /** An online Android Enterprise fully managed device without failure switches (decision-table row 13). */
    QString resettableDevice()
    {
        const QJsonObject answer = control("GET", QStringLiteral("devices"));
        for (const QJsonValue &v : answer.value(QLatin1String("value")).toArray()) {
            const QJsonObject d = v.toObject();
            if (d.value(QLatin1String("row")).toInt() == 13 &&
                d.value(QLatin1String("managementState")).toString() == QLatin1String("managed") &&
                !d.value(QLatin1String("noPasscodePolicy")).toBool() &&
                d.value(QLatin1String("connectivity")).toString() == QLatin1String("online"))
                return d.value(QLatin1String("id")).toString();
        }
        return {};
    }

    bool showsDevice(const QString &id) const
    {
        const ui::DeviceOverviewPage *page = window()->overviewPage();
        return page && window()->currentPage() == page && page->deviceId() == id;
    }
};

TEST_F(ui_ActionNotifications, AResetThatEndsElsewhereIsToldWithoutThePasscodeAndTheClickOpensTheDevice)
{
    start();
    const QString id = resettableDevice();
    ASSERT_FALSE(id.isEmpty());
    window()->openDevice(id);
    ui::DeviceOverviewPage *page = window()->overviewPage();
    ASSERT_TRUE(QTest::qWaitFor([page] { return !page->isLoading() && page->device(); }, 20000));
    const QString name = page->device()->deviceName;
    page->actionBar()->button(RemoteAction::ResetPasscode)->click();
    dialogs.answerConfirm(QStringLiteral("INC0042"));
    const ActionKey key{id, RemoteAction::ResetPasscode};
    ASSERT_TRUE(tracker().find(key));

    // The technician goes back to the list while the device checks in.
    window()->showPlace(ui::Place::AllDevices);
    for (int i = 0; i < 30 && tracker().find(key)->state != ActionState::Done; ++i) {
        control("POST", QStringLiteral("time/advance"), QJsonObject{{QStringLiteral("seconds"), 60}});
        (void)QTest::qWaitFor([&] { return tracker().find(key)->state == ActionState::Done; }, 1500);
    }
    ASSERT_EQ(tracker().find(key)->state, ActionState::Done);
    const std::optional<QString> code = tracker().find(key)->passcode;
    ASSERT_TRUE(code && !code->isEmpty());

    const uitest::NotifyCall &call = waitForCall();
    EXPECT_EQ(call.summary, name + QStringLiteral(": the new passcode is ready"));
    EXPECT_EQ(call.body, QString()) << "one tenant: not named";
    EXPECT_EQ(call.hints.value(QStringLiteral("desktop-entry")).toString(), kEntry);
    EXPECT_EQ(call.appIcon, kEntry);
    EXPECT_EQ(call.actions.value(0), QStringLiteral("default"));
    // Never the passcode, anywhere in the call.
    QStringList everything{call.appName, call.appIcon, call.summary, call.body};
    everything += call.actions;
    for (auto it = call.hints.cbegin(); it != call.hints.cend(); ++it)
        everything << it.key() << it.value().toString();
    EXPECT_FALSE(everything.join(u'|').contains(*code));
    EXPECT_EQ(server->calls.size(), 1) << "one notification for one action";

    // Clicking it opens the device (the window was on All devices).
    ASSERT_FALSE(showsDevice(id));
    server->invokeAction(call.id, QStringLiteral("default"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return showsDevice(id); }, 5000));
    EXPECT_TRUE(window()->isVisible());
}

TEST_F(ui_ActionNotifications, NothingIsSentWhileTheTechnicianLooksAtTheDevice)
{
    start();
    const devices::Device device = directory().at(0);
    window()->openDevice(device.id);
    ASSERT_TRUE(showsDevice(device.id));
    ASSERT_TRUE(window()->isActiveWindow());
    EXPECT_TRUE(window()->isShowingDevice(session->tenants().at(0)->id(), device.id));
    finish(tracker(), device, RemoteAction::ResetPasscode, ActionState::Done);
    EXPECT_TRUE(staysQuiet());

    // The same page in a window that is not active: the technician is elsewhere.
    lookElsewhere();
    EXPECT_FALSE(window()->isShowingDevice(session->tenants().at(0)->id(), device.id));
    finish(tracker(), device, RemoteAction::ResetPasscode, ActionState::Done);
    EXPECT_EQ(waitForCall().summary, device.deviceName + QStringLiteral(": the new passcode is ready"));

    // Active again, on another device's Overview: elsewhere too.
    activate(window());
    window()->openDevice(directory().at(1).id);
    finish(tracker(), device, RemoteAction::RemovePasscode, ActionState::Done);
    EXPECT_EQ(waitForCall(2).summary, device.deviceName + QStringLiteral(": the passcode was removed"));
}

TEST_F(ui_ActionNotifications, ThePreferenceTurnsThemOff)
{
    start();
    lookElsewhere();
    activate(window());
    window()->showPreferences();
    auto *dialog = window()->findChild<ui::SettingsDialog *>();
    ASSERT_TRUE(dialog);
    auto *check = dialog->findChild<QCheckBox *>(QStringLiteral("notificationsCheck"));
    ASSERT_TRUE(check);
    EXPECT_TRUE(check->isChecked()) << "on by default";
    EXPECT_FALSE(check->accessibleName().isEmpty());
    EXPECT_FALSE(check->accessibleDescription().isEmpty());
    check->setChecked(false);
    dialog->accept();
    EXPECT_FALSE(settings->value(QLatin1String(ui::SettingsDialog::kNotificationsKey), true).toBool());

    lookElsewhere();
    const devices::Device device = directory().at(2);
    finish(tracker(), device, RemoteAction::ResetPasscode, ActionState::Done);
    EXPECT_TRUE(staysQuiet());

    // On again: applies at once.
    settings->setValue(QLatin1String(ui::SettingsDialog::kNotificationsKey), true);
    finish(tracker(), device, RemoteAction::ResetPasscode, ActionState::Done);
    EXPECT_EQ(waitForCall().summary, device.deviceName + QStringLiteral(": the new passcode is ready"));
}

TEST_F(ui_ActionNotifications, AFailureSaysItsShortReasonAndBulkItemsAndOldResultsAreNotAnnounced)
{
    start();
    lookElsewhere();
    const devices::Device device = directory().at(3);

    // A bulk run's item: its run's window reports it.
    finish(tracker(), device, RemoteAction::ResetPasscode, ActionState::Failed, QStringLiteral("run-1"));
    // A result seen only once it had ended (an action started elsewhere).
    ASSERT_TRUE(tracker().transition({device.id, RemoteAction::PinReset}, ActionState::Done));
    EXPECT_TRUE(staysQuiet());

    finish(tracker(), device, RemoteAction::ResetPasscode, ActionState::Failed);
    const uitest::NotifyCall &failed = waitForCall();
    EXPECT_EQ(failed.summary, device.deviceName + QStringLiteral(": Reset passcode failed"));
    const std::optional<QString> reason =
        actions::LikelyCause::briefOf(device, RemoteAction::ResetPasscode, ActionState::Failed);
    ASSERT_TRUE(reason);
    EXPECT_EQ(failed.body, *reason);

    finish(tracker(), device, RemoteAction::ResetPasscode, ActionState::NotSupported);
    const uitest::NotifyCall &unsupported = waitForCall(2);
    EXPECT_EQ(unsupported.summary, device.deviceName + QStringLiteral(": Reset passcode is not supported"));
    EXPECT_EQ(unsupported.body,
              *actions::LikelyCause::briefOf(device, RemoteAction::ResetPasscode, ActionState::NotSupported));
}

TEST_F(ui_ActionNotifications, WithSeveralTenantsTheTenantIsNamedAndTheClickOpensItsDevice)
{
    start(2);
    ASSERT_EQ(session->tenants().size(), 2);
    const QString first = session->tenants().at(0)->id();
    const QString second = session->tenants().at(1)->id();
    window()->setCurrentTenant(first);
    const devices::Device device = directory(1).at(0);
    EXPECT_FALSE(window()->isShowingDevice(second, device.id)) << "the window shows the first tenant";

    finish(tracker(1), device, RemoteAction::ResetPasscode, ActionState::Done);
    const uitest::NotifyCall &call = waitForCall();
    EXPECT_EQ(call.summary, device.deviceName + QStringLiteral(": the new passcode is ready"));
    EXPECT_EQ(call.body, QStringLiteral("Tenant: ") + session->tenants().at(1)->name());

    server->invokeAction(call.id, QStringLiteral("default"));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return window()->currentTenantId() == second && showsDevice(device.id); }, 5000));
}

TEST_F(ui_ActionNotifications, WithoutAServerTheConsoleGoesOnAndSaysNothing)
{
    start(1, false);
    lookElsewhere();
    const devices::Device device = directory().at(4);
    finish(tracker(), device, RemoteAction::ResetPasscode, ActionState::Done);
    finish(tracker(), device, RemoteAction::ResetPasscode, ActionState::Failed);
    QTest::qWait(500);
    EXPECT_EQ(tracker().find({device.id, RemoteAction::ResetPasscode})->state, ActionState::Failed);
    EXPECT_TRUE(window()->isVisible());
    EXPECT_TRUE(dialogs.sessionOnlyReasons.isEmpty() && dialogs.confirmRequests.isEmpty())
        << "no dialog of any kind";
    auto *notifier = qobject_cast<ui::FreedesktopNotifier *>(session->desktopNotifier());
    ASSERT_TRUE(notifier);
    EXPECT_EQ(notifier->shownCount(), 0);
}

// The text alone: pure, no bus.
TEST(ui_ActionNotificationText, EachEndSaysWhatHappenedAndNeverThePasscode)
{
    actions::TrackedAction action;
    action.key = {QStringLiteral("dev-7"), RemoteAction::PinReset};
    action.deviceName = QStringLiteral("SCAN-LIL-1712");
    action.passcode = QStringLiteral("739201");
    const devices::Device device = uitest::makeDevice(7, QStringLiteral("Windows"));
    const ui::DesktopNotification done =
        ui::ActionNotifications::compose(action, device, ActionState::Done, QStringLiteral("Contoso"));
    EXPECT_EQ(done.summary, QStringLiteral("SCAN-LIL-1712: the new PIN is ready"));
    EXPECT_EQ(done.body, QStringLiteral("Tenant: Contoso"));
    EXPECT_EQ(done.deviceId, QStringLiteral("dev-7"));
    EXPECT_FALSE(QString(done.summary + done.body).contains(*action.passcode));

    // Without a name in the tracker, the directory's; without either, the id.
    action.deviceName.clear();
    EXPECT_TRUE(ui::ActionNotifications::compose(action, device, ActionState::Done, {})
                    .summary.startsWith(device.deviceName + u':'));
    EXPECT_TRUE(ui::ActionNotifications::compose(action, std::nullopt, ActionState::Failed, {})
                    .summary.startsWith(QStringLiteral("dev-7: PIN reset failed")));
    EXPECT_FALSE(
        ui::ActionNotifications::compose(action, std::nullopt, ActionState::Failed, {}).body.isEmpty())
        << "the general advice without the device";
}

} // namespace
