// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/TenantEngine.h"

#include "engine/ControlEndpointTokenProvider.h"
#include "engine/SandboxTokenProvider.h"

#include "core/actions/ActionJournal.h"
#include "core/actions/ActionService.h"
#include "core/actions/ActionTracker.h"
#include "core/actions/AuditFeed.h"
#include "core/actions/BulkPlanner.h"
#include "core/actions/BulkRun.h"
#include "core/actions/RunStore.h"
#include "core/actions/SyncService.h"
#include "core/auth/TokenProvider.h"
#include "core/devices/DeviceDirectory.h"
#include "core/devices/DeviceDirectoryLoader.h"
#include "core/graph/GraphClient.h"
#include "core/graph/WriteBudget.h"
#include "core/rbac/PermissionCheck.h"
#include "sandbox/host/SandboxHost.h"

#include <QLoggingCategory>

#include <algorithm>

namespace passcode::engine {

namespace {
Q_LOGGING_CATEGORY(lcEngine, "passcode.engine")
} // namespace

TenantEngine::TenantEngine(TenantTarget target, EngineOptions options, QObject *parent)
    : QObject(parent)
    , m_target(std::move(target))
    , m_options(std::move(options))
    , m_clock(m_options.clock ? m_options.clock : &m_systemClock)
{
    m_passcodeExpiry.setInterval(m_options.passcodeExpiryCheckMs);
}

TenantEngine::~TenantEngine()
{
    // Reverse order of construction: the services cancel their requests before the client goes, the client
    // before the network and the token provider, the sandbox (on its own thread) last.
    m_passcodeExpiry.stop();
    // Runs and planners (children) use the service, tracker and client: they go first.
    qDeleteAll(findChildren<actions::BulkRun *>(Qt::FindDirectChildrenOnly));
    qDeleteAll(findChildren<actions::BulkPlanner *>(Qt::FindDirectChildrenOnly));
    m_runStore.reset();
    m_permissions.reset();
    m_sync.reset();
    m_feed.reset();
    m_service.reset();
    m_journal.reset();
    m_tracker.reset();
    m_loader.reset();
    m_directory.reset();
    m_client.reset();
    m_budget.reset();
    m_ownTokens.reset();
    if (m_host)
        m_host->stop();
}

void TenantEngine::open()
{
    if (m_opening || isOpen())
        return;
    m_opening = true;
    switch (m_target.kind()) {
    case TenantTarget::Kind::EmbeddedSandbox:
        openEmbeddedSandbox();
        return;
    case TenantTarget::Kind::Endpoint:
        openEndpoint();
        return;
    case TenantTarget::Kind::Tenant:
        // Finish asynchronously as the other targets do: callers connect after open().
        QTimer::singleShot(0, this, [this] {
            if (!m_target.tokenProvider()) {
                fail(Error::make(Error::Kind::Auth,
                                 tr("The sign-in of %1 has ended.").arg(m_target.tenant())));
                return;
            }
            build(m_target.graphBase(), *m_target.tokenProvider(), m_target.account());
        });
        return;
    }
}

void TenantEngine::openEmbeddedSandbox()
{
    const SandboxSpec &spec = m_target.sandbox();
    sandbox::SandboxOptions so;
    so.devices = spec.devices;
    so.seed = sandbox::SandboxOptions::parseSeed(spec.seed);
    so.timeScale = spec.timeScale;
    so.accessTokenLifetimeSeconds = spec.accessTokenLifetimeSeconds;
    so.throttleScale = spec.throttleScale;
    so.throttleWindowMs = spec.throttleWindowMs;
    m_host = std::make_unique<sandbox::SandboxHost>(so);
    connect(m_host.get(), &sandbox::SandboxHost::failed, this, [this](const QString &error) {
        fail(Error::make(Error::Kind::Network, tr("The sandbox tenant could not start: %1").arg(error)));
    });
    connect(m_host.get(), &sandbox::SandboxHost::started, this, [this] {
        const QString upn = m_target.sandbox().upn.isEmpty() ? m_host->defaultUpn() : m_target.sandbox().upn;
        auto tokens = std::make_unique<SandboxTokenProvider>(*m_host, upn);
        if (tokens->accessToken().isEmpty()) {
            fail(Error::make(Error::Kind::Auth, tr("The sandbox tenant gave no token for %1.").arg(upn)));
            return;
        }
        m_ownTokens = std::move(tokens);
        build(m_host->baseUrl(), *m_ownTokens, upn);
    });
    m_host->startAsync();
}

void TenantEngine::openEndpoint()
{
    if (!m_target.accessToken().isEmpty()) {
        m_ownTokens = std::make_unique<auth::StaticTokenProvider>(m_target.accessToken());
        QTimer::singleShot(0, this, [this] {
            build(m_target.graphBase(), *m_ownTokens, upnOfToken(m_target.accessToken()));
        });
        return;
    }
    // A standalone passcode-sandbox: the first token from its control endpoint, the next ones likewise.
    auto tokens = std::make_unique<ControlEndpointTokenProvider>(m_network, m_target.graphBase());
    ControlEndpointTokenProvider *provider = tokens.get();
    m_ownTokens = std::move(tokens);
    connect(provider, &auth::TokenProvider::tokenRefreshed, this, [this, provider] {
        if (!isOpen())
            build(m_target.graphBase(), *provider, provider->upn());
    });
    connect(provider, &auth::TokenProvider::refreshFailed, this, [this](const Error &error) {
        if (!isOpen())
            fail(error);
    });
    provider->refresh();
}

void TenantEngine::build(const QUrl &graphBase, auth::TokenProvider &tokens, const QString &initiator)
{
    m_opening = false;
    m_graphBase = graphBase;
    m_activeTokens = &tokens;
    m_initiator = initiator;

    graph::GraphClient::Options clientOptions;
    clientOptions.baseUrl = graphBase;
    clientOptions.userAgent = m_options.userAgent;
    if (m_options.retry)
        clientOptions.retry = *m_options.retry;
    if (m_options.requestTimeoutMs)
        clientOptions.defaultTimeoutMs = *m_options.requestTimeoutMs;
    m_client = std::make_unique<graph::GraphClient>(&m_network, &tokens, *m_clock, clientOptions);
    // One budget for every write of this engine: single actions and bulk runs draw from it alike.
    m_budget = std::make_unique<graph::WriteBudget>(*m_clock, m_options.maxWrites, m_options.writeWindowMs);
    m_budget->setSafetyMarginMs(std::max<qint64>(50, m_options.writeWindowMs / 40));
    m_client->setWriteBudget(m_budget.get());
    m_directory = std::make_unique<devices::DeviceDirectory>();
    m_loader = std::make_unique<devices::DeviceDirectoryLoader>(*m_client, *m_directory);
    m_tracker = std::make_unique<actions::ActionTracker>(*m_clock);
    m_journal = std::make_unique<actions::ActionJournal>(journalPath());
    m_journal->setTenantName(m_options.tenantName);
    m_service = std::make_unique<actions::ActionService>(*m_client, *m_tracker, *m_journal, *m_clock);
    m_service->setInitiator(initiator);
    if (m_options.pollPolicy)
        m_service->setPollPolicy(*m_options.pollPolicy);
    m_feed = std::make_unique<actions::AuditFeed>(*m_client, *m_tracker);
    m_sync = std::make_unique<actions::SyncService>(*m_client, *m_clock);
    m_runStore = std::make_unique<actions::RunStore>(m_options.runsFolder.isEmpty()
                                                         ? actions::RunStore::runsFolderFor(journalPath())
                                                         : m_options.runsFolder,
                                                     m_journal.get());

    m_permissions = std::make_unique<rbac::PermissionCheck>(*m_client);
    if (m_options.checkPermissions)
        m_permissions->start(tokens.accessToken());

    if (m_options.resumeJournal) {
        m_journalResumed = true;
        if (const std::optional<Error> error = m_service->resumeFromJournal())
            qCWarning(lcEngine) << "journal not resumed:" << error->toDisplayString();
    }
    // A passcode stays in memory only as long as Intune shows it (7 days), even in a program left open.
    if (m_options.passcodeExpiryCheckMs > 0) {
        connect(&m_passcodeExpiry, &QTimer::timeout, m_tracker.get(),
                [this] { m_tracker->expirePasscodes(); });
        m_passcodeExpiry.start();
    }
    Q_EMIT opened();
}

void TenantEngine::fail(const Error &error)
{
    m_opening = false;
    Q_EMIT failed(error);
}

QUrl TenantEngine::graphBase() const
{
    return m_graphBase.isEmpty() ? m_target.graphBase() : m_graphBase;
}

QString TenantEngine::initiator() const
{
    return m_service ? m_service->initiator() : m_initiator;
}

void TenantEngine::setInitiator(const QString &upn)
{
    m_initiator = upn;
    if (m_service)
        m_service->setInitiator(upn);
}

QString TenantEngine::journalPath() const
{
    return m_options.journalPath.isEmpty() ? actions::ActionJournal::defaultPath(m_target.journalProfile())
                                           : m_options.journalPath;
}

QString TenantEngine::tenantLabel() const
{
    if (!m_target.tenant().isEmpty())
        return m_target.tenant();
    return graphBase().host() +
           (graphBase().port() > 0 ? u':' + QString::number(graphBase().port()) : QString());
}

actions::BulkPlanner *TenantEngine::createPlanner(QObject *parent)
{
    Q_ASSERT(isOpen());
    auto *planner = new actions::BulkPlanner(*m_client, *m_tracker, *m_clock, parent ? parent : this);
    if (m_options.requestTimeoutMs)
        planner->setRequestTimeoutMs(*m_options.requestTimeoutMs);
    planner->setPermissions(m_permissions.get());
    return planner;
}

actions::BulkRun::Context TenantEngine::runContext()
{
    actions::BulkRun::Context c;
    c.service = m_service.get();
    c.tracker = m_tracker.get();
    c.budget = m_budget.get();
    c.store = m_runStore.get();
    c.client = m_client.get();
    c.clock = m_clock;
    c.tenantLabel = tenantLabel();
    return c;
}

Result<actions::BulkRun *> TenantEngine::createRun(const actions::BulkPlan &plan, const QString &ticket,
                                                   QObject *parent)
{
    Q_ASSERT(isOpen());
    if (ticket.trimmed().isEmpty())
        return Error::make(Error::Kind::Usage, tr("A ticket or reason is required for a bulk run."));
    if (plan.eligibleCount() == 0)
        return Error::make(Error::Kind::Usage, tr("No device of the plan can get a passcode action."));
    return new actions::BulkRun(runContext(), plan, ticket.trimmed(), initiator(), parent ? parent : this);
}

Result<actions::BulkRun *> TenantEngine::resumeRun(const QString &runId, QObject *parent)
{
    Q_ASSERT(isOpen());
    // The run's sent items are followed like every journaled action: resume the journal once.
    if (!m_journalResumed) {
        m_journalResumed = true;
        if (const std::optional<Error> error = m_service->resumeFromJournal())
            return *error;
    }
    Result<actions::RunRecord> record = m_runStore->load(runId);
    if (!record)
        return record.error();
    std::unique_ptr<actions::BulkRun> run =
        actions::BulkRun::fromRecord(runContext(), record.value(), parent ? parent : this);
    return run.release();
}

} // namespace passcode::engine
