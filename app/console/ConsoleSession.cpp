// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/console/ConsoleSession.h"

#include "app/console/SandboxTokenProvider.h"
#include "core/actions/ActionJournal.h"
#include "core/actions/ActionService.h"
#include "core/actions/ActionTracker.h"
#include "core/actions/AuditFeed.h"
#include "core/auth/AuthSession.h"
#include "core/auth/ChunkedSecretStore.h"
#include "core/auth/InMemorySecretStore.h"
#include "core/auth/TenantSettings.h"
#include "core/devices/DeviceDirectory.h"
#include "core/devices/DeviceDirectoryLoader.h"
#include "core/graph/GraphClient.h"
#include "sandbox/SandboxHost.h"
#include "ui/ConsoleContext.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/mainwindow/WidgetDialogPresenter.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/signin/SignInDialog.h"

#include <QLoggingCategory>
#include <QSettings>
#include <QTemporaryDir>

namespace passcode::console {

namespace {
Q_LOGGING_CATEGORY(lcConsole, "passcode.console")

using State = auth::AuthSession::State;

/** The client id the practice sign-in uses with the embedded sandbox (any id is accepted there). */
const QString kPracticeClientId = QStringLiteral("passcode-console-practice");
} // namespace

ConsoleSession::ConsoleSession(ConsoleOptions options, QSettings *settings, ui::DialogPresenter *dialogs,
                               QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_settings(settings)
    , m_ownDialogs(dialogs ? nullptr : std::make_unique<ui::WidgetDialogPresenter>())
    , m_dialogs(dialogs ? dialogs : m_ownDialogs.get())
{
    m_passcodeExpiry.setInterval(std::chrono::minutes(1));
}

ConsoleSession::~ConsoleSession()
{
    teardownAll();
}

void ConsoleSession::setLanguageHandler(std::function<void(const QString &)> handler)
{
    m_languageHandler = std::move(handler);
}

void ConsoleSession::setJournalPath(const QString &path)
{
    m_journalPath = path;
}

void ConsoleSession::setSecretStore(auth::SecretStore *store)
{
    m_injectedStore = store;
}

void ConsoleSession::setDeviceCodeSecondMs(int ms)
{
    m_deviceCodeSecondMs = ms;
}

ui::SignInDialog *ConsoleSession::signInDialog() const
{
    return m_signInDialog.data();
}

void ConsoleSession::start()
{
    rememberCommandLineTenant();
    if (m_options.sandboxSignIn) {
        m_mode = Mode::SandboxSignIn;
        startSandbox();
        return;
    }
    if (!m_options.sandbox && m_settings && auth::TenantSettings(m_settings).isConfigured()) {
        m_mode = Mode::Tenant;
        m_tenant = std::make_unique<auth::TenantSettings>(m_settings);
        startSignIn(*m_tenant, false);
        return;
    }
    m_mode = Mode::Sandbox;
    startSandbox();
}

void ConsoleSession::rememberCommandLineTenant()
{
    if (!m_settings)
        return;
    auth::TenantSettings tenant(m_settings);
    if (!m_options.tenant.isEmpty())
        tenant.setTenant(m_options.tenant);
    if (!m_options.clientId.isEmpty())
        tenant.setClientId(m_options.clientId);
    if (const std::optional<auth::Cloud> cloud = auth::cloudFromId(m_options.cloud))
        tenant.setCloud(*cloud);
    if (m_options.loginUrl.isValid())
        tenant.setLoginUrlOverride(m_options.loginUrl);
    if (m_options.graphUrl.isValid())
        tenant.setGraphUrlOverride(m_options.graphUrl);
    tenant.sync();
    // Once: a later restart of the session (a tenant change) must not bring them back.
    m_options.tenant.clear();
    m_options.clientId.clear();
    m_options.cloud.clear();
    m_options.loginUrl.clear();
    m_options.graphUrl.clear();
}

void ConsoleSession::startSandbox()
{
    sandbox::SandboxOptions so;
    so.devices = m_options.devices;
    so.seed = sandbox::SandboxOptions::parseSeed(m_options.seed);
    so.timeScale = m_options.timeScale;
    m_host = std::make_unique<sandbox::SandboxHost>(so);
    connect(m_host.get(), &sandbox::SandboxHost::started, this, &ConsoleSession::onSandboxStarted);
    connect(m_host.get(), &sandbox::SandboxHost::failed, this, [this](const QString &error) {
        Q_EMIT failed(tr("The sandbox tenant could not start: %1").arg(error));
    });
    m_host->startAsync();
}

void ConsoleSession::onSandboxStarted()
{
    if (m_mode == Mode::SandboxSignIn) {
        // Practice: the sandbox's own Entra ID endpoints, and nothing kept after this run.
        m_scratch = std::make_unique<QTemporaryDir>();
        m_scratchSettings = std::make_unique<QSettings>(m_scratch->filePath(QStringLiteral("tenant.ini")),
                                                        QSettings::IniFormat);
        m_tenant = std::make_unique<auth::TenantSettings>(m_scratchSettings.get());
        m_tenant->setTenant(m_host->tenantId());
        m_tenant->setClientId(kPracticeClientId);
        m_tenant->setLoginUrlOverride(m_host->loginUrl());
        m_tenant->setGraphUrlOverride(m_host->baseUrl());
        startSignIn(*m_tenant, true);
        return;
    }
    const QString upn = m_host->defaultUpn();
    m_tokens = std::make_unique<SandboxTokenProvider>(*m_host, upn);
    if (m_tokens->accessToken().isEmpty()) {
        Q_EMIT failed(tr("The sandbox tenant gave no token for %1.").arg(upn));
        return;
    }
    buildEngine(m_host->baseUrl(), *m_tokens, upn, upn.section(QLatin1Char('@'), 1), sandboxJournalProfile());
}

QString ConsoleSession::sandboxJournalProfile() const
{
    // Each sandbox tenant (seed, size) keeps its own journal, apart from real tenants' (as passcodectl does).
    return QStringLiteral("sandbox-%1-%2").arg(m_options.seed).arg(m_options.devices);
}

void ConsoleSession::startSignIn(auth::TenantSettings &tenant, bool sandboxTenant)
{
    if (const std::optional<Error> error = tenant.validate()) {
        Q_EMIT failed(
            tr("The tenant settings are not valid: %1 Correct them with --tenant and --client-id, or "
               "start with --sandbox and open Preferences.")
                .arg(error->message));
        return;
    }
    auth::SecretStore *store = m_injectedStore;
    if (!store) {
        if (sandboxTenant)
            m_ownStore = std::make_unique<auth::InMemorySecretStore>();
        else
            m_ownStore = auth::makeOsKeychain();
        store = m_ownStore.get();
    }
    m_auth = std::make_unique<auth::AuthSession>(m_network, tenant, *store, m_clock);
    m_auth->setDeviceCodeSecondMs(m_deviceCodeSecondMs);
    connect(m_auth.get(), &auth::AuthSession::stateChanged, this, &ConsoleSession::onAuthStateChanged);
    connect(m_auth.get(), &auth::AuthSession::secretStoreUnavailable, this, &ConsoleSession::askSessionOnly);
    connect(m_auth.get(), &auth::AuthSession::errorOccurred, this,
            [](const Error &error) { qCWarning(lcConsole) << "sign-in:" << error.toDisplayString(); });
    // Signing in again may bring another account: the actions sent from then on name it as the initiator.
    connect(m_auth.get(), &auth::AuthSession::accountChanged, this, [this](const auth::AccountInfo &account) {
        if (m_service && account.isValid())
            m_service->setInitiator(account.username);
    });
    showSignIn();
    m_auth->restoreSession();
}

QString ConsoleSession::signInTenantName() const
{
    // The sandbox is named by its domain, as in Sandbox mode; a real tenant as the settings name it.
    return m_mode == Mode::SandboxSignIn ? m_host->defaultUpn().section(QLatin1Char('@'), 1)
                                         : m_tenant->tenant();
}

void ConsoleSession::showSignIn()
{
    m_signInDialog = new ui::SignInDialog(*m_auth, *m_dialogs, signInTenantName());
    m_signInDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_signInDialog->setSandboxOffered(m_mode == Mode::Tenant);
    m_signInDialog->setPractice(m_mode == Mode::SandboxSignIn);
    connect(m_signInDialog, &ui::SignInDialog::sandboxRequested, this, [this] {
        // For this run only: the tenant stays configured for the next start.
        QTimer::singleShot(0, this, [this] {
            teardownAll();
            m_mode = Mode::Sandbox;
            startSandbox();
        });
    });
    connect(m_signInDialog, &QDialog::rejected, this, [this] {
        if (!m_window && m_mode != Mode::Sandbox)
            QTimer::singleShot(0, this, [this] {
                if (!m_window && m_mode != Mode::Sandbox)
                    Q_EMIT finished();
            });
    });
    m_signInDialog->show();
}

void ConsoleSession::onAuthStateChanged()
{
    if (m_auth->state() != State::SignedIn || m_window)
        return;
    const Result<auth::CloudEndpoints> endpoints = m_tenant->endpoints();
    if (!endpoints) {
        Q_EMIT failed(endpoints.error().message);
        return;
    }
    const QUrl graphBase = endpoints->graphBaseUrl();
    const QString profile = m_mode == Mode::SandboxSignIn
                                ? sandboxJournalProfile()
                                : actions::ActionJournal::tenantProfile(graphBase, m_tenant->tenant());
    buildEngine(graphBase, m_auth->tokenProvider(), m_auth->account().username, signInTenantName(), profile);
}

void ConsoleSession::askSessionOnly(const Error &error)
{
    QWidget *parent = m_signInDialog ? static_cast<QWidget *>(m_signInDialog.data()) : m_window.get();
    m_dialogs->askSessionOnlyStorage(parent, error.message, m_auth.get(), [this](bool accepted) {
        if (accepted)
            m_auth->useSessionOnlyStorage();
        else
            m_auth->declineSessionOnlyStorage();
    });
}

void ConsoleSession::buildEngine(const QUrl &graphBase, auth::TokenProvider &tokens, const QString &initiator,
                                 const QString &tenantName, const QString &journalProfile)
{
    graph::GraphClient::Options options;
    options.baseUrl = graphBase;
    options.userAgent = QByteArrayLiteral("PasscodeConsole/" PASSCODE_VERSION);
    m_client = std::make_unique<graph::GraphClient>(&m_network, &tokens, m_clock, options);
    m_directory = std::make_unique<devices::DeviceDirectory>();
    m_loader = std::make_unique<devices::DeviceDirectoryLoader>(*m_client, *m_directory);
    m_tracker = std::make_unique<actions::ActionTracker>(m_clock);
    const QString journalPath =
        m_journalPath.isEmpty() ? actions::ActionJournal::defaultPath(journalProfile) : m_journalPath;
    m_journal = std::make_unique<actions::ActionJournal>(journalPath);
    m_service = std::make_unique<actions::ActionService>(*m_client, *m_tracker, *m_journal, m_clock);
    m_service->setInitiator(initiator);
    m_feed = std::make_unique<actions::AuditFeed>(*m_client, *m_tracker);

    const bool sandboxTenant = m_mode != Mode::Tenant;
    m_context = std::unique_ptr<ui::ConsoleContext>(new ui::ConsoleContext{
        *m_directory, *m_loader, *m_tracker, *m_service, *m_feed, m_clock, *m_dialogs, tenantName, initiator,
        sandboxTenant, m_settings, m_languageHandler, m_auth.get()});
    m_window = std::make_unique<ui::MainWindow>(*m_context);
    connect(m_window.get(), &ui::MainWindow::closed, this, &ConsoleSession::finished);
    connect(m_window.get(), &ui::MainWindow::signOutRequested, this,
            [this] { QTimer::singleShot(0, this, &ConsoleSession::signOut); });
    connect(m_window.get(), &ui::MainWindow::tenantChangeRequested, this, [this](const ui::TenantFields &t) {
        QTimer::singleShot(0, this, [this, t] { switchTenant(t); });
    });

    if (const std::optional<Error> error = m_service->resumeFromJournal())
        qCWarning(lcConsole) << "journal not resumed:" << error->toDisplayString();
    // A passcode stays in memory only as long as Intune shows it (7 days), even in a console left open.
    connect(&m_passcodeExpiry, &QTimer::timeout, m_tracker.get(), [this] { m_tracker->expirePasscodes(); });
    m_passcodeExpiry.start();
    m_loader->refresh();
    Q_EMIT ready();
}

void ConsoleSession::signOut()
{
    if (!m_auth)
        return;
    m_auth->signOut();
    teardownEngine();
    showSignIn();
}

void ConsoleSession::switchTenant(const ui::TenantFields &fields)
{
    // Sign out of the old tenant first: its saved sign-in leaves the keychain with it.
    if (m_auth && m_mode == Mode::Tenant)
        m_auth->signOut();
    if (m_settings) {
        auth::TenantSettings tenant(m_settings);
        tenant.setTenant(fields.tenant);
        tenant.setClientId(fields.clientId);
        tenant.setCloud(fields.cloud);
        tenant.sync();
    }
    teardownAll();
    m_options.sandbox = false;
    m_options.sandboxSignIn = false;
    start();
}

void ConsoleSession::teardownEngine()
{
    // Reverse order of construction: the window and the engine cancel their requests before the client goes.
    m_passcodeExpiry.stop();
    if (m_window) {
        m_window->saveLayout();
        m_window->disconnect(this);
        m_window->hide();
    }
    m_window.reset();
    m_context.reset();
    m_feed.reset();
    m_service.reset();
    m_journal.reset();
    m_tracker.reset();
    m_loader.reset();
    m_directory.reset();
    m_client.reset();
}

void ConsoleSession::teardownAll()
{
    teardownEngine();
    if (m_signInDialog) {
        m_signInDialog->disconnect(this);
        delete m_signInDialog.data();
    }
    m_tokens.reset();
    m_auth.reset();
    m_ownStore.reset();
    m_tenant.reset();
    m_scratchSettings.reset();
    m_scratch.reset();
    if (m_host)
        m_host->stop();
    m_host.reset();
}

} // namespace passcode::console
