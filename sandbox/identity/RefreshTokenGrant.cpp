// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/identity/RefreshTokenGrant.h"

#include "sandbox/host/SandboxClock.h"
#include "sandbox/identity/TenantAccounts.h"

namespace passcode::sandbox {

RefreshTokenGrant::RefreshTokenGrant(const SandboxClock &clock, const TenantAccounts &accounts)
    : m_clock(clock)
    , m_accounts(accounts)
{}

HttpResponse RefreshTokenGrant::oauthError(const HttpRequest &request, int status, const char *errorName,
                                           int code, const QString &description) const
{
    return oauth::error(request, m_clock.protocolNowMs(), status, errorName, code, description);
}

QString RefreshTokenGrant::issue(const QString &upn, const QString &clientId, const ScopeGrant &grant)
{
    const QString token = QStringLiteral("0.SBX.") + oauth::newCode(96);
    m_refreshTokens.insert(token, RefreshToken{upn, clientId, grant, true, QString()});
    return token;
}

std::optional<GrantedSignIn> RefreshTokenGrant::redeem(const HttpRequest &request, const FormFields &form,
                                                       HttpResponse *refusal)
{
    const QString token = HttpRequest::formValue(form, u"refresh_token");
    auto it = m_refreshTokens.find(token);
    if (token.isEmpty() || it == m_refreshTokens.end()) {
        *refusal = oauthError(
            request, 400, "invalid_grant", 9002313,
            QStringLiteral("Invalid request. Request is malformed or invalid: the refresh token is not "
                           "recognised."));
        return std::nullopt;
    }
    RefreshToken &rt = *it;
    if (!rt.valid) {
        if (rt.revokedReason == QLatin1String("rotated")) {
            *refusal = oauthError(request, 400, "invalid_grant", 70000,
                                  QStringLiteral("The refresh token has already been used to obtain a new "
                                                 "one (rotation); use the latest refresh token."));
            return std::nullopt;
        }
        *refusal = oauthError(
            request, 400, "invalid_grant", 50173,
            QStringLiteral("The provided grant has expired due to it being revoked, a fresh auth token "
                           "is needed. The user might have changed or reset their password."));
        return std::nullopt;
    }
    if (rt.clientId != HttpRequest::formValue(form, u"client_id")) {
        *refusal = oauthError(request, 400, "invalid_grant", 70000,
                              QStringLiteral("The refresh token was issued to another application."));
        return std::nullopt;
    }
    ScopeGrant grant = rt.grant;
    const QString scope = HttpRequest::formValue(form, u"scope");
    if (!scope.isEmpty()) {
        QString invalid;
        const auto asked = ScopeGrant::parse(scope, &invalid);
        if (!asked) {
            *refusal = oauthError(
                request, 400, "invalid_scope", 70011,
                QStringLiteral("The provided value for the input parameter 'scope' is not valid. The "
                               "scope %1 is not valid.")
                    .arg(invalid));
            return std::nullopt;
        }
        for (const QString &s : asked->graphScopes) {
            if (!rt.grant.graphScopes.contains(s)) {
                *refusal = oauthError(
                    request, 400, "invalid_grant", 65001,
                    QStringLiteral("The user or administrator has not consented to use the application "
                                   "with the scope '%1'.")
                        .arg(s));
                return std::nullopt;
            }
        }
        grant.graphScopes = asked->graphScopes.isEmpty() ? rt.grant.graphScopes : asked->graphScopes;
        grant.openid = asked->openid;
        grant.profile = asked->profile;
        grant.email = asked->email;
    }
    grant.offlineAccess = true;
    rt.valid = false;
    rt.revokedReason = QStringLiteral("rotated");
    const auto who = m_accounts.find(rt.upn);
    if (!who) {
        *refusal = oauthError(request, 400, "invalid_grant", 50034,
                              QStringLiteral("The user account does not exist."));
        return std::nullopt;
    }
    return GrantedSignIn{*who, rt.clientId, grant, QString()};
}

int RefreshTokenGrant::revoke(const QString &upn)
{
    int count = 0;
    for (RefreshToken &rt : m_refreshTokens) {
        if (rt.valid && (upn.isEmpty() || rt.upn.compare(upn, Qt::CaseInsensitive) == 0)) {
            rt.valid = false;
            rt.revokedReason = QStringLiteral("revoked");
            ++count;
        }
    }
    return count;
}

int RefreshTokenGrant::validCount() const
{
    int valid = 0;
    for (const RefreshToken &rt : m_refreshTokens)
        valid += rt.valid ? 1 : 0;
    return valid;
}

} // namespace passcode::sandbox
