// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/console/TenantSession.h"

#include "app/console/EngineBulkRuns.h"
#include "core/actions/AuditFeed.h"
#include "core/auth/AuthSession.h"
#include "core/auth/ChunkedSecretStore.h"
#include "core/auth/InMemorySecretStore.h"
#include "core/auth/TenantSettings.h"
#include "core/devices/DeviceDirectory.h"
#include "core/graph/GraphClient.h"
#include "core/graph/WriteBudget.h"
#include "engine/TenantEngine.h"
#include "sandbox/host/SandboxHost.h"
#include "ui/ConsoleContext.h"
#include "ui/tenants/TenantHandle.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QSettings>
#include <QTemporaryDir>

#include <algorithm>

namespace passcode::console {

namespace {
Q_LOGGING_CATEGORY(lcTenant, "passcode.console.tenant")

using AuthState = auth::AuthSession::State;

/** The client id the practice sign-in uses with the embedded sandbox (any id is accepted there). */
const QString kPracticeClientId = QStringLiteral("passcode-console-practice");

QString sandboxDomain()
{
    return sandbox::SandboxOptions().defaultUpn.section(QLatin1Char('@'), 1);
}
} // namespace

TenantSession::TenantSession(TenantSpec spec, const TenantSessionShared &shared, QObject *parent)
    : QObject(parent)
    , m_spec(std::move(spec))
    , m_shared(shared)
{}

TenantSession::~TenantSession()
{
    // Reverse order of construction: context and engine, then the sign-in, then the practice sandbox.
    m_context.reset();
    m_bulkRuns.reset();
    m_engine.reset();
    m_auth.reset();
    m_ownStore.reset();
    m_tenant.reset();
    if (m_practiceHost)
        m_practiceHost->stop();
}

QString TenantSession::name() const
{
    if (!m_spec.name.isEmpty())
        return m_spec.name;
    switch (m_spec.kind) {
    case TenantSpec::Kind::EmbeddedSandbox:
    case TenantSpec::Kind::PracticeSignIn:
        return sandboxDomain();
    case TenantSpec::Kind::Endpoint:
        return m_engine ? m_engine->graphBase().authority() : m_spec.graphUrl.authority();
    case TenantSpec::Kind::SignIn:
        return m_tenant ? m_tenant->tenant() : QString();
    }
    return {};
}

bool TenantSession::isSandbox() const
{
    if (m_spec.kind == TenantSpec::Kind::PracticeSignIn || m_spec.kind == TenantSpec::Kind::EmbeddedSandbox)
        return true;
    return m_engine && m_engine->target().isSandbox();
}

bool TenantSession::usesSignIn() const
{
    return m_spec.kind == TenantSpec::Kind::SignIn || m_spec.kind == TenantSpec::Kind::PracticeSignIn;
}

sandbox::SandboxHost *TenantSession::sandboxHost() const
{
    if (m_practiceHost)
        return m_practiceHost.get();
    return m_engine ? m_engine->sandboxHost() : nullptr;
}

bool TenantSession::isRemovingSecrets() const
{
    return m_auth && m_auth->isRemovingSecrets();
}

void TenantSession::setWriteLimit(int writes)
{
    m_shared.maxWrites = std::clamp(writes, 1, 200);
    if (m_engine && m_engine->isOpen())
        m_engine->writeBudget().setLimit(m_shared.maxWrites);
}

QString TenantSession::stateText() const
{
    const QLocale locale;
    switch (m_state) {
    case State::Opening:
        return tr("Opening…");
    case State::SigningIn:
        return tr("Signing in…");
    case State::SignInNeeded:
        return tr("Sign-in needed");
    case State::Loading:
        if (m_total > 0)
            return tr("Loading %1 of %2").arg(locale.toString(m_loaded), locale.toString(m_total));
        return tr("Loading %1").arg(locale.toString(m_loaded));
    case State::Ready:
        return tr("Signed in");
    case State::Failed:
        return tr("Failed: %1").arg(m_failure);
    }
    return {};
}

ui::TenantHandle TenantSession::handle() const
{
    ui::TenantHandle h;
    h.id = id();
    h.name = name();
    h.color = color();
    if (m_engine && m_engine->isOpen()) {
        h.client = &m_engine->client();
        h.directory = &m_engine->directory();
        h.auditFeed = &m_engine->auditFeed();
    }
    if (m_state == State::Failed || m_state == State::SignInNeeded || !h.client)
        h.problem = stateText();
    return h;
}

void TenantSession::setState(State state)
{
    m_state = state;
    Q_EMIT stateChanged();
}

void TenantSession::fail(const QString &reason)
{
    qCWarning(lcTenant) << "tenant" << id() << "failed:" << reason;
    m_failure = reason;
    setState(State::Failed);
}

void TenantSession::open()
{
    m_failure.clear();
    switch (m_spec.kind) {
    case TenantSpec::Kind::EmbeddedSandbox:
        setState(State::Opening);
        openEngine(engine::TenantTarget::embeddedSandbox(m_spec.sandbox));
        return;
    case TenantSpec::Kind::Endpoint: {
        setState(State::Opening);
        const Result<engine::TenantTarget> target = engine::TenantTarget::endpoint(m_spec.graphUrl);
        if (!target) {
            fail(target.error().kind == Error::Kind::Auth
                     ? tr("Cannot use --graph-url %1 without a tenant: only a passcode-sandbox on this "
                          "computer gives its own tokens. Add --tenant and --client-id to sign in to the "
                          "tenant behind it.")
                           .arg(m_spec.graphUrl.toString())
                     : tr("Cannot use --graph-url: %1").arg(target.error().message));
            return;
        }
        openEngine(*target);
        return;
    }
    case TenantSpec::Kind::PracticeSignIn:
        startPractice();
        return;
    case TenantSpec::Kind::SignIn:
        m_tenant = m_spec.settings ? m_spec.settings() : nullptr;
        if (!m_tenant) {
            fail(tr("The tenant has no settings."));
            return;
        }
        startSignIn();
        return;
    }
}

void TenantSession::startPractice()
{
    setState(State::Opening);
    sandbox::SandboxOptions so;
    so.devices = m_spec.sandbox.devices;
    so.seed = sandbox::SandboxOptions::parseSeed(m_spec.sandbox.seed);
    so.timeScale = m_spec.sandbox.timeScale;
    m_practiceHost = std::make_unique<sandbox::SandboxHost>(so);
    connect(m_practiceHost.get(), &sandbox::SandboxHost::started, this, [this] {
        // Practice: the sandbox's own Entra ID endpoints, and nothing kept after this run (the journal too).
        m_scratch = std::make_unique<QTemporaryDir>();
        m_scratchSettings = std::make_unique<QSettings>(m_scratch->filePath(QStringLiteral("tenant.ini")),
                                                        QSettings::IniFormat);
        m_tenant = std::make_unique<auth::TenantSettings>(m_scratchSettings.get());
        m_tenant->setTenant(m_practiceHost->tenantId());
        m_tenant->setClientId(kPracticeClientId);
        m_tenant->setLoginUrlOverride(m_practiceHost->loginUrl());
        m_tenant->setGraphUrlOverride(m_practiceHost->baseUrl());
        if (m_journalPath.isEmpty())
            m_journalPath = m_scratch->filePath(QStringLiteral("journal.json"));
        startSignIn();
    });
    connect(m_practiceHost.get(), &sandbox::SandboxHost::failed, this,
            [this](const QString &error) { fail(tr("The sandbox tenant could not start: %1").arg(error)); });
    m_practiceHost->startAsync();
}

void TenantSession::startSignIn()
{
    if (const std::optional<Error> error = m_tenant->validate()) {
        fail(tr("The tenant settings are not valid: %1 Correct them in Preferences.").arg(error->message));
        return;
    }
    auth::SecretStore *store = m_shared.secretStore;
    if (!store) {
        if (m_spec.kind == TenantSpec::Kind::PracticeSignIn)
            m_ownStore = std::make_unique<auth::InMemorySecretStore>();
        else
            m_ownStore = auth::makeOsKeychain();
        store = m_ownStore.get();
    }
    m_auth = std::make_unique<auth::AuthSession>(m_network, *m_tenant, *store, m_clock);
    m_auth->setDeviceCodeSecondMs(m_shared.deviceCodeSecondMs);
    connect(m_auth.get(), &auth::AuthSession::stateChanged, this, &TenantSession::onAuthStateChanged);
    connect(m_auth.get(), &auth::AuthSession::secretStoreUnavailable, this,
            &TenantSession::secretStoreUnavailable);
    connect(m_auth.get(), &auth::AuthSession::errorOccurred, this, [this](const Error &error) {
        qCWarning(lcTenant) << "sign-in of" << id() << ":" << error.toDisplayString();
    });
    // Signing in again may bring another account: the actions sent from then on name it as the initiator.
    connect(m_auth.get(), &auth::AuthSession::accountChanged, this, [this](const auth::AccountInfo &account) {
        if (m_engine && account.isValid())
            m_engine->setInitiator(account.username);
    });
    setState(State::SigningIn);
    Q_EMIT signInStarted();
    // No saved sign-in for this tenant: nothing happens, and the technician is needed.
    if (!m_auth->restoreSession() && m_auth->state() == AuthState::SignedOut)
        setState(State::SignInNeeded);
}

void TenantSession::onAuthStateChanged()
{
    const AuthState authState = m_auth->state();
    if (!m_engine) {
        if (authState == AuthState::NeedsInteraction || authState == AuthState::SignedOut)
            setState(State::SignInNeeded);
        else if (authState == AuthState::Restoring || authState == AuthState::SigningIn)
            setState(State::SigningIn);
    }
    if (authState != AuthState::SignedIn || m_engine)
        return;
    const Result<auth::CloudEndpoints> endpoints = m_tenant->endpoints();
    if (!endpoints) {
        fail(endpoints.error().message);
        return;
    }
    const Result<engine::TenantTarget> target = engine::TenantTarget::signedIn(
        *endpoints, m_tenant->tenant(), m_auth->tokenProvider(), m_auth->account().username);
    if (!target) {
        fail(target.error().message);
        return;
    }
    openEngine(*target);
}

void TenantSession::openEngine(const engine::TenantTarget &target)
{
    engine::EngineOptions options;
    options.userAgent = QByteArrayLiteral("PasscodeConsole/" PASSCODE_VERSION);
    options.journalPath = m_journalPath;
    options.maxWrites = m_shared.maxWrites;
    options.tenantName = name();
    options.checkPermissions = true;
    m_engine = std::make_unique<engine::TenantEngine>(target, options);
    connect(m_engine.get(), &engine::TenantEngine::failed, this, [this](const Error &error) {
        // Nothing was built on a failed engine: it goes at once (later: this is its signal).
        if (m_engine)
            m_engine.release()->deleteLater();
        fail(error.message);
    });
    connect(m_engine.get(), &engine::TenantEngine::opened, this, &TenantSession::buildContext);
    m_engine->open();
}

void TenantSession::buildContext()
{
    const bool sandboxTenant = isSandbox();
    m_context = std::unique_ptr<ui::ConsoleContext>(new ui::ConsoleContext{
        m_engine->directory(), m_engine->loader(), m_engine->tracker(), m_engine->service(),
        m_engine->auditFeed(), m_engine->clock(), *m_shared.dialogs, name(), m_spec.color,
        m_engine->initiator(), sandboxTenant, m_shared.settings, m_shared.applyLanguage, m_auth.get()});
    m_context->tenantId = id();
    m_context->client = &m_engine->client();
    m_context->permissions = &m_engine->permissions();
    m_context->sync = &m_engine->sync();
    m_bulkRuns = std::make_unique<console::EngineBulkRuns>(*m_engine);
    m_context->bulk = m_bulkRuns.get();
    m_context->applyMaxWrites = [this](int writes) {
        setWriteLimit(writes);
    };
    devices::DeviceDirectory &directory = m_engine->directory();
    connect(&directory, &devices::DeviceDirectory::loadStarted, this, [this] {
        m_loaded = 0;
        m_total = -1;
        setState(State::Loading);
    });
    connect(&directory, &devices::DeviceDirectory::progress, this, [this](int loaded, qint64 total) {
        m_loaded = loaded;
        m_total = total;
        if (m_state == State::Loading)
            Q_EMIT stateChanged();
    });
    connect(&directory, &devices::DeviceDirectory::loadFinished, this, [this] { setState(State::Ready); });
    setState(State::Ready);
    Q_EMIT opened();
}

void TenantSession::closeEngine()
{
    if (!m_engine)
        return;
    Q_EMIT aboutToClose();
    m_context.reset();
    m_bulkRuns.reset();
    m_engine.reset();
}

void TenantSession::signOut()
{
    if (!m_auth)
        return;
    m_auth->signOut();
    closeEngine();
    setState(State::SignInNeeded);
}

} // namespace passcode::console
