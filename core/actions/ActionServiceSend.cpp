// SPDX-License-Identifier: GPL-3.0-or-later
// ActionService: sending (send(), sendMany()), the journal claim before anything leaves, and the POST's
// answer.
#include "core/actions/ActionService.h"
#include "core/actions/ActionServicePrivate.h"
#include "core/actions/EligibilityContext.h"
#include "core/common/Logging.h"
#include "core/eligibility/PasscodeRules.h"

#include <QLocale>

#include <algorithm>

namespace passcode::actions {

bool ActionService::Private::follows(const TrackedAction &onDisk) const
{
    const std::optional<TrackedAction> mine = tracker.find(onDisk.key);
    return mine && mine->requestedAt == onDisk.requestedAt;
}

void ActionService::Private::adopt(const InFlightEntry &entry)
{
    if (!entry.action || shuttingDown)
        return;
    TrackedAction action = *entry.action;
    const std::optional<TrackedAction> current = tracker.find(action.key);
    if (current && isInFlight(current->state))
        return;
    // Its POST's answer goes to the process that sent it; here, polling says what became of it (as after a
    // restart).
    if (action.state == ActionState::Requested || action.state == ActionState::Sent)
        action.state = ActionState::Unknown;
    tracker.restore(action);
    journaled.insert(action.key);
    grouped.remove(action.key);
    schedule.add(action.key, 0);
    arm();
}

TrackedAction ActionService::Private::sentEntry(const ActionKey &key, const QString &deviceName,
                                                const QString &ticket, const QString &runId,
                                                const QDateTime &now) const
{
    TrackedAction entry;
    entry.key = key;
    entry.state = ActionState::Sent;
    entry.deviceName = deviceName;
    entry.initiatedBy = initiator;
    entry.ticket = ticket;
    entry.runId = runId;
    entry.requestedAt = now;
    entry.stateSince = now;
    return entry;
}

void ActionService::Private::markSent(const TrackedAction &claimed)
{
    // Already on disk as sent: the tracker's Requested and Sent are not written again.
    journaled.remove(claimed.key);
    grouped.remove(claimed.key);
    unflushed.remove(claimed.key);
    tracker.request(claimed.key, claimed.deviceName, claimed.initiatedBy, claimed.ticket, claimed.runId,
                    claimed.requestedAt);
    tracker.transition(claimed.key, ActionState::Sent);
    journaled.insert(claimed.key);
}

QString ActionService::inFlightElsewhereCode()
{
    return QStringLiteral("inFlightElsewhere");
}

Error ActionService::inFlightElsewhere(const InFlightEntry &entry, const QString &deviceName,
                                       const QDateTime &now)
{
    QString message;
    if (entry.action) {
        const TrackedAction &a = *entry.action;
        QString at = tr("an unknown time");
        if (a.requestedAt.isValid()) {
            const QDateTime local = a.requestedAt.toLocalTime();
            at = local.date() == now.toLocalTime().date()
                     ? QLocale().toString(local.time(), QLocale::ShortFormat)
                     : QLocale().toString(local, QLocale::ShortFormat);
        }
        message =
            tr("Another Passcode Console or passcodectl on this computer sent %1 to %2 at %3 (state: %4); "
               "no second passcode action is sent to the device while it is under way.")
                .arg(displayName(a.key.action), deviceName, at, displayName(a.state).toLower());
    } else {
        message =
            tr("Another Passcode Console or passcodectl on this computer, of a newer version, has an "
               "action on %1 that this version does not know (%2, state: %3); no passcode action is sent "
               "to the device while it may be under way.")
                .arg(deviceName, entry.object.value(u"action").toString(),
                     entry.object.value(u"state").toString());
    }
    Error e = Error::make(
        Error::Kind::Usage, message,
        QStringLiteral("journal entry requested at %1").arg(entry.object.value(u"requestedAt").toString()));
    e.code = inFlightElsewhereCode();
    return e;
}

std::optional<Error> ActionService::send(const devices::Device &device, RemoteAction action,
                                         const QString &ticket)
{
    const ActionKey key{device.id, action};
    const QDateTime now = d->clock.now();
    const eligibility::Verdict verdict =
        eligibility::PasscodeRules::evaluate(device, action, eligibilityContext(d->tracker, device.id, now));
    if (!verdict.allowed) {
        const QString reasons = verdict.reasons.isEmpty() ? tr("the rules do not allow it")
                                                          : verdict.reasons.join(QStringLiteral(" "));
        return Error::make(
            Error::Kind::Usage,
            tr("%1 cannot be sent to %2: %3").arg(displayName(action), device.deviceName, reasons),
            QStringLiteral("rule %1").arg(verdict.rule));
    }
    if (const std::optional<TrackedAction> current = d->tracker.find(key);
        current && isInFlight(current->state))
        return Error::make(Error::Kind::Usage,
                           tr("%1 is already under way for %2.").arg(displayName(action), device.deviceName));

    // The journal is the truth shared with the other processes on this computer: in one locked section it is
    // re-read, an action another process has in flight on the device refuses this one, and this one is
    // written as sent, BEFORE the POST can leave. A restart treats it as unknown: followed, never sent again.
    d->flushGrouped(); // this process's own later states first, so that the journal is up to date
    const TrackedAction entry = d->sentEntry(key, device.deviceName, ticket, {}, now);
    const Result<QList<std::optional<InFlightEntry>>> claimed =
        d->journal.claim({entry}, [this](const TrackedAction &onDisk) { return d->follows(onDisk); });
    if (!claimed) {
        qCWarning(lcActions) << "journal write failed; not sent:" << claimed.error().message;
        Error e = claimed.error();
        e.message = tr("%1 was not sent to %2: %3 No action leaves without its entry in the journal.")
                        .arg(displayName(action), device.deviceName, e.message);
        return e;
    }
    if (const std::optional<InFlightEntry> &blocker = claimed.value().first()) {
        qCInfo(lcActions) << "not sending" << graphActionName(action) << "to" << device.id
                          << ": in flight in another process";
        d->adopt(*blocker);
        return inFlightElsewhere(*blocker, device.deviceName, now);
    }
    d->markSent(entry);

    const auto request = graph::GraphRequest::action(
        managedDevicePath(device.id) + u'/' + graphActionName(action), graph::ApiVersion::Beta);
    qCInfo(lcActions) << "sending" << graphActionName(action) << "to" << device.id;
    d->client.call(request, this,
                   [this, key](const graph::GraphResult &result) { d->onSendFinished(key, result); });
    return std::nullopt;
}

void ActionService::Private::onSendFinished(const ActionKey &key, const graph::GraphResult &result,
                                            bool batchItem)
{
    if (shuttingDown)
        return;
    // A 2xx status proves the action was taken, even when its body could not be read. Not for a $batch item
    // whose batch answer was lost: the status there is the batch POST's, not the item's.
    const bool unknownItem = batchItem && result.error && result.error->kind == Error::Kind::OutcomeUnknown;
    if (result.ok() || (!unknownItem && result.status >= 200 && result.status < 300)) {
        tracker.transition(key, ActionState::Accepted);
        q->watch(key);
        return;
    }
    const Error &error = *result.error;
    if (error.kind == Error::Kind::OutcomeUnknown || error.kind == Error::Kind::Cancelled) {
        // Cancelling a POST on the wire cannot unsend it: its outcome is unknown too. Polling settles it.
        tracker.transition(key, ActionState::Unknown);
        Q_EMIT q->sendFailed(key, error);
        q->watch(key);
        return;
    }
    tracker.transition(key, ActionState::Failed);
    Q_EMIT q->sendFailed(key, error);
}

int BulkSendResult::sentCount() const
{
    return int(std::count_if(refused.cbegin(), refused.cend(), [](const auto &e) { return !e.has_value(); }));
}

BulkSendResult ActionService::sendMany(const QList<BulkSendItem> &items)
{
    BulkSendResult out;
    out.refused.resize(items.size());
    QList<int> candidates;
    QList<TrackedAction> claims;
    QSet<QString> devicesHere;
    const QDateTime now = d->clock.now();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const BulkSendItem &item = items.at(i);
        const ActionKey key{item.device.id, item.action};
        const eligibility::Verdict verdict = eligibility::PasscodeRules::evaluate(
            item.device, item.action, eligibilityContext(d->tracker, item.device.id, now));
        if (!verdict.allowed) {
            const QString reasons = verdict.reasons.isEmpty() ? tr("the rules do not allow it")
                                                              : verdict.reasons.join(QStringLiteral(" "));
            out.refused[i] = Error::make(Error::Kind::Usage,
                                         tr("%1 cannot be sent to %2: %3")
                                             .arg(displayName(item.action), item.device.deviceName, reasons),
                                         QStringLiteral("rule %1").arg(verdict.rule));
            continue;
        }
        const std::optional<TrackedAction> current = d->tracker.find(key);
        if ((current && isInFlight(current->state)) || devicesHere.contains(item.device.id)) {
            out.refused[i] = Error::make(
                Error::Kind::Usage,
                tr("%1 is already under way for %2.").arg(displayName(item.action), item.device.deviceName));
            continue;
        }
        devicesHere.insert(item.device.id);
        claims.append(d->sentEntry(key, item.device.deviceName, item.ticket, item.runId, now));
        candidates.append(int(i));
    }
    if (candidates.isEmpty())
        return out;

    // ONE locked section for the whole group, before anything leaves: re-read, refuse the items another
    // process has in flight, write the others as sent. If the write fails, nothing leaves.
    d->flushGrouped();
    const Result<QList<std::optional<InFlightEntry>>> claimed =
        d->journal.claim(claims, [this](const TrackedAction &onDisk) { return d->follows(onDisk); });
    if (!claimed) {
        const Error &e = claimed.error();
        qCWarning(lcActions) << "journal write failed: none of" << candidates.size()
                             << "actions sent:" << e.message;
        for (int i : std::as_const(candidates))
            out.refused[i] = e; // the tracker never saw them: not processed
        out.journalError = e;
        Q_EMIT journalError(e);
        return out;
    }
    QList<int> going;
    for (qsizetype k = 0; k < candidates.size(); ++k) {
        const int i = candidates.at(k);
        if (const std::optional<InFlightEntry> &blocker = claimed.value().at(k)) {
            d->adopt(*blocker);
            out.refused[i] = inFlightElsewhere(*blocker, items.at(i).device.deviceName, now);
            continue;
        }
        d->markSent(claims.at(k));
        going.append(i);
    }
    if (going.isEmpty())
        return out;

    QList<graph::GraphRequest> requests;
    QList<ActionKey> keys;
    for (int i : std::as_const(going)) {
        const ActionKey key{items.at(i).device.id, items.at(i).action};
        d->grouped.insert(key);
        keys.append(key);
        requests.append(graph::GraphRequest::action(
            managedDevicePath(key.deviceId) + u'/' + graphActionName(key.action), graph::ApiVersion::Beta));
    }
    qCInfo(lcActions) << "sending" << requests.size() << "actions in $batch";
    // One GraphBatch per $batch POST: each starts at once (a GraphBatch keeps a few POSTs in flight and
    // queues the others), so every POST draws from the write budget now, and none lingers journaled as sent.
    for (qsizetype from = 0; from < requests.size(); from += graph::GraphBatch::MaxRequestsPerBatch) {
        const QList<ActionKey> chunkKeys = keys.mid(from, graph::GraphBatch::MaxRequestsPerBatch);
        auto *batch = new graph::GraphBatch(&d->client,
                                            requests.mid(from, graph::GraphBatch::MaxRequestsPerBatch), this);
        d->batches.append(batch);
        connect(batch, &graph::GraphBatch::itemFinished, this,
                [this, chunkKeys](int index, const graph::GraphResult &result) {
                    d->onSendFinished(chunkKeys.at(index), result, true);
                });
        connect(batch, &graph::GraphBatch::finished, this, [this, batch] {
            d->sendBatches += batch->batchRequestsSent();
            d->batches.removeAll(batch);
            batch->deleteLater();
        });
        batch->start();
    }
    return out;
}

int ActionService::sendBatchCount() const
{
    int running = 0;
    for (const QPointer<graph::GraphBatch> &b : std::as_const(d->batches)) {
        if (b)
            running += b->batchRequestsSent();
    }
    return d->sendBatches + running;
}

} // namespace passcode::actions
