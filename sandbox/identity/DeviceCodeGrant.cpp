// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/identity/DeviceCodeGrant.h"

#include "sandbox/host/SandboxClock.h"
#include "sandbox/identity/IdentityOptions.h"
#include "sandbox/identity/SignInPages.h"
#include "sandbox/identity/TenantAccounts.h"

#include <QJsonObject>
#include <QRandomGenerator>

namespace passcode::sandbox {

DeviceCodeGrant::DeviceCodeGrant(const SandboxClock &clock, const TenantAccounts &accounts,
                                 const IdentityOptions &options, std::function<void()> purgeExpired)
    : m_clock(clock)
    , m_accounts(accounts)
    , m_options(options)
    , m_purgeExpired(std::move(purgeExpired))
{}

HttpResponse DeviceCodeGrant::oauthError(const HttpRequest &request, int status, const char *errorName,
                                         int code, const QString &description) const
{
    return oauth::error(request, m_clock.protocolNowMs(), status, errorName, code, description);
}

QString DeviceCodeGrant::newUserCode() const
{
    static constexpr char alphabet[] = "BCDFGHJKLMNPQRSTVWXZ23456789";
    QString code;
    do {
        code.clear();
        for (int k = 0; k < 9; ++k)
            code.append(QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof alphabet - 1))]));
    } while (m_userCodes.contains(code));
    return code;
}

void DeviceCodeGrant::purgeExpired(qint64 cutoffMs)
{
    for (auto it = m_deviceCodes.begin(); it != m_deviceCodes.end();) {
        if (it->expiresMs < cutoffMs) {
            m_userCodes.remove(it->userCode);
            it = m_deviceCodes.erase(it);
        } else {
            ++it;
        }
    }
}

HttpResponse DeviceCodeGrant::start(const HttpRequest &request)
{
    m_purgeExpired();
    const auto form = HttpRequest::parseForm(request.body);
    const QString clientId = HttpRequest::formValue(form, u"client_id");
    if (clientId.isEmpty()) {
        return oauthError(
            request, 400, "invalid_request", 900144,
            QStringLiteral("The request body must contain the following parameter: 'client_id'."));
    }
    QString invalid;
    const auto grant = ScopeGrant::parse(HttpRequest::formValue(form, u"scope"), &invalid);
    if (!grant) {
        return oauthError(
            request, 400, "invalid_scope", 70011,
            QStringLiteral("The provided value for the input parameter 'scope' is not valid. The scope "
                           "%1 is not valid.")
                .arg(invalid));
    }
    DeviceCode dc;
    dc.deviceCode = oauth::newCode(48);
    dc.userCode = newUserCode();
    dc.clientId = clientId;
    dc.grant = *grant;
    dc.expiresMs = m_clock.protocolNowMs() + qint64(m_options.deviceCodeExpirySeconds) * 1000;
    dc.intervalSeconds = m_options.deviceCodeIntervalSeconds;
    if (m_options.autoApprove) {
        dc.status = DeviceCode::Status::Approved;
        dc.upn = m_options.defaultUpn;
    }
    const QString verification = QString::fromUtf8(request.baseUrl) + QStringLiteral("/sandbox/devicelogin");
    m_userCodes.insert(dc.userCode, dc.deviceCode);
    m_deviceCodes.insert(dc.deviceCode, dc);
    QJsonObject o{
        {QStringLiteral("user_code"), dc.userCode},
        {QStringLiteral("device_code"), dc.deviceCode},
        {QStringLiteral("verification_uri"), verification},
        {QStringLiteral("expires_in"), m_options.deviceCodeExpirySeconds},
        {QStringLiteral("interval"), dc.intervalSeconds},
        {QStringLiteral("message"),
         QStringLiteral(
             "To sign in, use a web browser to open the page %1 and enter the code %2 to authenticate.")
             .arg(verification, dc.userCode)},
    };
    return oauth::json(200, o);
}

std::optional<GrantedSignIn> DeviceCodeGrant::redeem(const HttpRequest &request, const FormFields &form,
                                                     HttpResponse *refusal)
{
    const QString code = HttpRequest::formValue(form, u"device_code");
    auto it = m_deviceCodes.find(code);
    if (code.isEmpty() || it == m_deviceCodes.end()) {
        *refusal =
            oauthError(request, 400, "bad_verification_code", 70018,
                       QStringLiteral("Invalid verification code. The device_code is not recognised."));
        return std::nullopt;
    }
    DeviceCode &dc = *it;
    const qint64 now = m_clock.protocolNowMs();
    if (dc.clientId != HttpRequest::formValue(form, u"client_id")) {
        *refusal = oauthError(request, 400, "invalid_grant", 70000,
                              QStringLiteral("The device code was issued to another application."));
        return std::nullopt;
    }
    if (dc.status == DeviceCode::Status::Redeemed) {
        *refusal = oauthError(
            request, 400, "invalid_grant", 54005,
            QStringLiteral("OAuth2 device code was already redeemed, please retry with a new valid "
                           "code or use an existing refresh token."));
        return std::nullopt;
    }
    if (now >= dc.expiresMs) {
        *refusal =
            oauthError(request, 400, "expired_token", 70019, QStringLiteral("Verification code expired."));
        return std::nullopt;
    }
    if (dc.status == DeviceCode::Status::Declined) {
        *refusal = oauthError(request, 400, "authorization_declined", 65004,
                              QStringLiteral("The user declined to authorize the application."));
        return std::nullopt;
    }
    if (dc.status == DeviceCode::Status::Pending) {
        // RFC 8628 §3.5: polling faster than the interval earns slow_down and 5 more seconds of interval.
        const bool tooFast = dc.lastPollMs > 0 && now - dc.lastPollMs < qint64(dc.intervalSeconds) * 1000;
        dc.lastPollMs = now;
        if (tooFast) {
            dc.intervalSeconds += 5;
            *refusal =
                oauthError(request, 400, "slow_down", 70016,
                           QStringLiteral("OAuth 2.0 device flow error. Polling too fast: wait %1 seconds "
                                          "between requests.")
                               .arg(dc.intervalSeconds));
            return std::nullopt;
        }
        *refusal = oauthError(
            request, 400, "authorization_pending", 70016,
            QStringLiteral("OAuth 2.0 device flow error. Authorization is pending. Continue polling."));
        return std::nullopt;
    }
    const auto who = m_accounts.find(dc.upn);
    if (!who) {
        *refusal =
            oauthError(request, 400, "invalid_grant", 50034,
                       QStringLiteral("The user account %1 does not exist in the tenant.").arg(dc.upn));
        return std::nullopt;
    }
    dc.status = DeviceCode::Status::Redeemed;
    m_userCodes.remove(dc.userCode);
    return GrantedSignIn{*who, dc.clientId, dc.grant, QString()};
}

bool DeviceCodeGrant::approve(const QString &userCode, const QString &upn, QString *error)
{
    const auto it = m_userCodes.constFind(userCode.trimmed().toUpper());
    if (it == m_userCodes.cend()) {
        *error = QStringLiteral("unknown or already used user code '%1'").arg(userCode);
        return false;
    }
    DeviceCode &dc = m_deviceCodes[*it];
    const QString who = upn.trimmed().isEmpty() ? m_options.defaultUpn : upn.trimmed();
    if (!m_accounts.find(who)) {
        *error = QStringLiteral("'%1' is not an account of the sandbox tenant").arg(who);
        return false;
    }
    if (dc.status != DeviceCode::Status::Pending) {
        *error = QStringLiteral("the code '%1' was already approved or declined").arg(userCode);
        return false;
    }
    dc.status = DeviceCode::Status::Approved;
    dc.upn = who;
    return true;
}

bool DeviceCodeGrant::decline(const QString &userCode, QString *error)
{
    const auto it = m_userCodes.constFind(userCode.trimmed().toUpper());
    if (it == m_userCodes.cend()) {
        *error = QStringLiteral("unknown or already used user code '%1'").arg(userCode);
        return false;
    }
    DeviceCode &dc = m_deviceCodes[*it];
    if (dc.status != DeviceCode::Status::Pending) {
        *error = QStringLiteral("the code '%1' was already approved or declined").arg(userCode);
        return false;
    }
    dc.status = DeviceCode::Status::Declined;
    return true;
}

QJsonArray DeviceCodeGrant::pending() const
{
    QJsonArray out;
    const qint64 now = m_clock.protocolNowMs();
    for (const DeviceCode &dc : m_deviceCodes) {
        if (dc.status != DeviceCode::Status::Pending || now >= dc.expiresMs)
            continue;
        out.append(QJsonObject{{QStringLiteral("user_code"), dc.userCode},
                               {QStringLiteral("client_id"), dc.clientId},
                               {QStringLiteral("scope"), dc.grant.text()},
                               {QStringLiteral("expires_in"), qint64((dc.expiresMs - now) / 1000)}});
    }
    return out;
}

HttpResponse DeviceCodeGrant::loginPage(const HttpRequest &request)
{
    if (request.method == "POST") {
        const auto form = HttpRequest::parseForm(request.body);
        if (!SignInPages::hasFormToken(form, m_options.formToken))
            return SignInPages::staleForm();
        const QString code = HttpRequest::formValue(form, u"user_code");
        const bool approved = HttpRequest::formValue(form, u"decision") != QLatin1String("decline");
        QString error;
        const bool ok =
            approved ? approve(code, HttpRequest::formValue(form, u"upn"), &error) : decline(code, &error);
        const QString title = QStringLiteral("Device sign-in");
        if (!ok)
            return SignInPages::message(400, title, error);
        return SignInPages::message(200, title,
                                    approved
                                        ? QStringLiteral("You have signed in. You may close this window.")
                                        : QStringLiteral("Sign-in declined."));
    }
    return SignInPages::deviceLoginForm(m_options.defaultUpn, m_options.formToken);
}

} // namespace passcode::sandbox
