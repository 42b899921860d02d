// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/actions/ActionJournal.h"
#include "core/actions/ActionTracker.h"
#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/devices/Device.h"

#include <QObject>

#include <memory>
#include <optional>

namespace passcode::graph {
class GraphClient;
}

namespace passcode::actions {

/**
 * Sends passcode actions and follows them to a terminal state.
 *
 * send(): re-checks eligibility (PasscodeRules) and refuses an ineligible device with the verdict's reason;
 * then tracker Requested → Sent → POST .../resetPasscode or .../recoverPasscode → Accepted on 204, Failed when
 * Graph rejects it, Unknown when the outcome cannot be known (timeout, dropped connection: never re-sent).
 * Accepted and Unknown actions are watched: the device is polled (GET beta managedDevices/{id} with $select of
 * id, deviceName, deviceActionResults, ...) with backoff, quick at first and slower later, never faster than the
 * server asks; many watched devices are polled through $batch (≈ N/20 requests per cycle). Transient errors do
 * not end a watch. Every state change is recorded in the journal (never the passcode); watched actions resume
 * after a restart (resumeFromJournal()).
 *
 * All progress is reported through the ActionTracker's signals and the signals below. The GraphClient, tracker,
 * journal and clock must outlive the service.
 */
class ActionService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionService)

public:
    ActionService(graph::GraphClient &client, ActionTracker &tracker, ActionJournal &journal, const Clock &clock,
                  QObject *parent = nullptr);
    ~ActionService() override;

    /** Who sends (the signed-in UPN), recorded in the journal. */
    void setInitiator(const QString &upn);

    /**
     * Sends `action` to `device`. Returns an Error (kind Usage, the verdict's reason as message) when the device
     * is not eligible or the action is already in flight; otherwise std::nullopt and the action proceeds
     * asynchronously.
     */
    std::optional<Error> send(const devices::Device &device, RemoteAction action, const QString &ticket = {});

    /** Starts watching an action (also used for actions observed pending on a device). */
    void watch(const ActionKey &key);
    /** Fetches one device by id (beta, non-default properties and deviceActionResults); emits deviceFetched. */
    void fetchDevice(const QString &deviceId);
    /** Loads the journal into the tracker and watches the actions still in flight. */
    std::optional<Error> resumeFromJournal();
    /** Number of actions being watched. */
    int watchedCount() const;

Q_SIGNALS:
    void deviceFetched(const passcode::devices::Device &device);
    void deviceFetchFailed(const QString &deviceId, const passcode::Error &error);
    /** The POST failed for good (refused by Graph) or its outcome is unknown. */
    void sendFailed(const passcode::actions::ActionKey &key, const passcode::Error &error);
    /** A poll failed; the watch goes on. */
    void pollError(const passcode::actions::ActionKey &key, const passcode::Error &error);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace passcode::actions
