// SPDX-License-Identifier: GPL-3.0-or-later
// Sign-in to a tenant in the console, end to end: the console's own object graph (ConsoleSession, the
// SignInDialog, the MainWindow) against the sandbox tenant's Entra ID and Graph endpoints over loopback HTTP,
// with the real OS keychain (gnome-keyring on a private session bus: scripts/with-keyring.sh).
#include "UiTestSupport.h"
#include "app/console/ConsoleSession.h"
#include "core/actions/ActionService.h"
#include "core/actions/ActionTracker.h"
#include "core/actions/PollSchedule.h"
#include "core/auth/AuthSession.h"
#include "core/auth/ChunkedSecretStore.h"
#include "core/auth/InMemorySecretStore.h"
#include "core/auth/KeychainSecretStore.h"
#include "core/auth/NullSecretStore.h"
#include "core/auth/TenantSettings.h"
#include "core/devices/DeviceDirectory.h"
#include "fakes/ShuffledSecretStore.h"
#include "sandbox/host/SandboxServer.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/overview/ActionBar.h"
#include "ui/overview/DeviceOverviewPage.h"
#include "ui/overview/PasscodePanel.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/signin/SignInBanner.h"
#include "ui/signin/SignInDialog.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QClipboard>
#include <QDirIterator>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace passcode;
using namespace std::chrono_literals;
using State = auth::AuthSession::State;

namespace {

constexpr int kWaitMs = 20000;
// One keychain namespace per test process: ctest runs tests in parallel on one keyring, and a test that signs
// out must never remove the refresh token of another.
const QString kClientId =
    QStringLiteral("passcode-console-ui-test-") + QString::number(QCoreApplication::applicationPid());
const QString kKeychainService = QStringLiteral("io.github.passcodeconsole.PasscodeConsole.tests");

/** The environment variables of the XDG base directories, set to folders of the test and restored. */
class XdgDirs
{
public:
    explicit XdgDirs(const QTemporaryDir &root)
    {
        for (const char *name : kNames) {
            m_saved.append(qgetenv(name));
            const QString dir = root.filePath(QString::fromLatin1(name).toLower());
            QDir().mkpath(dir);
            qputenv(name, dir.toUtf8());
        }
    }
    ~XdgDirs()
    {
        for (std::size_t i = 0; i < std::size(kNames); ++i) {
            if (m_saved.at(qsizetype(i)).isEmpty())
                qunsetenv(kNames[i]);
            else
                qputenv(kNames[i], m_saved.at(qsizetype(i)));
        }
    }
    Q_DISABLE_COPY_MOVE(XdgDirs)

    static constexpr const char *kNames[] = {"XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME"};

private:
    QList<QByteArray> m_saved;
};

class ui_ConsoleSignIn : public ::testing::Test
{
protected:
    QTemporaryDir dir;
    std::unique_ptr<XdgDirs> xdg;
    std::unique_ptr<sandbox::SandboxServer> host;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<auth::SecretStore> store;
    uitest::FakeDialogPresenter dialogs;
    std::unique_ptr<console::ConsoleSession> session;
    QNetworkAccessManager http;

    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        xdg = std::make_unique<XdgDirs>(dir);
        sandbox::SandboxOptions options;
        options.devices = 120;
        options.autoApprove = false;
        // In-process: the event loop of the test serves it while the test waits.
        host = std::make_unique<sandbox::SandboxServer>(options);
        QString error;
        ASSERT_TRUE(host->start(&error)) << qPrintable(error);
        http.setProxy(QNetworkProxy::NoProxy);
        http.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);

        // Where the console keeps its settings: under XDG_CONFIG_HOME.
        settings = std::make_unique<QSettings>(
            dir.filePath(QStringLiteral("xdg_config_home/PasscodeConsole/passcode-console.conf")),
            QSettings::IniFormat);
        auth::TenantSettings tenant(settings.get());
        tenant.setTenant(host->tenantId());
        tenant.setClientId(kClientId);
        tenant.setLoginUrlOverride(host->baseUrl());
        tenant.setGraphUrlOverride(host->baseUrl());
        tenant.sync();
        store = usesKeyring() ? std::unique_ptr<auth::SecretStore>(
                                    std::make_unique<auth::KeychainSecretStore>(kKeychainService, 200ms))
                              : std::make_unique<auth::InMemorySecretStore>();
    }

    void TearDown() override
    {
        // Leave nothing in the keychain.
        if (session && session->auth()) {
            session->auth()->signOut();
            QTest::qWait(300);
        }
        session.reset();
        QGuiApplication::clipboard()->clear();
        xdg.reset();
    }

    static bool usesKeyring() { return qEnvironmentVariable("PASSCODE_KEYRING") == QLatin1String("1"); }

    void startConsole()
    {
        console::ConsoleOptions options;
        session = std::make_unique<console::ConsoleSession>(options, settings.get(), &dialogs);
        session->setSecretStore(store.get());
        session->setDeviceCodeSecondMs(20); // the sandbox's 5 s interval is 100 ms here
        session->start();
        ASSERT_EQ(session->mode(), console::ConsoleSession::Mode::Tenant);
        ASSERT_TRUE(session->signInDialog());
    }

    /** The sign-in dialog settles (silent sign-in over) with its buttons enabled. */
    ui::SignInDialog *readyDialog(ui::SignInDialog *dialog)
    {
        EXPECT_TRUE(dialog);
        if (!dialog)
            return nullptr;
        EXPECT_TRUE(QTest::qWaitFor([dialog] { return dialog->deviceCodeButton()->isEnabled(); }, kWaitMs));
        return dialog;
    }

    QJsonObject control(const QByteArray &method, const QString &route, const QJsonObject &body = {})
    {
        QUrl url = host->baseUrl();
        url.setPath(QStringLiteral("/sandbox/") + route);
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply =
            method == "GET" ? http.get(request) : http.post(request, QJsonDocument(body).toJson());
        QSignalSpy done(reply, &QNetworkReply::finished);
        EXPECT_TRUE(reply->isFinished() || done.wait(kWaitMs));
        reply->deleteLater();
        EXPECT_EQ(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200)
            << qPrintable(route);
        return QJsonDocument::fromJson(reply->readAll()).object();
    }

    /** Device code sign-in in the dialog; the "user" approves the code on the sandbox's page. */
    void signInWithCode(ui::SignInDialog *dialog)
    {
        ASSERT_TRUE(readyDialog(dialog));
        dialog->deviceCodeButton()->click();
        ASSERT_TRUE(QTest::qWaitFor([dialog] { return !dialog->userCode().isEmpty(); }, kWaitMs));
        control("POST", QStringLiteral("devicecode/approve"),
                {{QStringLiteral("user_code"), dialog->userCode()}});
    }

    /** Waits for the window and the first complete device list. */
    void waitForWindow()
    {
        ASSERT_TRUE(QTest::qWaitFor([this] { return session->window() != nullptr; }, kWaitMs));
        ASSERT_TRUE(QTest::qWaitFor(
            [this] {
                return session->directory().loadState() == devices::DeviceDirectory::LoadState::Complete;
            },
            kWaitMs));
        actions::PollPolicy fast;
        fast.firstDelayMs = 50;
        fast.maxDelayMs = 300;
        fast.coalesceMs = 10;
        session->service().setPollPolicy(fast);
    }

    QString accountText() const
    {
        return session->window()->findChild<QLabel *>(QStringLiteral("accountLabel"))->text();
    }

    /** The key of the signed-in account's refresh token in the keychain. */
    QString secretKey() const { return auth::TenantSettings(settings.get()).accountSecretKey(); }

    std::optional<QString> readSecret(const QString &key)
    {
        std::optional<QString> secret;
        bool done = false;
        QObject context;
        store->read(key, &context, [&](const Result<std::optional<QString>> &result) {
            EXPECT_TRUE(result.hasValue());
            if (result)
                secret = *result;
            done = true;
        });
        EXPECT_TRUE(QTest::qWaitFor([&done] { return done; }, kWaitMs));
        return secret;
    }

    /** A managed, online device of a row of the decision table (Android Enterprise fully managed: 13). */
    QString showcaseDevice(int row)
    {
        const QJsonObject answer = control("GET", QStringLiteral("devices"));
        for (const QJsonValue &v : answer.value(QLatin1String("value")).toArray()) {
            const QJsonObject d = v.toObject();
            if (d.value(QLatin1String("row")).toInt() == row &&
                d.value(QLatin1String("managementState")).toString() == QLatin1String("managed") &&
                !d.value(QLatin1String("noPasscodePolicy")).toBool() &&
                !d.value(QLatin1String("resetTokenInactive")).toBool() &&
                d.value(QLatin1String("connectivity")).toString() == QLatin1String("online"))
                return d.value(QLatin1String("id")).toString();
        }
        return {};
    }

    ui::DeviceOverviewPage *openDevice(const QString &id)
    {
        session->window()->openDevice(id);
        ui::DeviceOverviewPage *page = session->window()->overviewPage();
        EXPECT_TRUE(QTest::qWaitFor([page] { return !page->isLoading(); }, kWaitMs));
        EXPECT_TRUE(page->errorText().isEmpty()) << qPrintable(page->errorText());
        return page;
    }

    /** The browser: opens the authorize URL, the user approves, the browser follows the redirect. */
    void browse(const QUrl &authorizeUrl)
    {
        QNetworkReply *page = http.get(QNetworkRequest(authorizeUrl));
        QSignalSpy pageDone(page, &QNetworkReply::finished);
        ASSERT_TRUE(page->isFinished() || pageDone.wait(kWaitMs));
        page->deleteLater();
        const QByteArray requestId = page->rawHeader("X-Sandbox-Authorization-Request");
        ASSERT_FALSE(requestId.isEmpty()) << page->readAll().toStdString();
        const QJsonObject decided = control("POST", QStringLiteral("authorize/approve"),
                                            {{QStringLiteral("request_id"), QString::fromLatin1(requestId)}});
        const QUrl redirect(decided.value(QLatin1String("location")).toString());
        ASSERT_TRUE(redirect.isValid());
        QNetworkReply *back = http.get(QNetworkRequest(redirect));
        QSignalSpy backDone(back, &QNetworkReply::finished);
        ASSERT_TRUE(back->isFinished() || backDone.wait(kWaitMs));
        back->deleteLater();
        EXPECT_EQ(back->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    }
};

} // namespace

TEST_F(ui_ConsoleSignIn, DeviceCodeSignInShowsTheCodeWithCopyThenTheTenantsDevices)
{
    ASSERT_NO_FATAL_FAILURE(startConsole());
    ui::SignInDialog *dialog = readyDialog(session->signInDialog());
    ASSERT_TRUE(dialog);
    EXPECT_TRUE(dialog->sandboxButton()->isVisibleTo(dialog)); // the sandbox stays one click away
    dialog->deviceCodeButton()->click();
    ASSERT_TRUE(QTest::qWaitFor([dialog] { return !dialog->userCode().isEmpty(); }, kWaitMs));
    EXPECT_FALSE(dialog->deviceCodeButton()->isEnabled()); // one sign-in at a time
    EXPECT_TRUE(dialog->statusText().contains(QStringLiteral("enter the code")));
    dialog->copyCodeButton()->click();
    EXPECT_EQ(QGuiApplication::clipboard()->text(), dialog->userCode());
    dialog->openPageButton()->click();
    ASSERT_EQ(dialogs.openedUrls.size(), 1);
    EXPECT_EQ(dialogs.openedUrls.at(0).path(), QStringLiteral("/sandbox/devicelogin"));
    // The technician approves on the page; the dialog follows on its own and the window opens.
    control("POST", QStringLiteral("devicecode/approve"),
            {{QStringLiteral("user_code"), dialog->userCode()}});
    ASSERT_NO_FATAL_FAILURE(waitForWindow());
    EXPECT_EQ(session->directory().count(), 120);
    EXPECT_TRUE(QTest::qWaitFor([this] { return session->signInDialog() == nullptr; }, kWaitMs));
    const QString upn = session->auth()->account().username;
    EXPECT_FALSE(upn.isEmpty());
    EXPECT_EQ(accountText(), QStringLiteral("Signed in as %1").arg(upn));
    EXPECT_FALSE(session->window()->sandboxBanner()); // a real tenant: no sandbox banner
    EXPECT_TRUE(session->window()->signOutAction()->isVisible());
}

TEST_F(ui_ConsoleSignIn, BrowserSignInOpensThePageAndFinishesOnTheLoopbackRedirect)
{
    ASSERT_NO_FATAL_FAILURE(startConsole());
    ui::SignInDialog *dialog = readyDialog(session->signInDialog());
    ASSERT_TRUE(dialog);
    dialog->browserButton()->click();
    ASSERT_TRUE(QTest::qWaitFor([this] { return !dialogs.openedUrls.isEmpty(); }, kWaitMs));
    const QUrl authorize = dialogs.openedUrls.at(0);
    EXPECT_TRUE(authorize.path().endsWith(QStringLiteral("/oauth2/v2.0/authorize")));
    EXPECT_TRUE(authorize.query().contains(QStringLiteral("code_challenge_method=S256")));
    browse(authorize);
    ASSERT_NO_FATAL_FAILURE(waitForWindow());
    EXPECT_EQ(session->directory().count(), 120);
}

TEST_F(ui_ConsoleSignIn, TheNextStartSignsInSilentlyFromTheKeychain)
{
    ASSERT_NO_FATAL_FAILURE(startConsole());
    ASSERT_NO_FATAL_FAILURE(signInWithCode(session->signInDialog()));
    ASSERT_NO_FATAL_FAILURE(waitForWindow());
    ASSERT_FALSE(secretKey().isEmpty());
    session.reset(); // the console quits; the sign-in stays in the keychain

    ASSERT_NO_FATAL_FAILURE(startConsole());
    ASSERT_NO_FATAL_FAILURE(waitForWindow()); // no click: the saved sign-in was enough
    EXPECT_TRUE(QTest::qWaitFor([this] { return session->signInDialog() == nullptr; }, kWaitMs));
    EXPECT_EQ(session->directory().count(), 120);
}

TEST_F(ui_ConsoleSignIn, AnExpiredAccessTokenIsRefreshedOnceDuringTheDeviceListLoad)
{
    ASSERT_NO_FATAL_FAILURE(startConsole());
    ASSERT_NO_FATAL_FAILURE(signInWithCode(session->signInDialog()));
    ASSERT_NO_FATAL_FAILURE(waitForWindow());
    const QString before = session->auth()->tokenProvider().accessToken();
    QSignalSpy refreshes(&session->auth()->tokenProvider(), &auth::SignedInTokenProvider::refreshStarted);
    // Every access token issued so far is refused from now on (401); the refresh token still works.
    control("POST", QStringLiteral("tokens/expire"));
    session->window()->refreshCurrent(); // F5 on All devices
    ASSERT_TRUE(QTest::qWaitFor(
        [this] { return session->directory().loadState() != devices::DeviceDirectory::LoadState::Loading; },
        kWaitMs));
    EXPECT_EQ(session->directory().loadState(), devices::DeviceDirectory::LoadState::Complete);
    EXPECT_EQ(session->directory().count(), 120);
    EXPECT_NE(session->auth()->tokenProvider().accessToken(), before);
    EXPECT_EQ(refreshes.size(), 1); // one refresh; the waiting requests were replayed
    EXPECT_EQ(session->auth()->state(), State::SignedIn);
    EXPECT_FALSE(session->window()->signInBanner()->isVisible());
}

TEST_F(ui_ConsoleSignIn, ARevokedSignInAsksToSignInAgainAndKeepsThePage)
{
    ASSERT_NO_FATAL_FAILURE(startConsole());
    ASSERT_NO_FATAL_FAILURE(signInWithCode(session->signInDialog()));
    ASSERT_NO_FATAL_FAILURE(waitForWindow());
    session->window()->show();
    const QString id = session->directory().at(3).id;
    openDevice(id);
    const QString upn = session->auth()->account().username;

    // An admin revokes the technician's sessions: the next renewal fails with invalid_grant.
    control("POST", QStringLiteral("tokens/revoke"), {{QStringLiteral("upn"), upn}});
    control("POST", QStringLiteral("tokens/expire"));
    session->window()->refreshCurrent(); // F5 on the device
    ui::SignInBanner *banner = session->window()->signInBanner();
    ASSERT_TRUE(QTest::qWaitFor([banner] { return banner->isVisible(); }, kWaitMs));
    EXPECT_TRUE(banner->text().contains(upn));
    EXPECT_EQ(session->auth()->state(), State::NeedsInteraction);
    EXPECT_TRUE(accountText().startsWith(QStringLiteral("Sign-in expired")));
    // The page stays where it was.
    EXPECT_EQ(session->window()->currentPage(), session->window()->overviewPage());
    EXPECT_EQ(session->window()->overviewPage()->deviceId(), id);

    banner->signInButton()->click();
    ui::SignInDialog *dialog = session->window()->signInDialog();
    ASSERT_TRUE(dialog);
    EXPECT_FALSE(dialog->sandboxButton()->isVisible());
    EXPECT_TRUE(dialog->statusText().contains(QStringLiteral("expired")));
    ASSERT_NO_FATAL_FAILURE(signInWithCode(dialog));
    ASSERT_TRUE(QTest::qWaitFor([this] { return session->auth()->state() == State::SignedIn; }, kWaitMs));
    EXPECT_FALSE(banner->isVisible());
    EXPECT_TRUE(accountText().startsWith(QStringLiteral("Signed in as")));
    EXPECT_EQ(session->window()->overviewPage()->deviceId(), id);
    // The dialog closes and the page reloads what failed while the sign-in was gone.
    ASSERT_TRUE(QTest::qWaitFor([this] { return session->window()->signInDialog() == nullptr; }, kWaitMs));
    EXPECT_TRUE(QTest::qWaitFor(
        [this] {
            ui::DeviceOverviewPage *page = session->window()->overviewPage();
            return !page->isLoading() && page->errorText().isEmpty();
        },
        kWaitMs));
}

TEST_F(ui_ConsoleSignIn, SigningInAgainAsAnotherTechnicianNamesThemOnTheActions)
{
    ASSERT_NO_FATAL_FAILURE(startConsole());
    ASSERT_NO_FATAL_FAILURE(signInWithCode(session->signInDialog()));
    ASSERT_NO_FATAL_FAILURE(waitForWindow());
    const QString first = session->auth()->account().username;
    EXPECT_EQ(session->service().initiator(), first);
    control("POST", QStringLiteral("tokens/revoke"), {{QStringLiteral("upn"), first}});
    control("POST", QStringLiteral("tokens/expire"));
    session->window()->refreshCurrent();
    ASSERT_TRUE(
        QTest::qWaitFor([this] { return session->auth()->state() == State::NeedsInteraction; }, kWaitMs));

    // A colleague signs in on the same console, in the same window.
    const QString second = QStringLiteral("support.n2@") + first.section(QLatin1Char('@'), 1);
    session->window()->signInBanner()->signInButton()->click();
    ui::SignInDialog *dialog = readyDialog(session->window()->signInDialog());
    ASSERT_TRUE(dialog);
    dialog->deviceCodeButton()->click();
    ASSERT_TRUE(QTest::qWaitFor([dialog] { return !dialog->userCode().isEmpty(); }, kWaitMs));
    control("POST", QStringLiteral("devicecode/approve"),
            {{QStringLiteral("user_code"), dialog->userCode()}, {QStringLiteral("upn"), second}});
    ASSERT_TRUE(QTest::qWaitFor([this] { return session->auth()->state() == State::SignedIn; }, kWaitMs));
    EXPECT_EQ(session->auth()->account().username, second);
    EXPECT_EQ(session->service().initiator(), second);
    EXPECT_EQ(accountText(), QStringLiteral("Signed in as %1").arg(second));
}

TEST_F(ui_ConsoleSignIn, WithoutAKeychainTheTechnicianCanWorkForThisSessionOnly)
{
    store = std::make_unique<auth::NullSecretStore>();
    dialogs.sessionOnlyAnswer = true;
    ASSERT_NO_FATAL_FAILURE(startConsole());
    ASSERT_NO_FATAL_FAILURE(signInWithCode(session->signInDialog()));
    ASSERT_NO_FATAL_FAILURE(waitForWindow());
    ASSERT_FALSE(dialogs.sessionOnlyReasons.isEmpty());
    EXPECT_TRUE(session->auth()->isSessionOnly());
    EXPECT_TRUE(accountText().contains(QStringLiteral("this session only")));
    EXPECT_TRUE(secretKey().isEmpty()); // no account remembered for a silent sign-in
}

TEST_F(ui_ConsoleSignIn, WithoutAKeychainDecliningLeavesTheTechnicianSignedOut)
{
    store = std::make_unique<auth::NullSecretStore>();
    dialogs.sessionOnlyAnswer = false;
    ASSERT_NO_FATAL_FAILURE(startConsole());
    ui::SignInDialog *dialog = session->signInDialog();
    ASSERT_NO_FATAL_FAILURE(signInWithCode(dialog));
    ASSERT_TRUE(QTest::qWaitFor([this] { return !dialogs.sessionOnlyReasons.isEmpty(); }, kWaitMs));
    ASSERT_TRUE(QTest::qWaitFor([this] { return session->auth()->state() == State::SignedOut; }, kWaitMs));
    EXPECT_FALSE(session->window());
    ASSERT_TRUE(session->signInDialog());
    EXPECT_TRUE(session->signInDialog()->deviceCodeButton()->isEnabled());
}

TEST_F(ui_ConsoleSignIn, SignOutForgetsTheSavedSignInAndShowsTheSignInAgain)
{
    ASSERT_NO_FATAL_FAILURE(startConsole());
    ASSERT_NO_FATAL_FAILURE(signInWithCode(session->signInDialog()));
    ASSERT_NO_FATAL_FAILURE(waitForWindow());
    const QString key = secretKey();
    ASSERT_FALSE(key.isEmpty());
    EXPECT_TRUE(QTest::qWaitFor([&] { return readSecret(key).has_value(); }, kWaitMs));

    session->window()->signOutAction()->trigger();
    ASSERT_TRUE(QTest::qWaitFor([this] { return session->window() == nullptr; }, kWaitMs));
    ASSERT_TRUE(session->signInDialog());
    EXPECT_EQ(session->auth()->state(), State::SignedOut);
    EXPECT_TRUE(secretKey().isEmpty());
    EXPECT_TRUE(QTest::qWaitFor([&] { return !readSecret(key).has_value(); }, kWaitMs));

    // Leaving the sign-in now ends the console.
    QSignalSpy finished(session.get(), &console::ConsoleSession::finished);
    session->signInDialog()->closeButton()->click();
    EXPECT_TRUE(finished.wait(kWaitMs));
}

TEST_F(ui_ConsoleSignIn, ChangingTheTenantInPreferencesConnectsToTheNewOne)
{
    // Start on the sandbox (no tenant configured), then configure the tenant as a technician would.
    auth::TenantSettings(settings.get()).setTenant(QString());
    console::ConsoleOptions options;
    options.devices = 40;
    session = std::make_unique<console::ConsoleSession>(options, settings.get(), &dialogs);
    session->setSecretStore(store.get());
    session->setDeviceCodeSecondMs(20);
    session->setJournalPath(dir.filePath(QStringLiteral("journal.json")));
    QSignalSpy ready(session.get(), &console::ConsoleSession::ready);
    session->start();
    ASSERT_EQ(session->mode(), console::ConsoleSession::Mode::Sandbox);
    ASSERT_TRUE(ready.wait(60000));

    Q_EMIT session->window()->tenantChangeRequested(
        ui::TenantFields{host->tenantId(), kClientId, auth::Cloud::Global});
    ASSERT_TRUE(QTest::qWaitFor([this] { return session->signInDialog() != nullptr; }, kWaitMs));
    EXPECT_EQ(session->mode(), console::ConsoleSession::Mode::Tenant);
    EXPECT_EQ(auth::TenantSettings(settings.get()).tenant(), host->tenantId());
    ASSERT_NO_FATAL_FAILURE(signInWithCode(session->signInDialog()));
    ASSERT_NO_FATAL_FAILURE(waitForWindow());
    EXPECT_EQ(session->directory().count(), 120);
}

TEST_F(ui_ConsoleSignIn, AfterASignInAndAResetNothingOnDiskHoldsATokenOrThePasscode)
{
    ASSERT_TRUE(usesKeyring()) << "This test needs the real keychain: run it under scripts/with-keyring.sh.";
    ASSERT_NO_FATAL_FAILURE(startConsole());
    ui::SignInDialog *dialog = readyDialog(session->signInDialog());
    ASSERT_TRUE(dialog);
    dialog->browserButton()->click();
    ASSERT_TRUE(QTest::qWaitFor([this] { return !dialogs.openedUrls.isEmpty(); }, kWaitMs));
    browse(dialogs.openedUrls.at(0));
    ASSERT_NO_FATAL_FAILURE(waitForWindow());
    session->window()->show();

    // A passcode reset, to the code on the Overview.
    const QString id = showcaseDevice(13);
    ASSERT_FALSE(id.isEmpty());
    ui::DeviceOverviewPage *page = openDevice(id);
    dialogs.autoConfirm = QStringLiteral("INC0042");
    page->actionBar()->button(actions::RemoteAction::ResetPasscode)->click();
    const actions::ActionKey key{id, actions::RemoteAction::ResetPasscode};
    ui::PasscodePanel *panel = page->passcodePanel();
    for (int i = 0; i < 30 && panel->mode() != ui::PasscodePanel::Mode::Code; ++i) {
        control("POST", QStringLiteral("time/advance"), {{QStringLiteral("seconds"), 60}});
        (void)QTest::qWaitFor([panel] { return panel->mode() == ui::PasscodePanel::Mode::Code; }, 1500);
    }
    ASSERT_EQ(panel->mode(), ui::PasscodePanel::Mode::Code);
    const QString passcode = session->tracker().find(key)->passcode.value_or(QString());
    ASSERT_FALSE(passcode.isEmpty());

    // The secrets of this session: the access token in memory, the refresh token in the keychain.
    const QString accessToken = session->auth()->tokenProvider().accessToken();
    ASSERT_FALSE(accessToken.isEmpty());
    const QString secretKeyName = secretKey();
    ASSERT_FALSE(secretKeyName.isEmpty());
    std::optional<QString> refreshToken;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            refreshToken = readSecret(secretKeyName);
            return refreshToken.has_value();
        },
        kWaitMs));
    ASSERT_FALSE(refreshToken->isEmpty());

    // The console quits (settings, window state and journal written), then every file is searched.
    session->window()->close();
    session.reset();
    settings->sync();
    int files = 0;
    for (const char *name : XdgDirs::kNames) {
        QDirIterator it(qEnvironmentVariable(name), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << qPrintable(file.fileName());
            const QByteArray content = file.readAll();
            ++files;
            EXPECT_FALSE(content.contains(refreshToken->toUtf8())) << qPrintable(file.fileName());
            EXPECT_FALSE(content.contains(accessToken.toUtf8())) << qPrintable(file.fileName());
            EXPECT_FALSE(content.contains(passcode.toUtf8())) << qPrintable(file.fileName());
        }
    }
    EXPECT_GE(files, 2); // at least the settings and the action journal were written there
    // Sign out in TearDown needs a session: start one silently so the keychain entry is removed.
    ASSERT_NO_FATAL_FAILURE(startConsole());
    ASSERT_NO_FATAL_FAILURE(waitForWindow());
}

TEST_F(ui_ConsoleSignIn, SigningOutRemovesEveryChunkBeforeTheConsoleEnds)
{
    // The chunked keychain of Windows over a backend that finishes jobs in any order: the console ends only
    // once the sign-out has removed the marker and every chunk.
    auto backend = std::make_unique<passcode::testing::ShuffledSecretStore>(3);
    passcode::testing::ShuffledSecretStore *entries = backend.get();
    store = std::make_unique<auth::ChunkedSecretStore>(std::move(backend), 64);
    startConsole();
    signInWithCode(session->signInDialog());
    waitForWindow();
    ASSERT_TRUE(QTest::qWaitFor([&] { return entries->idle(); }, kWaitMs));
    ASSERT_GT(entries->secrets().size(), 2) << "the refresh token is chunked";

    QSignalSpy finished(session.get(), &console::ConsoleSession::finished);
    Q_EMIT session->window()->signOutRequested();
    ASSERT_TRUE(
        QTest::qWaitFor([this] { return session->window() == nullptr && session->signInDialog(); }, kWaitMs));
    session->signInDialog()->reject(); // the technician leaves: the console ends
    ASSERT_TRUE(finished.wait(kWaitMs));
    EXPECT_TRUE(entries->secrets().isEmpty()) << entries->secrets().keys().join(u' ').toStdString();
}
