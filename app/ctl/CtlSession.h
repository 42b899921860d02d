// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CtlOptions.h"

#include "core/actions/ActionJournal.h"
#include "core/actions/ActionService.h"
#include "core/actions/ActionTracker.h"
#include "core/common/Clock.h"
#include "core/common/Error.h"

#include <QNetworkAccessManager>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

class QSettings;

namespace passcode::auth {
class AuthSession;
class SecretStore;
class TenantSettings;
class TokenProvider;
} // namespace passcode::auth
namespace passcode::graph {
class GraphClient;
}
namespace passcode::sandbox {
class SandboxHost;
}

namespace passcode::ctl {

/**
 * The object graph one passcodectl run works with: the target (embedded sandbox, or a Graph URL), the bearer
 * token, the network, GraphClient, tracker, journal and ActionService. open() is asynchronous because a token
 * may first be asked from a standalone sandbox's control endpoint; it calls back exactly once.
 */
class CtlSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CtlSession)

public:
    explicit CtlSession(const CtlOptions &options, QObject *parent = nullptr);
    ~CtlSession() override;

    /**
     * Starts the sandbox or checks the endpoint, gets a token (fixed, the sandbox's, or the saved sign-in
     * restored silently), builds the client; then @p done.
     */
    void open(std::function<void(std::optional<Error>)> done);
    /** For login/logout/whoami: the tenant settings (with the command line's tenant options saved) and the
     * AuthSession over the OS keychain; no Graph client. Fails with Kind::Usage when no tenant is configured.
     */
    std::optional<Error> openSignIn();

    auth::AuthSession &auth() { return *m_auth; }
    auth::TenantSettings &tenantSettings() { return *m_tenant; }
    auth::SecretStore &keychain() { return *m_keychain; }

    graph::GraphClient &client() { return *m_client; }
    actions::ActionTracker &tracker() { return *m_tracker; }
    actions::ActionJournal &journal() { return *m_journal; }
    actions::ActionService &service() { return *m_service; }
    const Clock &clock() const { return m_clock; }
    /** The UPN actions are sent as (sandbox technician, or the token's upn claim). */
    QString initiator() const { return m_initiator; }

private:
    void build(const QUrl &graphBase, auth::TokenProvider *tokens, const QString &journalProfile);
    void openSandbox(std::function<void(std::optional<Error>)> done);
    void openWithSignIn(std::function<void(std::optional<Error>)> done);
    void openStandaloneSandbox(const QUrl &graphBase, std::function<void(std::optional<Error>)> done);
    /** Settings of passcodectl, with the command line's --tenant, --client-id, --cloud, --login-url,
     * --graph-url. */
    std::optional<Error> loadTenantSettings();

    CtlOptions m_options;
    SystemClock m_clock;
    std::unique_ptr<sandbox::SandboxHost> m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<auth::TokenProvider> m_tokens; ///< a fixed token (not the signed-in provider)
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<auth::TenantSettings> m_tenant;
    std::unique_ptr<auth::SecretStore> m_keychain;
    std::unique_ptr<auth::AuthSession> m_auth;
    std::unique_ptr<graph::GraphClient> m_client;
    std::unique_ptr<actions::ActionTracker> m_tracker;
    std::unique_ptr<actions::ActionJournal> m_journal;
    std::unique_ptr<actions::ActionService> m_service;
    QString m_initiator;
};

} // namespace passcode::ctl
