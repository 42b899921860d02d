// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/actions/RunRecord.h"

#include <QJsonArray>

#include <algorithm>

namespace passcode::actions {
namespace {

constexpr int kFormatVersion = 1;

constexpr RunState kRunStates[] = {RunState::Ready, RunState::Running, RunState::Paused, RunState::Cancelled,
                                   RunState::Finished};
constexpr RunItemStatus kItemStatuses[] = {
    RunItemStatus::Skipped, RunItemStatus::NotSent,     RunItemStatus::Sent,   RunItemStatus::Accepted,
    RunItemStatus::Pending, RunItemStatus::Done,        RunItemStatus::Failed, RunItemStatus::NotSupported,
    RunItemStatus::Unknown, RunItemStatus::NotProcessed};

QString isoUtc(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIso(const QJsonValue &v)
{
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(v.toString(), Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

} // namespace

QString stableName(RunState state)
{
    switch (state) {
    case RunState::Ready:
        return QStringLiteral("ready");
    case RunState::Running:
        return QStringLiteral("running");
    case RunState::Paused:
        return QStringLiteral("paused");
    case RunState::Cancelled:
        return QStringLiteral("cancelled");
    case RunState::Finished:
        return QStringLiteral("finished");
    }
    return {};
}

RunState runStateFromStableName(const QString &text, bool *ok)
{
    for (RunState s : kRunStates) {
        if (stableName(s) == text) {
            if (ok)
                *ok = true;
            return s;
        }
    }
    if (ok)
        *ok = false;
    return RunState::Ready;
}

QString displayName(RunState state)
{
    switch (state) {
    case RunState::Ready:
        return RunRecord::tr("Ready");
    case RunState::Running:
        return RunRecord::tr("Running");
    case RunState::Paused:
        return RunRecord::tr("Paused");
    case RunState::Cancelled:
        return RunRecord::tr("Cancelled");
    case RunState::Finished:
        return RunRecord::tr("Finished");
    }
    return {};
}

QString stableName(RunItemStatus status)
{
    switch (status) {
    case RunItemStatus::Skipped:
        return QStringLiteral("skipped");
    case RunItemStatus::NotSent:
        return QStringLiteral("notSent");
    case RunItemStatus::Sent:
        return QStringLiteral("sent");
    case RunItemStatus::Accepted:
        return QStringLiteral("accepted");
    case RunItemStatus::Pending:
        return QStringLiteral("pending");
    case RunItemStatus::Done:
        return QStringLiteral("done");
    case RunItemStatus::Failed:
        return QStringLiteral("failed");
    case RunItemStatus::NotSupported:
        return QStringLiteral("notSupported");
    case RunItemStatus::Unknown:
        return QStringLiteral("unknown");
    case RunItemStatus::NotProcessed:
        return QStringLiteral("notProcessed");
    }
    return {};
}

RunItemStatus runItemStatusFromStableName(const QString &text, bool *ok)
{
    for (RunItemStatus s : kItemStatuses) {
        if (stableName(s) == text) {
            if (ok)
                *ok = true;
            return s;
        }
    }
    if (ok)
        *ok = false;
    return RunItemStatus::NotSent;
}

QString displayName(RunItemStatus status)
{
    switch (status) {
    case RunItemStatus::Skipped:
        return RunRecord::tr("Skipped");
    case RunItemStatus::NotSent:
        return RunRecord::tr("Not sent");
    case RunItemStatus::Sent:
        return RunRecord::tr("Sent");
    case RunItemStatus::Accepted:
        return RunRecord::tr("Accepted");
    case RunItemStatus::Pending:
        return RunRecord::tr("Pending");
    case RunItemStatus::Done:
        return RunRecord::tr("Done");
    case RunItemStatus::Failed:
        return RunRecord::tr("Failed");
    case RunItemStatus::NotSupported:
        return RunRecord::tr("Not supported");
    case RunItemStatus::Unknown:
        return RunRecord::tr("Unknown");
    case RunItemStatus::NotProcessed:
        return RunRecord::tr("Not processed");
    }
    return {};
}

RunItemStatus runItemStatusOf(ActionState state, bool sent)
{
    switch (state) {
    case ActionState::None:
        return sent ? RunItemStatus::NotProcessed : RunItemStatus::NotSent;
    case ActionState::Requested:
        return sent ? RunItemStatus::Sent : RunItemStatus::NotSent;
    case ActionState::Sent:
        return RunItemStatus::Sent;
    case ActionState::Accepted:
        return RunItemStatus::Accepted;
    case ActionState::Pending:
    case ActionState::Active:
        return RunItemStatus::Pending;
    case ActionState::Done:
        return RunItemStatus::Done;
    case ActionState::Failed:
        return RunItemStatus::Failed;
    case ActionState::Canceled: // cancelled in Intune after it was sent; never sent: not sent
        return sent ? RunItemStatus::Failed : RunItemStatus::NotSent;
    case ActionState::NotSupported:
        return RunItemStatus::NotSupported;
    case ActionState::Unknown:
        return RunItemStatus::Unknown;
    }
    return RunItemStatus::NotSent;
}

bool isSettled(RunItemStatus status)
{
    switch (status) {
    case RunItemStatus::Skipped:
    case RunItemStatus::Done:
    case RunItemStatus::Failed:
    case RunItemStatus::NotSupported:
    case RunItemStatus::NotProcessed:
        return true;
    default:
        return false;
    }
}

int RunRecord::unsentCount() const
{
    return int(std::count_if(items.cbegin(), items.cend(), [](const RunRecordItem &i) {
        return i.skip == SkipReason::None && i.action && !i.sent;
    }));
}

int RunRecord::count(RunItemStatus status) const
{
    return int(std::count_if(items.cbegin(), items.cend(),
                             [status](const RunRecordItem &i) { return i.status == status; }));
}

bool RunRecord::isInterrupted() const
{
    return (state == RunState::Running || state == RunState::Paused) && unsentCount() > 0;
}

QJsonObject RunRecord::toJson() const
{
    // Field by field on purpose: a run never holds a passcode, and its file never will.
    QJsonArray array;
    for (const RunRecordItem &i : items) {
        QJsonObject o{{QStringLiteral("deviceId"), i.deviceId},
                      {QStringLiteral("deviceName"), i.deviceName},
                      {QStringLiteral("scope"), eligibility::stableName(i.scope)},
                      {QStringLiteral("skip"), stableName(i.skip)},
                      {QStringLiteral("sent"), i.sent},
                      {QStringLiteral("status"), stableName(i.status)}};
        if (i.action)
            o.insert(QStringLiteral("action"), stableName(*i.action));
        if (!i.skipText.isEmpty())
            o.insert(QStringLiteral("skipText"), i.skipText);
        if (i.errorCode != 0)
            o.insert(QStringLiteral("errorCode"), i.errorCode);
        array.append(o);
    }
    QJsonObject root{{QStringLiteral("version"), kFormatVersion},
                     {QStringLiteral("id"), id},
                     {QStringLiteral("createdAt"), isoUtc(createdAt)},
                     {QStringLiteral("updatedAt"), isoUtc(updatedAt)},
                     {QStringLiteral("ticket"), ticket},
                     {QStringLiteral("initiatedBy"), initiatedBy},
                     {QStringLiteral("tenant"), tenantLabel},
                     {QStringLiteral("state"), stableName(state)},
                     {QStringLiteral("items"), array}};
    if (!pauseReason.isEmpty())
        root.insert(QStringLiteral("pauseReason"), pauseReason);
    return root;
}

std::optional<RunRecord> RunRecord::fromJson(const QJsonObject &o)
{
    RunRecord r;
    r.id = o.value(u"id").toString();
    bool stateOk = false;
    r.state = runStateFromStableName(o.value(u"state").toString(), &stateOk);
    if (r.id.isEmpty() || !stateOk || !o.value(u"items").isArray())
        return std::nullopt;
    r.createdAt = fromIso(o.value(u"createdAt"));
    r.updatedAt = fromIso(o.value(u"updatedAt"));
    r.ticket = o.value(u"ticket").toString();
    r.initiatedBy = o.value(u"initiatedBy").toString();
    r.tenantLabel = o.value(u"tenant").toString();
    r.pauseReason = o.value(u"pauseReason").toString();
    for (const QJsonValue &v : o.value(u"items").toArray()) {
        const QJsonObject io = v.toObject();
        RunRecordItem i;
        i.deviceId = io.value(u"deviceId").toString();
        if (i.deviceId.isEmpty())
            return std::nullopt;
        i.deviceName = io.value(u"deviceName").toString();
        bool ok = false;
        if (io.contains(u"action")) {
            const RemoteAction a = remoteActionFromStableName(io.value(u"action").toString(), &ok);
            if (!ok)
                return std::nullopt;
            i.action = a;
        }
        const QString scope = io.value(u"scope").toString();
        i.scope = scope == eligibility::stableName(eligibility::Scope::Device) ? eligibility::Scope::Device
                  : scope == eligibility::stableName(eligibility::Scope::WorkProfile)
                      ? eligibility::Scope::WorkProfile
                      : eligibility::Scope::None;
        i.skip = skipReasonFromStableName(io.value(u"skip").toString(), &ok);
        if (!ok)
            return std::nullopt;
        i.skipText = io.value(u"skipText").toString();
        i.sent = io.value(u"sent").toBool();
        i.status = runItemStatusFromStableName(io.value(u"status").toString(), &ok);
        if (!ok)
            i.status = i.sent ? RunItemStatus::Unknown : RunItemStatus::NotSent;
        i.errorCode = io.value(u"errorCode").toInt();
        r.items.append(i);
    }
    return r;
}

void RunRecord::applyJournal(const QList<TrackedAction> &entries)
{
    QHash<ActionKey, const TrackedAction *> mine;
    for (const TrackedAction &e : entries) {
        if (!id.isEmpty() && e.runId == id)
            mine.insert(e.key, &e);
    }
    for (RunRecordItem &i : items) {
        if (i.skip != SkipReason::None || !i.action) {
            i.status = RunItemStatus::Skipped;
            continue;
        }
        const TrackedAction *e = mine.value(ActionKey{i.deviceId, *i.action}, nullptr);
        if (e && e->state != ActionState::Requested) {
            // Bulk items are journaled Sent before they leave: an entry of this run means it was sent.
            i.sent = true;
            i.errorCode = e->errorCode;
            i.status = runItemStatusOf(e->state, true);
        } else if (!i.sent) {
            i.status = RunItemStatus::NotSent;
        }
        // Whatever was on the wire when the program stopped has an unknown outcome: followed, never resent.
        if (i.sent && (i.status == RunItemStatus::Sent || i.status == RunItemStatus::NotSent))
            i.status = RunItemStatus::Unknown;
    }
}

} // namespace passcode::actions
