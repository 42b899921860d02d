// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DeviceSelector.h"

#include "core/actions/BulkPlan.h"
#include "core/actions/BulkRun.h"
#include "core/actions/RunRecord.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace passcode::ctl {

/**
 * The output of a bulk reset and of `runs` (docs/passcodectl.md, keep the shapes stable): the plan as text,
 * one JSON object per device (compact, one line each) and the summary object, the text line of a device's
 * outcome, the progress line, the runs table. Text from the service goes through CtlFormat::oneLine (no
 * control character, one line). A passcode appears only where the caller passes one (--show-passcode).
 */
class BulkFormat
{
    Q_DECLARE_TR_FUNCTIONS(BulkFormat)

public:
    /** Where an entry came from: "argument 2", "fleet.txt, line 3" (@p fileName: the file or "standard
     * input"). */
    static QString entrySource(const DeviceEntry &entry, const QString &fileName);

    /** The plan for people: counts per action and scope, the skipped devices grouped by reason (the first
     * @p listed of each group by name), the cautions with their counts. */
    static QString planText(const actions::BulkPlan &plan,
                            const QList<DeviceSelection::Unresolved> &unresolved, const QString &fileName,
                            const QString &tenant, int listed = 20);

    /** {deviceId, deviceName, action, scope, state, skipReason, errorCode, likelyCause[, passcode]}; state is
     * RunItemStatus's stable name ("planned" for an item of a plan printed without --yes). */
    static QJsonObject itemJson(const actions::BulkRunItem &item, const std::optional<QString> &passcode);
    static QJsonObject planItemJson(const actions::PlanItem &item);
    /** An entry that named no single device: deviceId null, state "skipped", skipReason "notFound" or
     * "ambiguous", plus "entry" (the text) and "candidates" (the ids that match). */
    static QJsonObject unresolvedJson(const DeviceSelection::Unresolved &unresolved);

    /** Per status: total, skipped, notSent, sent, accepted, pending, done, failed, notSupported, unknown,
     * notProcessed, cancelled. @p unresolved entries count as skipped. */
    static QJsonObject countsJson(const actions::BulkRunProgress &progress, int unresolved = 0);
    /** The last line of --json: {runId, runState, ticket, counts, exitCode}. */
    static QJsonObject summaryJson(const QString &runId, actions::RunState state, const QString &ticket,
                                   const actions::BulkRunProgress &progress, int unresolved, int exitCode);
    /** The last line of a plan printed without --yes: {plan: true, counts per action, skipped, exitCode}. */
    static QJsonObject planSummaryJson(const actions::BulkPlan &plan, int unresolved, int exitCode);

    /** "KIOSK-LIL-941: Reset passcode accepted." and the like, with the likely cause of a failure. */
    static QString itemLine(const actions::BulkRunItem &item, const std::optional<QString> &passcode);
    static QString unresolvedLine(const DeviceSelection::Unresolved &unresolved, const QString &fileName);
    /** "Progress: 120 of 1000 sent; 100 accepted, 2 failed, 0 unknown; about 40 s left." */
    static QString progressLine(const actions::BulkRunProgress &progress);
    /** The closing summary of the text output (counts, run id, how to resume). */
    static QString summaryText(const QString &runId, actions::RunState state,
                               const actions::BulkRunProgress &progress, int unresolved);

    /** The exit code of a run: 3 nothing eligible, else 4 when some failed or were not supported, else 7 when
     * some are unknown, not processed, not sent or (with @p wait) not finished, else 0. */
    static int exitCodeOf(const actions::BulkRunProgress &progress, bool wait);

    /** `runs list`: id, created, state, ticket, devices, sent, done, failed, unknown, not sent. */
    static QString runsTable(const QList<actions::RunRecord> &runs);
    static QJsonArray runsJson(const QList<actions::RunRecord> &runs);
};

} // namespace passcode::ctl
