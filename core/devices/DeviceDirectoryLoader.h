// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/devices/DeviceDirectory.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

namespace passcode::graph {
class GraphClient;
}

namespace passcode::devices {

/**
 * Loads every managed device into a DeviceDirectory: GET beta/deviceManagement/managedDevices with $select of
 * the list columns, $top and `Prefer: include-unknown-enum-members`, following @odata.nextLink page by page
 * through graph::GraphPager (GraphClient retries transient failures per page). Each page is converted to
 * Device values and appended as it arrives, in page order. A page that still fails after the retries ends the
 * load as Incomplete, keeping what was loaded and the Error (DeviceDirectory::lastError()); cancel() ends it
 * as Cancelled. One load at a time: refresh() while loading restarts.
 *
 * Threading: the loader, the client and the directory live in one thread (the UI thread). The pager runs in
 * raw mode (graph::GraphPager::setRawPages): the client checks each answer as always and the page's envelope
 * by its structure, but leaves the value array unparsed; parsing it and converting it into Device values
 * (DeviceJson::parseValueArray) runs on one private worker thread unless setParseOffThread(false),
 * so the next page is already requested while the previous one is parsed; results come back through the
 * event loop in page order. A page whose value array is not well-formed JSON ends the load as Incomplete
 * (Kind::Parse, the pages before it kept). The GraphClient and the directory must outlive the loader;
 * destroying the loader cancels a running load (the directory is then left as Cancelled).
 */
class DeviceDirectoryLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceDirectoryLoader)

public:
    DeviceDirectoryLoader(graph::GraphClient &client, DeviceDirectory &directory, QObject *parent = nullptr);
    ~DeviceDirectoryLoader() override;

    /** Page size asked with $top (Graph's default is 1000). Takes effect at the next refresh(). */
    void setPageSize(int pageSize);
    /** Whether pages are converted on the worker thread (default true); takes effect at the next refresh().
     */
    void setParseOffThread(bool offThread);
    /** Starts (or restarts) a full load. */
    void refresh();
    /** Cancels the running load, if any: the directory finishes as Cancelled with what it has. */
    void cancel();
    bool isLoading() const;
    /** The $select list used for the device list. */
    static QStringList listProperties();

Q_SIGNALS:
    /** Per-page parse problems (already translated), for a diagnostics view or the log. */
    void parseProblems(const QStringList &problems);
    /** The load is over (after the directory's loadFinished()); @p state is the directory's final state. */
    void finished(passcode::devices::DeviceDirectory::LoadState state);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace passcode::devices
