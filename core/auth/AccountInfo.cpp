// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/auth/AccountInfo.h"

#include "core/auth/TokenResponse.h"

using namespace Qt::StringLiterals;

namespace passcode::auth {

AccountInfo AccountInfo::fromTokenResponse(const TokenResponse &tokens)
{
    AccountInfo account;
    account.username = tokens.claims.preferredUsername;
    account.displayName = tokens.claims.name;
    account.tenantId = tokens.claims.tenantId;
    account.objectId = tokens.claims.objectId;
    if (!tokens.clientInfo.isEmpty()) {
        if (const auto info = ClientInfo::decode(tokens.clientInfo)) {
            account.homeAccountId = info->uid + u'.' + info->utid;
            if (account.tenantId.isEmpty())
                account.tenantId = info->utid;
        }
    }
    if (account.homeAccountId.isEmpty() && !account.objectId.isEmpty() && !account.tenantId.isEmpty())
        account.homeAccountId = account.objectId + u'.' + account.tenantId;
    if (account.homeAccountId.isEmpty())
        account.homeAccountId = u"unknown"_s;
    return account;
}

QString refreshTokenKey(Cloud cloud, const QString &tenant, const QString &clientId, const QString &accountId)
{
    return cloudId(cloud) + u'/' + tenant.toLower() + u'/' + clientId.toLower() + u'/' + accountId +
           "/refresh_token"_L1;
}

} // namespace passcode::auth
