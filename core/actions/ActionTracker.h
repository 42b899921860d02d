// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/actions/ActionKey.h"
#include "core/actions/ActionState.h"
#include "core/actions/PasscodeResult.h"
#include "core/common/Clock.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

#include <optional>

namespace passcode::actions {

/** What the tracker knows about one (device, action). The passcode never leaves memory. */
struct TrackedAction
{
    ActionKey key;
    ActionState state = ActionState::None;
    QString deviceName;
    QString initiatedBy;
    QString ticket;
    /** The bulk run (BulkRun::id()) that sent this action; empty for a single action. Journaled as "runId".
     */
    QString runId;
    /** The tenant's display name when the action was sent (journaled as "tenantName"); may be empty. */
    QString tenantName;
    QDateTime requestedAt; ///< when the technician confirmed (local) or Graph's startDateTime (observed)
    QDateTime stateSince;  ///< when the tracker entered the current state (tracker clock)
    std::optional<QString> passcode;
    int errorCode = 0;
    QDateTime passcodeExpiry;
};

/**
 * The per-(device, action) state machine of remote passcode actions. One transition function, transition(),
 * checks every move against isLegal() and emits stateChanged() for each accepted change; a rejected move
 * changes nothing. Times come from the injected Clock. Not thread-safe: use from the owning thread.
 *
 * Lifecycle: None/terminal → Requested → Sent → Accepted | Unknown | Failed (rejected by Graph) → Pending →
 * Active → Done | Failed | NotSupported | Canceled. An action started elsewhere (portal, another console) can
 * be observed from None straight into a Graph state. Unknown may end in None when Graph never shows the
 * action.
 */
class ActionTracker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionTracker)

public:
    explicit ActionTracker(const Clock &clock, QObject *parent = nullptr);
    ~ActionTracker() override;

    /** Whether the state machine allows from → to. Same-state moves are not transitions (see transition()).
     */
    static bool isLegal(ActionState from, ActionState to);

    /**
     * Moves the action to `to`. Returns true when the move is legal (a same-state move is a no-op that
     * returns true and emits nothing); false, with nothing changed, when it is not. Unknown keys start in
     * None.
     */
    bool transition(const ActionKey &key, ActionState to);

    /**
     * Starts a new action (→ Requested): only when the key is unknown or its last action is terminal.
     * Returns false, changing nothing, when an action is still in flight. @p requestedAt is the request time
     * already written to the journal (it identifies the action there); invalid: the clock's now.
     */
    bool request(const ActionKey &key, const QString &deviceName, const QString &initiatedBy,
                 const QString &ticket = {}, const QString &runId = {}, const QDateTime &requestedAt = {});

    /**
     * Restores an entry (e.g. from the journal after a restart) without emitting; replaces any current entry.
     */
    void restore(const TrackedAction &action);

    /**
     * Settles the device's tracked actions from its deviceActionResults (resetPasscodeActionResult). Results
     * older than the local request are ignored; a newer result of an action started elsewhere starts a new
     * cycle. Returns the keys whose state or passcode changed.
     */
    QList<ActionKey> applyDevice(const devices::Device &device);

    std::optional<TrackedAction> find(const ActionKey &key) const;
    QList<TrackedAction> all() const;
    /** Actions still under way (isInFlight(state)). */
    QList<TrackedAction> inFlight() const;
    /** Forgets the passcodes whose 7 days are over; returns how many were dropped. */
    int expirePasscodes();

Q_SIGNALS:
    void stateChanged(const passcode::actions::ActionKey &key, passcode::actions::ActionState from,
                      passcode::actions::ActionState to);
    /** A passcode arrived (or changed) for the key; read it with find(). */
    void passcodeAvailable(const passcode::actions::ActionKey &key);

private:
    bool applyResult(TrackedAction &entry, const PasscodeResult &result);

    const Clock &m_clock;
    QHash<ActionKey, TrackedAction> m_actions;
};

} // namespace passcode::actions
