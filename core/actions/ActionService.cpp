// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/actions/ActionService.h"

#include "core/actions/EligibilityContext.h"
#include "core/common/Logging.h"
#include "core/devices/DeviceDirectoryLoader.h"
#include "core/devices/DeviceJson.h"
#include "core/eligibility/PasscodeRules.h"
#include "core/graph/GraphBatch.h"
#include "core/graph/GraphClient.h"

#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <cmath>

namespace passcode::actions {
namespace {

/** The later states of bulk items reach the journal in groups, at most this often (a journal write of a large
 *  run takes tens of milliseconds; Sent is always on disk before the POST, so a crash loses nothing that
 *  matters: a restart treats Sent as unknown and polls it). */
constexpr int kGroupedFlushMs = 500;

QString devicePath(const QString &deviceId)
{
    return QStringLiteral("/deviceManagement/managedDevices/") +
           QString::fromLatin1(QUrl::toPercentEncoding(deviceId));
}

QStringList deviceProperties()
{
    QStringList props = devices::DeviceDirectoryLoader::listProperties();
    props.append(QStringLiteral("deviceActionResults"));
    return props;
}

graph::GraphRequest deviceRequest(const QString &deviceId, int timeoutMs)
{
    return graph::GraphRequest::get(devicePath(deviceId), graph::ApiVersion::Beta)
        .setSelect(deviceProperties())
        .setHeader(QByteArrayLiteral("Prefer"), QByteArrayLiteral("include-unknown-enum-members"))
        .setRequiredFields({QStringLiteral("id")})
        .setTimeoutMs(timeoutMs);
}

std::optional<qint64> retryAfterMs(const graph::GraphResult &result)
{
    double secs = result.retryAfterSeconds;
    if (result.error && result.error->retryAfterSeconds > secs)
        secs = result.error->retryAfterSeconds;
    if (secs <= 0)
        return std::nullopt;
    return static_cast<qint64>(std::ceil(secs * 1000.0));
}

} // namespace

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
    void onSendFinished(const ActionKey &key, const graph::GraphResult &result, bool batchItem = false);
    void arm();
    void pollDue();
    void onDeviceAnswer(const QString &deviceId, const QList<ActionKey> &keys,
                        const graph::GraphResult &result);
    void settleWatch(const ActionKey &key, std::optional<qint64> serverDelayMs, bool graphAnswered);
    void applyFetched(const devices::Device &device);
};

ActionService::ActionService(graph::GraphClient &client, ActionTracker &tracker, ActionJournal &journal,
                             const Clock &clock, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, client, tracker, journal, clock))
{
    connect(&d->timer, &QTimer::timeout, this, [this] { d->pollDue(); });
    connect(&tracker, &ActionTracker::stateChanged, this,
            [this](const ActionKey &key, ActionState, ActionState) { d->record(key); });
}

ActionService::~ActionService()
{
    d->shuttingDown = true;
    d->flushGrouped();
    d->timer.stop();
    for (const QPointer<graph::GraphBatch> &b : std::as_const(d->batches)) {
        if (b) {
            b->disconnect(this);
            delete b.data();
        }
    }
}

void ActionService::setInitiator(const QString &upn)
{
    d->initiator = upn;
}

QString ActionService::initiator() const
{
    return d->initiator;
}

void ActionService::setPollPolicy(const PollPolicy &policy)
{
    d->schedule.setPolicy(policy);
    d->arm();
}

int ActionService::watchedCount() const
{
    return d->schedule.size();
}

int ActionService::pollRequestCount() const
{
    return d->pollRequests;
}

void ActionService::Private::record(const ActionKey &key)
{
    if (!journaled.contains(key))
        return;
    if (grouped.contains(key)) {
        // Its Sent state is on disk already: what follows may wait for the end of this event-loop turn (a
        // crash before then leaves Sent, which a restart treats as unknown: followed, never sent again).
        unflushed.insert(key);
        if (!flushQueued && !shuttingDown) {
            flushQueued = true;
            QTimer::singleShot(kGroupedFlushMs, q, [this] { flushGrouped(); });
        }
        return;
    }
    const std::optional<TrackedAction> entry = tracker.find(key);
    if (!entry)
        return;
    if (std::optional<Error> e = journal.record(*entry)) {
        qCWarning(lcActions) << "journal write failed:" << e->message;
        Q_EMIT q->journalError(*e);
    }
}

void ActionService::Private::flushGrouped()
{
    flushQueued = false;
    if (unflushed.isEmpty())
        return;
    QList<TrackedAction> entries;
    entries.reserve(unflushed.size());
    for (const ActionKey &key : std::as_const(unflushed)) {
        if (const std::optional<TrackedAction> entry = tracker.find(key))
            entries.append(*entry);
        if (const std::optional<TrackedAction> entry = tracker.find(key); entry && isTerminal(entry->state))
            grouped.remove(key);
    }
    unflushed.clear();
    if (std::optional<Error> e = journal.recordMany(entries)) {
        qCWarning(lcActions) << "journal write failed:" << e->message;
        Q_EMIT q->journalError(*e);
    }
}

std::optional<Error> ActionService::send(const devices::Device &device, RemoteAction action,
                                         const QString &ticket)
{
    const ActionKey key{device.id, action};
    const eligibility::Verdict verdict = eligibility::PasscodeRules::evaluate(
        device, action, eligibilityContext(d->tracker, device.id, d->clock.now()));
    if (!verdict.allowed) {
        const QString reasons = verdict.reasons.isEmpty() ? tr("the rules do not allow it")
                                                          : verdict.reasons.join(QStringLiteral(" "));
        return Error::make(
            Error::Kind::Usage,
            tr("%1 cannot be sent to %2: %3").arg(displayName(action), device.deviceName, reasons),
            QStringLiteral("rule %1").arg(verdict.rule));
    }
    if (!d->tracker.request(key, device.deviceName, d->initiator, ticket))
        return Error::make(Error::Kind::Usage,
                           tr("%1 is already under way for %2.").arg(displayName(action), device.deviceName));
    // Journaled from here on: Requested is on disk before the POST can leave, so a restart knows it was never
    // sent; Sent is on disk before the POST too, so a restart knows its outcome is unknown.
    d->grouped.remove(key);
    d->journaled.insert(key);
    d->record(key);
    d->tracker.transition(key, ActionState::Sent);

    const auto request = graph::GraphRequest::action(devicePath(device.id) + u'/' + graphActionName(action),
                                                     graph::ApiVersion::Beta);
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
    QList<int> going;
    QList<TrackedAction> onDisk;
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
        if (!d->tracker.request(key, item.device.deviceName, d->initiator, item.ticket, item.runId)) {
            out.refused[i] = Error::make(
                Error::Kind::Usage,
                tr("%1 is already under way for %2.").arg(displayName(item.action), item.device.deviceName));
            continue;
        }
        TrackedAction entry = *d->tracker.find(key);
        entry.state = ActionState::Sent; // what the journal must say before the POST can leave
        entry.stateSince = now;
        onDisk.append(entry);
        going.append(int(i));
    }
    if (going.isEmpty())
        return out;

    // ONE write for the whole group, before anything leaves. If it fails, nothing leaves.
    if (std::optional<Error> e = d->journal.recordMany(onDisk)) {
        qCWarning(lcActions) << "journal write failed: none of" << going.size()
                             << "actions sent:" << e->message;
        for (int i : std::as_const(going)) {
            const ActionKey key{items.at(i).device.id, items.at(i).action};
            d->tracker.transition(key, ActionState::Canceled); // Requested → Canceled: it never left
            out.refused[i] = *e;
        }
        out.journalError = *e;
        Q_EMIT journalError(*e);
        return out;
    }

    QList<graph::GraphRequest> requests;
    QList<ActionKey> keys;
    for (int i : std::as_const(going)) {
        const ActionKey key{items.at(i).device.id, items.at(i).action};
        d->tracker.transition(key, ActionState::Sent);
        d->journaled.insert(key);
        d->grouped.insert(key);
        keys.append(key);
        requests.append(graph::GraphRequest::action(
            devicePath(key.deviceId) + u'/' + graphActionName(key.action), graph::ApiVersion::Beta));
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

void ActionService::watch(const ActionKey &key)
{
    if (d->shuttingDown)
        return;
    d->schedule.add(key);
    d->arm();
}

void ActionService::Private::arm()
{
    if (shuttingDown)
        return;
    const std::optional<qint64> wait = schedule.msUntilNextDue();
    if (!wait) {
        timer.stop();
        return;
    }
    timer.start(static_cast<int>(qMin<qint64>(*wait, 24LL * 3600 * 1000)));
}

void ActionService::Private::pollDue()
{
    const QList<ActionKey> due = schedule.takeDue();
    if (due.isEmpty()) {
        arm();
        return;
    }
    // One request per device, whatever the number of its watched actions.
    QStringList deviceIds;
    QHash<QString, QList<ActionKey>> keysByDevice;
    for (const ActionKey &key : due) {
        if (!keysByDevice.contains(key.deviceId))
            deviceIds.append(key.deviceId);
        keysByDevice[key.deviceId].append(key);
    }
    const int timeoutMs = schedule.policy().requestTimeoutMs;

    if (deviceIds.size() == 1) {
        const QString id = deviceIds.first();
        const QList<ActionKey> keys = keysByDevice.value(id);
        ++pollRequests;
        client.call(deviceRequest(id, timeoutMs), q,
                    [this, id, keys](const graph::GraphResult &result) { onDeviceAnswer(id, keys, result); });
    } else {
        QList<graph::GraphRequest> requests;
        requests.reserve(deviceIds.size());
        for (const QString &id : std::as_const(deviceIds))
            requests.append(deviceRequest(id, timeoutMs));
        auto *batch = new graph::GraphBatch(&client, requests, q);
        // A poll is repeated on the next cycle anyway: do not let one batch linger on long retries.
        graph::RetryPolicy policy = client.options().retry;
        policy.maxAttempts = qMin(policy.maxAttempts, 3);
        batch->setRetryPolicy(policy);
        batches.append(batch);
        QObject::connect(batch, &graph::GraphBatch::itemFinished, q,
                         [this, deviceIds, keysByDevice](int index, const graph::GraphResult &result) {
                             const QString &id = deviceIds.at(index);
                             onDeviceAnswer(id, keysByDevice.value(id), result);
                         });
        QObject::connect(batch, &graph::GraphBatch::finished, q, [this, batch] {
            pollRequests += batch->batchRequestsSent();
            batches.removeAll(batch);
            batch->deleteLater();
        });
        batch->start();
    }
    arm();
}

void ActionService::Private::onDeviceAnswer(const QString &deviceId, const QList<ActionKey> &keys,
                                            const graph::GraphResult &result)
{
    if (shuttingDown)
        return;
    const std::optional<qint64> serverDelay = retryAfterMs(result);
    if (!result.ok()) {
        for (const ActionKey &key : keys) {
            if (!schedule.contains(key))
                continue;
            Q_EMIT q->pollError(key, *result.error);
            settleWatch(key, serverDelay, false);
        }
        arm();
        return;
    }
    devices::DeviceJson::Parsed parsed = devices::DeviceJson::parseDevice(result.json);
    if (!parsed.device || parsed.device->id != deviceId) {
        Error e =
            Error::make(Error::Kind::Parse, tr("The service answered with a device that was not asked for."));
        e.requestId = result.requestId;
        for (const ActionKey &key : keys) {
            if (!schedule.contains(key))
                continue;
            Q_EMIT q->pollError(key, e);
            settleWatch(key, serverDelay, false);
        }
        arm();
        return;
    }
    const QList<ActionKey> changed = tracker.applyDevice(*parsed.device);
    for (const ActionKey &key : changed)
        record(key); // error codes and new cycles change more than the state
    Q_EMIT q->deviceFetched(*parsed.device);
    for (const ActionKey &key : keys)
        settleWatch(key, serverDelay, true);
    arm();
}

void ActionService::Private::settleWatch(const ActionKey &key, std::optional<qint64> serverDelayMs,
                                         bool graphAnswered)
{
    if (!schedule.contains(key))
        return;
    const std::optional<TrackedAction> entry = tracker.find(key);
    if (entry && isTerminal(entry->state)) {
        schedule.remove(key);
        return;
    }
    if (graphAnswered && entry && entry->state == ActionState::Unknown && entry->stateSince.isValid() &&
        entry->stateSince.msecsTo(clock.now()) >= schedule.policy().unknownGiveUpMs) {
        qCInfo(lcActions) << key.deviceId << stableName(key.action)
                          << "never shown by Graph after an unknown outcome: not processed";
        tracker.transition(key, ActionState::None);
        schedule.remove(key);
        return;
    }
    schedule.polled(key, serverDelayMs);
}

void ActionService::fetchDevice(const QString &deviceId)
{
    d->client.call(deviceRequest(deviceId, d->schedule.policy().requestTimeoutMs), this,
                   [this, deviceId](const graph::GraphResult &result) {
                       if (!result.ok()) {
                           Q_EMIT deviceFetchFailed(deviceId, *result.error);
                           return;
                       }
                       devices::DeviceJson::Parsed parsed = devices::DeviceJson::parseDevice(result.json);
                       if (!parsed.device) {
                           Error e = Error::make(
                               Error::Kind::Parse,
                               tr("The service's answer for device %1 is not a device.").arg(deviceId),
                               parsed.problems.join(QStringLiteral("; ")));
                           e.requestId = result.requestId;
                           Q_EMIT deviceFetchFailed(deviceId, e);
                           return;
                       }
                       d->applyFetched(*parsed.device);
                       Q_EMIT deviceFetched(*parsed.device);
                   });
}

void ActionService::Private::applyFetched(const devices::Device &device)
{
    const QList<ActionKey> changed = tracker.applyDevice(device);
    for (const ActionKey &key : changed)
        record(key);
    for (const TrackedAction &a : tracker.inFlight()) {
        if (a.key.deviceId == device.id &&
            (a.state == ActionState::Pending || a.state == ActionState::Active))
            q->watch(a.key);
    }
}

std::optional<Error> ActionService::resumeFromJournal()
{
    Result<QList<TrackedAction>> loaded = d->journal.load();
    if (!loaded)
        return loaded.error();
    for (const TrackedAction &entry : loaded.value()) {
        const std::optional<TrackedAction> current = d->tracker.find(entry.key);
        if (current && current->stateSince.isValid() && entry.stateSince.isValid() &&
            current->stateSince > entry.stateSince)
            continue; // the tracker already knows something newer
        d->tracker.restore(entry);
        d->journaled.insert(entry.key);
        if (!entry.runId.isEmpty() && !isTerminal(entry.state))
            d->grouped.insert(entry.key); // a bulk run's item: its later states are journaled in groups
    }
    for (const TrackedAction &entry : d->tracker.inFlight()) {
        if (!d->journaled.contains(entry.key))
            continue;
        if (entry.state == ActionState::Requested) {
            // Requested is journaled before the POST leaves: this one was never sent.
            d->tracker.transition(entry.key, ActionState::Canceled);
            continue;
        }
        if (entry.state == ActionState::Sent)
            d->tracker.transition(entry.key, ActionState::Unknown);
        d->schedule.add(entry.key, 0);
    }
    d->arm();
    return std::nullopt;
}

} // namespace passcode::actions
