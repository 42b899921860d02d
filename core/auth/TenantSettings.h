// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/AccountInfo.h"
#include "core/auth/CloudEndpoints.h"
#include "core/common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <optional>

class QSettings;

namespace passcode::auth {

/**
 * The tenant and account settings, typed, over a QSettings the caller owns (the application's, or one on a
 * temporary file in tests). Only non-secret values live here: tenant, client id, cloud, optional URL
 * overrides, and the signed-in account (UPN, display name, tenant id, home account id, and the name of its
 * keychain entry). Tokens never do.
 *
 * Keys (group "auth" by default; a roster tenant's are under "tenants/<id>/auth"): tenant, clientId, cloud,
 * loginUrl, graphUrl, account/username, account/displayName, account/tenantId, account/objectId,
 * account/homeAccountId, account/secretKey. Each is declared once in the .cpp.
 */
class TenantSettings
{
    Q_DECLARE_TR_FUNCTIONS(TenantSettings)

public:
    /** The settings group of the single tenant of earlier versions (and of passcodectl's --tenant). */
    static QString defaultGroup() { return QStringLiteral("auth"); }

    /** settings must outlive this object. @p group holds this tenant's keys. */
    explicit TenantSettings(QSettings *settings, const QString &group = defaultGroup());

    /** The settings group of this tenant's keys. */
    QString group() const { return m_group; }

    /** Tenant GUID, verified domain, or "organizations". Empty when not configured. */
    QString tenant() const;
    void setTenant(const QString &tenant);
    /** Application (client) id of the app registration. */
    QString clientId() const;
    void setClientId(const QString &clientId);
    /** Global when unset or unknown. */
    Cloud cloud() const;
    void setCloud(Cloud cloud);
    /** Override of the cloud's login base URL (the sandbox: http://127.0.0.1:PORT); empty when none. */
    QUrl loginUrlOverride() const;
    void setLoginUrlOverride(const QUrl &url);
    /** Override of the cloud's Graph base URL; empty when none. */
    QUrl graphUrlOverride() const;
    void setGraphUrlOverride(const QUrl &url);

    /** Tenant and client id are set. */
    bool isConfigured() const;
    /**
     * Checks tenant and client id (Kind::Usage with a translated message) and builds the endpoints
     * (Kind::Usage or Kind::Security for a bad override).
     */
    Result<CloudEndpoints> endpoints() const;
    /** std::nullopt when the tenant and client id are well-formed, else a Kind::Usage error. */
    std::optional<Error> validate() const;

    /** The account last signed in with persistence, if any. */
    std::optional<AccountInfo> account() const;
    /** The keychain key of that account's refresh token, empty when none. */
    QString accountSecretKey() const;
    void setAccount(const AccountInfo &account, const QString &secretKey);
    void clearAccount();

    /** refreshTokenKey() for an account under the current cloud, tenant and client id. */
    QString secretKeyFor(const QString &homeAccountId) const;

    /** A tenant GUID, domain name or one of common/organizations/consumers. */
    static bool isValidTenant(const QString &tenant);
    /** A GUID, or (for the sandbox and tests) letters, digits, '-', '_' and '.'. */
    static bool isValidClientId(const QString &clientId);

    void sync();

private:
    QSettings *m_settings;
    QString m_group;
};

} // namespace passcode::auth
