// SPDX-License-Identifier: GPL-3.0-or-later
#include "CtlSession.h"

#include "core/actions/ActionService.h"
#include "core/auth/AuthSession.h"
#include "core/auth/ChunkedSecretStore.h"
#include "core/auth/TenantSettings.h"
#include "engine/TenantEngine.h"
#include "engine/TenantOptions.h"

#include <QCoreApplication>
#include <QSettings>

namespace passcode::ctl {

CtlSession::CtlSession(const CtlOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{}

CtlSession::~CtlSession()
{
    // The engine first (it cancels its requests), then the sign-in whose token provider it borrows.
    m_engine.reset();
    m_auth.reset();
}

graph::GraphClient &CtlSession::client()
{
    return m_engine->client();
}

actions::ActionTracker &CtlSession::tracker()
{
    return m_engine->tracker();
}

actions::ActionJournal &CtlSession::journal()
{
    return m_engine->journal();
}

actions::ActionService &CtlSession::service()
{
    return m_engine->service();
}

const Clock &CtlSession::clock() const
{
    return m_engine ? m_engine->clock() : m_clock;
}

QString CtlSession::initiator() const
{
    return m_engine ? m_engine->initiator() : QString();
}

void CtlSession::openEngine(const engine::TenantTarget &target,
                            std::function<void(std::optional<Error>)> done)
{
    engine::EngineOptions options;
    options.userAgent = QByteArrayLiteral("passcodectl");
    options.journalPath = m_options.journalPath;
    options.resumeJournal = false; // the commands that follow actions resume it
    if (m_options.maxWrites > 0)
        options.maxWrites = m_options.maxWrites;
    if (m_options.writeWindowMs > 0)
        options.writeWindowMs = m_options.writeWindowMs;
    m_engine = std::make_unique<engine::TenantEngine>(target, options);
    connect(m_engine.get(), &engine::TenantEngine::opened, this, [done] { done(std::nullopt); });
    connect(m_engine.get(), &engine::TenantEngine::failed, this, [done](const Error &error) { done(error); });
    m_engine->open();
}

std::unique_ptr<QSettings> CtlSession::consoleSettings()
{
    return std::make_unique<QSettings>(QSettings::NativeFormat, QSettings::UserScope,
                                       QCoreApplication::organizationName(),
                                       QStringLiteral("passcode-console"));
}

QString CtlSession::label() const
{
    if (m_profile)
        return m_profile->name;
    if (!m_options.tenant.isEmpty())
        return m_options.tenant;
    if (m_options.graphUrl.isValid()) {
        const int port = m_options.graphUrl.port();
        return m_options.graphUrl.host() + (port > 0 ? u':' + QString::number(port) : QString());
    }
    return QStringLiteral("sandbox");
}

QString CtlSession::loginCommand() const
{
    if (!m_profile)
        return QStringLiteral("passcodectl login");
    QString name = m_profile->name;
    name.replace(u'"', QStringLiteral("\\\""));
    return QStringLiteral("passcodectl --tenant \"%1\" login").arg(name);
}

std::optional<Error> CtlSession::findRosterEntry()
{
    if (m_rosterRead || m_options.tenant.isEmpty())
        return std::nullopt;
    m_rosterRead = true;
    const std::unique_ptr<QSettings> settings = consoleSettings();
    m_profile = auth::TenantRoster(settings.get()).find(m_options.tenant.trimmed());
    if (!m_profile)
        return std::nullopt; // a tenant ID or domain, as before the roster
    if (!m_options.clientId.isEmpty() || !m_options.cloud.isEmpty() || m_options.graphUrl.isValid() ||
        m_options.loginUrl.isValid())
        return Error::make(Error::Kind::Usage,
                           tr("'%1' is a tenant of the roster: its client id, cloud and URLs come from it "
                              "(change them with 'passcodectl tenants remove' and 'tenants add').")
                               .arg(m_profile->name));
    return std::nullopt;
}

std::optional<Error> CtlSession::loadTenantSettings()
{
    if (m_tenant)
        return std::nullopt;
    if (std::optional<Error> e = findRosterEntry())
        return e;
    if (m_profile) {
        // The entry's own settings group holds its sign-in; the entry says how it is reached.
        m_settings = consoleSettings();
        m_tenant = auth::TenantRoster(m_settings.get()).settingsFor(*m_profile);
        m_tenant->setTenant(m_profile->tenant);
        m_tenant->setClientId(m_profile->clientId);
        m_tenant->setCloud(m_profile->cloud);
        m_tenant->setLoginUrlOverride(m_profile->loginUrl);
        m_tenant->setGraphUrlOverride(m_profile->graphUrl);
        m_tenant->sync();
        return std::nullopt;
    }
    m_settings = std::make_unique<QSettings>();
    m_tenant = std::make_unique<auth::TenantSettings>(m_settings.get());
    // The command line's tenant options are remembered, as the console's are.
    const engine::TenantOptions given{m_options.tenant, m_options.clientId, m_options.cloud,
                                      m_options.loginUrl, m_options.graphUrl};
    if (std::optional<Error> e = given.applyTo(*m_tenant))
        return e;
    return std::nullopt;
}

std::optional<Error> CtlSession::openSignIn()
{
    if (std::optional<Error> e = loadTenantSettings())
        return e;
    if (!m_tenant->isConfigured())
        return Error::make(
            Error::Kind::Usage,
            tr("No tenant is configured: give --tenant and --client-id (the app registration)."));
    if (std::optional<Error> e = m_tenant->validate())
        return e;
    m_keychain = auth::makeOsKeychain();
    m_auth = std::make_unique<auth::AuthSession>(m_network, *m_tenant, *m_keychain, m_clock);
    return std::nullopt;
}

void CtlSession::openWithSignIn(std::function<void(std::optional<Error>)> done)
{
    if (std::optional<Error> e = openSignIn()) {
        done(*e);
        return;
    }
    const Result<auth::CloudEndpoints> endpoints = m_tenant->endpoints();
    if (!endpoints) {
        done(endpoints.error());
        return;
    }
    const auto notSignedIn = [this] {
        return Error::make(Error::Kind::Auth,
                           tr("Not signed in: run '%1' first (or pass --access-token).").arg(loginCommand()));
    };
    auto finish = [this, endpoints = *endpoints, done, notSignedIn](auth::AuthSession::State state) {
        using S = auth::AuthSession::State;
        if (state == S::Restoring)
            return;
        disconnect(m_auth.get(), nullptr, this, nullptr);
        if (state != S::SignedIn) {
            done(state == S::NeedsInteraction
                     ? Error::make(Error::Kind::Auth,
                                   tr("The saved sign-in of %1 has expired: run '%2' again.")
                                       .arg(m_auth->account().username, loginCommand()))
                     : notSignedIn());
            return;
        }
        const Result<engine::TenantTarget> target = engine::TenantTarget::signedIn(
            endpoints, m_tenant->tenant(), m_auth->tokenProvider(), m_auth->account().username);
        if (!target) {
            done(target.error());
            return;
        }
        openEngine(*target, done);
    };
    connect(m_auth.get(), &auth::AuthSession::stateChanged, this,
            [finish](auth::AuthSession::State, auth::AuthSession::State to) { finish(to); });
    if (!m_auth->restoreSession()) {
        disconnect(m_auth.get(), nullptr, this, nullptr);
        done(notSignedIn());
    }
}

void CtlSession::open(std::function<void(std::optional<Error>)> done)
{
    const auto sandbox = [this] {
        engine::SandboxSpec spec;
        spec.devices = m_options.sandboxDevices;
        spec.seed = m_options.sandboxSeed;
        spec.timeScale = m_options.sandboxTimeScale;
        spec.accessTokenLifetimeSeconds = m_options.sandboxTokenLifetimeSeconds;
        spec.upn = m_options.sandboxUpn;
        return engine::TenantTarget::embeddedSandbox(spec);
    };
    if (m_options.sandbox) {
        openEngine(sandbox(), std::move(done));
        return;
    }
    if (std::optional<Error> e = findRosterEntry()) {
        done(*e);
        return;
    }
    // A roster endpoint is reached as --graph-url is; a roster tenant signs in with its own settings group.
    const bool rosterEndpoint = m_profile && m_profile->isEndpoint();
    if (m_profile && !rosterEndpoint && !m_options.accessToken.isEmpty()) {
        // A token obtained elsewhere for a roster tenant: its Graph, no sign-in.
        const Result<auth::CloudEndpoints> endpoints =
            auth::CloudEndpoints::create(m_profile->cloud, m_profile->loginUrl, m_profile->graphUrl);
        const Result<engine::TenantTarget> target =
            endpoints ? engine::TenantTarget::endpoint(endpoints->graphBaseUrl(), m_options.accessToken,
                                                       m_profile->tenant)
                      : Result<engine::TenantTarget>(endpoints.error());
        if (!target) {
            done(target.error());
            return;
        }
        openEngine(*target, std::move(done));
        return;
    }
    const bool endpointNamed =
        rosterEndpoint || (!m_profile && m_options.graphUrl.isValid() && m_options.tenant.isEmpty());
    if ((!m_options.accessToken.isEmpty() && !m_profile) || endpointNamed) {
        // A fixed token (to the given Graph URL, or Graph itself), or a standalone sandbox on this computer.
        const QUrl url = rosterEndpoint                 ? m_profile->graphUrl
                         : m_options.graphUrl.isValid() ? m_options.graphUrl
                                                        : QUrl(QStringLiteral("https://graph.microsoft.com"));
        const Result<engine::TenantTarget> target = engine::TenantTarget::endpoint(
            url, m_options.accessToken, rosterEndpoint ? QString() : m_options.tenant);
        if (!target) {
            done(target.error().kind == Error::Kind::Auth
                     ? Error::make(Error::Kind::Auth, tr("No access token for %1: pass --access-token or set "
                                                         "PASSCODECTL_ACCESS_TOKEN.")
                                                          .arg(url.toString()))
                     : target.error());
            return;
        }
        openEngine(*target, std::move(done));
        return;
    }
    if (std::optional<Error> e = loadTenantSettings()) {
        done(*e);
        return;
    }
    if (m_tenant->isConfigured()) {
        openWithSignIn(std::move(done));
        return;
    }
    if (m_options.remote) {
        done(Error::make(
            Error::Kind::Auth,
            tr("No access token: pass --access-token (or PASSCODECTL_ACCESS_TOKEN), or sign in with "
               "'passcodectl --tenant T --client-id ID login'.")));
        return;
    }
    openEngine(sandbox(), std::move(done)); // nothing configured: the sandbox is the default
}

} // namespace passcode::ctl
