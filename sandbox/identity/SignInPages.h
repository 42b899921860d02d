// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/http/HttpResponse.h"
#include "sandbox/identity/OAuthProtocol.h"

#include <QJsonObject>
#include <QString>

namespace passcode::sandbox {

/**
 * The small HTML pages of the sandbox's sign-in (consent, device-code entry, errors) and its OpenID
 * configuration document. Pure rendering; IdentityService decides what to show. Every user-supplied text is
 * HTML-escaped.
 */
class SignInPages
{
public:
    static HttpResponse page(int status, const QString &title, const QString &bodyHtml);
    static HttpResponse message(int status, const QString &title, const QString &text);
    /** The consent page of a pending authorization request; its form posts to \a action. */
    static HttpResponse consent(const QString &clientId, const QString &scopes, const QString &action,
                                const QString &requestId, const QString &upn, const QString &formToken);
    /** The device-code entry form (GET {base}/sandbox/devicelogin). */
    static HttpResponse deviceLoginForm(const QString &defaultUpn, const QString &formToken);
    /**
     * Whether a posted sign-in form carries @p formToken (its hidden "csrf" field). A page of another site
     * cannot read the sandbox's pages, so it cannot know the token: its forced form posts are refused.
     */
    static bool hasFormToken(const FormFields &form, const QString &formToken);
    /** The answer to a form post without the right token (403). */
    static HttpResponse staleForm();
    /** {base}/{tenant}/v2.0/.well-known/openid-configuration. */
    static QJsonObject openIdConfiguration(const QString &baseUrl, const QString &tenant,
                                           const QString &tenantId);
};

} // namespace passcode::sandbox
