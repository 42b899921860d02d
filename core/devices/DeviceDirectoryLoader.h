// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/devices/DeviceDirectory.h"

#include <QObject>
#include <QPointer>

namespace passcode::graph {
class GraphClient;
}

namespace passcode::devices {

/**
 * Loads every managed device into a DeviceDirectory: GET beta/deviceManagement/managedDevices with $select of
 * the list columns, following @odata.nextLink page by page (GraphClient retries transient failures per page).
 * Each page is parsed and appended as it arrives. A page that still fails after the retries ends the load as
 * Incomplete, keeping what was loaded; cancel() ends it as Cancelled. One load at a time: refresh() while loading
 * restarts. The GraphClient and the directory must outlive the loader.
 */
class DeviceDirectoryLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceDirectoryLoader)

public:
    DeviceDirectoryLoader(graph::GraphClient &client, DeviceDirectory &directory, QObject *parent = nullptr);
    ~DeviceDirectoryLoader() override;

    /** Page size asked with $top (Graph's default is 1000). */
    void setPageSize(int pageSize);
    /** Starts (or restarts) a full load. */
    void refresh();
    /** Cancels the running load, if any. */
    void cancel();
    bool isLoading() const;
    /** The $select list used for the device list. */
    static QStringList listProperties();

Q_SIGNALS:
    /** Per-page parse problems (already translated), for a diagnostics view or the log. */
    void parseProblems(const QStringList &problems);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace passcode::devices
