// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/tenant/DeviceRecord.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace passcode::sandbox {

/**
 * The generated devices and users of one tenant.
 *
 * Records are compact; every string (id, names, serial, IMEI, phone number, MAC addresses...) is derived on
 * demand from (seed, index), so the same seed always writes the same bytes. Not thread-safe: it lives on the
 * server's thread. Built by TenantGenerator.
 */
class DeviceStore
{
public:
    DeviceStore(quint64 seed, qint64 tenantStartMs);

    quint64 seed() const { return m_seed; }
    qint64 tenantStartMs() const { return m_tenantStartMs; }
    qsizetype size() const { return qsizetype(m_devices.size()); }
    const DeviceRecord &record(qsizetype index) const { return m_devices[std::size_t(index)]; }

    /** The tenant's directory facts. */
    const QByteArray &tenantId() const { return m_tenantId; }
    static QByteArray domain() { return QByteArrayLiteral("contoso-sandbox.onmicrosoft.com"); }

    /** Device index for a managedDevice id (GUID, any case, braces or quotes stripped by the caller). */
    std::optional<qsizetype> indexOf(QStringView id) const;

    // Derived device properties (UTF-8; DeviceProperties.cpp).
    QByteArray id(qsizetype i) const;
    /** The generated name, or the one set by setDeviceName(). */
    QByteArray deviceName(qsizetype i) const;
    /**
     * Renames a device (control endpoint POST /sandbox/devices/{id}), e.g. to a name that looks like a
     * spreadsheet formula; the only property that is not derived from (seed, index).
     */
    void setDeviceName(qsizetype i, const QByteArray &name) { m_renamed.insert(i, name); }
    QByteArray managedDeviceName(qsizetype i) const;
    QByteArray operatingSystem(qsizetype i) const;
    QByteArray serialNumber(qsizetype i) const;
    QByteArray imei(qsizetype i) const;
    QByteArray phoneNumber(qsizetype i) const;
    QByteArray subscriberCarrier(qsizetype i) const;
    QByteArray wifiMacAddress(qsizetype i) const;
    QByteArray ethernetMacAddress(qsizetype i) const; ///< empty when the device has no wired NIC
    QByteArray udid(qsizetype i) const;               ///< empty for non-Apple devices
    QByteArray iccid(qsizetype i) const;              ///< empty without a SIM
    QByteArray azureAdDeviceId(qsizetype i) const;
    QByteArray activationLockBypassCode(qsizetype i) const; ///< empty unless supervised iOS
    QByteArray notes(qsizetype i) const;                    ///< empty for most devices
    QByteArray deviceCategory(qsizetype i) const;
    QByteArray androidPatchLevel(qsizetype i) const; ///< empty for non-Android
    QByteArray enrollmentProfileName(qsizetype i) const;
    qint64 totalStorageBytes(qsizetype i) const;
    qint64 freeStorageBytes(qsizetype i) const;
    qint64 physicalMemoryBytes(qsizetype i) const;
    /** Last periodic sync at tenant time \a nowMs (kNeverMs for never-synced devices). */
    qint64 lastSyncMs(qsizetype i, qint64 nowMs) const;
    /** The first periodic sync at or after \a fromMs, or nullopt for devices that never sync again. */
    std::optional<qint64> nextSyncMs(qsizetype i, qint64 fromMs) const;
    bool isFrench(qsizetype i) const;

    // Users.
    qsizetype userCount() const { return qsizetype(m_users.size()); }
    bool hasUser(qsizetype i) const { return !record(i).has(FlagUserless); }
    QByteArray userPrincipalName(quint32 user) const;
    QByteArray userDisplayName(quint32 user) const;
    QByteArray userId(quint32 user) const;
    QByteArray userFirstName(quint32 user) const;
    /** User index for a UPN of the tenant (case-insensitive). Thread-safe once finish() has run. */
    std::optional<quint32> userByUpn(const QString &upn) const;

    /** Formats 128 bits as a lowercase GUID (version 4 bits set). */
    static QByteArray formatGuid(quint64 hi, quint64 lo);
    /** Parses a GUID; nullopt when \a text is not one. */
    static std::optional<std::pair<quint64, quint64>> parseGuid(QStringView text);

    // Building (TenantGenerator).
    void reserve(qsizetype devices, qsizetype users);
    void addUser(const UserRecord &user) { m_users.push_back(user); }
    void addDevice(const DeviceRecord &record) { m_devices.push_back(record); }
    /** Builds the id index; call once after the last addDevice(). */
    void finish();

private:
    std::pair<quint64, quint64> idBits(qsizetype i) const;
    static quint64 upnKey(QByteArrayView upn);

    quint64 m_seed;
    qint64 m_tenantStartMs;
    QByteArray m_tenantId;
    std::vector<DeviceRecord> m_devices;
    std::vector<UserRecord> m_users;
    std::vector<std::pair<quint64, quint32>> m_idIndex; ///< (high id bits, device index), sorted
    QMultiHash<quint64, quint32> m_upnIndex;            ///< upnKey() -> user, built by finish()
    QHash<qsizetype, QByteArray> m_renamed;             ///< device index -> name set by setDeviceName()
};

} // namespace passcode::sandbox
