// SPDX-License-Identifier: GPL-3.0-or-later
// The whole console flow against the embedded sandbox tenant, through the console's own object graph
// (ConsoleSession): open a device, verdicts shown, confirm, passcode appears, clipboard cleared; an
// ineligible device cannot be sent. The sandbox's control API moves tenant time so nothing sleeps for
// minutes.
#include "ConsoleSessionFixture.h"
#include "UiTestSupport.h"
#include "app/console/ConsoleSession.h"
#include "core/actions/ActionJournal.h"
#include "core/actions/ActionService.h"
#include "core/actions/ActionTracker.h"
#include "core/actions/PollSchedule.h"
#include "core/devices/DeviceDirectory.h"
#include "core/graph/WriteBudget.h"
#include "engine/TenantEngine.h"
#include "sandbox/host/SandboxHost.h"
#include "ui/deviceactions/DeviceActionsModel.h"
#include "ui/deviceactions/DeviceActionsPage.h"
#include "ui/devices/DevicesPage.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/mainwindow/SandboxBanner.h"
#include "ui/overview/ActionBar.h"
#include "ui/overview/CallerCheckPanel.h"
#include "ui/overview/DeviceOverviewPage.h"
#include "ui/overview/PasscodePanel.h"
#include "ui/settings/SettingsDialog.h"

#include <gtest/gtest.h>

#include <QCheckBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkReply>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace passcode;
using namespace std::chrono_literals;
using actions::ActionState;
using actions::RemoteAction;

namespace {

class ui_ConsoleFlow : public uitest::ConsoleSessionFixture
{
protected:
    void SetUp() override
    {
        openConsole(sandboxOptions(300));
        if (HasFatalFailure())
            return;
        actions::PollPolicy fast;
        fast.firstDelayMs = 50;
        fast.maxDelayMs = 300;
        fast.coalesceMs = 10;
        session->service().setPollPolicy(fast);
    }

    void TearDown() override { QGuiApplication::clipboard()->clear(); }

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
        EXPECT_TRUE(done.wait(10000));
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll()).object();
    }

    /** A showcase device of a decision-table row, managed and without failure switches. */
    QString showcaseDevice(int row, bool online)
    {
        const QJsonObject answer = control("GET", QStringLiteral("devices"));
        for (const QJsonValue &v : answer.value(QLatin1String("value")).toArray()) {
            const QJsonObject d = v.toObject();
            if (d.value(QLatin1String("row")).toInt() == row &&
                d.value(QLatin1String("managementState")).toString() == QLatin1String("managed") &&
                !d.value(QLatin1String("noPasscodePolicy")).toBool() &&
                !d.value(QLatin1String("resetTokenInactive")).toBool() &&
                (!online || d.value(QLatin1String("connectivity")).toString() == QLatin1String("online")))
                return d.value(QLatin1String("id")).toString();
        }
        return {};
    }
};

TEST_F(ui_ConsoleFlow, ResetAPasscodeFromTheListToTheCodeAndClearTheClipboard)
{
    const QString id = showcaseDevice(13, true); // Android Enterprise fully managed
    ASSERT_FALSE(id.isEmpty());
    ui::DeviceOverviewPage *page = openDevice(id);
    ASSERT_TRUE(page->device());
    EXPECT_EQ(page->essential(QStringLiteral("serial")), page->device()->serialNumber);

    // Verdicts shown: Reset passcode on the work profile, the others disabled with their reasons.
    ui::ActionBar *bar = page->actionBar();
    EXPECT_TRUE(bar->button(RemoteAction::ResetPasscode)->isEnabled());
    EXPECT_FALSE(bar->button(RemoteAction::RemovePasscode)->isEnabled());
    EXPECT_FALSE(bar->explanation(RemoteAction::RemovePasscode).isEmpty());

    // Confirm through the presenter, with a ticket.
    bar->button(RemoteAction::ResetPasscode)->click();
    ASSERT_EQ(dialogs.confirmRequests.size(), 1);
    EXPECT_EQ(dialogs.confirmRequests.at(0).device.id, id);
    EXPECT_TRUE(dialogs.confirmRequests.at(0).sandbox);
    dialogs.answerConfirm(QStringLiteral("INC0012345"));
    const actions::ActionKey key{id, RemoteAction::ResetPasscode};
    ASSERT_TRUE(session->tracker().find(key));
    EXPECT_EQ(session->tracker().find(key)->ticket, QStringLiteral("INC0012345"));

    // While it runs, a second one cannot be sent.
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return session->tracker().find(key)->state != ActionState::Sent; }, 10000));
    EXPECT_FALSE(bar->button(RemoteAction::ResetPasscode)->isEnabled());
    EXPECT_EQ(page->passcodePanel()->mode(), ui::PasscodePanel::Mode::Waiting);

    // Tenant time moves until the device has checked in and finished; the passcode appears, masked.
    ui::PasscodePanel *panel = page->passcodePanel();
    for (int i = 0; i < 30 && panel->mode() != ui::PasscodePanel::Mode::Code; ++i) {
        control("POST", QStringLiteral("time/advance"), QJsonObject{{QStringLiteral("seconds"), 60}});
        (void)QTest::qWaitFor([panel] { return panel->mode() == ui::PasscodePanel::Mode::Code; }, 1500);
    }
    ASSERT_EQ(panel->mode(), ui::PasscodePanel::Mode::Code);
    const std::optional<QString> code = session->tracker().find(key)->passcode;
    ASSERT_TRUE(code && !code->isEmpty());
    EXPECT_FALSE(panel->shownCode().contains(code->left(2)));
    EXPECT_TRUE(panel->shownCode().startsWith(QChar(0x2022)));

    // The caller is not verified yet: Show and Copy are kept back and say why; Copy copies nothing.
    ui::CallerCheckPanel *caller = page->callerCheck();
    auto *reveal = panel->findChild<QToolButton *>(QStringLiteral("passcodeReveal"));
    ASSERT_TRUE(reveal);
    EXPECT_TRUE(caller->isVisible());
    EXPECT_EQ(caller->fact(QStringLiteral("upn")), page->device()->userPrincipalName);
    EXPECT_FALSE(reveal->isEnabled());
    EXPECT_TRUE(panel->secretGate().contains(QStringLiteral("verified")));
    panel->setRevealed(true);
    EXPECT_FALSE(panel->isRevealed());
    panel->copyCode();
    EXPECT_NE(QGuiApplication::clipboard()->text(), *code);
    // Ticked from the keyboard: journaled (who, when, which device; no passcode), then Show and Copy work.
    QTest::keyClick(caller->checkBox(), Qt::Key_Space);
    EXPECT_TRUE(caller->isVerified());
    EXPECT_TRUE(panel->secretGate().isEmpty());
    EXPECT_TRUE(reveal->isEnabled());
    const auto checks = actions::ActionJournal(dir.filePath(QStringLiteral("journal.json"))).callerChecks();
    ASSERT_TRUE(checks);
    ASSERT_EQ(checks.value().size(), 1);
    EXPECT_EQ(checks.value().at(0).deviceId, id);
    EXPECT_EQ(checks.value().at(0).verifiedBy, session->service().initiator());
    EXPECT_TRUE(checks.value().at(0).verifiedAt.isValid());
    reveal->click();
    EXPECT_TRUE(panel->isRevealed());
    EXPECT_TRUE(panel->shownCode().contains(code->left(2)));

    // Copy, then the clipboard is cleared after the (shortened) delay.
    panel->setClipboardClearDelay(100ms);
    QSignalSpy cleared(panel, &ui::PasscodePanel::clipboardCleared);
    panel->copyCode();
    EXPECT_EQ(QGuiApplication::clipboard()->text(), *code);
    ASSERT_TRUE(cleared.wait(5000));
    EXPECT_TRUE(QGuiApplication::clipboard()->text().isEmpty());

    // The passcode never reaches the settings or the journal.
    settings->sync();
    for (const QString &name : {QStringLiteral("console.ini"), QStringLiteral("journal.json")}) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly)) {
            EXPECT_FALSE(file.readAll().contains(code->toUtf8())) << qPrintable(name);
        }
    }

    // Device actions lists it, and opening the row opens the device.
    window()->showPlace(ui::Place::DeviceActions);
    ui::DeviceActionsPage *actionsPage = window()->deviceActionsPage();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            const auto &rows = actionsPage->model()->rows();
            return std::any_of(rows.cbegin(), rows.cend(),
                               [&](const actions::RemoteActionAudit &r) { return r.managedDeviceId == id; });
        },
        20000));
    EXPECT_TRUE(actionsPage->lastRefreshText().startsWith(QStringLiteral("Last refreshed")));
    EXPECT_TRUE(actionsPage->isAutoRefreshActive());
    actionsPage->setPaused(true);
    EXPECT_FALSE(actionsPage->isAutoRefreshActive());
    actionsPage->setPaused(false);
    EXPECT_TRUE(actionsPage->isAutoRefreshActive());
    window()->showPlace(ui::Place::AllDevices); // hidden: no refresh timer
    EXPECT_FALSE(actionsPage->isAutoRefreshActive());

    // The technician left the device: back on it, the caller must be verified again.
    page = openDevice(id);
    EXPECT_FALSE(page->callerCheck()->isVerified());
    EXPECT_FALSE(page->passcodePanel()->secretGate().isEmpty());
    EXPECT_FALSE(page->passcodePanel()->isRevealed());
}

TEST_F(ui_ConsoleFlow, TheCallerCheckPreferenceTurnsTheGateOffAndAFailedJournalKeepsItShut)
{
    const QString id = showcaseDevice(13, true);
    ASSERT_FALSE(id.isEmpty());
    ui::DeviceOverviewPage *page = openDevice(id);
    EXPECT_TRUE(page->callerGateOn());
    EXPECT_TRUE(page->callerCheck()->isVisible());
    EXPECT_FALSE(page->passcodePanel()->secretGate().isEmpty());

    // A journal that cannot be written: the tick is not recorded, so the box unticks and says why.
    QFile::remove(dir.filePath(QStringLiteral("journal.json")));
    ASSERT_TRUE(QDir(dir.path()).mkdir(QStringLiteral("journal.json"))); // a folder where the file goes
    page->callerCheck()->checkBox()->click();
    EXPECT_FALSE(page->callerCheck()->isVerified());
    EXPECT_FALSE(page->callerCheck()->checkBox()->isChecked());
    EXPECT_TRUE(page->callerCheck()->statusText().contains(QStringLiteral("Not recorded")));
    EXPECT_FALSE(page->passcodePanel()->secretGate().isEmpty());
    ASSERT_TRUE(QDir(dir.filePath(QStringLiteral("journal.json"))).removeRecursively());

    // Preferences: off, applied at once to the open device, and remembered.
    window()->showPreferences();
    auto *dialog = window()->findChild<ui::SettingsDialog *>();
    ASSERT_TRUE(dialog);
    auto *box = dialog->findChild<QCheckBox *>(QStringLiteral("verifyCallerCheck"));
    ASSERT_TRUE(box);
    EXPECT_TRUE(box->isChecked());
    box->setChecked(false);
    dialog->accept();
    EXPECT_FALSE(page->callerGateOn());
    EXPECT_FALSE(page->callerCheck()->isVisible());
    EXPECT_TRUE(page->passcodePanel()->secretGate().isEmpty());
    EXPECT_FALSE(settings->value(QLatin1String(ui::DeviceOverviewPage::kVerifyCallerKey)).toBool());
}

TEST_F(ui_ConsoleFlow, AnIneligibleDeviceCannotBeSent)
{
    const QString id = showcaseDevice(10, false); // Android device administrator on Android 7+
    ASSERT_FALSE(id.isEmpty());
    ui::DeviceOverviewPage *page = openDevice(id);
    for (RemoteAction a : actions::kAllRemoteActions) {
        EXPECT_FALSE(page->actionBar()->button(a)->isEnabled());
        EXPECT_TRUE(page->actionBar()->explanation(a).contains(QStringLiteral("Google removed")));
    }
    page->requestAction(RemoteAction::ResetPasscode);
    EXPECT_TRUE(dialogs.confirmRequests.isEmpty());
    // The service refuses it too, whatever the UI does.
    const std::optional<Error> refused =
        session->service().send(*page->device(), RemoteAction::ResetPasscode);
    ASSERT_TRUE(refused);
    EXPECT_EQ(refused->kind, Error::Kind::Usage);
    EXPECT_FALSE(session->tracker().find({id, RemoteAction::ResetPasscode}));
}

TEST_F(ui_ConsoleFlow, BackReturnsToTheListAndTheBannerSaysSandbox)
{
    ASSERT_TRUE(window()->sandboxBanner());
    EXPECT_TRUE(window()->sandboxBanner()->isVisible());
    const QString id = session->directory().at(0).id;
    openDevice(id);
    EXPECT_EQ(window()->currentPage(), window()->overviewPage());
    QTest::keyClick(window(), Qt::Key_Left, Qt::AltModifier);
    EXPECT_NE(window()->currentPage(), window()->overviewPage());

    // Ctrl+F from a device goes to the search of the list.
    openDevice(id);
    QTest::keyClick(window(), Qt::Key_F, Qt::ControlModifier);
    EXPECT_EQ(window()->currentPage(), static_cast<QWidget *>(window()->devicesPage()));
    EXPECT_TRUE(window()->devicesPage()->searchEdit()->hasFocus());
}

} // namespace

TEST_F(ui_ConsoleFlow, PreferencesSetTheWriteBudgetAtOnceAndForTheNextStart)
{
    graph::WriteBudget &budget = session->engine().writeBudget();
    EXPECT_EQ(budget.limit(), ui::SettingsDialog::kDefaultMaxWrites);

    window()->showPreferences();
    auto *dialog = window()->findChild<ui::SettingsDialog *>();
    ASSERT_TRUE(dialog);
    auto *spin = dialog->findChild<QSpinBox *>(QStringLiteral("maxWritesSpin"));
    ASSERT_TRUE(spin);
    EXPECT_FALSE(spin->accessibleName().isEmpty());
    EXPECT_EQ(spin->value(), ui::SettingsDialog::kDefaultMaxWrites);
    EXPECT_EQ(spin->maximum(), 200); // Intune's per-app limit
    spin->setValue(90);
    dialog->accept();

    EXPECT_EQ(budget.limit(), 90); // at once: single actions and bulk runs draw from this budget
    EXPECT_EQ(settings->value(QLatin1String(ui::SettingsDialog::kMaxWritesKey)).toInt(), 90);

    // The next start reads it; --max-writes overrides it for one run.
    session.reset();
    for (const auto &[given, expected] : {std::pair{0, 90}, std::pair{40, 40}}) {
        console::ConsoleOptions options;
        options.sandbox = true;
        options.devices = 20;
        options.maxWrites = given;
        console::ConsoleSession next(options, settings.get(), &dialogs);
        next.setJournalPath(dir.filePath(QStringLiteral("journal.json")));
        QSignalSpy ready(&next, &console::ConsoleSession::ready);
        next.start();
        ASSERT_TRUE(ready.wait(60000));
        EXPECT_EQ(next.engine().writeBudget().limit(), expected);
    }
}

TEST_F(ui_ConsoleFlow, AnActionAnotherProcessHasInFlightIsNotSentAndThePanelSaysWhy)
{
    const QString id = showcaseDevice(13, true);
    ASSERT_FALSE(id.isEmpty());
    ui::DeviceOverviewPage *page = openDevice(id);
    ASSERT_TRUE(page->device());
    ui::ActionBar *bar = page->actionBar();
    ASSERT_TRUE(bar->button(RemoteAction::ResetPasscode)->isEnabled());
    const qint64 actionsBefore =
        control("GET", QStringLiteral("state")).value(u"actions").toObject().value(u"total").toInteger();

    // Meanwhile passcodectl, on this computer, sends a reset to the device (its journal entry says so).
    actions::TrackedAction elsewhere;
    elsewhere.key = actions::ActionKey{id, RemoteAction::ResetPasscode};
    elsewhere.state = ActionState::Pending;
    elsewhere.deviceName = page->device()->deviceName;
    elsewhere.initiatedBy = QStringLiteral("ctl@contoso.example");
    elsewhere.requestedAt = QDateTime::currentDateTimeUtc();
    elsewhere.stateSince = elsewhere.requestedAt;
    ASSERT_FALSE(actions::ActionJournal(dir.filePath(QStringLiteral("journal.json"))).record(elsewhere));

    bar->button(RemoteAction::ResetPasscode)->click();
    ASSERT_EQ(dialogs.confirmRequests.size(), 1);
    dialogs.answerConfirm(QString());
    auto *sendError = page->findChild<QLabel *>(QStringLiteral("sendError"));
    ASSERT_TRUE(sendError);
    EXPECT_TRUE(sendError->isVisible());
    EXPECT_TRUE(sendError->text().startsWith(
        QStringLiteral(
            "Not sent: Another Passcode Console or passcodectl on this computer sent Reset passcode to "
            "%1 at ")
            .arg(page->device()->deviceName)))
        << qPrintable(sendError->text());
    EXPECT_TRUE(sendError->text().contains(QStringLiteral("(state: pending)")))
        << qPrintable(sendError->text());
    // The console follows that action now: the button stays disabled, and nothing was sent.
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return !bar->button(RemoteAction::ResetPasscode)->isEnabled(); }, 10000));
    EXPECT_EQ(
        control("GET", QStringLiteral("state")).value(u"actions").toObject().value(u"total").toInteger(),
        actionsBefore);
}
