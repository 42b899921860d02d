// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/identity/AuthorizationCodeGrant.h"

#include "sandbox/host/SandboxClock.h"
#include "sandbox/identity/IdentityOptions.h"
#include "sandbox/identity/SignInPages.h"
#include "sandbox/identity/TenantAccounts.h"
#include "sandbox/identity/TokenIssuer.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QUuid>

namespace passcode::sandbox {

namespace {

QString base64UrlSha256(const QString &text)
{
    return QString::fromLatin1(
        TokenIssuer::base64Url(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256)));
}

} // namespace

AuthorizationCodeGrant::AuthorizationCodeGrant(const SandboxClock &clock, const TenantAccounts &accounts,
                                               const IdentityOptions &options,
                                               std::function<void()> purgeExpired)
    : m_clock(clock)
    , m_accounts(accounts)
    , m_options(options)
    , m_purgeExpired(std::move(purgeExpired))
{}

HttpResponse AuthorizationCodeGrant::oauthError(const HttpRequest &request, int status, const char *errorName,
                                                int code, const QString &description) const
{
    return oauth::error(request, m_clock.protocolNowMs(), status, errorName, code, description);
}

void AuthorizationCodeGrant::purgeExpired(qint64 cutoffMs)
{
    for (auto it = m_authCodes.begin(); it != m_authCodes.end();)
        it = it->expiresMs < cutoffMs ? m_authCodes.erase(it) : std::next(it);
    for (auto it = m_authRequests.begin(); it != m_authRequests.end();) {
        if (it->createdMs < cutoffMs) {
            m_authRequestOrder.removeAll(it->id);
            it = m_authRequests.erase(it);
        } else {
            ++it;
        }
    }
}

HttpResponse AuthorizationCodeGrant::authorize(const HttpRequest &request)
{
    const QString clientId = request.queryValue(u"client_id");
    const QString redirectUri = request.queryValue(u"redirect_uri");
    if (clientId.isEmpty()) {
        return SignInPages::message(400, QStringLiteral("Sign-in error"),
                                    QStringLiteral("AADSTS900144: The request must contain 'client_id'."));
    }
    if (!oauth::isLoopbackRedirect(redirectUri)) {
        // Entra shows an error page and never redirects to an unregistered URI.
        return SignInPages::message(
            400, QStringLiteral("Sign-in error"),
            QStringLiteral("AADSTS50011: The redirect URI '%1' does not match the redirect "
                           "URIs of the application: the sandbox accepts http://localhost "
                           "or http://127.0.0.1 with any port.")
                .arg(redirectUri));
    }
    const QString state = request.queryValue(u"state");
    auto redirectError = [&](const char *error, const QString &description) {
        return oauth::redirect(
            oauth::redirectWith(redirectUri, {{QStringLiteral("error"), QLatin1String(error)},
                                              {QStringLiteral("error_description"), description},
                                              {QStringLiteral("state"), state}}));
    };
    if (request.queryValue(u"response_type") != QLatin1String("code"))
        return redirectError("unsupported_response_type",
                             QStringLiteral("AADSTS70005: The sandbox supports response_type=code only."));
    const QString mode = request.queryValue(u"response_mode");
    if (!mode.isEmpty() && mode != QLatin1String("query"))
        return redirectError("invalid_request",
                             QStringLiteral("AADSTS900144: The sandbox supports response_mode=query "
                                            "only."));
    const QString method = request.queryValue(u"code_challenge_method");
    const QString challenge = request.queryValue(u"code_challenge");
    if (!challenge.isEmpty() && !method.isEmpty() && method != QLatin1String("S256") &&
        method != QLatin1String("plain"))
        return redirectError("invalid_request",
                             QStringLiteral("AADSTS501491: Invalid code_challenge_method '%1'.").arg(method));
    QString invalid;
    const auto grant = ScopeGrant::parse(request.queryValue(u"scope"), &invalid);
    if (!grant) {
        return redirectError(
            "invalid_scope",
            QStringLiteral("AADSTS70011: The provided value for the input parameter 'scope' is not "
                           "valid. The scope %1 is not valid.")
                .arg(invalid));
    }
    AuthRequest ar;
    ar.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    ar.clientId = clientId;
    ar.redirectUri = redirectUri;
    ar.state = state;
    ar.challenge = challenge;
    ar.challengeMethod =
        challenge.isEmpty() ? QString() : (method.isEmpty() ? QStringLiteral("plain") : method);
    ar.nonce = request.queryValue(u"nonce");
    ar.loginHint = request.queryValue(u"login_hint");
    ar.grant = *grant;
    ar.createdMs = m_clock.protocolNowMs();
    m_purgeExpired();
    m_authRequests.insert(ar.id, ar);
    m_authRequestOrder.append(ar.id);

    if (m_options.autoApprove) {
        const QString upn =
            ar.loginHint.isEmpty() || !m_accounts.find(ar.loginHint) ? m_options.defaultUpn : ar.loginHint;
        QString error;
        const auto location = decide(ar.id, true, upn, &error);
        return oauth::redirect(location.value_or(QByteArray()));
    }
    if (request.queryValue(u"prompt") == QLatin1String("none")) {
        QString error;
        decide(ar.id, false, QString(), &error);
        return redirectError("login_required",
                             QStringLiteral("AADSTS50058: A silent sign-in request was sent but no "
                                            "user is signed in."));
    }
    const QString upn = ar.loginHint.isEmpty() ? m_options.defaultUpn : ar.loginHint;
    const QString action = QString::fromUtf8(request.baseUrl) + request.path + QStringLiteral("/decision");
    return SignInPages::consent(clientId, grant->text(), action, ar.id, upn, m_options.formToken);
}

HttpResponse AuthorizationCodeGrant::decision(const HttpRequest &request)
{
    const auto form = HttpRequest::parseForm(request.body);
    if (!SignInPages::hasFormToken(form, m_options.formToken))
        return SignInPages::staleForm();
    const QString id = HttpRequest::formValue(form, u"request_id");
    const bool approve = HttpRequest::formValue(form, u"decision") == QLatin1String("approve");
    QString error;
    const auto location = decide(id, approve, HttpRequest::formValue(form, u"upn"), &error);
    if (!location)
        return SignInPages::message(400, QStringLiteral("Sign-in error"), error);
    return oauth::redirect(*location);
}

std::optional<QByteArray> AuthorizationCodeGrant::decide(const QString &requestId, bool approve,
                                                         const QString &upn, QString *error)
{
    const QString id =
        requestId.isEmpty() && !m_authRequestOrder.isEmpty() ? m_authRequestOrder.last() : requestId;
    const auto it = m_authRequests.find(id);
    if (it == m_authRequests.end()) {
        *error = QStringLiteral("no pending authorization request '%1'").arg(requestId);
        return std::nullopt;
    }
    const AuthRequest ar = *it;
    if (!approve) {
        m_authRequests.erase(it);
        m_authRequestOrder.removeAll(id);
        return oauth::redirectWith(
            ar.redirectUri, {{QStringLiteral("error"), QStringLiteral("access_denied")},
                             {QStringLiteral("error_description"),
                              QStringLiteral("AADSTS65004: User declined to consent to access the app.")},
                             {QStringLiteral("state"), ar.state}});
    }
    const QString who = upn.trimmed().isEmpty() ? m_options.defaultUpn : upn.trimmed();
    if (!m_accounts.find(who)) {
        *error = QStringLiteral("'%1' is not an account of the sandbox tenant").arg(who);
        return std::nullopt;
    }
    m_authRequests.erase(it);
    m_authRequestOrder.removeAll(id);
    const QString code = QStringLiteral("1.SBX.") + oauth::newCode(64);
    m_authCodes.insert(
        code,
        AuthCode{ar.clientId, ar.redirectUri, ar.challenge, ar.challengeMethod, ar.nonce, who, ar.grant,
                 m_clock.protocolNowMs() + qint64(m_options.authorizationCodeLifetimeSeconds) * 1000, false});
    return oauth::redirectWith(ar.redirectUri, {{QStringLiteral("code"), code},
                                                {QStringLiteral("state"), ar.state},
                                                {QStringLiteral("session_state"),
                                                 QUuid::createUuid().toString(QUuid::WithoutBraces)}});
}

QJsonArray AuthorizationCodeGrant::pending() const
{
    QJsonArray out;
    for (const QString &id : m_authRequestOrder) {
        const AuthRequest &ar = m_authRequests[id];
        out.append(QJsonObject{{QStringLiteral("request_id"), ar.id},
                               {QStringLiteral("client_id"), ar.clientId},
                               {QStringLiteral("redirect_uri"), ar.redirectUri},
                               {QStringLiteral("scope"), ar.grant.text()},
                               {QStringLiteral("login_hint"), ar.loginHint}});
    }
    return out;
}

std::optional<GrantedSignIn> AuthorizationCodeGrant::redeem(const HttpRequest &request,
                                                            const FormFields &form, HttpResponse *refusal)
{
    const QString code = HttpRequest::formValue(form, u"code");
    auto it = m_authCodes.find(code);
    if (code.isEmpty() || it == m_authCodes.end()) {
        *refusal = oauthError(
            request, 400, "invalid_grant", 9002313,
            QStringLiteral("Invalid request. Request is malformed or invalid: the authorization code "
                           "is not recognised."));
        return std::nullopt;
    }
    AuthCode &ac = *it;
    if (ac.redeemed) {
        *refusal = oauthError(
            request, 400, "invalid_grant", 54005,
            QStringLiteral("OAuth2 Authorization code was already redeemed, please retry with a new "
                           "valid code or use an existing refresh token."));
        return std::nullopt;
    }
    if (m_clock.protocolNowMs() >= ac.expiresMs) {
        *refusal = oauthError(
            request, 400, "invalid_grant", 70008,
            QStringLiteral("The provided authorization code or refresh token has expired due to "
                           "inactivity. Send a new interactive authorization request for this user "
                           "and resource."));
        return std::nullopt;
    }
    if (ac.clientId != HttpRequest::formValue(form, u"client_id")) {
        *refusal = oauthError(request, 400, "invalid_grant", 70000,
                              QStringLiteral("The authorization code was issued to another application."));
        return std::nullopt;
    }
    if (ac.redirectUri != HttpRequest::formValue(form, u"redirect_uri")) {
        *refusal =
            oauthError(request, 400, "invalid_grant", 50011,
                       QStringLiteral("The redirect URI '%1' specified in the request does not match the "
                                      "redirect URI used to acquire the authorization code.")
                           .arg(HttpRequest::formValue(form, u"redirect_uri")));
        return std::nullopt;
    }
    if (!ac.challenge.isEmpty()) {
        const QString verifier = HttpRequest::formValue(form, u"code_verifier");
        const QString computed =
            ac.challengeMethod == QLatin1String("plain") ? verifier : base64UrlSha256(verifier);
        if (verifier.isEmpty() || computed != ac.challenge) {
            ac.redeemed = true; // a failed redemption burns the code, as Entra does
            *refusal = oauthError(
                request, 400, "invalid_grant", 50148,
                QStringLiteral("The code_verifier does not match the code_challenge supplied in the "
                               "authorization request for PKCE."));
            return std::nullopt;
        }
    }
    ac.redeemed = true;
    const auto who = m_accounts.find(ac.upn);
    if (!who) {
        *refusal = oauthError(request, 400, "invalid_grant", 50034,
                              QStringLiteral("The user account does not exist."));
        return std::nullopt;
    }
    return GrantedSignIn{*who, ac.clientId, ac.grant, ac.nonce};
}

} // namespace passcode::sandbox
