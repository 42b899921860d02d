// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QUrlQuery>

namespace passcode::auth {

/**
 * Turns OAuth 2.0 / Entra ID error answers into Error values with a translated, actionable message.
 *
 * Error::code is the OAuth error ("invalid_grant", "authorization_declined"...); Error::detail holds what
 * support needs: the AADSTS numbers, the first line of error_description, trace and correlation ids (never a
 * credential). Kinds: Auth for sign-in problems, Unavailable for server_error/temporarily_unavailable,
 * Http or Unavailable for an error status without an OAuth body.
 */
class OAuthError
{
    Q_DECLARE_TR_FUNCTIONS(OAuthError)

public:
    /** An error answer of the token or device code endpoint: HTTP status and body (JSON or not). */
    static Error fromTokenEndpoint(int httpStatus, const QByteArray &body);
    /** The error parameters of an authorize redirect (error, error_description, error_uri...). */
    static Error fromAuthorizeRedirect(const QUrlQuery &query);
    /** The Error for a known OAuth error code with an optional detail. */
    static Error fromCode(const QString &code, const QString &detail = {}, int httpStatus = 0);
    /** The translated message for an OAuth error code (a generic one when the code is unknown). */
    static QString messageFor(const QString &code);

    /** Whether a failed silent (refresh token) grant needs the user to sign in interactively. */
    static bool needsInteraction(const Error &error);
};

} // namespace passcode::auth
