// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/http/HttpRequest.h"
#include "sandbox/http/HttpResponse.h"

#include <QJsonObject>

namespace passcode::sandbox {

class ActionSimulator;
class DeviceStore;
class FaultInjector;
class IdentityService;
class SandboxClock;
class Throttler;
class TokenIssuer;

/**
 * The sandbox's own endpoints under {base}/sandbox/ (no authentication: the server listens on loopback only).
 * They drive what a real tenant would leave to people or to time: approving sign-ins, moving time forward,
 * expiring and revoking tokens, switching faults and throttling, and reading the tenant's hidden facts (a
 * device's platform row and failure switches) so tests and trainers can pick devices, and renaming a device.
 * Documented in
 * docs/sandbox.md.
 */
class ControlApi
{
public:
    ControlApi(DeviceStore &store, const ActionSimulator &actions, SandboxClock &clock, TokenIssuer &issuer,
               Throttler &throttler, FaultInjector &faults, IdentityService &identity);

    static bool isControlPath(const QString &path);
    /**
     * Whether web pages may call the control endpoints (passcode-sandbox --open-control). Off by default: a
     * request with an Origin header (what browsers send with fetch and cross-site form posts) or a POST with
     * a Content-Type other than application/json (a form, text/plain) is refused with 403, so that no page
     * the technician visits can drive the sandbox. The device sign-in page (/sandbox/devicelogin) is for
     * people and is always served; its form carries an anti-CSRF token instead.
     */
    void setOpenToBrowsers(bool open) { m_openToBrowsers = open; }
    HttpResponse handle(const HttpRequest &request);
    QJsonObject state(const QByteArray &baseUrl) const;

private:
    HttpResponse faultsEndpoint(const HttpRequest &request);
    HttpResponse tokenEndpoint(const HttpRequest &request, const QJsonObject &body);
    HttpResponse devicesEndpoint(const HttpRequest &request, const QStringList &segments);
    HttpResponse setDeviceFacts(const QString &id, const QJsonObject &body);
    HttpResponse sentActions(const HttpRequest &request) const;
    QJsonObject deviceFacts(qsizetype index) const;
    /** GET /sandbox/accounts: the technicians and role accounts with their Intune role and scope tag. */
    QJsonObject accounts() const;

    DeviceStore &m_store;
    const ActionSimulator &m_actions;
    SandboxClock &m_clock;
    TokenIssuer &m_issuer;
    Throttler &m_throttler;
    FaultInjector &m_faults;
    IdentityService &m_identity;
    qsizetype m_historyAudits = 0; ///< audit rows of the generated history (those before serving)
    bool m_openToBrowsers = false;
};

} // namespace passcode::sandbox
