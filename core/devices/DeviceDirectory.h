// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Error.h"
#include "core/devices/Device.h"

#include <QHash>
#include <QList>
#include <QObject>

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

    QList<Device> m_devices;
    QHash<QString, int> m_byId;
    QHash<QString, QString> m_pool;
    LoadState m_state = LoadState::Idle;
    bool m_replaceOnNextPage = false;
    int m_loaded = 0;
    qint64 m_expected = -1;
    std::optional<Error> m_lastError;
};

} // namespace passcode::devices
