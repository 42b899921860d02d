// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QString>

#include <functional>

class QSettings;

namespace passcode {
class Clock;
namespace devices {
class DeviceDirectory;
class DeviceDirectoryLoader;
} // namespace devices
namespace auth {
class AuthSession;
}
namespace graph {
class GraphClient;
}
namespace rbac {
class PermissionCheck;
}
namespace actions {
class ActionTracker;
class ActionService;
class AuditFeed;
class SyncService;
} // namespace actions
} // namespace passcode

namespace passcode::ui {

class BulkRuns;
class DialogPresenter;

/**
 * Everything the console's window needs from the outside, handed in by the composition root (app/console). No
 * singletons: pages get their collaborators from here. Every referenced object must outlive the window.
 */
struct ConsoleContext
{
    devices::DeviceDirectory &directory;
    devices::DeviceDirectoryLoader &loader;
    actions::ActionTracker &tracker;
    actions::ActionService &service;
    actions::AuditFeed &auditFeed;
    const Clock &clock;
    DialogPresenter &dialogs;
    /** The tenant's display name, shown in the status bar and on every confirmation. */
    QString tenantName;
    /** The tenant's colour (its band on every page); invalid: no band. */
    QColor tenantColor = {};
    /** The signed-in technician (UPN). */
    QString account;
    /** Connected to the sandbox tenant: the window shows the sandbox banner. */
    bool isSandbox = false;
    /** Window geometry and preferences; may be null (nothing is remembered). */
    QSettings *settings = nullptr;
    /** Applies an interface language ("" = system, "en", "fr") at once; may be empty (next start only). */
    std::function<void(const QString &language)> applyLanguage;
    /** The Entra ID sign-in of a real tenant (account, sign in again, sign out); null on the sandbox's minted
     * token. */
    auth::AuthSession *auth = nullptr;
    /** The tenant's bulk planners, runs and run store; null: no bulk passcode actions (the command is
     * hidden). */
    BulkRuns *bulk = nullptr;
    /** Applies a new write budget (writes per 20 s, single and bulk actions together) at once; may be empty.
     */
    std::function<void(int writes)> applyMaxWrites = {};
    /** The tenant's id in the workspace (roster id). */
    QString tenantId = {};
    /** The tenant's Graph client: a search asks it directly while the device list loads (null: never). */
    graph::GraphClient *client = nullptr;
    /** The technician's effective Intune permissions: actions the role does not allow are disabled with the
     * reason; "not checked" is said once (null: not asked, actions offered as the rules say). */
    rbac::PermissionCheck *permissions = nullptr;
    /** Intune's Sync remote action (the device Overview's Sync and the offer after a passcode action was
     * accepted); null: no Sync is offered. */
    actions::SyncService *sync = nullptr;
};

} // namespace passcode::ui
