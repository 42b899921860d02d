// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/console/ConsoleSession.h"

#include "app/console/EngineBulkRuns.h"
#include "core/actions/ActionService.h"
#include "core/auth/AuthSession.h"
#include "core/auth/ChunkedSecretStore.h"
#include "core/auth/InMemorySecretStore.h"
#include "core/auth/TenantSettings.h"
#include "core/devices/DeviceDirectoryLoader.h"
#include "core/graph/WriteBudget.h"
#include "engine/TenantEngine.h"
#include "engine/TenantOptions.h"
#include "sandbox/host/SandboxHost.h"
#include "ui/ConsoleContext.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/mainwindow/WidgetDialogPresenter.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/signin/SignInDialog.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSettings>
#include <QTemporaryDir>

#include <algorithm>

namespace passcode::console {

namespace {
Q_LOGGING_CATEGORY(lcConsole, "passcode.console")

using State = auth::AuthSession::State;

/** The client id the practice sign-in uses with the embedded sandbox (any id is accepted there). */
const QString kPracticeClientId = QStringLiteral("passcode-console-practice");
} // namespace

/** What a torn-down sign-in keeps alive until its sign-out has removed everything from the store. */
struct ConsoleSession::RetiredSignIn
{
    ~RetiredSignIn()
    {
        // The session first: it refers to the settings and the store.
        auth.reset();
        store.reset();
    }
    std::unique_ptr<QTemporaryDir> scratch;
    std::unique_ptr<QSettings> scratchSettings;
    std::unique_ptr<auth::TenantSettings> tenant;
    std::unique_ptr<auth::SecretStore> store;
    std::unique_ptr<auth::AuthSession> auth;
};

ConsoleSession::ConsoleSession(ConsoleOptions options, QSettings *settings, ui::DialogPresenter *dialogs,
                               QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_settings(settings)
    , m_ownDialogs(dialogs ? nullptr : std::make_unique<ui::WidgetDialogPresenter>())
    , m_dialogs(dialogs ? dialogs : m_ownDialogs.get())
{}

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

sandbox::SandboxHost *ConsoleSession::sandboxHost() const
{
    if (m_practiceHost)
        return m_practiceHost.get();
    return m_engine ? m_engine->sandboxHost() : nullptr;
}

devices::DeviceDirectory &ConsoleSession::directory() const
{
    return m_engine->directory();
}

devices::DeviceDirectoryLoader &ConsoleSession::loader() const
{
    return m_engine->loader();
}

actions::ActionTracker &ConsoleSession::tracker() const
{
    return m_engine->tracker();
}

actions::ActionService &ConsoleSession::service() const
{
    return m_engine->service();
}

actions::AuditFeed &ConsoleSession::auditFeed() const
{
    return m_engine->auditFeed();
}

void ConsoleSession::start()
{
    // --graph-url without --tenant: a Graph-compatible endpoint (a standalone passcode-sandbox), reached as
    // passcodectl reaches it; with --tenant it is that tenant's Graph URL (remembered).
    if (tenantOptions().namesEndpoint() && !m_options.sandbox && !m_options.sandboxSignIn) {
        m_mode = Mode::Endpoint;
        startEndpoint();
        return;
    }
    if (std::optional<Error> error = rememberCommandLineTenant()) {
        Q_EMIT failed(error->message);
        return;
    }
    if (m_options.sandboxSignIn) {
        m_mode = Mode::SandboxSignIn;
        startPracticeSandbox();
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

engine::TenantOptions ConsoleSession::tenantOptions() const
{
    return {m_options.tenant, m_options.clientId, m_options.cloud, m_options.loginUrl, m_options.graphUrl};
}

std::optional<Error> ConsoleSession::rememberCommandLineTenant()
{
    if (m_settings) {
        auth::TenantSettings tenant(m_settings);
        if (std::optional<Error> error = tenantOptions().applyTo(tenant))
            return error;
    }
    // Once: a later restart of the session (a tenant change) must not bring them back.
    m_options.tenant.clear();
    m_options.clientId.clear();
    m_options.cloud.clear();
    m_options.loginUrl.clear();
    m_options.graphUrl.clear();
    return std::nullopt;
}

void ConsoleSession::startSandbox()
{
    engine::SandboxSpec spec;
    spec.devices = m_options.devices;
    spec.seed = m_options.seed;
    spec.timeScale = m_options.timeScale;
    const QString upn = sandbox::SandboxOptions().defaultUpn;
    openEngine(engine::TenantTarget::embeddedSandbox(spec), upn.section(QLatin1Char('@'), 1));
}

void ConsoleSession::startEndpoint()
{
    const Result<engine::TenantTarget> target = engine::TenantTarget::endpoint(m_options.graphUrl);
    if (!target) {
        Q_EMIT failed(
            target.error().kind == Error::Kind::Auth
                ? tr("Cannot use --graph-url %1 without a tenant: only a passcode-sandbox on this "
                     "computer gives its own tokens. Add --tenant and --client-id to sign in to the "
                     "tenant behind it.")
                      .arg(m_options.graphUrl.toString())
                : tr("Cannot use --graph-url: %1").arg(target.error().message));
        return;
    }
    openEngine(*target, target->graphBase().authority());
}

void ConsoleSession::startPracticeSandbox()
{
    sandbox::SandboxOptions so;
    so.devices = m_options.devices;
    so.seed = sandbox::SandboxOptions::parseSeed(m_options.seed);
    so.timeScale = m_options.timeScale;
    m_practiceHost = std::make_unique<sandbox::SandboxHost>(so);
    connect(m_practiceHost.get(), &sandbox::SandboxHost::started, this,
            &ConsoleSession::onPracticeSandboxStarted);
    connect(m_practiceHost.get(), &sandbox::SandboxHost::failed, this, [this](const QString &error) {
        Q_EMIT failed(tr("The sandbox tenant could not start: %1").arg(error));
    });
    m_practiceHost->startAsync();
}

void ConsoleSession::onPracticeSandboxStarted()
{
    // Practice: the sandbox's own Entra ID endpoints, and nothing kept after this run (the journal included).
    m_scratch = std::make_unique<QTemporaryDir>();
    m_scratchSettings =
        std::make_unique<QSettings>(m_scratch->filePath(QStringLiteral("tenant.ini")), QSettings::IniFormat);
    m_tenant = std::make_unique<auth::TenantSettings>(m_scratchSettings.get());
    m_tenant->setTenant(m_practiceHost->tenantId());
    m_tenant->setClientId(kPracticeClientId);
    m_tenant->setLoginUrlOverride(m_practiceHost->loginUrl());
    m_tenant->setGraphUrlOverride(m_practiceHost->baseUrl());
    startSignIn(*m_tenant, true);
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
        if (m_engine && account.isValid())
            m_engine->setInitiator(account.username);
    });
    showSignIn();
    m_auth->restoreSession();
}

QString ConsoleSession::signInTenantName() const
{
    // The sandbox is named by its domain, as in Sandbox mode; a real tenant as the settings name it.
    return m_mode == Mode::SandboxSignIn ? m_practiceHost->defaultUpn().section(QLatin1Char('@'), 1)
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
                    finish();
            });
    });
    m_signInDialog->show();
}

void ConsoleSession::onAuthStateChanged()
{
    if (m_auth->state() != State::SignedIn || m_engine)
        return;
    const Result<auth::CloudEndpoints> endpoints = m_tenant->endpoints();
    if (!endpoints) {
        Q_EMIT failed(endpoints.error().message);
        return;
    }
    const Result<engine::TenantTarget> target = engine::TenantTarget::signedIn(
        *endpoints, m_tenant->tenant(), m_auth->tokenProvider(), m_auth->account().username);
    if (!target) {
        Q_EMIT failed(target.error().message);
        return;
    }
    openEngine(*target, signInTenantName());
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

int ConsoleSession::maxWrites() const
{
    if (m_options.maxWrites > 0)
        return m_options.maxWrites;
    const int saved = m_settings ? m_settings
                                       ->value(QLatin1String(ui::SettingsDialog::kMaxWritesKey),
                                               ui::SettingsDialog::kDefaultMaxWrites)
                                       .toInt()
                                 : ui::SettingsDialog::kDefaultMaxWrites;
    return std::clamp(saved, 1, 200);
}

void ConsoleSession::openEngine(const engine::TenantTarget &target, const QString &tenantName)
{
    engine::EngineOptions options;
    options.userAgent = QByteArrayLiteral("PasscodeConsole/" PASSCODE_VERSION);
    options.journalPath = m_journalPath;
    options.maxWrites = maxWrites();
    if (m_mode == Mode::SandboxSignIn && m_journalPath.isEmpty())
        options.journalPath = m_scratch->filePath(QStringLiteral("journal.json"));
    m_engine = std::make_unique<engine::TenantEngine>(target, options);
    connect(m_engine.get(), &engine::TenantEngine::failed, this,
            [this](const Error &error) { Q_EMIT failed(error.message); });
    connect(m_engine.get(), &engine::TenantEngine::opened, this,
            [this, tenantName] { buildWindow(tenantName); });
    m_engine->open();
}

void ConsoleSession::buildWindow(const QString &tenantName)
{
    const bool sandboxTenant = m_mode == Mode::SandboxSignIn || m_engine->target().isSandbox();
    const QString initiator = m_engine->initiator();
    m_context = std::unique_ptr<ui::ConsoleContext>(new ui::ConsoleContext{
        m_engine->directory(), m_engine->loader(), m_engine->tracker(), m_engine->service(),
        m_engine->auditFeed(), m_engine->clock(), *m_dialogs, tenantName, initiator, sandboxTenant,
        m_settings, m_languageHandler, m_auth.get()});
    m_bulkRuns = std::make_unique<console::EngineBulkRuns>(*m_engine);
    m_context->bulk = m_bulkRuns.get();
    m_context->applyMaxWrites = [this](int writes) {
        if (m_engine)
            m_engine->writeBudget().setLimit(std::clamp(writes, 1, 200));
    };
    m_window = std::make_unique<ui::MainWindow>(*m_context);
    connect(m_window.get(), &ui::MainWindow::closed, this, &ConsoleSession::finish);
    connect(m_window.get(), &ui::MainWindow::signOutRequested, this,
            [this] { QTimer::singleShot(0, this, &ConsoleSession::signOut); });
    connect(m_window.get(), &ui::MainWindow::tenantChangeRequested, this, [this](const ui::TenantFields &t) {
        QTimer::singleShot(0, this, [this, t] { switchTenant(t); });
    });
    m_engine->loader().refresh();
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
    m_options.graphUrl.clear(); // an Endpoint run's --graph-url is not the new tenant's
    start();
}

void ConsoleSession::teardownEngine()
{
    // Reverse order of construction: the window goes before the engine it shows.
    if (m_window) {
        m_window->saveLayout();
        m_window->disconnect(this);
        m_window->hide();
    }
    m_window.reset();
    m_context.reset();
    m_bulkRuns.reset();
    m_engine.reset();
}

void ConsoleSession::teardownAll()
{
    teardownEngine();
    if (m_signInDialog) {
        m_signInDialog->disconnect(this);
        delete m_signInDialog.data();
    }
    retireSignIn();
    m_auth.reset();
    m_ownStore.reset();
    m_tenant.reset();
    m_scratchSettings.reset();
    m_scratch.reset();
    if (m_practiceHost)
        m_practiceHost->stop();
    m_practiceHost.reset();
}

void ConsoleSession::retireSignIn()
{
    if (!m_auth || !m_auth->isRemovingSecrets())
        return;
    auto retired = std::make_unique<RetiredSignIn>();
    RetiredSignIn *raw = retired.get();
    retired->scratch = std::move(m_scratch);
    retired->scratchSettings = std::move(m_scratchSettings);
    retired->tenant = std::move(m_tenant);
    retired->store = std::move(m_ownStore);
    retired->auth = std::move(m_auth);
    retired->auth->disconnect(this);
    connect(retired->auth.get(), &auth::AuthSession::signOutCompleted, this, [this, raw] {
        QTimer::singleShot(0, this, [this, raw] {
            std::erase_if(m_retired, [raw](const auto &r) { return r.get() == raw; });
        });
    });
    m_retired.push_back(std::move(retired));
}

void ConsoleSession::finish()
{
    if (m_finishing)
        return;
    const auto removing = [this] {
        if (m_auth && m_auth->isRemovingSecrets())
            return true;
        return std::any_of(m_retired.cbegin(), m_retired.cend(),
                           [](const auto &r) { return r->auth->isRemovingSecrets(); });
    };
    if (!removing()) {
        Q_EMIT finished();
        return;
    }
    // A sign-out is still removing the saved sign-in: the program must not exit before it has.
    m_finishing = true;
    auto *poll = new QTimer(this);
    poll->setInterval(20);
    QElapsedTimer waited;
    waited.start();
    connect(poll, &QTimer::timeout, this, [this, poll, waited, removing] {
        if (removing() && waited.elapsed() < 10000)
            return;
        if (removing())
            qCWarning(lcConsole) << "the sign-out did not finish removing the saved sign-in";
        poll->deleteLater();
        m_finishing = false;
        Q_EMIT finished();
    });
    poll->start();
}

} // namespace passcode::console
