// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/actions/BulkRun.h"

#include "core/actions/ActionService.h"
#include "core/actions/ActionTracker.h"
#include "core/actions/BulkPlanner.h"
#include "core/actions/LikelyCause.h"
#include "core/actions/RunStore.h"
#include "core/common/Logging.h"
#include "core/graph/GraphBatch.h"
#include "core/graph/GraphClient.h"
#include "core/graph/WriteBudget.h"

#include <QHash>
#include <QUuid>

#include <algorithm>

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
    BulkRun *q;
    Context c;
    QString id;
    QDateTime createdAt;
    QString ticket;
    QString initiator;
    RunState state = RunState::Ready;
    QString pauseReason;
    QList<BulkRunItem> items;
    QHash<ActionKey, int> indexByKey;
    /** Indices of planned items not handed over yet, in plan order. */
    QList<int> queue;
    /** Indices of never-sent items of a restored run: read again before they are sent. */
    QList<int> toRead;
    QPointer<BulkPlanner> planner;
    QTimer pace;
    QTimer saveSoon;
    bool sending = false;
    bool allSentEmitted = false;
    bool finishedEmitted = false;

    explicit Private(BulkRun *owner)
        : q(owner)
    {
        pace.setSingleShot(true);
        pace.setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5% late: 5% of the run's time
        saveSoon.setSingleShot(true);
        // Item states reach the run file at most once a second: the journal is their authority; the sent
        // flags are saved at once after each batch (sendBatch()).
        saveSoon.setInterval(1000);
    }

    void connectSignals();
    void setState(RunState to, const QString &reason = {});
    void pump();
    void sendBatch(int count);
    void startFreshRead();
    void onFreshPlan(const BulkPlan &plan);
    void onTracker(const ActionKey &key);
    void onDevice(const devices::Device &device);
    void refreshItem(int index);
    void checkEnd();
    void save();
    RunRecord record() const;
};

void BulkRun::Private::connectSignals()
{
    QObject::connect(&pace, &QTimer::timeout, q, [this] { pump(); });
    QObject::connect(&saveSoon, &QTimer::timeout, q, [this] { save(); });
    QObject::connect(c.tracker, &ActionTracker::stateChanged, q,
                     [this](const ActionKey &key, ActionState, ActionState) { onTracker(key); });
    QObject::connect(c.tracker, &ActionTracker::passcodeAvailable, q,
                     [this](const ActionKey &key) { onTracker(key); });
    if (c.service) // a run only shown (its results read back) needs no service
        QObject::connect(c.service, &ActionService::deviceFetched, q,
                         [this](const devices::Device &device) { onDevice(device); });
}

BulkRun::BulkRun(Context context, const BulkPlan &plan, const QString &ticket, const QString &initiator,
                 QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this))
{
    Q_ASSERT(context.service && context.tracker && context.budget && context.clock);
    d->c = std::move(context);
    d->id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    d->createdAt = d->c.clock->now();
    d->ticket = ticket;
    d->initiator = initiator;
    for (const PlanItem &p : plan.items) {
        BulkRunItem item;
        item.plan = p;
        item.status = p.eligible() ? RunItemStatus::NotSent : RunItemStatus::Skipped;
        const int index = int(d->items.size());
        d->items.append(item);
        if (p.eligible()) {
            d->indexByKey.insert(item.key(), index);
            d->queue.append(index);
        }
    }
    d->connectSignals();
}

std::unique_ptr<BulkRun> BulkRun::fromRecord(Context context, const RunRecord &record, QObject *parent)
{
    auto run = std::make_unique<BulkRun>(context, BulkPlan{}, record.ticket, record.initiatedBy, parent);
    Private &p = *run->d;
    p.id = record.id;
    p.createdAt = record.createdAt;
    for (const RunRecordItem &r : record.items) {
        BulkRunItem item;
        item.plan.deviceId = r.deviceId;
        item.plan.deviceName = r.deviceName;
        item.plan.action = r.action;
        item.plan.scope = r.scope;
        item.plan.skip = r.skip;
        item.plan.skipText = r.skipText;
        item.sent = r.sent;
        item.status = r.status;
        item.errorCode = r.errorCode;
        const int index = int(p.items.size());
        p.items.append(item);
        if (!item.plan.eligible())
            continue;
        p.indexByKey.insert(item.key(), index);
        if (!item.sent && record.state != RunState::Cancelled && record.state != RunState::Finished)
            p.toRead.append(index);
        else
            p.refreshItem(index); // the tracker (restored from the journal) knows more
    }
    if (record.state == RunState::Cancelled || record.state == RunState::Finished) {
        p.state = record.state;
    } else {
        p.state = RunState::Paused;
        p.pauseReason = record.pauseReason.isEmpty()
                            ? tr("The run was interrupted. Resume it to send the devices not sent yet.")
                            : record.pauseReason;
    }
    return run;
}

BulkRun::~BulkRun()
{
    d->pace.stop();
    if (d->saveSoon.isActive())
        d->save();
}

QString BulkRun::id() const
{
    return d->id;
}

QString BulkRun::ticket() const
{
    return d->ticket;
}

QString BulkRun::initiator() const
{
    return d->initiator;
}

QDateTime BulkRun::createdAt() const
{
    return d->createdAt;
}

RunState BulkRun::state() const
{
    return d->state;
}

bool BulkRun::isAllSent() const
{
    return d->allSentEmitted;
}

QString BulkRun::pauseReason() const
{
    return d->state == RunState::Paused ? d->pauseReason : QString();
}

void BulkRun::start()
{
    if (d->state != RunState::Ready && d->state != RunState::Paused)
        return;
    d->setState(RunState::Running);
    if (!d->toRead.isEmpty())
        d->startFreshRead();
    d->pump();
    d->checkEnd();
}

void BulkRun::pause()
{
    if (d->state == RunState::Running)
        d->setState(RunState::Paused);
}

void BulkRun::resume()
{
    start();
}

void BulkRun::cancel()
{
    if (d->state == RunState::Cancelled || d->state == RunState::Finished)
        return;
    if (d->planner) {
        d->planner->disconnect(this);
        d->planner->cancel();
        d->planner->deleteLater();
        d->planner = nullptr;
    }
    d->queue.clear(); // what has not left never will; what left is followed
    d->toRead.clear();
    d->setState(RunState::Cancelled);
    Q_EMIT progressChanged();
    d->checkEnd();
}

void BulkRun::Private::setState(RunState to, const QString &reason)
{
    if (to != RunState::Running)
        pace.stop();
    const bool changed = state != to || pauseReason != reason;
    state = to;
    pauseReason = reason;
    save();
    if (changed) {
        qCInfo(lcActions) << "bulk run" << id << stableName(to) << reason;
        Q_EMIT q->stateChanged(to);
    }
}

void BulkRun::Private::pump()
{
    while (state == RunState::Running && !queue.isEmpty() && !sending) {
        const int count = int(std::min<qsizetype>(
            {qsizetype(graph::GraphBatch::MaxRequestsPerBatch), queue.size(), qsizetype(c.budget->limit())}));
        // Only what the budget admits now leaves now, and single actions already waiting go first: a batch
        // handed over is journaled Sent, so it must not linger in the client's queue (cancel could not stop
        // it).
        const bool othersWaiting =
            c.client && c.client->writeBudget() == c.budget && c.client->waitingForBudget() > 0;
        const qint64 wait = c.budget->msUntilAvailable(count);
        if (wait > 0 || othersWaiting) {
            pace.start(int(std::clamp<qint64>(wait, 10, 60'000)));
            break;
        }
        // Everything the budget admits now goes in one hand-over: one journal write, then a $batch per 20.
        sendBatch(int(std::min<qsizetype>(queue.size(), std::max(count, c.budget->available()))));
    }
    Q_EMIT q->progressChanged();
}

void BulkRun::Private::sendBatch(int count)
{
    const QList<int> chosen = queue.mid(0, count);
    QList<BulkSendItem> send;
    for (int index : chosen) {
        const BulkRunItem &item = items.at(index);
        send.append(BulkSendItem{item.plan.device, *item.plan.action, ticket, id});
    }
    sending = true; // tracker signals of these items arrive inside sendMany(): refreshed after it
    const BulkSendResult result = c.service->sendMany(send);
    sending = false;
    queue.remove(0, chosen.size());
    QList<int> putBack;
    for (qsizetype k = 0; k < chosen.size(); ++k) {
        const int index = chosen.at(k);
        BulkRunItem &item = items[index];
        if (result.journalError) {
            putBack.append(index); // nothing left: sent on resume
        } else if (const std::optional<Error> &refused = result.refused.at(k)) {
            // The rules refuse it now (something changed since the plan): skipped, with the reason.
            const std::optional<TrackedAction> now = c.tracker->find(item.key());
            item.plan.skip =
                now && isInFlight(now->state) ? SkipReason::AlreadyPending : SkipReason::NotEligible;
            item.plan.skipText = refused->message;
            item.errorText = refused->message;
            item.status = RunItemStatus::Skipped;
        } else {
            item.sent = true;
            refreshItem(index);
        }
        Q_EMIT q->itemChanged(index);
    }
    if (result.journalError) {
        queue = putBack + queue;
        setState(RunState::Paused, tr("The action journal cannot be written, so nothing more is sent: %1")
                                       .arg(result.journalError->message));
        return;
    }
    save(); // the sent flags, right after the journal
}

void BulkRun::Private::startFreshRead()
{
    if (planner || toRead.isEmpty() || !c.client)
        return;
    QStringList ids;
    for (int index : std::as_const(toRead))
        ids.append(items.at(index).plan.deviceId);
    planner = new BulkPlanner(*c.client, *c.tracker, *c.clock, q);
    QObject::connect(planner, &BulkPlanner::finished, q, [this](const BulkPlan &plan) { onFreshPlan(plan); });
    planner->plan(ids);
}

void BulkRun::Private::onFreshPlan(const BulkPlan &plan)
{
    QHash<QString, PlanItem> byId;
    for (const PlanItem &p : plan.items)
        byId.insert(p.deviceId, p);
    const QList<int> reading = std::exchange(toRead, {});
    for (int index : reading) {
        BulkRunItem &item = items[index];
        const PlanItem fresh = byId.value(
            item.plan.deviceId,
            BulkPlanner::unreadable(item.plan.deviceId, Error::make(Error::Kind::Internal, tr("Not read."))));
        const RemoteAction planned = *item.plan.action;
        if (fresh.eligible() && *fresh.action == planned) {
            item.plan = fresh;
            queue.append(index);
        } else {
            item.plan.skip = fresh.skip == SkipReason::None ? SkipReason::NotEligible : fresh.skip;
            item.plan.skipText = fresh.skip == SkipReason::None
                                     ? tr("The device now calls for %1, not %2.")
                                           .arg(displayName(*fresh.action), displayName(planned))
                                     : fresh.skipText;
            item.status = RunItemStatus::Skipped;
            indexByKey.remove(item.key());
        }
        Q_EMIT q->itemChanged(index);
    }
    planner->deleteLater();
    planner = nullptr;
    save();
    pump();
    checkEnd();
}

void BulkRun::Private::onTracker(const ActionKey &key)
{
    const auto it = indexByKey.constFind(key);
    if (it == indexByKey.constEnd() || sending)
        return;
    const BulkRunItem &item = items.at(*it);
    if (!item.sent || isSettled(item.status))
        return;
    refreshItem(*it);
    Q_EMIT q->itemChanged(*it);
    Q_EMIT q->progressChanged();
    if (!saveSoon.isActive())
        saveSoon.start();
    checkEnd();
}

void BulkRun::Private::onDevice(const devices::Device &device)
{
    for (RemoteAction action : kAllRemoteActions) {
        const auto it = indexByKey.constFind(ActionKey{device.id, action});
        if (it != indexByKey.constEnd()) {
            items[*it].plan.device = device;
            refreshItem(*it);
        }
    }
}

void BulkRun::Private::refreshItem(int index)
{
    BulkRunItem &item = items[index];
    const std::optional<TrackedAction> entry = c.tracker->find(item.key());
    if (!entry || entry->runId != id)
        return; // another cycle (or nothing known): the item keeps what it had
    item.status = runItemStatusOf(entry->state, item.sent);
    item.errorCode = entry->errorCode;
    item.passcodeAvailable = entry->passcode.has_value();
    if (item.status == RunItemStatus::Failed || item.status == RunItemStatus::NotSupported) {
        if (const std::optional<QString> cause =
                LikelyCause::of(item.plan.device, item.key().action, entry->state))
            item.likelyCause = *cause;
    }
}

void BulkRun::Private::checkEnd()
{
    if (!queue.isEmpty() || !toRead.isEmpty() || planner)
        return;
    if (state != RunState::Running && state != RunState::Cancelled)
        return;
    bool onTheWire = false;
    bool unsettled = false;
    for (const BulkRunItem &item : std::as_const(items)) {
        if (!item.sent)
            continue;
        onTheWire = onTheWire || item.status == RunItemStatus::Sent;
        unsettled = unsettled || !isSettled(item.status);
    }
    if (!onTheWire && !allSentEmitted && state == RunState::Running) {
        allSentEmitted = true;
        Q_EMIT q->allSent();
    }
    if (unsettled || finishedEmitted)
        return;
    finishedEmitted = true;
    if (state == RunState::Running)
        setState(RunState::Finished);
    else
        save();
    Q_EMIT q->finished();
}

RunRecord BulkRun::Private::record() const
{
    RunRecord r;
    r.id = id;
    r.createdAt = createdAt;
    r.updatedAt = c.clock->now();
    r.ticket = ticket;
    r.initiatedBy = initiator;
    r.tenantLabel = c.tenantLabel;
    r.state = state == RunState::Ready ? RunState::Running : state;
    r.pauseReason = state == RunState::Paused ? pauseReason : QString();
    for (const BulkRunItem &item : items) {
        RunRecordItem i;
        i.deviceId = item.plan.deviceId;
        i.deviceName = item.plan.deviceName;
        i.action = item.plan.action;
        i.scope = item.plan.scope;
        i.skip = item.plan.skip;
        i.skipText = item.plan.skipText;
        i.sent = item.sent;
        i.status = item.status;
        i.errorCode = item.errorCode;
        r.items.append(i);
    }
    return r;
}

void BulkRun::Private::save()
{
    saveSoon.stop();
    if (!c.store || state == RunState::Ready)
        return;
    if (std::optional<Error> e = c.store->save(record())) {
        qCWarning(lcActions) << "bulk run not saved:" << e->message;
        Q_EMIT q->storeError(*e);
    }
}

BulkRunProgress BulkRun::progress() const
{
    BulkRunProgress p;
    p.total = int(d->items.size());
    for (const BulkRunItem &item : d->items) {
        switch (item.status) {
        case RunItemStatus::Skipped:
            ++p.skipped;
            break;
        case RunItemStatus::NotSent:
            ++p.notSent;
            if (d->state == RunState::Cancelled)
                ++p.cancelled;
            break;
        case RunItemStatus::Sent:
            ++p.sent;
            break;
        case RunItemStatus::Accepted:
            ++p.accepted;
            break;
        case RunItemStatus::Pending:
            ++p.pending;
            break;
        case RunItemStatus::Done:
            ++p.done;
            break;
        case RunItemStatus::Failed:
            ++p.failed;
            break;
        case RunItemStatus::NotSupported:
            ++p.notSupported;
            break;
        case RunItemStatus::Unknown:
            ++p.unknown;
            break;
        case RunItemStatus::NotProcessed:
            ++p.notProcessed;
            break;
        }
    }
    const int remaining = int(d->queue.size() + d->toRead.size());
    if (d->state == RunState::Paused || d->state == RunState::Cancelled)
        p.etaMs = remaining > 0 ? -1 : 0;
    else
        p.etaMs = d->c.budget ? d->c.budget->estimateMs(remaining) : 0;
    return p;
}

const QList<BulkRunItem> &BulkRun::items() const
{
    return d->items;
}

RunRecord BulkRun::record() const
{
    return d->record();
}

QStringList BulkRun::retryCandidates() const
{
    QStringList ids;
    for (const BulkRunItem &item : d->items) {
        if (item.status == RunItemStatus::Failed || item.status == RunItemStatus::NotProcessed ||
            item.status == RunItemStatus::NotSent)
            ids.append(item.plan.deviceId);
    }
    return ids;
}

} // namespace passcode::actions
