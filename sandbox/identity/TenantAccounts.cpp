// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/identity/TenantAccounts.h"

#include "sandbox/tenant/DeviceStore.h"
#include "sandbox/tenant/Rng.h"
#include "sandbox/tenant/TenantCatalog.h"

namespace passcode::sandbox {

TenantAccounts::TenantAccounts(const DeviceStore &store)
    : m_store(store)
{}

std::optional<SignInAccount> TenantAccounts::find(const QString &upn) const
{
    const QString lower = upn.trimmed().toLower();
    for (const PersonName &t : catalog::technicians()) {
        const QString techUpn =
            QString::fromLatin1(t.ascii) + u'@' + QString::fromLatin1(DeviceStore::domain());
        if (lower == techUpn) {
            quint64 h = 1469598103934665603ull; // FNV-1a: stable across processes, unlike qHash
            for (const char c : QByteArrayView(t.ascii))
                h = (h ^ quint8(c)) * 1099511628211ull;
            const QByteArray oid =
                DeviceStore::formatGuid(Rng::hash(m_store.seed(), h, 801), Rng::hash(h, 802));
            return SignInAccount{techUpn, QString::fromUtf8(t.display), QString::fromLatin1(oid)};
        }
    }
    if (const auto user = m_store.userByUpn(lower)) {
        return SignInAccount{QString::fromUtf8(m_store.userPrincipalName(*user)),
                             QString::fromUtf8(m_store.userDisplayName(*user)),
                             QString::fromLatin1(m_store.userId(*user))};
    }
    return std::nullopt;
}

} // namespace passcode::sandbox
