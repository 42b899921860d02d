// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/devices/Device.h"
#include "core/graph/GraphRequest.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

#include <optional>

namespace passcode::graph {
class GraphClient;
}

namespace passcode::actions {

/** Where the last Sync this process sent to a device stands. */
enum class SyncState
{
    None,     ///< none sent
    Sending,  ///< the POST is on its way (or waiting for room in the write budget)
    Accepted, ///< Graph answered 204: Intune asked the device to check in
    Failed,   ///< Graph refused it (the error says why)
    Unknown,  ///< the answer was lost: it may or may not have arrived, and it is not sent again
};

/** Translated "sending", "accepted", "refused", "outcome unknown". */
QString displayName(SyncState state);
/** "sending", "accepted", "failed", "unknown", "none" (for --json). */
QString stableName(SyncState state);

/** One device's last Sync. */
struct SyncStatus
{
    SyncState state = SyncState::None;
    /** When it was sent. */
    QDateTime sentAt;
    /** When Graph answered (or the outcome became unknown). */
    QDateTime answeredAt;
    /** Failed and Unknown: why. */
    std::optional<Error> error;
};

/**
 * Sends Intune's Sync remote action: POST /v1.0/deviceManagement/managedDevices/{id}/syncDevice, no body, 204
 * (Graph v1.0 `intune-devices-manageddevice-syncdevice`; ../shared/reference/graph-intune.md section 11;
 * delegated DeviceManagementManagedDevices.PrivilegedOperations.All; the Intune role needs Remote tasks ›
 * Sync devices, rbac::kSyncDevice). The request is kind Action, so it draws from the client's write budget as
 * the passcode actions do and GraphClient re-sends it only when the answer proves it was not processed (429,
 * 503, a 401 before a token refresh): an unknown outcome (timeout, dropped connection, 500/502/504) is never
 * re-sent, here or by anything else; the technician may send another.
 *
 * A Sync is not a passcode action: it yields no passcode, is not followed by polling (Intune reports no
 * deviceActionResult for it; the device's lastSyncDateTime moves when it checks in), and is not written to
 * the action journal (there is nothing to resume after a restart, and nothing secret to keep). send() refuses
 * a device whose platform Intune does not sync (eligibility::SyncRules) and a second Sync while one is on its
 * way to the same device. The caller checks the technician's role first
 * (rbac::PermissionCheck::syncRefusal()).
 *
 * The client and clock must outlive the service. Thread: the client's.
 */
class SyncService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncService)

public:
    SyncService(graph::GraphClient &client, const Clock &clock, QObject *parent = nullptr);
    ~SyncService() override;

    /** The request send() makes for @p deviceId. */
    static graph::GraphRequest request(const QString &deviceId);

    /**
     * Sends a Sync to @p device. Kind Usage (nothing sent) when Intune does not sync its platform (the rule's
     * reason) or a Sync to it is still on its way; otherwise std::nullopt, and changed() and finished()
     * follow.
     */
    std::optional<Error> send(const devices::Device &device);
    /** The last Sync sent to @p deviceId by this process (state None when none). */
    SyncStatus status(const QString &deviceId) const;
    /** POSTs sent so far (for tests and diagnostics). */
    int sentCount() const { return m_sent; }

Q_SIGNALS:
    /** The device's status changed (Sending, then Accepted, Failed or Unknown). */
    void changed(const QString &deviceId);
    /** The POST ended: Accepted, Failed or Unknown (status(deviceId) says the same). */
    void finished(const QString &deviceId, const passcode::actions::SyncStatus &status);

private:
    graph::GraphClient &m_client;
    const Clock &m_clock;
    QHash<QString, SyncStatus> m_status;
    int m_sent = 0;
};

} // namespace passcode::actions

Q_DECLARE_METATYPE(passcode::actions::SyncStatus)
