// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/actions/BulkRun.h"

namespace passcode::actions {

int BulkRunProgress::finishedCount() const
{
    return skipped + done + failed + notSupported + notProcessed + cancelled;
}

ActionKey BulkRunItem::key() const
{
    return ActionKey{plan.deviceId, plan.action.value_or(RemoteAction::ResetPasscode)};
}

struct BulkRun::Private
{
    Context context;
    RunRecord record;
    QList<BulkRunItem> items;
};

BulkRun::BulkRun(Context context, const BulkPlan &plan, const QString &ticket, const QString &initiator,
                 QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->context = std::move(context);
    d->record.ticket = ticket;
    d->record.initiatedBy = initiator;
    for (const PlanItem &p : plan.items) {
        BulkRunItem item;
        item.plan = p;
        d->items.append(item);
    }
}

std::unique_ptr<BulkRun> BulkRun::fromRecord(Context context, const RunRecord &record, QObject *parent)
{
    auto run =
        std::make_unique<BulkRun>(std::move(context), BulkPlan{}, record.ticket, record.initiatedBy, parent);
    run->d->record = record;
    return run;
}

BulkRun::~BulkRun() = default;

QString BulkRun::id() const
{
    return d->record.id;
}
QString BulkRun::ticket() const
{
    return d->record.ticket;
}
QString BulkRun::initiator() const
{
    return d->record.initiatedBy;
}
QDateTime BulkRun::createdAt() const
{
    return d->record.createdAt;
}
RunState BulkRun::state() const
{
    return RunState::Ready;
}
QString BulkRun::pauseReason() const
{
    return d->record.pauseReason;
}
void BulkRun::start()
{}
void BulkRun::pause()
{}
void BulkRun::resume()
{}
void BulkRun::cancel()
{}
BulkRunProgress BulkRun::progress() const
{
    return {};
}
const QList<BulkRunItem> &BulkRun::items() const
{
    return d->items;
}
RunRecord BulkRun::record() const
{
    return d->record;
}
QStringList BulkRun::retryCandidates() const
{
    return {};
}

} // namespace passcode::actions
