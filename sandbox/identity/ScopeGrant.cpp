// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/identity/ScopeGrant.h"

namespace passcode::sandbox {

namespace {
constexpr const char *kGraphPrefix = "https://graph.microsoft.com/";
constexpr const char *kGraphAppPrefix = "00000003-0000-0000-c000-000000000000/";
} // namespace

std::optional<ScopeGrant> ScopeGrant::parse(const QString &scope, QString *invalid)
{
    ScopeGrant g;
    for (const QString &raw : scope.split(u' ', Qt::SkipEmptyParts)) {
        const QString s = raw.trimmed();
        if (s == QLatin1String("openid")) {
            g.openid = true;
            continue;
        }
        if (s == QLatin1String("profile")) {
            g.profile = true;
            continue;
        }
        if (s == QLatin1String("email")) {
            g.email = true;
            continue;
        }
        if (s == QLatin1String("offline_access")) {
            g.offlineAccess = true;
            continue;
        }
        QString name = s;
        if (name.startsWith(QLatin1String(kGraphPrefix), Qt::CaseInsensitive))
            name = name.mid(qsizetype(qstrlen(kGraphPrefix)));
        else if (name.startsWith(QLatin1String(kGraphAppPrefix), Qt::CaseInsensitive))
            name = name.mid(qsizetype(qstrlen(kGraphAppPrefix)));
        if (name.isEmpty() || name.contains(u'/') || name.contains(u':')) {
            *invalid = s;
            return std::nullopt;
        }
        if (name == QLatin1String(".default")) {
            // The sandbox app registration has admin consent for the passcode permissions and RBAC.Read.All.
            for (const char *p : {"DeviceManagementManagedDevices.Read.All",
                                  "DeviceManagementManagedDevices.PrivilegedOperations.All",
                                  "DeviceManagementRBAC.Read.All", "User.Read"}) {
                if (!g.graphScopes.contains(QLatin1String(p)))
                    g.graphScopes.append(QLatin1String(p));
            }
        } else if (!g.graphScopes.contains(name)) {
            g.graphScopes.append(name);
        }
    }
    return g;
}

QString ScopeGrant::text() const
{
    QStringList parts;
    for (const QString &s : graphScopes)
        parts.append(QLatin1String(kGraphPrefix) + s);
    if (openid)
        parts.append(QStringLiteral("openid"));
    if (profile)
        parts.append(QStringLiteral("profile"));
    if (email)
        parts.append(QStringLiteral("email"));
    if (offlineAccess)
        parts.append(QStringLiteral("offline_access"));
    return parts.join(u' ');
}

} // namespace passcode::sandbox
