// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/actions/ActionJournal.h"
#include "core/actions/ActionTracker.h"
#include "core/actions/PollSchedule.h"
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

/** One item of ActionService::sendMany(). */
struct BulkSendItem
{
    /** Read by id just before (BulkPlanner does), so that an action Graph shows as pending is seen. */
    devices::Device device;
    RemoteAction action = RemoteAction::ResetPasscode;
    QString ticket;
    /** The bulk run the action belongs to (journaled with it). */
    QString runId;
};

/** What ActionService::sendMany() did, decided before it returns. */
struct BulkSendResult
{
    /** Set when the journal could not be written: then NOTHING was sent and every item is in refused. */
    std::optional<Error> journalError;
    /** One per item, in order: std::nullopt when its POST was handed to the batch, else why it was not. */
    QList<std::optional<Error>> refused;
    /** Items whose POST was handed to the batch. */
    int sentCount() const;
};

/**
 * Sends passcode actions and follows them to a terminal state.
 *
 * send(): re-checks eligibility (PasscodeRules, with the tracker's own in-flight action) and refuses an
 * ineligible device with the verdict's reason; then claims the action in the journal (ActionJournal::claim():
 * under the journal's lock, re-read, refused when another process on this computer has a passcode action in
 * flight on the device, else written as Sent, all before anything leaves); then tracker Requested → Sent →
 * POST beta
 * .../managedDevices/{id}/resetPasscode or .../recoverPasscode (kind Action: GraphClient resends it only
 * after 429/503, never after an unknown outcome) → Accepted on 204, Failed when Graph rejects it, Unknown
 * when the outcome cannot be known (timeout, dropped connection: never re-sent).
 *
 * Watching: Accepted and Unknown actions are polled (GET beta managedDevices/{id} with $select of the list
 * properties and deviceActionResults) on a PollSchedule: PollPolicy::firstDelayMs, then doubling up to
 * PollPolicy::maxDelayMs, never sooner than a Retry-After the server sent. When several devices are due at
 * once they are polled through $batch (20 per request, so N watched devices cost about N/20 requests a
 * cycle). Each answer goes through ActionTracker::applyDevice(); the watch ends when the action reaches a
 * terminal state. Errors never end a watch (pollError() says what happened; the next poll follows the
 * backoff). An Unknown action that Graph has not shown within PollPolicy::unknownGiveUpMs of entering Unknown
 * (measured on the Clock, across restarts) moves to None, "not processed": the technician may send it again.
 *
 * Another process's action: the journal entry that refused a send is followed from then on as if restored
 * from the journal (a Sent or Requested one as Unknown: its POST's answer went to the other process), polled
 * at once, so that this process sees when it ends (and the journal says so even if the other process has
 * quit).
 *
 * Journal: every state change of an action this console sent (or restored from the journal) is recorded,
 * never the passcode (ActionJournal::record() keeps another process's newer entry). resumeFromJournal() after
 * a restart: Requested entries were never sent and become Canceled; Sent entries (the process died with the
 * POST on the wire) become Unknown; everything still in flight is watched again, polled at once.
 *
 * All progress is reported through the ActionTracker's signals and the signals below. The GraphClient,
 * tracker, journal and clock must outlive the service. Thread: the client's thread.
 */
class ActionService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionService)

public:
    ActionService(graph::GraphClient &client, ActionTracker &tracker, ActionJournal &journal,
                  const Clock &clock, QObject *parent = nullptr);
    ~ActionService() override;

    /** Who sends (the signed-in UPN), recorded in the journal. */
    void setInitiator(const QString &upn);
    /** The technician named as the initiator of the actions sent from now on. */
    QString initiator() const;
    /**
     * Journals that the technician verified the caller of @p device (who: initiator(), when: the clock's now;
     * never a secret). The journal's Error when it cannot be written (the caller says so; the check is not
     * recorded).
     */
    std::optional<Error> recordCallerCheck(const devices::Device &device);
    /** The polling timetable (tests shrink it); applies to the next scheduling decision. */
    void setPollPolicy(const PollPolicy &policy);

    /**
     * Sends `action` to `device`. Returns an Error (kind Usage, the verdict's reason as message) when the
     * device is not eligible or the action is already in flight; kind Usage with code inFlightElsewhereCode()
     * when another process has a passcode action in flight on the device (inFlightElsewhere()); the journal's
     * Error (kind Internal or Parse, its message saying that nothing was sent) when the action could not be
     * written to the journal. Nothing left in these cases. Otherwise std::nullopt and the action proceeds
     * asynchronously. Pass a device read by id (fetchDevice()) so that an action Graph shows as pending is
     * seen.
     */
    std::optional<Error> send(const devices::Device &device, RemoteAction action, const QString &ticket = {});

    /**
     * Sends many actions at once: each item is checked as send() checks it (refused items get their Error in
     * BulkSendResult::refused and are left alone), then ONE ActionJournal::claim() refuses the items another
     * process has in flight (their Error as send()'s) and puts the others on disk as Sent BEFORE anything
     * leaves; they go tracker Requested → Sent. If that write fails, nothing leaves: the tracker never sees
     * those items (not processed), journalError is set, journalError() is emitted and the caller (BulkRun)
     * pauses. Otherwise the POSTs leave as GraphBatch $batch requests (20 per request,
     * kind Action: only 429/503 items are sent again, a lost batch answer makes its items Unknown) through
     * the client's write budget. Each item then moves to Accepted / Failed / Unknown as with send() (watch
     * the tracker's stateChanged and sendFailed()), and is watched like a single action. The later state
     * changes of bulk items are journaled in groups (at most one write per half second), never the passcode.
     */
    BulkSendResult sendMany(const QList<BulkSendItem> &items);
    /** The Error::code of a refusal because another process has a passcode action in flight on the device. */
    static QString inFlightElsewhereCode();
    /**
     * That refusal (kind Usage, code inFlightElsewhereCode()), translated: "Another Passcode Console or
     * passcodectl on this computer sent Reset passcode to KIOSK-1 at 10:42 (state: pending); ...". The time
     * is local, with the date unless it is today (by @p now).
     */
    static Error inFlightElsewhere(const InFlightEntry &entry, const QString &deviceName,
                                   const QDateTime &now);
    /** $batch POSTs sendMany() has sent so far (for tests and the benchmark). */
    int sendBatchCount() const;
    /** Starts watching an action (also used for actions observed pending on a device). */
    void watch(const ActionKey &key);
    /**
     * Fetches one device by id (beta, the list properties and deviceActionResults); applies its action
     * results to the tracker (and watches a passcode action Graph shows as pending or active); emits
     * deviceFetched or deviceFetchFailed.
     */
    void fetchDevice(const QString &deviceId);
    /** Loads the journal into the tracker and watches the actions still in flight (see the class comment). */
    std::optional<Error> resumeFromJournal();
    /** Number of actions being watched. */
    int watchedCount() const;
    /** HTTP requests made for polling so far: single GETs plus $batch POSTs (for tests and diagnostics). */
    int pollRequestCount() const;

Q_SIGNALS:
    /** A device was read: by fetchDevice(), and for every device answer while watching. */
    void deviceFetched(const passcode::devices::Device &device);
    void deviceFetchFailed(const QString &deviceId, const passcode::Error &error);
    /** The POST failed for good (refused by Graph) or its outcome is unknown. */
    void sendFailed(const passcode::actions::ActionKey &key, const passcode::Error &error);
    /** A poll failed; the watch goes on. */
    void pollError(const passcode::actions::ActionKey &key, const passcode::Error &error);
    /** A journal write failed (the action goes on; the journal may miss this state). */
    void journalError(const passcode::Error &error);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace passcode::actions
