// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/graph/ManagedDevicesResource.h"
#include "sandbox/graph/RemoteActionAuditsResource.h"
#include "sandbox/http/GraphError.h"
#include "sandbox/http/HttpRequest.h"
#include "sandbox/http/HttpResponse.h"
#include "sandbox/identity/TokenIssuer.h"

#include <QStringList>

#include <optional>

namespace passcode::sandbox {

class ActionSimulator;
class DeviceStore;
class FaultInjector;
class SandboxClock;
class Throttler;

/**
 * Microsoft Graph (v1.0 and beta) for the sandbox tenant: managedDevices list and get, the resetPasscode,
 * recoverPasscode and remoteLock actions, beta remoteActionAudits, getEffectivePermissions, /me and JSON
 * $batch. Checks bearer tokens and scopes, then the account's Intune role and scope tag (IntuneRoles: a role
 * without the action, or a device outside the scope tag, gets Intune's 403), applies Intune's throttling per
 * request (per batch item inside $batch) and the per-item faults of a batch, then hands the request to its
 * resource (ManagedDevicesResource, RemoteActionAuditsResource).
 * Lives on the server thread.
 */
class GraphService
{
public:
    GraphService(const DeviceStore &store, ActionSimulator &actions, const SandboxClock &clock,
                 const TokenIssuer &issuer, Throttler &throttler, FaultInjector &faults);

    static bool isGraphPath(const QString &path);
    /** The fault-target category of a Graph request: list, device, actions, audits, batch, me or other. */
    static QString category(const QByteArray &method, const QString &path);

    HttpResponse handle(const HttpRequest &request, const RequestIds &ids);

    // Scope names.
    static constexpr const char *kReadAll = "DeviceManagementManagedDevices.Read.All";
    static constexpr const char *kReadWriteAll = "DeviceManagementManagedDevices.ReadWrite.All";
    static constexpr const char *kPrivileged = "DeviceManagementManagedDevices.PrivilegedOperations.All";
    static constexpr const char *kConfigRead = "DeviceManagementConfiguration.Read.All";
    static constexpr const char *kConfigReadWrite = "DeviceManagementConfiguration.ReadWrite.All";
    static constexpr const char *kRbacRead = "DeviceManagementRBAC.Read.All";
    static constexpr const char *kRbacReadWrite = "DeviceManagementRBAC.ReadWrite.All";

private:
    HttpResponse dispatch(const HttpRequest &request, const RequestIds &ids, const TokenClaims &claims);
    HttpResponse me(const HttpRequest &request, const TokenClaims &claims);
    /** GET /deviceManagement/getEffectivePermissions (IntuneRoles): the account's rolePermission list. */
    HttpResponse effectivePermissions(const HttpRequest &request, const TokenClaims &claims, bool beta) const;
    HttpResponse batch(const HttpRequest &request, const RequestIds &ids, const TokenClaims &claims);

    std::optional<HttpResponse> authenticate(const HttpRequest &request, const RequestIds &ids,
                                             TokenClaims *claims) const;
    std::optional<HttpResponse> requireScope(const TokenClaims &claims, const QStringList &anyOf,
                                             const RequestIds &ids, const HttpRequest &request) const;
    std::optional<HttpResponse> throttle(const TokenClaims &claims, bool write, const RequestIds &ids);

    const DeviceStore &m_store;
    ActionSimulator &m_actions;
    const SandboxClock &m_clock;
    const TokenIssuer &m_issuer;
    Throttler &m_throttler;
    FaultInjector &m_faults;
    ManagedDevicesResource m_devices;
    RemoteActionAuditsResource m_audits;
};

} // namespace passcode::sandbox
