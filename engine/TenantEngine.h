// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/TenantTarget.h"

#include "core/actions/BulkRun.h"
#include "core/actions/PollSchedule.h"
#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/common/Result.h"
#include "core/graph/RetryPolicy.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

namespace passcode {
namespace actions {
struct BulkPlan;
class ActionJournal;
class BulkPlanner;
class RunStore;
class ActionService;
class ActionTracker;
class AuditFeed;
class SyncService;
} // namespace actions
namespace auth {
class TokenProvider;
}
namespace devices {
class DeviceDirectory;
class DeviceDirectoryLoader;
} // namespace devices
namespace graph {
class GraphClient;
class WriteBudget;
} // namespace graph
namespace rbac {
class PermissionCheck;
}
namespace sandbox {
class SandboxHost;
}
} // namespace passcode

namespace passcode::engine {

/** How an engine behaves, whatever its target. The defaults are the programs'. */
struct EngineOptions
{
    QByteArray userAgent = QByteArrayLiteral("PasscodeConsole");
    /** The action journal's file; empty: ActionJournal::defaultPath(target.journalProfile()). */
    QString journalPath;
    /** Resume the journal's unfinished actions when the engine opens (the console); passcodectl's commands
     * resume when they need it. */
    bool resumeJournal = true;
    /** Drop passcodes from memory once their 7 days are over, checked at this interval (0: never). */
    int passcodeExpiryCheckMs = 60 * 1000;
    /** GraphClient: retry policy and per-attempt timeout (tests shorten them). */
    std::optional<graph::RetryPolicy> retry;
    std::optional<int> requestTimeoutMs;
    /** ActionService's polling (tests shorten it). */
    std::optional<actions::PollPolicy> pollPolicy;
    /**
     * The engine's write budget (graph::WriteBudget): at most maxWrites writes per writeWindowMs, shared by
     * single actions and bulk runs. Intune allows 200 per 20 s per app and tenant; 150 leaves room for other
     * tools. Benchmarks and tests shrink the window.
     */
    int maxWrites = 150;
    qint64 writeWindowMs = 20'000;
    /** Where bulk runs are kept; empty: actions::RunStore::runsFolderFor(journal path). */
    QString runsFolder;
    /** The tenant's display name, recorded in every journal entry this engine writes ("tenantName");
     * empty: none (the entries stay as before). */
    QString tenantName;
    /** The clock of the engine (not owned, must outlive it); null: the system clock. */
    const Clock *clock = nullptr;
    /** Ask Graph for the technician's effective Intune permissions when the engine opens (the console);
     * passcodectl's commands ask when they need it (permissions().start()). */
    bool checkPermissions = false;
};

/**
 * One tenant's machinery, composed in one place for every front end (the console, passcodectl, the tests
 * and the benchmarks): the network access manager, the token provider the target calls for, GraphClient,
 * DeviceDirectory and its loader, ActionTracker, ActionJournal, ActionService, AuditFeed, SyncService, the
 * technician's Intune permissions (rbac::PermissionCheck) and the passcode-expiry timer; and, for an embedded
 * sandbox target, the sandbox tenant itself on its worker thread.
 *
 * Several engines live side by side in one process (several tenants, several sandbox tenants); each owns
 * everything it uses and is torn down on its own (destruction cancels its requests, then stops its sandbox).
 *
 * Lifecycle: construct, connect opened()/failed(), open(). open() returns at once; exactly one of opened()
 * or failed() follows (asynchronously). The accessors of the machinery are valid from opened() until
 * destruction. The engine does not refresh the device list by itself: the front end decides.
 */
class TenantEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TenantEngine)

public:
    explicit TenantEngine(TenantTarget target, EngineOptions options = {}, QObject *parent = nullptr);
    ~TenantEngine() override;

    /** Starts the embedded sandbox or gets the first token as the target needs, then builds the machinery. */
    void open();
    bool isOpen() const { return m_service != nullptr; }

    const TenantTarget &target() const { return m_target; }
    /** Graph root the engine talks to (the embedded sandbox's once started). */
    QUrl graphBase() const;
    /** The technician named as the initiator of the actions sent (the token's UPN unless set). */
    QString initiator() const;
    void setInitiator(const QString &upn);
    /** Where this engine's action journal lives. */
    QString journalPath() const;

    QNetworkAccessManager &network() { return m_network; }
    const Clock &clock() const { return *m_clock; }
    auth::TokenProvider &tokens() const { return *m_activeTokens; }
    graph::GraphClient &client() const { return *m_client; }
    devices::DeviceDirectory &directory() const { return *m_directory; }
    devices::DeviceDirectoryLoader &loader() const { return *m_loader; }
    actions::ActionTracker &tracker() const { return *m_tracker; }
    actions::ActionJournal &journal() const { return *m_journal; }
    actions::ActionService &service() const { return *m_service; }
    actions::AuditFeed &auditFeed() const { return *m_feed; }
    /** Intune's Sync remote action (syncDevice), through the same client and write budget. */
    actions::SyncService &sync() const { return *m_sync; }
    /** The write budget every write of this engine draws from (single and bulk). */
    graph::WriteBudget &writeBudget() const { return *m_budget; }
    /** The technician's effective Intune permissions (asked at open with checkPermissions). */
    rbac::PermissionCheck &permissions() const { return *m_permissions; }
    /** This tenant's bulk runs. */
    actions::RunStore &runStore() const { return *m_runStore; }
    /** A short label of the tenant for run records and confirmations (tenant, or the Graph host). */
    QString tenantLabel() const;

    /** A planner on this engine's client and tracker (owned by @p parent, or the engine when null). */
    actions::BulkPlanner *createPlanner(QObject *parent = nullptr);
    /**
     * A new bulk run of @p plan (state Ready; call start()), owned by @p parent (the engine when null) and
     * saved in runStore() when it starts. Kind Usage when @p ticket is empty or nothing in the plan is
     * eligible.
     */
    Result<actions::BulkRun *> createRun(const actions::BulkPlan &plan, const QString &ticket,
                                         QObject *parent = nullptr);
    /**
     * The persisted run @p runId, restored (state Paused, or its end state; call resume()): its sent items
     * are followed (the journal's in-flight actions are resumed first if the engine did not at open), its
     * never-sent items are read again and sent on resume(). Kind NotFound for an unknown id.
     */
    Result<actions::BulkRun *> resumeRun(const QString &runId, QObject *parent = nullptr);

    /** The embedded sandbox tenant; null for other targets. */
    sandbox::SandboxHost *sandboxHost() const { return m_host.get(); }

Q_SIGNALS:
    void opened();
    void failed(const passcode::Error &error);

private:
    void openEmbeddedSandbox();
    void openEndpoint();
    void build(const QUrl &graphBase, auth::TokenProvider &tokens, const QString &initiator);
    void fail(const Error &error);
    actions::BulkRun::Context runContext();

    TenantTarget m_target;
    EngineOptions m_options;
    SystemClock m_systemClock;
    const Clock *m_clock;
    QNetworkAccessManager m_network;
    std::unique_ptr<sandbox::SandboxHost> m_host;
    std::unique_ptr<auth::TokenProvider> m_ownTokens;
    auth::TokenProvider *m_activeTokens = nullptr;
    QUrl m_graphBase;
    QString m_initiator;
    std::unique_ptr<graph::GraphClient> m_client;
    std::unique_ptr<devices::DeviceDirectory> m_directory;
    std::unique_ptr<devices::DeviceDirectoryLoader> m_loader;
    std::unique_ptr<actions::ActionTracker> m_tracker;
    std::unique_ptr<actions::ActionJournal> m_journal;
    std::unique_ptr<actions::ActionService> m_service;
    std::unique_ptr<actions::AuditFeed> m_feed;
    std::unique_ptr<actions::SyncService> m_sync;
    std::unique_ptr<graph::WriteBudget> m_budget;
    std::unique_ptr<actions::RunStore> m_runStore;
    std::unique_ptr<rbac::PermissionCheck> m_permissions;
    bool m_journalResumed = false;
    QTimer m_passcodeExpiry;
    bool m_opening = false;
};

} // namespace passcode::engine
