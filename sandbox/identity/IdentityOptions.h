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
};

} // namespace passcode::sandbox
