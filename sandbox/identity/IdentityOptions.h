// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

namespace passcode::sandbox {

/** How the sandbox's Entra ID endpoints behave (IdentityService::Options). */
struct IdentityOptions
{
    bool autoApprove = false;
    QString defaultUpn = QStringLiteral("helpdesk@contoso-sandbox.onmicrosoft.com");
    qint64 accessTokenLifetimeSeconds = 3599;
    int deviceCodeExpirySeconds = 900;
    int deviceCodeIntervalSeconds = 5;
    int authorizationCodeLifetimeSeconds = 600;
    /** A refresh token not redeemed for this long expires (Entra ID: 90 days of inactivity). */
    qint64 refreshTokenLifetimeSeconds = 90LL * 24 * 3600;
    /** The anti-CSRF token of the sign-in forms; IdentityService makes a random one when empty. */
    QString formToken;
};

} // namespace passcode::sandbox
