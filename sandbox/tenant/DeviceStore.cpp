// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/tenant/DeviceStore.h"

#include "sandbox/tenant/FieldSalts.h"
#include "sandbox/tenant/Rng.h"

#include <algorithm>

namespace passcode::sandbox {

namespace {

constexpr char kHexLower[] = "0123456789abcdef";

} // namespace

DeviceStore::DeviceStore(quint64 seed, qint64 tenantStartMs)
    : m_seed(seed)
    , m_tenantStartMs(tenantStartMs)
{
    m_tenantId = formatGuid(Rng::hash(seed, 0, SaltTenant), Rng::hash(seed, 1, SaltTenant));
}

void DeviceStore::reserve(qsizetype devices, qsizetype users)
{
    m_devices.reserve(std::size_t(devices));
    m_users.reserve(std::size_t(users));
}

std::pair<quint64, quint64> DeviceStore::idBits(qsizetype i) const
{
    return {Rng::hash(m_seed, quint64(i), SaltIdHi), Rng::hash(m_seed, quint64(i), SaltIdLo)};
}

void DeviceStore::finish()
{
    m_idIndex.clear();
    m_idIndex.reserve(m_devices.size());
    for (qsizetype i = 0; i < size(); ++i) {
        const auto [hi, lo] = idBits(i);
        Q_UNUSED(lo)
        m_idIndex.emplace_back((hi & ~0xF000ull) | 0x4000ull, quint32(i));
    }
    std::sort(m_idIndex.begin(), m_idIndex.end());
    m_upnIndex.clear();
    m_upnIndex.reserve(qsizetype(m_users.size()));
    for (quint32 u = 0; u < quint32(m_users.size()); ++u)
        m_upnIndex.insert(upnKey(userPrincipalName(u)), u);
}

QByteArray DeviceStore::formatGuid(quint64 hi, quint64 lo)
{
    hi = (hi & ~0xF000ull) | 0x4000ull;
    lo = (lo & 0x3FFFFFFFFFFFFFFFull) | 0x8000000000000000ull;
    QByteArray out(36, Qt::Uninitialized);
    char *p = out.data();
    int pos = 0;
    auto nibbles = [&](quint64 v, int count) {
        for (int k = count - 1; k >= 0; --k)
            p[pos++] = kHexLower[(v >> (4 * k)) & 0xF];
    };
    nibbles(hi >> 32, 8);
    p[pos++] = '-';
    nibbles(hi >> 16, 4);
    p[pos++] = '-';
    nibbles(hi, 4);
    p[pos++] = '-';
    nibbles(lo >> 48, 4);
    p[pos++] = '-';
    nibbles(lo, 12);
    return out;
}

std::optional<std::pair<quint64, quint64>> DeviceStore::parseGuid(QStringView text)
{
    if (text.size() != 36)
        return std::nullopt;
    quint64 parts[2] = {0, 0};
    int nibble = 0;
    for (qsizetype k = 0; k < 36; ++k) {
        const char16_t c = text[k].unicode();
        if (k == 8 || k == 13 || k == 18 || k == 23) {
            if (c != u'-')
                return std::nullopt;
            continue;
        }
        int v = 0;
        if (c >= u'0' && c <= u'9')
            v = c - u'0';
        else if (c >= u'a' && c <= u'f')
            v = c - u'a' + 10;
        else if (c >= u'A' && c <= u'F')
            v = c - u'A' + 10;
        else
            return std::nullopt;
        parts[nibble / 16] = (parts[nibble / 16] << 4) | quint64(v);
        ++nibble;
    }
    return std::make_pair(parts[0], parts[1]);
}

std::optional<qsizetype> DeviceStore::indexOf(QStringView id) const
{
    const auto bits = parseGuid(id);
    if (!bits)
        return std::nullopt;
    auto it = std::lower_bound(m_idIndex.begin(), m_idIndex.end(), std::make_pair(bits->first, quint32(0)));
    for (; it != m_idIndex.end() && it->first == bits->first; ++it) {
        const auto [hi, lo] = idBits(it->second);
        Q_UNUSED(hi)
        if (((lo & 0x3FFFFFFFFFFFFFFFull) | 0x8000000000000000ull) == bits->second)
            return qsizetype(it->second);
    }
    return std::nullopt;
}

QByteArray DeviceStore::id(qsizetype i) const
{
    const auto [hi, lo] = idBits(i);
    return formatGuid(hi, lo);
}

qint64 DeviceStore::lastSyncMs(qsizetype i, qint64 nowMs) const
{
    const DeviceRecord &r = record(i);
    switch (r.connectivity) {
    case Connectivity::Stale:
        return r.lastSyncMs;
    case Connectivity::NeverSynced:
        return kNeverMs;
    case Connectivity::Online:
    case Connectivity::Slow:
        break;
    }
    const qint64 period = qint64(r.syncPeriodMinutes) * 60000;
    if (nowMs < r.lastSyncMs)
        return r.lastSyncMs;
    return r.lastSyncMs + (nowMs - r.lastSyncMs) / period * period;
}

std::optional<qint64> DeviceStore::nextSyncMs(qsizetype i, qint64 fromMs) const
{
    const DeviceRecord &r = record(i);
    if (r.connectivity == Connectivity::Stale || r.connectivity == Connectivity::NeverSynced)
        return std::nullopt;
    const qint64 period = qint64(r.syncPeriodMinutes) * 60000;
    if (fromMs <= r.lastSyncMs)
        return r.lastSyncMs;
    return r.lastSyncMs + (fromMs - r.lastSyncMs + period - 1) / period * period;
}

quint64 DeviceStore::upnKey(QByteArrayView upn)
{
    quint64 h = 1469598103934665603ull; // FNV-1a over the lower-cased ASCII UPN
    for (const char c : upn)
        h = (h ^ quint8(c >= 'A' && c <= 'Z' ? c + 32 : c)) * 1099511628211ull;
    return h;
}

std::optional<quint32> DeviceStore::userByUpn(const QString &upn) const
{
    const QByteArray wanted = upn.toLower().toUtf8();
    for (auto it = m_upnIndex.constFind(upnKey(wanted));
         it != m_upnIndex.cend() && it.key() == upnKey(wanted); ++it) {
        if (userPrincipalName(it.value()) == wanted)
            return it.value();
    }
    return std::nullopt;
}

} // namespace passcode::sandbox
