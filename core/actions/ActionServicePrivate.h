// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// ActionService's private part, shared by ActionService.cpp (journal, watching, resume) and
// ActionServiceSend.cpp (sending). Not an API: include it from those two files only.

#include "core/actions/ActionService.h"
#include "core/graph/GraphBatch.h"
#include "core/graph/GraphClient.h"

#include <QPointer>
#include <QSet>
#include <QTimer>

namespace passcode::actions {

/** Graph's path of a managed device ("/deviceManagement/managedDevices/{id}", the id percent-encoded). */
QString managedDevicePath(const QString &deviceId);

struct ActionService::Private
{
    ActionService *q;
    graph::GraphClient &client;
    ActionTracker &tracker;
    ActionJournal &journal;
    const Clock &clock;
    QString initiator;
    PollSchedule schedule;
    QTimer timer;
    /** Keys this console sent or restored from the journal: their state changes are journaled. */
    QSet<ActionKey> journaled;
    QList<QPointer<graph::GraphBatch>> batches;
    /** Keys sent by sendMany(): their later states are journaled in groups (flushGrouped()). */
    QSet<ActionKey> grouped;
    QSet<ActionKey> unflushed;
    bool flushQueued = false;
    int pollRequests = 0;
    int sendBatches = 0;
    bool shuttingDown = false;

    Private(ActionService *owner, graph::GraphClient &c, ActionTracker &t, ActionJournal &j, const Clock &cl)
        : q(owner)
        , client(c)
        , tracker(t)
        , journal(j)
        , clock(cl)
        , schedule(cl, PollPolicy{})
    {
        timer.setSingleShot(true);
    }

    void record(const ActionKey &key);
    void flushGrouped();
    /** Whether this process follows the journal entry itself: its tracker holds that very action. */
    bool follows(const TrackedAction &onDisk) const;
    /** The entry another process has in flight becomes one this process follows too (and polls at once). */
    void adopt(const InFlightEntry &entry);
    /** The entry that would be written for a new action before it leaves. */
    TrackedAction sentEntry(const ActionKey &key, const QString &deviceName, const QString &ticket,
                            const QString &runId, const QDateTime &now) const;
    /** Tracker Requested → Sent for an action claimed in the journal (nothing more is written for these). */
    void markSent(const TrackedAction &claimed);
    void onSendFinished(const ActionKey &key, const graph::GraphResult &result, bool batchItem = false);
    void arm();
    void pollDue();
    void onDeviceAnswer(const QString &deviceId, const QList<ActionKey> &keys,
                        const graph::GraphResult &result);
    void settleWatch(const ActionKey &key, std::optional<qint64> serverDelayMs, bool graphAnswered);
    void applyFetched(const devices::Device &device);
};

} // namespace passcode::actions
