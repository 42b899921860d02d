// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace passcode::sandbox {

/**
 * What a sign-in grants, parsed from an OAuth `scope` parameter: Graph permissions (short names) and the
 * OpenID scopes. Graph scopes may be written short (User.Read), with https://graph.microsoft.com/ or with
 * Graph's app id;
 * `.default` grants the sandbox app's admin-consented permissions. Another resource's scope is invalid
 * (AADSTS70011).
 */
struct ScopeGrant
{
    QStringList graphScopes;
    bool openid = false;
    bool profile = false;
    bool email = false;
    bool offlineAccess = false;

    /** Parses \a scope; nullopt and the offending scope in \a invalid when one belongs to another resource.
     */
    static std::optional<ScopeGrant> parse(const QString &scope, QString *invalid);
    /** The granted scopes as Entra writes them in a token response (Graph scopes in URL form). */
    QString text() const;
};

} // namespace passcode::sandbox
