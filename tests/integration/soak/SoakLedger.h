// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The soak's verdict: what the journals say was sent, against what the sandbox says it received.

#include "core/actions/ActionTracker.h"

#include <QJsonArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace passcode::soak {

/** One action the sandbox received (GET /sandbox/actions). */
struct ReceivedAction
{
    QString deviceId;
    QString action; ///< Graph's name: resetPasscode, recoverPasscode, remoteLock
    QString initiatedBy;
    QString state;

    static QList<ReceivedAction> fromJson(const QJsonArray &value);
};

struct LedgerVerdict
{
    int journalEntries = 0;
    int received = 0;           ///< actions the sandbox received
    int duplicates = 0;         ///< received actions beyond the first per device and action
    int unknown = 0;            ///< journal entries still Unknown (the outcome never became known)
    QMap<QString, int> byState; ///< journal entries per state (stable names)
    /** Every broken rule, one line each (device ids, states and counts; never a secret). */
    QStringList violations;
};

/**
 * Checks the journal entries (all epochs together; one intent per device and action) against the actions the
 * sandbox received:
 * - at most one received action per device and Graph action (else a duplicate);
 * - exactly one for every entry Graph took: accepted, pending, active, done, not supported, and failed or
 *   canceled with Graph's error code; none for an entry Graph refused or never got (failed or canceled
 *   without a code, none: "not processed"); zero or one for unknown;
 * - no entry left requested or sent (every POST had its answer);
 * - every received action has a journal entry, and was sent by @p initiator.
 */
LedgerVerdict checkLedger(const QList<actions::TrackedAction> &journal, const QList<ReceivedAction> &received,
                          const QString &initiator);

} // namespace passcode::soak
