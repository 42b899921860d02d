// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/identity/SignInPages.h"

#include <QJsonArray>
#include <QUrl>

namespace passcode::sandbox {

HttpResponse SignInPages::page(int status, const QString &title, const QString &bodyHtml)
{
    HttpResponse r;
    r.status = status;
    r.setHeader("Content-Type", "text/html; charset=utf-8");
    r.body =
        QString(QStringLiteral("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>") +
                title.toHtmlEscaped() +
                QStringLiteral("</title><style>body{font-family:sans-serif;max-width:36em;margin:3em auto}"
                               "input{width:100%;margin:.3em 0}button{margin:.5em .5em 0 0}</style></head>"
                               "<body><p><b>Contoso Sandbox</b> &mdash; sandbox tenant, not Microsoft</p>") +
                bodyHtml + QStringLiteral("</body></html>"))
            .toUtf8();
    return r;
}

HttpResponse SignInPages::message(int status, const QString &title, const QString &text)
{
    return page(status, title,
                QStringLiteral("<h1>%1</h1><p>%2</p>").arg(title.toHtmlEscaped(), text.toHtmlEscaped()));
}

HttpResponse SignInPages::consent(const QString &clientId, const QString &scopes, const QString &action,
                                  const QString &requestId, const QString &upn, const QString &formToken)
{
    HttpResponse r = page(
        200, QStringLiteral("Sign in to Contoso Sandbox"),
        QStringLiteral("<h1>Sign in</h1><p>The application <code>%1</code> asks for: <code>%2</code></p>"
                       "<form method=\"post\" action=\"%3\" data-request-id=\"%4\">"
                       "<input type=\"hidden\" name=\"request_id\" value=\"%4\">"
                       "<input type=\"hidden\" name=\"csrf\" value=\"%6\">"
                       "<label>Account<input name=\"upn\" value=\"%5\"></label>"
                       "<button name=\"decision\" value=\"approve\">Accept</button>"
                       "<button name=\"decision\" value=\"decline\">Cancel</button></form>"
                       "<p>Automation: POST {base}/sandbox/authorize/approve {\"request_id\":\"%4\"}.</p>")
            .arg(clientId.toHtmlEscaped(), scopes.toHtmlEscaped(), action.toHtmlEscaped(),
                 requestId.toHtmlEscaped(), upn.toHtmlEscaped(), formToken.toHtmlEscaped()));
    r.setHeader("X-Sandbox-Authorization-Request", requestId.toLatin1());
    return r;
}

HttpResponse SignInPages::deviceLoginForm(const QString &defaultUpn, const QString &formToken)
{
    return page(200, QStringLiteral("Device sign-in"),
                QStringLiteral("<h1>Enter code</h1><form method=\"post\">"
                               "<input type=\"hidden\" name=\"csrf\" value=\"%2\">"
                               "<label>Code<input name=\"user_code\" autofocus></label>"
                               "<label>Account<input name=\"upn\" value=\"%1\"></label>"
                               "<button name=\"decision\" value=\"approve\">Sign in</button>"
                               "<button name=\"decision\" value=\"decline\">Decline</button></form>")
                    .arg(defaultUpn.toHtmlEscaped(), formToken.toHtmlEscaped()));
}

bool SignInPages::hasFormToken(const FormFields &form, const QString &formToken)
{
    return !formToken.isEmpty() && HttpRequest::formValue(form, u"csrf") == formToken;
}

HttpResponse SignInPages::staleForm()
{
    return message(403, QStringLiteral("Sign-in error"),
                   QStringLiteral("This form is out of date or was sent by another site. Reload the sign-in "
                                  "page and try again."));
}

QJsonObject SignInPages::openIdConfiguration(const QString &base, const QString &tenant,
                                             const QString &tenantId)
{
    const QString t = base + u'/' + tenant;
    const bool multi = tenant == QLatin1String("common") || tenant == QLatin1String("organizations");
    // Entra's multi-tenant documents show the issuer with a {tenantid} placeholder.
    const QString issuer =
        base + u'/' + (multi ? QStringLiteral("{tenantid}") : tenantId) + QStringLiteral("/v2.0");
    auto url = [&t](const char *path) {
        return QString(t + QLatin1String(path));
    };
    return QJsonObject{
        {QStringLiteral("token_endpoint"), url("/oauth2/v2.0/token")},
        {QStringLiteral("token_endpoint_auth_methods_supported"), QJsonArray{QStringLiteral("none")}},
        {QStringLiteral("jwks_uri"), url("/discovery/v2.0/keys")},
        {QStringLiteral("response_modes_supported"), QJsonArray{QStringLiteral("query")}},
        {QStringLiteral("subject_types_supported"), QJsonArray{QStringLiteral("pairwise")}},
        {QStringLiteral("id_token_signing_alg_values_supported"), QJsonArray{QStringLiteral("HS256")}},
        {QStringLiteral("response_types_supported"), QJsonArray{QStringLiteral("code")}},
        {QStringLiteral("scopes_supported"),
         QJsonArray{QStringLiteral("openid"), QStringLiteral("profile"), QStringLiteral("email"),
                    QStringLiteral("offline_access")}},
        {QStringLiteral("issuer"), issuer},
        {QStringLiteral("request_uri_parameter_supported"), false},
        {QStringLiteral("authorization_endpoint"), url("/oauth2/v2.0/authorize")},
        {QStringLiteral("device_authorization_endpoint"), url("/oauth2/v2.0/devicecode")},
        {QStringLiteral("end_session_endpoint"), url("/oauth2/v2.0/logout")},
        {QStringLiteral("code_challenge_methods_supported"),
         QJsonArray{QStringLiteral("S256"), QStringLiteral("plain")}},
        {QStringLiteral("grant_types_supported"),
         QJsonArray{QStringLiteral("authorization_code"), QStringLiteral("refresh_token"),
                    QStringLiteral("urn:ietf:params:oauth:grant-type:device_code")}},
        {QStringLiteral("claims_supported"),
         QJsonArray{QStringLiteral("sub"), QStringLiteral("iss"), QStringLiteral("aud"),
                    QStringLiteral("exp"), QStringLiteral("iat"), QStringLiteral("name"),
                    QStringLiteral("oid"), QStringLiteral("preferred_username"), QStringLiteral("tid"),
                    QStringLiteral("nonce")}},
        {QStringLiteral("tenant_region_scope"), QStringLiteral("EU")},
        {QStringLiteral("cloud_instance_name"), QStringLiteral("sandbox.invalid")},
        {QStringLiteral("msgraph_host"), QUrl(base).authority()},
    };
}

} // namespace passcode::sandbox
