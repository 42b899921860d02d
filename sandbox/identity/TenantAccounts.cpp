// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/identity/TenantAccounts.h"

#include "sandbox/tenant/DeviceStore.h"
#include "sandbox/tenant/IntuneRoles.h"
#include "sandbox/tenant/Rng.h"
#include "sandbox/tenant/TenantCatalog.h"

namespace passcode::sandbox {

TenantAccounts::TenantAccounts(const DeviceStore &store)
    : m_store(store)
{}

std::optional<SignInAccount> TenantAccounts::find(const QString &upn) const
{
    const QString lower = upn.trimmed().toLower();
    const auto account = [&](const char *ascii, const char *display) -> std::optional<SignInAccount> {
        const QString techUpn =
            QString::fromLatin1(ascii) + u'@' + QString::fromLatin1(DeviceStore::domain());
        if (lower != techUpn)
            return std::nullopt;
        quint64 h = 1469598103934665603ull; // FNV-1a: stable across processes, unlike qHash
        for (const char c : QByteArrayView(ascii))
            h = (h ^ quint8(c)) * 1099511628211ull;
        const QByteArray oid = DeviceStore::formatGuid(Rng::hash(m_store.seed(), h, 801), Rng::hash(h, 802));
        return SignInAccount{techUpn, QString::fromUtf8(display), QString::fromLatin1(oid)};
    };
    for (const PersonName &t : catalog::technicians()) {
        if (auto found = account(t.ascii, t.display))
            return found;
    }
    // Accounts that exist for their Intune role (a read-only operator, one limited to a scope tag).
    for (const RoleAccount &r : IntuneRoles::roleAccounts()) {
        if (auto found = account(r.ascii, r.display))
            return found;
    }
    if (const auto user = m_store.userByUpn(lower)) {
        return SignInAccount{QString::fromUtf8(m_store.userPrincipalName(*user)),
                             QString::fromUtf8(m_store.userDisplayName(*user)),
                             QString::fromLatin1(m_store.userId(*user))};
    }
    return std::nullopt;
}

} // namespace passcode::sandbox
