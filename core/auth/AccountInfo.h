// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/CloudEndpoints.h"

#include <QString>

namespace passcode::auth {

struct TokenResponse;

/**
 * The signed-in account as the console shows it. Not a secret: it lives in QSettings (TenantSettings) so a
 * later process can sign in silently and name the account before the network answers.
 */
struct AccountInfo
{
    QString username;      ///< preferred_username, usually the UPN
    QString displayName;   ///< name
    QString tenantId;      ///< tid: the tenant GUID, even when the settings name the tenant by domain
    QString objectId;      ///< oid
    QString homeAccountId; ///< "uid.utid" from client_info, else "oid.tid"; identifies the keychain entry

    bool isValid() const { return !homeAccountId.isEmpty(); }
    bool operator==(const AccountInfo &other) const = default;

    /** The account described by a token response's client_info and ID token. homeAccountId is "unknown"
     * when the response has neither (no openid scope granted). */
    static AccountInfo fromTokenResponse(const TokenResponse &tokens);
};

/**
 * The keychain key of an account's refresh token: "<cloud>/<tenant>/<clientId>/<accountId>/refresh_token",
 * tenant and client id lower-cased. The service name is the application id (KeychainSecretStore).
 */
QString refreshTokenKey(Cloud cloud, const QString &tenant, const QString &clientId,
                        const QString &accountId);

} // namespace passcode::auth
