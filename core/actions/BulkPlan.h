// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/actions/RemoteAction.h"
#include "core/devices/Device.h"
#include "core/eligibility/Verdict.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace passcode::actions {

/** Why a device of a bulk plan gets no action. */
enum class SkipReason
{
    None,             ///< not skipped: the device gets PlanItem::action
    NotEligible,      ///< the rules refuse every passcode action (or not the action the caller fixed)
    AlreadyPending,   ///< a passcode action is already under way (Graph or this console)
    RetireWipeIssued, ///< a retire, wipe or delete is under way
    NotFound,         ///< Graph answered 404 for the id
    ReadFailed,       ///< the fresh read failed otherwise (network, throttling, permission...)
};

/** "none", "notEligible", "alreadyPending", "retireWipeIssued", "notFound", "readFailed" (run files, --json).
 */
QString stableName(SkipReason reason);
SkipReason skipReasonFromStableName(const QString &text, bool *ok = nullptr);
/** Translated group title: "Not eligible", "Already pending", "Retire or wipe issued", "Not found"... */
QString displayName(SkipReason reason);

/** One device of a bulk plan, judged on data read just before. */
struct PlanItem
{
    QString deviceId;
    QString deviceName;
    /** The action the device gets (skip == None), or the one its platform would call for (skipped). */
    std::optional<RemoteAction> action;
    eligibility::Scope scope = eligibility::Scope::None;
    /** The verdict's texts (translated): reasons explain a refusal, cautions must be shown with the action.
     */
    QStringList reasons;
    QStringList cautions;
    /** The decision-table row of the verdict (0: none). */
    int rule = 0;
    SkipReason skip = SkipReason::None;
    /** Why it is skipped, one translated sentence (empty when not skipped). */
    QString skipText;
    /** The device as read for the plan (valid unless NotFound/ReadFailed); never persisted. */
    devices::Device device;

    bool eligible() const { return skip == SkipReason::None && action.has_value(); }
};

/** How many devices of a plan get one (action, scope). */
struct PlanActionCount
{
    RemoteAction action = RemoteAction::ResetPasscode;
    eligibility::Scope scope = eligibility::Scope::None;
    int count = 0;
};

/**
 * The outcome of BulkPlanner: one PlanItem per distinct device id asked for, in the order asked, and the
 * summaries a confirmation shows. A value type; nothing is sent by having a plan.
 */
struct BulkPlan
{
    Q_DECLARE_TR_FUNCTIONS(BulkPlan)

public:
    QList<PlanItem> items;
    QDateTime createdAt;
    /** The action the caller fixed (only devices whose platform action it is get it), if any. */
    std::optional<RemoteAction> fixedAction;

    /** Items that get an action. */
    int eligibleCount() const;
    /** Items skipped for @p reason. */
    int skipCount(SkipReason reason) const;
    /** Items skipped for any reason. */
    int skippedCount() const;
    /** Per (action, scope), in the order of kAllRemoteActions then scope; only non-zero counts. */
    QList<PlanActionCount> actionCounts() const;
    /** Indices of the eligible items. */
    QList<int> eligibleIndices() const;
    /** A one-paragraph translated summary ("12 devices get Reset passcode (device); 3 are skipped: ..."). */
    QString summaryText() const;
};

} // namespace passcode::actions
