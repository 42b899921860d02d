// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Error.h"
#include "core/devices/DeviceDirectory.h"
#include "core/devices/DeviceLookup.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <chrono>
#include <optional>

namespace passcode::graph {
class GraphClient;
}

namespace passcode::ui {

/**
 * The All devices page's search "at Graph's speed": while the tenant's list is loading, not loaded, or
 * incomplete, a typed text that looks like something Graph can find (DeviceLookup::shapeOf() is not None) is
 * also asked of the server, shortly after the last keystroke (delay(), 200 ms by default); a new text
 * cancels the previous lookup. The devices found are handed to the directory (DeviceDirectory::addFound()),
 * which shows them as rows flagged "found on the server" until the list delivers them; the page's search
 * then shows them like any other row. When the list is complete nothing is asked: the local search is exact.
 *
 * statusText() says what happens ("Searching the server…", "2 devices found on the server; the list is
 * still loading (12,000 of 100,000)", or why the lookup failed); the local matches are never hidden by it.
 * Lives in the UI thread; the client and the directory must outlive it.
 */
class ServerDeviceSearch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerDeviceSearch)

public:
    ServerDeviceSearch(graph::GraphClient &client, devices::DeviceDirectory &directory,
                       QObject *parent = nullptr);
    ~ServerDeviceSearch() override;

    /** How long after the last keystroke the lookup is sent (tests set 0: at once). */
    void setDelay(std::chrono::milliseconds delay) { m_delay = delay; }
    std::chrono::milliseconds delay() const { return m_delay; }

    /** The search box changed. */
    void setText(const QString &text);
    /** The text asked of the server now or last (empty when none). */
    QString askedText() const { return m_asked; }
    bool isSearching() const { return m_lookup.isRunning() || m_timer.isActive(); }
    /** Devices the current text found on the server. */
    int foundCount() const { return m_found; }
    /** The status line; empty when no lookup is involved. */
    QString statusText() const { return m_status; }
    /** Whether statusText() reports a failure. */
    bool failed() const { return m_error.has_value(); }

    /** Whether a text would be asked of the server now (shape and the directory's state). */
    bool wouldAsk(const QString &text) const;

Q_SIGNALS:
    void statusChanged(const QString &text);
    /** Devices of the current lookup were added to (or refreshed in) the directory, at these rows. */
    void devicesFound(const QList<int> &rows);

private:
    void send();
    void onFound(const QList<devices::Device> &devices);
    void onFinished(const std::optional<Error> &error);
    void onLoadFinished(devices::DeviceDirectory::LoadState state);
    void updateStatus();
    QString listState() const;

    devices::DeviceDirectory &m_directory;
    devices::DeviceLookup m_lookup;
    QTimer m_timer;
    std::chrono::milliseconds m_delay{200};
    QString m_pending; ///< the text waiting for the timer
    QString m_asked;
    int m_found = 0;
    bool m_done = false;
    std::optional<Error> m_error;
    QString m_status;
};

} // namespace passcode::ui
