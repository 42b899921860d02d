// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/actions/ActionService.h"
#include "core/actions/ActionServicePrivate.h"

#include "core/common/Logging.h"
#include "core/devices/DeviceDirectoryLoader.h"
#include "core/devices/DeviceJson.h"
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

QStringList deviceProperties()
{
    QStringList props = devices::DeviceDirectoryLoader::listProperties();
    props.append(QStringLiteral("deviceActionResults"));
    return props;
}

graph::GraphRequest deviceRequest(const QString &deviceId, int timeoutMs)
{
    return graph::GraphRequest::get(managedDevicePath(deviceId), graph::ApiVersion::Beta)
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

QString managedDevicePath(const QString &deviceId)
{
    return QStringLiteral("/deviceManagement/managedDevices/") +
           QString::fromLatin1(QUrl::toPercentEncoding(deviceId));
}

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

std::optional<Error> ActionService::recordCallerCheck(const devices::Device &device)
{
    CallerCheck check;
    check.deviceId = device.id;
    check.deviceName = device.deviceName;
    check.verifiedBy = d->initiator;
    check.verifiedAt = d->clock.now();
    return d->journal.recordCallerCheck(std::move(check));
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
