// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/http/HttpRequest.h"
#include "sandbox/http/HttpResponse.h"
#include "sandbox/identity/OAuthProtocol.h"
#include "sandbox/identity/ScopeGrant.h"

#include <QHash>
#include <QJsonArray>
#include <QString>

#include <functional>
#include <optional>

namespace passcode::sandbox {

class SandboxClock;
class TenantAccounts;
struct IdentityOptions;

/**
 * The device authorization grant (RFC 8628) of the sandbox's Entra ID: POST .../oauth2/v2.0/devicecode hands
 * out a device code and a user code; the user approves it on {base}/sandbox/devicelogin (or the control API,
 * or auto-approval); the client polls the token endpoint with grant_type
 * urn:ietf:params:oauth:grant-type:device_code until it is approved, declined or expired. Polling faster than
 * the interval earns slow_down. Lives on the server thread; not thread-safe.
 */
class DeviceCodeGrant
{
public:
    static constexpr const char *kGrantType = "urn:ietf:params:oauth:grant-type:device_code";
    /** The same grant as MSAL names it (accepted by Entra ID too). */
    static constexpr const char *kShortGrantType = "device_code";

    /** \a purgeExpired is called before a new device code is handed out. */
    DeviceCodeGrant(const SandboxClock &clock, const TenantAccounts &accounts, const IdentityOptions &options,
                    std::function<void()> purgeExpired);

    /** POST {tenant}/oauth2/v2.0/devicecode. */
    HttpResponse start(const HttpRequest &request);
    /** The token endpoint's device-code grant: who signed in, or nullopt and the OAuth error in \a refusal.
     */
    std::optional<GrantedSignIn> redeem(const HttpRequest &request, const FormFields &form,
                                        HttpResponse *refusal);

    bool approve(const QString &userCode, const QString &upn, QString *error);
    bool decline(const QString &userCode, QString *error);
    /** The codes still waiting for a decision (user_code, client_id, scope, expires_in). */
    QJsonArray pending() const;
    /** The verification page (GET form, POST decision), served at {base}/sandbox/devicelogin. */
    HttpResponse loginPage(const HttpRequest &request);
    /** Forgets the codes that expired before \a cutoffMs (protocol time). */
    void purgeExpired(qint64 cutoffMs);

private:
    struct DeviceCode
    {
        QString deviceCode;
        QString userCode;
        QString clientId;
        ScopeGrant grant;
        qint64 expiresMs = 0;
        qint64 lastPollMs = 0;
        int intervalSeconds = 5;
        enum class Status
        {
            Pending,
            Approved,
            Declined,
            Redeemed
        } status = Status::Pending;
        QString upn;
    };

    HttpResponse oauthError(const HttpRequest &request, int status, const char *errorName, int code,
                            const QString &description) const;
    QString newUserCode() const;

    const SandboxClock &m_clock;
    const TenantAccounts &m_accounts;
    const IdentityOptions &m_options;
    std::function<void()> m_purgeExpired;
    QHash<QString, DeviceCode> m_deviceCodes; ///< by device_code
    QHash<QString, QString> m_userCodes;      ///< user_code -> device_code
};

} // namespace passcode::sandbox
