// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/identity/RefreshTokenGrant.h"

#include "sandbox/host/SandboxClock.h"
#include "sandbox/identity/TenantAccounts.h"

#include <QDateTime>

namespace passcode::sandbox {

RefreshTokenGrant::RefreshTokenGrant(const SandboxClock &clock, const TenantAccounts &accounts,
                                     qint64 lifetimeSeconds)
    : m_clock(clock)
    , m_accounts(accounts)
    , m_lifetimeMs(lifetimeSeconds * 1000)
{}

HttpResponse RefreshTokenGrant::oauthError(const HttpRequest &request, int status, const char *errorName,
                                           int code, const QString &description) const
{
    return oauth::error(request, m_clock.protocolNowMs(), status, errorName, code, description);
}

QString RefreshTokenGrant::issue(const QString &upn, const QString &clientId, const ScopeGrant &grant)
{
    const QString token = QStringLiteral("0.SBX.") + oauth::newCode(96);
    m_refreshTokens.insert(token, RefreshToken{upn, clientId, grant, true, QString(),
                                               m_clock.protocolNowMs() + m_lifetimeMs, 0});
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
    const qint64 now = m_clock.protocolNowMs();
    if (now >= rt.expiresMs) {
        rt.valid = false;
        rt.revokedReason = QStringLiteral("expired");
        rt.invalidatedMs = now;
        *refusal = oauthError(request, 400, "invalid_grant", 700082,
                              QStringLiteral("The refresh token has expired due to inactivity. The token was "
                                             "issued on %1 and was inactive for %2 days.")
                                  .arg(QDateTime::fromMSecsSinceEpoch(rt.expiresMs - m_lifetimeMs, Qt::UTC)
                                           .toString(Qt::ISODate))
                                  .arg(m_lifetimeMs / (24 * 3600 * 1000)));
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
    rt.invalidatedMs = now;
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
            rt.invalidatedMs = m_clock.protocolNowMs();
            ++count;
        }
    }
    return count;
}

void RefreshTokenGrant::purgeExpired(qint64 cutoffMs)
{
    m_refreshTokens.removeIf([cutoffMs](const auto &entry) {
        const RefreshToken &rt = entry.value();
        return rt.valid ? rt.expiresMs < cutoffMs : rt.invalidatedMs < cutoffMs;
    });
}

int RefreshTokenGrant::validCount() const
{
    const qint64 now = m_clock.protocolNowMs();
    int valid = 0;
    for (const RefreshToken &rt : m_refreshTokens)
        valid += rt.valid && now < rt.expiresMs ? 1 : 0;
    return valid;
}

} // namespace passcode::sandbox
