// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/actions/BulkPlan.h"

#include <algorithm>

namespace passcode::actions {

QString stableName(SkipReason reason)
{
    switch (reason) {
    case SkipReason::None:
        return QStringLiteral("none");
    case SkipReason::NotEligible:
        return QStringLiteral("notEligible");
    case SkipReason::AlreadyPending:
        return QStringLiteral("alreadyPending");
    case SkipReason::RetireWipeIssued:
        return QStringLiteral("retireWipeIssued");
    case SkipReason::NotFound:
        return QStringLiteral("notFound");
    case SkipReason::ReadFailed:
        return QStringLiteral("readFailed");
    }
    return QStringLiteral("none");
}

SkipReason skipReasonFromStableName(const QString &text, bool *ok)
{
    for (SkipReason r : {SkipReason::None, SkipReason::NotEligible, SkipReason::AlreadyPending,
                         SkipReason::RetireWipeIssued, SkipReason::NotFound, SkipReason::ReadFailed}) {
        if (stableName(r) == text) {
            if (ok)
                *ok = true;
            return r;
        }
    }
    if (ok)
        *ok = false;
    return SkipReason::None;
}

QString displayName(SkipReason reason)
{
    switch (reason) {
    case SkipReason::None:
        return BulkPlan::tr("Not skipped");
    case SkipReason::NotEligible:
        return BulkPlan::tr("Not eligible");
    case SkipReason::AlreadyPending:
        return BulkPlan::tr("Already pending");
    case SkipReason::RetireWipeIssued:
        return BulkPlan::tr("Retire or wipe issued");
    case SkipReason::NotFound:
        return BulkPlan::tr("Not found");
    case SkipReason::ReadFailed:
        return BulkPlan::tr("Could not be read");
    }
    return {};
}

int BulkPlan::eligibleCount() const
{
    return int(std::count_if(items.cbegin(), items.cend(), [](const PlanItem &i) { return i.eligible(); }));
}

int BulkPlan::skipCount(SkipReason reason) const
{
    return int(std::count_if(items.cbegin(), items.cend(),
                             [reason](const PlanItem &i) { return !i.eligible() && i.skip == reason; }));
}

int BulkPlan::skippedCount() const
{
    return int(items.size()) - eligibleCount();
}

QList<PlanActionCount> BulkPlan::actionCounts() const
{
    QList<PlanActionCount> out;
    for (RemoteAction action : kAllRemoteActions) {
        for (eligibility::Scope scope :
             {eligibility::Scope::Device, eligibility::Scope::WorkProfile, eligibility::Scope::None}) {
            PlanActionCount c{action, scope, 0};
            for (const PlanItem &i : items) {
                if (i.eligible() && *i.action == action && i.scope == scope)
                    ++c.count;
            }
            if (c.count > 0)
                out.append(c);
        }
    }
    return out;
}

QList<int> BulkPlan::eligibleIndices() const
{
    QList<int> out;
    for (int i = 0; i < items.size(); ++i) {
        if (items.at(i).eligible())
            out.append(i);
    }
    return out;
}

QString BulkPlan::summaryText() const
{
    QStringList parts;
    for (const PlanActionCount &c : actionCounts()) {
        parts.append(tr("%n device(s) get %1 (%2)", nullptr, c.count)
                         .arg(displayName(c.action), eligibility::displayName(c.scope)));
    }
    if (parts.isEmpty())
        parts.append(tr("No device gets an action"));
    QStringList skipped;
    for (SkipReason r : {SkipReason::NotEligible, SkipReason::AlreadyPending, SkipReason::RetireWipeIssued,
                         SkipReason::NotFound, SkipReason::ReadFailed}) {
        if (const int n = skipCount(r))
            skipped.append(tr("%1: %2").arg(displayName(r)).arg(n));
    }
    QString text = parts.join(QStringLiteral("; "));
    if (!skipped.isEmpty())
        text += tr("; %n skipped (%1)", nullptr, skippedCount()).arg(skipped.join(QStringLiteral(", ")));
    return text + u'.';
}

} // namespace passcode::actions
