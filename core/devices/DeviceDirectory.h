// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Error.h"
#include "core/devices/Device.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>

#include <optional>

namespace passcode::devices {

/**
 * The loaded device list of the tenant and its indexes. Rows are appended page by page while a load runs, so
 * views show the first rows long before a large tenant has finished loading; a refresh replaces the list only
 * when its first page arrives (what was shown stays until then). Repeated texts (OS, version, model,
 * manufacturer...) are interned so 100,000 devices stay compact.
 *
 * Who fills it: a loader (DeviceDirectoryLoader, over GraphClient) calls beginLoad(), appendDevices() for
 * each page and finishLoad(). Views read it through the row accessors and follow the signals below, which map
 * one to one onto QAbstractItemModel's begin/end pairs. Lives in one thread (the UI thread in the console).
 *
 * Devices found on the server (addFound(), from a DeviceLookup while the list is loading or not loaded) are
 * rows like the others, flagged isFoundOnServer(), until the list delivers the same id: the list's copy then
 * replaces the found row in place (deviceChanged) and the flag goes, so a device is never shown twice. The
 * first page of a refresh keeps the found rows that the new list has not delivered yet.
 */
class DeviceDirectory final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceDirectory)

public:
    enum class LoadState
    {
        Idle,
        Loading,
        Complete,
        Incomplete,
        Cancelled
    };
    Q_ENUM(LoadState)

    explicit DeviceDirectory(QObject *parent = nullptr);
    ~DeviceDirectory() override;

    int count() const;
    /** The device at a row; row must be in [0, count()). */
    const Device &at(int row) const;
    /** The row of a device id, or -1. */
    int rowOf(const QString &id) const;
    std::optional<Device> findById(const QString &id) const;

    /**
     * Looks a device up the way a technician types it: an exact id, then an exact (case-insensitive) device
     * name, serial number, IMEI or primary user UPN. Returns every row that matches the first kind that
     * matched.
     */
    QList<int> lookup(const QString &text) const;

    LoadState loadState() const;
    /** Rows received by the running (or last) load. */
    int loadedCount() const;
    /** @odata.count when the service sent one, else -1. */
    qint64 expectedCount() const;
    /** The error that ended the last load (Incomplete or Cancelled), if any. */
    std::optional<Error> lastError() const;

    // Called by the loader.
    /** A load starts; the current rows stay until the first page of the new load arrives. */
    void beginLoad();
    /** How appendDevices() treats repeated texts. */
    enum class Texts
    {
        Intern,        ///< share repeated texts through the directory's pool
        AlreadyShared, ///< the caller shared them already (DeviceJson::TextPool on the loader's worker)
    };

    /**
     * Appends a page of the running load (the first page of a refresh replaces the old rows). A device
     * already present (the service repeated it) replaces the earlier row: deviceChanged() follows
     * appended().
     */
    void appendDevices(QList<Device> devices, qint64 expectedTotal = -1, Texts texts = Texts::Intern);
    /** Ends the running load: complete, or incomplete/cancelled with what is loaded kept. */
    void finishLoad(LoadState state, std::optional<Error> error = std::nullopt);

    /** Replaces one device (e.g. after a GET by id) or adds it when unknown. Emits deviceChanged or appends.
     */
    void upsert(Device device);

    /**
     * Devices found on the server by a lookup, ahead of the list. A device the running load already delivered
     * is left as it is; any other is added (or, when only the previous list or an earlier lookup had it,
     * replaced) and flagged found on the server. Returns the rows of @p devices, in their order.
     */
    QList<int> addFound(const QList<Device> &devices);
    /** Whether a row came from a lookup and the list has not delivered it yet. Cheap when none did. */
    bool isFoundOnServer(int row) const
    {
        return !m_found.isEmpty() && m_found.contains(m_devices.at(row).id);
    }
    /** How many rows are flagged found on the server. */
    int foundCount() const { return static_cast<int>(m_found.size()); }

Q_SIGNALS:
    void aboutToReset();
    void resetDone();
    void aboutToAppend(int first, int last);
    void appended(int first, int last);
    void deviceChanged(int row);
    void loadStarted();
    void progress(int loaded, qint64 expectedTotal);
    void loadFinished(passcode::devices::DeviceDirectory::LoadState state);

private:
    void intern(Device &device);
    void indexRow(int row);
    /** Empties the rows (a refresh's first page), keeping the devices found on the server. */
    void replaceRows();

    QList<Device> m_devices;
    QHash<QString, int> m_byId;
    QHash<QString, QString> m_pool;
    QSet<QString> m_found; ///< ids of the rows found on the server that the list has not delivered
    LoadState m_state = LoadState::Idle;
    bool m_replaceOnNextPage = false;
    int m_loaded = 0;
    qint64 m_expected = -1;
    std::optional<Error> m_lastError;
};

} // namespace passcode::devices
