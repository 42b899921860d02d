// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/tenant/AuditLog.h"
#include "sandbox/tenant/DeviceStore.h"
#include "sandbox/tenant/RemoteActionKind.h"
#include "sandbox/tenant/TenantGenerator.h"

#include <QByteArray>
#include <QHash>
#include <QList>

#include <array>
#include <limits>
#include <vector>

namespace passcode::sandbox {

/** Sandbox-specific values of resetPasscodeActionResult.errorCode (Graph does not document its codes). */
enum ActionErrorCode : qint32
{
    ErrorNone = 0,
    ErrorNoPasscodePolicy = 1001,     ///< Android: no device configuration policy requires a passcode
    ErrorWrongUnlockToken = 1002,     ///< iOS: Intune holds a wrong unlock token; only a wipe recovers
    ErrorResetTokenInactive = 1003,   ///< work profile: the user never activated the reset token
    ErrorPlatformNotSupported = 1004, ///< the action does not apply to this platform
    ErrorOverridden = 1005,           ///< a retire, wipe or delete took precedence
};

/** What kind of secret a finished action produces. */
enum class SecretKind : quint8
{
    None,
    NumericPin,
    Alphanumeric,
    UnlockPin
};

/**
 * The remote action lifecycle, evaluated lazily from tenant time.
 *
 * An action is pending until the device checks in (Online devices: 30 s to 5 min after the request; Slow
 * devices: at their next periodic sync; Stale and never-synced devices: never), active while it runs (5 to 60
 * s), then done, failed, notSupported or canceled by the platform rules documented in docs/sandbox.md.
 * Timings, passcodes and PINs are derived from (seed, device, per-device action number): deterministic for a
 * given request order. A new action of the same name replaces the device's previous result; the previous
 * audit row becomes canceled if it had not finished. Passcodes are cleared 7 days (tenant time) after the
 * action finished.
 */
class ActionSimulator
{
public:
    static constexpr qint64 kForever = std::numeric_limits<qint64>::max();
    static constexpr qint64 kPasscodeRetentionMs = 7LL * 24 * 3600 * 1000;

    ActionSimulator(const DeviceStore &store, quint64 seed);

    /** Loads the generated history (before serving). */
    void loadHistory(const std::vector<GeneratedAction> &history);
    /** Records \a kind sent to \a device at tenant time \a nowMs by \a initiatorUpn. */
    void send(qsizetype device, RemoteActionKind kind, const QByteArray &initiatorUpn, qint64 nowMs);
    /**
     * A syncDevice sent to \a device at tenant time \a nowMs: an Online device checks in kSyncMinSeconds to
     * kSyncMaxSeconds (tenant time) later, which moves its lastSyncDateTime and starts the actions still
     * waiting for a check-in then; a Slow device waits for its next periodic sync, and a Stale or
     * never-synced one never answers (nothing changes). Returns the check-in time, kForever when none.
     * Not a deviceActionResult and not audited (remoteAction has no sync member).
     */
    qint64 sync(qsizetype device, qint64 nowMs);
    static constexpr int kSyncMinSeconds = 10;
    static constexpr int kSyncMaxSeconds = 60;

    /** One element of a device's deviceActionResults, as seen at some tenant time. */
    struct Result
    {
        RemoteActionKind kind = RemoteActionKind::ResetPasscode;
        ActionState state = ActionState::Pending;
        qint64 startMs = 0;
        qint64 lastUpdatedMs = 0;
        QByteArray secret; ///< passcode or unlockPin; empty means null
        qint32 errorCode = 0;
    };
    /** The device's results (latest per action name, oldest first) at tenant time \a nowMs. */
    std::vector<Result> results(qsizetype device, qint64 nowMs) const;
    /** The audit row's state and its last change at tenant time \a nowMs. */
    ActionState auditState(const AuditEntry &entry, qint64 nowMs) const;
    /** The device's latest check-in caused by an action or a sync, at or before \a nowMs (kNeverMs if none).
     */
    qint64 lastActionCheckInMs(qsizetype device, qint64 nowMs) const;

    /** Every passcode and unlock PIN the tenant's actions produce, the history's included (tests check that
     *  a client wrote none of them anywhere). */
    QList<QByteArray> secrets() const;

    const AuditLog &audits() const { return m_audits; }
    qsizetype actionCount() const { return qsizetype(m_actions.size()); }
    /** Counts of the current states of all actions (for the control endpoint). */
    QHash<QByteArray, int> stateCounts(qint64 nowMs) const;

private:
    struct Action
    {
        quint32 device = 0;
        RemoteActionKind kind = RemoteActionKind::ResetPasscode;
        ActionState outcome = ActionState::Done;
        SecretKind secret = SecretKind::None;
        quint16 sequence = 0;
        qint32 errorCode = 0;
        qint64 requestMs = 0;
        qint64 checkInMs = kForever;
        qint64 finishMs = kForever;
        qint64 supersededMs = kForever;
    };
    void record(qsizetype device, RemoteActionKind kind, quint32 initiator, qint64 requestMs);
    ActionState stateAt(const Action &a, qint64 nowMs, qint64 *lastUpdatedMs) const;
    QByteArray secretFor(const Action &a) const;

    const DeviceStore &m_store;
    quint64 m_seed;
    AuditLog m_audits;
    std::vector<Action> m_actions;
    struct DeviceActions
    {
        std::array<qint32, 3> latest{-1, -1, -1}; ///< per client action kind
        quint16 count = 0;
    };
    QHash<quint32, DeviceActions> m_byDevice;
    /** Per device: the check-ins its syncs caused (in request order). */
    QHash<quint32, std::vector<qint64>> m_syncCheckIns;
};

} // namespace passcode::sandbox
