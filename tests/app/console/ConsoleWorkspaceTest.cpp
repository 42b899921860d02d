// SPDX-License-Identifier: GPL-3.0-or-later
// The console as a workspace of tenants (ConsoleSession over TenantSessions, one MainWindow): several
// embedded sandbox tenants in one process, each with its own name, colour, engine, journal and sandbox;
// switching keeps each tenant's search and selection; an action in one leaves the others untouched; a tenant
// that cannot be reached shows "Failed" while the others work; the roster edited in Preferences persists.
#include "UiTestSupport.h"
#include "app/console/ConsoleSession.h"
#include "app/console/TenantSession.h"
#include "core/actions/ActionService.h"
#include "core/actions/ActionTracker.h"
#include "core/actions/PollSchedule.h"
#include "core/auth/AuthSession.h"
#include "core/auth/InMemorySecretStore.h"
#include "core/auth/TenantRoster.h"
#include "core/devices/DeviceDirectory.h"
#include "engine/TenantEngine.h"
#include "sandbox/host/SandboxHost.h"
#include "sandbox/host/SandboxServer.h"
#include "ui/devices/DevicesPage.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/mainwindow/QuickSwitcher.h"
#include "ui/mainwindow/TenantPages.h"
#include "ui/mainwindow/TenantSwitcher.h"
#include "ui/overview/ActionBar.h"
#include "ui/overview/ConfirmActionDialog.h"
#include "ui/overview/DeviceOverviewPage.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/settings/TenantProfileDialog.h"
#include "ui/settings/TenantRosterEditor.h"
#include "ui/signin/SignInDialog.h"

#include <gtest/gtest.h>

#include "ui/tenants/AllTenantsPage.h"
#include "ui/tenants/CrossTenantSearchPage.h"
#include <QFile>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkReply>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>

#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace passcode;
using actions::RemoteAction;

namespace {

constexpr int kWaitMs = 60000;

class app_ConsoleWorkspace : public ::testing::Test
{
protected:
    QTemporaryDir dir;
    std::unique_ptr<QSettings> settings;
    uitest::FakeDialogPresenter dialogs;
    std::unique_ptr<console::ConsoleSession> session;
    QNetworkAccessManager http;

    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        settings =
            std::make_unique<QSettings>(dir.filePath(QStringLiteral("console.ini")), QSettings::IniFormat);
    }

    void TearDown() override { session.reset(); }

    QString journal(const QString &id) const
    {
        return dir.filePath(QStringLiteral("journal-%1.json").arg(id));
    }

    void start(console::ConsoleOptions options)
    {
        session = std::make_unique<console::ConsoleSession>(options, settings.get(), &dialogs);
        session->setJournalPath(dir.filePath(QStringLiteral("journal.json")));
        QSignalSpy ready(session.get(), &console::ConsoleSession::ready);
        QSignalSpy failed(session.get(), &console::ConsoleSession::failed);
        session->start();
        ASSERT_TRUE(ready.count() > 0 || ready.wait(kWaitMs))
            << (failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        session->window()->show();
    }

    void startSandboxes(int count)
    {
        console::ConsoleOptions options;
        options.sandboxTenants = count;
        options.devices = 150;
        start(options);
        waitUntilSettled();
    }

    /** Every tenant open with its list loaded, or failed. */
    void waitUntilSettled()
    {
        ASSERT_TRUE(QTest::qWaitFor(
            [this] {
                for (console::TenantSession *t : session->tenants()) {
                    if (t->state() == console::TenantSession::State::Failed)
                        continue;
                    if (t->state() != console::TenantSession::State::Ready || !t->engine() ||
                        t->engine()->directory().loadState() != devices::DeviceDirectory::LoadState::Complete)
                        return false;
                }
                return true;
            },
            kWaitMs));
        for (console::TenantSession *t : session->tenants()) {
            if (t->engine()) {
                actions::PollPolicy fast;
                fast.firstDelayMs = 50;
                fast.maxDelayMs = 300;
                fast.coalesceMs = 10;
                t->engine()->service().setPollPolicy(fast);
            }
        }
    }

    QJsonObject control(const QUrl &base, const QByteArray &method, const QString &path)
    {
        QUrl url = base;
        url.setPath(QStringLiteral("/sandbox/") + path);
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply =
            method == "GET" ? http.get(request) : http.post(request, QByteArrayLiteral("{}"));
        QSignalSpy done(reply, &QNetworkReply::finished);
        EXPECT_TRUE(reply->isFinished() || done.wait(10000));
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll()).object();
    }

    qint64 sandboxActions(console::TenantSession *t)
    {
        const QJsonObject state = control(t->sandboxHost()->baseUrl(), "GET", QStringLiteral("state"));
        return state.value(QLatin1String("actions")).toObject().value(QLatin1String("total")).toInteger(-1);
    }

    /** A managed Android Enterprise fully managed device, online: Reset passcode applies. */
    QString resettableDevice(console::TenantSession *t)
    {
        const QJsonObject answer = control(t->sandboxHost()->baseUrl(), "GET", QStringLiteral("devices"));
        for (const QJsonValue &v : answer.value(QLatin1String("value")).toArray()) {
            const QJsonObject d = v.toObject();
            if (d.value(QLatin1String("row")).toInt() == 13 &&
                d.value(QLatin1String("managementState")).toString() == QLatin1String("managed") &&
                !d.value(QLatin1String("noPasscodePolicy")).toBool() &&
                !d.value(QLatin1String("resetTokenInactive")).toBool() &&
                d.value(QLatin1String("connectivity")).toString() == QLatin1String("online"))
                return d.value(QLatin1String("id")).toString();
        }
        return {};
    }

    ui::TenantPages *pages(int index) const
    {
        return session->window()->tenantPages(session->tenants().at(index)->id());
    }
};

TEST_F(app_ConsoleWorkspace, SandboxTenantsEachHaveTheirOwnNameColourSeedEngineAndJournal)
{
    startSandboxes(2);
    const QList<console::TenantSession *> tenants = session->tenants();
    ASSERT_EQ(tenants.size(), 2);
    EXPECT_EQ(tenants.at(0)->name(), QStringLiteral("Contoso (sandbox)"));
    EXPECT_EQ(tenants.at(1)->name(), QStringLiteral("Fabrikam (sandbox)"));
    EXPECT_NE(tenants.at(0)->color(), tenants.at(1)->color());
    EXPECT_NE(tenants.at(0)->engine(), tenants.at(1)->engine());
    EXPECT_NE(tenants.at(0)->engine()->journalPath(), tenants.at(1)->engine()->journalPath());
    EXPECT_NE(&tenants.at(0)->engine()->writeBudget(), &tenants.at(1)->engine()->writeBudget());
    EXPECT_NE(tenants.at(0)->sandboxHost()->baseUrl(), tenants.at(1)->sandboxHost()->baseUrl());
    EXPECT_EQ(control(tenants.at(0)->sandboxHost()->baseUrl(), "GET", QStringLiteral("state"))
                  .value(QLatin1String("seed"))
                  .toString(),
              QStringLiteral("1"));
    EXPECT_EQ(control(tenants.at(1)->sandboxHost()->baseUrl(), "GET", QStringLiteral("state"))
                  .value(QLatin1String("seed"))
                  .toString(),
              QStringLiteral("2"));

    // The switcher: each tenant with its state, then "All tenants"; keyboard-named rows.
    ui::TenantSwitcher *switcher = session->window()->tenantSwitcher();
    ASSERT_TRUE(switcher->isVisible());
    ASSERT_EQ(switcher->count(), 3);
    EXPECT_EQ(switcher->item(0)->data(Qt::AccessibleTextRole).toString(),
              QStringLiteral("Contoso (sandbox), Signed in"));
    EXPECT_EQ(switcher->item(2)->text(), QStringLiteral("All tenants"));
    EXPECT_EQ(session->tenantHandles().size(), 2);
    EXPECT_TRUE(session->tenantHandles().at(1).isUsable());
    EXPECT_TRUE(
        session->window()->windowTitle().startsWith(QStringLiteral("Contoso (sandbox) — All devices")))
        << qPrintable(session->window()->windowTitle());
}

TEST_F(app_ConsoleWorkspace, SwitchingKeepsEachTenantsSearchAndSelection)
{
    startSandboxes(3);
    ui::MainWindow *window = session->window();
    const auto searchAndSelect = [window](const QString &text, int row) {
        ui::DevicesPage *page = window->devicesPage();
        page->setSearchDelay(std::chrono::milliseconds(0));
        page->searchEdit()->setText(text);
        EXPECT_GT(page->view()->model()->rowCount(), row);
        page->view()->selectRow(row);
        return page;
    };
    ui::DevicesPage *first = searchAndSelect(QStringLiteral("a"), 2);
    const QString firstSelected = first->view()->currentIndex().data().toString();
    window->setCurrentTenant(session->tenants().at(1)->id());
    ui::DevicesPage *second = searchAndSelect(QStringLiteral("e"), 0);
    EXPECT_NE(first, second) << "each tenant has its own pages";
    EXPECT_TRUE(window->windowTitle().startsWith(QStringLiteral("Fabrikam (sandbox)")));
    EXPECT_EQ(window->tenantSwitcher()->currentTenant(), session->tenants().at(1)->id());

    // Back through the quick switcher (Ctrl+Shift+T), typing part of the name.
    window->quickSwitchAction()->trigger();
    ui::QuickSwitcher *quick = window->quickSwitcher();
    ASSERT_TRUE(quick);
    QTest::keyClicks(quick->filterEdit(), QStringLiteral("conto"));
    QTest::keyClick(quick->filterEdit(), Qt::Key_Return);
    EXPECT_EQ(session->currentTenant(), session->tenants().at(0));
    ASSERT_EQ(window->devicesPage(), first);
    EXPECT_EQ(first->searchEdit()->text(), QStringLiteral("a"));
    EXPECT_EQ(first->view()->selectionModel()->selectedRows().size(), 1);
    EXPECT_EQ(first->view()->currentIndex().data().toString(), firstSelected);
    window->setCurrentTenant(session->tenants().at(1)->id());
    EXPECT_EQ(window->devicesPage()->searchEdit()->text(), QStringLiteral("e"));

    // "All tenants": its search sees every open tenant, each with its own state.
    window->showAllTenants();
    ASSERT_TRUE(window->allTenantsPage());
    EXPECT_TRUE(window->isShowingAllTenants());
    EXPECT_EQ(window->allTenantsPage()->searchPage()->tenantStatusTexts().size(), session->tenants().size());
    EXPECT_EQ(window->devicesPage(), nullptr);
}

TEST_F(app_ConsoleWorkspace, AnActionInOneTenantLeavesTheOthersJournalsAndSandboxesUntouched)
{
    startSandboxes(3);
    console::TenantSession *fabrikam = session->tenants().at(1);
    // Each generated tenant starts with a history of actions of its own: count from here.
    QList<qint64> before;
    for (console::TenantSession *t : session->tenants())
        before.append(sandboxActions(t));
    session->switchTo(fabrikam->id());
    const QString id = resettableDevice(fabrikam);
    ASSERT_FALSE(id.isEmpty());
    session->window()->openDevice(id);
    ui::DeviceOverviewPage *page = session->window()->overviewPage();
    ASSERT_TRUE(QTest::qWaitFor([page] { return !page->isLoading() && page->device(); }, kWaitMs));
    page->actionBar()->button(RemoteAction::ResetPasscode)->click();
    ASSERT_EQ(dialogs.confirmRequests.size(), 1);
    EXPECT_EQ(dialogs.confirmRequests.at(0).tenantName, QStringLiteral("Fabrikam (sandbox)"));
    {
        ui::ConfirmActionDialog confirmation(dialogs.confirmRequests.at(0));
        EXPECT_EQ(confirmation.sendButton()->text(), QStringLiteral("&Reset passcode in Fabrikam (sandbox)"));
    }
    dialogs.answerConfirm(QStringLiteral("INC-42"));
    const actions::ActionKey key{id, RemoteAction::ResetPasscode};
    ASSERT_TRUE(fabrikam->engine()->tracker().find(key));
    ASSERT_TRUE(QTest::qWaitFor([&] { return sandboxActions(fabrikam) == before.at(1) + 1; }, kWaitMs));

    // Its journal names the tenant; the others have written nothing and their sandboxes saw nothing.
    QFile file(journal(fabrikam->id()));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QJsonArray entries =
        QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("entries")).toArray();
    ASSERT_EQ(entries.size(), 1);
    EXPECT_EQ(entries.at(0).toObject().value(QLatin1String("tenantName")).toString(),
              QStringLiteral("Fabrikam (sandbox)"));
    for (int i : {0, 2}) {
        console::TenantSession *other = session->tenants().at(i);
        EXPECT_FALSE(QFile::exists(journal(other->id()))) << qPrintable(other->name());
        EXPECT_FALSE(other->engine()->tracker().find(key));
        EXPECT_EQ(sandboxActions(other), before.at(i)) << qPrintable(other->name());
    }
}

TEST_F(app_ConsoleWorkspace, SigningOutOfOneTenantLeavesTheOthersSignedIn)
{
    // Two tenants signed in to through Entra ID (each sandbox's own identity endpoints), each its own entry.
    sandbox::SandboxOptions so;
    so.devices = 30;
    sandbox::SandboxServer alphaHost(so);
    so.seed = 3;
    sandbox::SandboxServer betaHost(so);
    QString error;
    ASSERT_TRUE(alphaHost.start(&error)) << qPrintable(error);
    ASSERT_TRUE(betaHost.start(&error)) << qPrintable(error);
    const QString pid = QString::number(QCoreApplication::applicationPid());
    auth::TenantRoster roster(settings.get());
    for (const auto &[name, host] :
         {std::pair{QStringLiteral("Alpha"), &alphaHost}, std::pair{QStringLiteral("Beta"), &betaHost}}) {
        auth::TenantProfile p;
        p.name = name;
        p.tenant = host->tenantId();
        p.clientId = QStringLiteral("passcode-console-workspace-test-") + name.toLower() + u'-' + pid;
        p.loginUrl = host->baseUrl();
        p.graphUrl = host->baseUrl();
        const Result<auth::TenantProfile> added = roster.add(p);
        ASSERT_TRUE(added) << qPrintable(added.error().message);
    }
    auth::InMemorySecretStore store;
    session = std::make_unique<console::ConsoleSession>(console::ConsoleOptions{}, settings.get(), &dialogs);
    session->setJournalPath(dir.filePath(QStringLiteral("journal.json")));
    session->setSecretStore(&store);
    session->setDeviceCodeSecondMs(20);
    const auto signIn = [this](ui::SignInDialog *dialog, const QUrl &base) {
        ASSERT_TRUE(dialog);
        ASSERT_TRUE(QTest::qWaitFor([dialog] { return dialog->deviceCodeButton()->isEnabled(); }, kWaitMs));
        dialog->deviceCodeButton()->click();
        ASSERT_TRUE(QTest::qWaitFor([dialog] { return !dialog->userCode().isEmpty(); }, kWaitMs));
        QUrl url = base;
        url.setPath(QStringLiteral("/sandbox/devicecode/approve"));
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = http.post(
            request, QJsonDocument(QJsonObject{{QStringLiteral("user_code"), dialog->userCode()}}).toJson());
        QSignalSpy done(reply, &QNetworkReply::finished);
        ASSERT_TRUE(reply->isFinished() || done.wait(kWaitMs));
        reply->deleteLater();
    };
    session->start();
    // The first tenant's sign-in shows at start; the second waits, needing the technician.
    ASSERT_TRUE(QTest::qWaitFor([this] { return session->signInDialog() != nullptr; }, kWaitMs));
    signIn(session->signInDialog(), alphaHost.baseUrl());
    ASSERT_TRUE(QTest::qWaitFor([this] { return session->window() != nullptr; }, kWaitMs));
    session->window()->show();
    console::TenantSession *alpha = session->tenants().at(0);
    console::TenantSession *beta = session->tenants().at(1);
    ASSERT_TRUE(QTest::qWaitFor(
        [beta] { return beta->state() == console::TenantSession::State::SignInNeeded; }, kWaitMs));
    EXPECT_TRUE(
        session->window()->tenantSwitcher()->item(1)->text().contains(QStringLiteral("Sign-in needed")));

    // Switching to it offers its sign-in.
    session->switchTo(beta->id());
    ASSERT_TRUE(QTest::qWaitFor([this] { return session->signInDialog() != nullptr; }, kWaitMs));
    signIn(session->signInDialog(), betaHost.baseUrl());
    waitUntilSettled();
    ASSERT_EQ(beta->state(), console::TenantSession::State::Ready);
    EXPECT_EQ(beta->engine()->directory().count(), 30);
    EXPECT_EQ(session->currentTenant(), beta);

    // File › Sign out: Beta only.
    session->window()->signOutAction()->trigger();
    ASSERT_TRUE(QTest::qWaitFor(
        [beta] { return beta->state() == console::TenantSession::State::SignInNeeded; }, kWaitMs));
    EXPECT_FALSE(beta->engine());
    EXPECT_FALSE(session->window()->tenantPages(beta->id())->isAttached());
    EXPECT_TRUE(session->window()->tenantPages(beta->id())->signInButton()->isVisibleTo(session->window()));
    ASSERT_TRUE(session->window());
    EXPECT_EQ(alpha->state(), console::TenantSession::State::Ready);
    EXPECT_EQ(alpha->auth()->state(), auth::AuthSession::State::SignedIn);
    ASSERT_TRUE(alpha->engine());
    EXPECT_EQ(alpha->engine()->directory().count(), 30);
    session->switchTo(alpha->id());
    EXPECT_TRUE(session->window()->devicesPage());
    session.reset(); // before the store
}

TEST_F(app_ConsoleWorkspace, ATenantThatCannotBeReachedShowsFailedWhileTheOthersWork)
{
    sandbox::SandboxOptions so;
    so.devices = 60;
    so.seed = 5;
    sandbox::SandboxHost live(so);
    QString error;
    ASSERT_TRUE(live.start(&error)) << qPrintable(error);
    // A port bound for the whole test but never listening: connections to it are refused, and no other test
    // running meanwhile can take it (a port closed after a probe could be reused by another test's server).
    QTcpSocket holder;
    ASSERT_TRUE(holder.bind(QHostAddress::LocalHost, 0));
    const quint16 deadPort = holder.localPort();
    auth::TenantRoster roster(settings.get());
    auth::TenantProfile down;
    down.name = QStringLiteral("Offline Ltd");
    down.graphUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(deadPort));
    ASSERT_TRUE(roster.add(down));
    auth::TenantProfile up;
    up.name = QStringLiteral("Working Inc");
    up.graphUrl = live.baseUrl();
    ASSERT_TRUE(roster.add(up));

    start({});
    waitUntilSettled();
    ASSERT_EQ(session->tenants().size(), 2);
    console::TenantSession *offline = session->tenants().at(0);
    console::TenantSession *working = session->tenants().at(1);
    EXPECT_EQ(offline->state(), console::TenantSession::State::Failed);
    EXPECT_TRUE(offline->stateText().startsWith(QStringLiteral("Failed: ")))
        << qPrintable(offline->stateText());
    EXPECT_FALSE(session->tenantHandles().at(0).isUsable());
    EXPECT_EQ(working->engine()->directory().count(), 60);
    const QString shown = session->window()->tenantSwitcher()->item(0)->text();
    EXPECT_TRUE(shown.contains(QStringLiteral("Failed: "))) << qPrintable(shown);
    // The failed tenant shows its reason in its own pages; the working one is shown first.
    EXPECT_EQ(session->currentTenant(), working);
    EXPECT_TRUE(pages(0)->statusText().startsWith(QStringLiteral("Failed: ")));
}

TEST_F(app_ConsoleWorkspace, TheRosterEditedInPreferencesPersistsAndOpensAndClosesTenants)
{
    sandbox::SandboxOptions so;
    so.devices = 40;
    sandbox::SandboxHost first(so);
    so.seed = 9;
    sandbox::SandboxHost second(so);
    QString error;
    ASSERT_TRUE(first.start(&error)) << qPrintable(error);
    ASSERT_TRUE(second.start(&error)) << qPrintable(error);
    {
        auth::TenantProfile profile;
        profile.name = QStringLiteral("First");
        profile.graphUrl = first.baseUrl();
        ASSERT_TRUE(auth::TenantRoster(settings.get()).add(profile));
    }
    start({});
    waitUntilSettled();
    ASSERT_EQ(session->tenants().size(), 1);

    // Add a tenant in Preferences: it is saved and opens at once.
    session->window()->showPreferences();
    auto *preferences = session->window()->findChild<ui::SettingsDialog *>();
    ASSERT_TRUE(preferences);
    ui::TenantRosterEditor *editor = preferences->rosterEditor();
    ASSERT_EQ(editor->list()->count(), 1);
    editor->addButton()->click();
    ui::TenantProfileDialog *profile = editor->profileDialog();
    ASSERT_TRUE(profile);
    profile->nameEdit()->setText(QStringLiteral("first")); // taken (case-insensitive): refused
    profile->graphUrlEdit()->setText(second.baseUrl().toString());
    profile->accept();
    EXPECT_TRUE(profile->isVisible());
    EXPECT_FALSE(profile->problem().isEmpty());
    profile->nameEdit()->setText(QStringLiteral("Second"));
    profile->accept();
    ASSERT_EQ(editor->list()->count(), 2);
    preferences->accept();
    ASSERT_TRUE(QTest::qWaitFor([this] { return session->tenants().size() == 2; }, kWaitMs));
    waitUntilSettled();
    EXPECT_EQ(session->tenants().at(1)->name(), QStringLiteral("Second"));
    EXPECT_EQ(session->tenants().at(1)->engine()->directory().count(), 40);
    {
        QSettings reread(settings->fileName(), QSettings::IniFormat);
        const QList<auth::TenantProfile> saved = auth::TenantRoster(&reread).profiles();
        ASSERT_EQ(saved.size(), 2);
        EXPECT_EQ(saved.at(1).name, QStringLiteral("Second"));
        EXPECT_EQ(saved.at(1).graphUrl, second.baseUrl());
    }

    // Remove the first: closed, and gone from the settings; the second stays open.
    session->window()->showPreferences();
    preferences = nullptr;
    for (ui::SettingsDialog *d : session->window()->findChildren<ui::SettingsDialog *>()) {
        if (d->isVisible())
            preferences = d;
    }
    ASSERT_TRUE(preferences);
    preferences->rosterEditor()->list()->setCurrentRow(0);
    preferences->rosterEditor()->removeButton()->click();
    preferences->accept();
    ASSERT_TRUE(QTest::qWaitFor([this] { return session->tenants().size() == 1; }, kWaitMs));
    EXPECT_EQ(session->tenants().at(0)->name(), QStringLiteral("Second"));
    EXPECT_EQ(session->window()->tenants().size(), 1);
    QSettings reread(settings->fileName(), QSettings::IniFormat);
    ASSERT_EQ(auth::TenantRoster(&reread).profiles().size(), 1);
    EXPECT_EQ(auth::TenantRoster(&reread).profiles().at(0).name, QStringLiteral("Second"));
}

} // namespace
