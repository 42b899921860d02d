// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/tenant/AuditLog.h"

#include "sandbox/tenant/DeviceStore.h"
#include "sandbox/tenant/Rng.h"

namespace passcode::sandbox {

namespace {
constexpr quint64 kSaltAuditHi = 501;
constexpr quint64 kSaltAuditLo = 502;
} // namespace

qsizetype AuditLog::append(const AuditEntry &entry)
{
    m_entries.push_back(entry);
    const qsizetype index = size() - 1;
    m_idIndex.insert(id(index), index);
    return index;
}

QByteArray AuditLog::id(qsizetype i) const
{
    return DeviceStore::formatGuid(Rng::hash(m_seed, quint64(i), kSaltAuditHi),
                                   Rng::hash(m_seed, quint64(i), kSaltAuditLo));
}

std::optional<qsizetype> AuditLog::indexOf(QStringView id) const
{
    const auto it = m_idIndex.constFind(id.toString().toLower().toLatin1());
    if (it == m_idIndex.cend())
        return std::nullopt;
    return *it;
}

quint32 AuditLog::internInitiator(const QByteArray &upn)
{
    const auto it = m_initiatorIndex.constFind(upn);
    if (it != m_initiatorIndex.cend())
        return *it;
    m_initiators.push_back(upn);
    const auto index = quint32(m_initiators.size() - 1);
    m_initiatorIndex.insert(upn, index);
    return index;
}

} // namespace passcode::sandbox
