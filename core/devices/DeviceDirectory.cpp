// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/devices/DeviceDirectory.h"

#include "core/common/Logging.h"

namespace passcode::devices {

DeviceDirectory::DeviceDirectory(QObject *parent)
    : QObject(parent)
{}

DeviceDirectory::~DeviceDirectory() = default;

int DeviceDirectory::count() const
{
    return static_cast<int>(m_devices.size());
}

const Device &DeviceDirectory::at(int row) const
{
    return m_devices.at(row);
}

int DeviceDirectory::rowOf(const QString &id) const
{
    return m_byId.value(id, -1);
}

std::optional<Device> DeviceDirectory::findById(const QString &id) const
{
    const int row = rowOf(id);
    if (row < 0)
        return std::nullopt;
    return m_devices.at(row);
}

QList<int> DeviceDirectory::lookup(const QString &text) const
{
    const QString needle = text.trimmed();
    QList<int> rows;
    if (needle.isEmpty())
        return rows;
    const int byId = rowOf(needle);
    if (byId >= 0)
        return {byId};
    using Field = QString Device::*;
    for (Field field :
         {&Device::deviceName, &Device::serialNumber, &Device::imei, &Device::userPrincipalName}) {
        for (int row = 0; row < count(); ++row) {
            if ((m_devices.at(row).*field).compare(needle, Qt::CaseInsensitive) == 0)
                rows.append(row);
        }
        if (!rows.isEmpty())
            return rows;
    }
    return rows;
}

DeviceDirectory::LoadState DeviceDirectory::loadState() const
{
    return m_state;
}

int DeviceDirectory::loadedCount() const
{
    return m_loaded;
}

qint64 DeviceDirectory::expectedCount() const
{
    return m_expected;
}

std::optional<Error> DeviceDirectory::lastError() const
{
    return m_lastError;
}

void DeviceDirectory::beginLoad()
{
    m_state = LoadState::Loading;
    m_replaceOnNextPage = true;
    m_loaded = 0;
    m_expected = -1;
    m_lastError.reset();
    Q_EMIT loadStarted();
    Q_EMIT progress(0, -1);
}

void DeviceDirectory::appendDevices(QList<Device> devices, qint64 expectedTotal, Texts texts)
{
    if (m_replaceOnNextPage) {
        m_replaceOnNextPage = false;
        replaceRows();
    }
    if (expectedTotal >= 0)
        m_expected = expectedTotal;
    // One hash operation per device: the id is indexed at the row it will have. A device already present
    // (the service repeated it across pages, or within this one) replaces the earlier copy.
    const int first = count();
    QList<qsizetype> fresh; ///< positions in `devices` of the new rows, in row order
    fresh.reserve(devices.size());
    QList<int> changed;
    for (qsizetype i = 0; i < devices.size(); ++i) {
        Device &d = devices[i];
        if (texts == Texts::Intern)
            intern(d);
        const qsizetype before = m_byId.size();
        int &slot = m_byId[d.id];
        if (m_byId.size() != before) {
            slot = first + static_cast<int>(fresh.size());
            fresh.append(i);
            continue;
        }
        const int row = slot;
        if (!m_found.isEmpty())
            m_found.remove(d.id); // the list caught up with a device found on the server: its row now
        if (row >= first) {
            devices[fresh.at(row - first)] = std::move(d); // repeated within this page: the later copy wins
        } else {
            m_devices[row] = std::move(d);
            changed.append(row);
        }
    }
    m_loaded += static_cast<int>(devices.size());
    if (!fresh.isEmpty()) {
        const int last = first + static_cast<int>(fresh.size()) - 1;
        Q_EMIT aboutToAppend(first, last);
        // No exact reserve() here: on Qt 6.4 it reallocates (copying every row) on each page, which made a
        // large load quadratic. Geometric growth is amortised; finishLoad() squeezes.
        for (const qsizetype i : std::as_const(fresh))
            m_devices.append(std::move(devices[i]));
        Q_EMIT appended(first, last);
    }
    for (const int row : std::as_const(changed))
        Q_EMIT deviceChanged(row);
    Q_EMIT progress(m_loaded, m_expected);
}

void DeviceDirectory::finishLoad(LoadState state, std::optional<Error> error)
{
    if (m_replaceOnNextPage && state == LoadState::Complete) {
        // A complete load without any page: the tenant is empty now.
        m_replaceOnNextPage = false;
        replaceRows();
    }
    m_replaceOnNextPage = false;
    m_devices.squeeze();
    m_state = state;
    m_lastError = std::move(error);
    qCInfo(lcDevices) << "device load finished:" << state << count() << "devices";
    Q_EMIT loadFinished(state);
}

void DeviceDirectory::upsert(Device device)
{
    intern(device);
    const int row = rowOf(device.id);
    if (row >= 0) {
        m_devices[row] = std::move(device);
        Q_EMIT deviceChanged(row);
        return;
    }
    const int first = count();
    Q_EMIT aboutToAppend(first, first);
    m_devices.append(std::move(device));
    indexRow(first);
    Q_EMIT appended(first, first);
}

QList<int> DeviceDirectory::addFound(const QList<Device> &devices)
{
    QList<int> rows;
    rows.reserve(devices.size());
    for (const Device &found : devices) {
        if (found.id.isEmpty())
            continue;
        const int row = rowOf(found.id);
        // A row of the running load (after its first page) is the list's own: keep it.
        const bool listRow = row >= 0 && !m_replaceOnNextPage && !m_found.contains(found.id);
        if (!listRow) {
            m_found.insert(found.id);
            upsert(found);
        }
        rows.append(rowOf(found.id));
    }
    return rows;
}

void DeviceDirectory::replaceRows()
{
    Q_EMIT aboutToReset();
    QList<Device> kept;
    for (const QString &id : std::as_const(m_found)) {
        const int row = rowOf(id);
        if (row >= 0)
            kept.append(std::move(m_devices[row]));
    }
    m_devices.clear();
    m_byId.clear();
    m_pool.clear();
    m_found.clear();
    for (Device &d : kept) {
        intern(d);
        m_found.insert(d.id);
        m_devices.append(std::move(d));
        indexRow(count() - 1);
    }
    Q_EMIT resetDone();
}

void DeviceDirectory::intern(Device &d)
{
    for (QString *field : {&d.operatingSystem, &d.osVersion, &d.managementAgent, &d.deviceType, &d.model,
                           &d.manufacturer, &d.userPrincipalName, &d.userDisplayName}) {
        if (field->isEmpty())
            continue;
        const auto it = m_pool.constFind(*field);
        if (it != m_pool.cend())
            *field = *it;
        else
            m_pool.insert(*field, *field);
    }
}

void DeviceDirectory::indexRow(int row)
{
    m_byId.insert(m_devices.at(row).id, row);
}

} // namespace passcode::devices
