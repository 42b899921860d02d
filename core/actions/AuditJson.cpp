// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/actions/AuditJson.h"

#include <QDateTime>

#include <algorithm>

namespace passcode::actions {
namespace {

QString text(const QJsonObject &o, QStringView key, QStringList *problems, const QString &prefix)
{
    const QJsonValue v = o.value(key);
    if (v.isString())
        return v.toString();
    if (!v.isUndefined() && !v.isNull() && problems)
        problems->append(prefix + key.toString() + QStringLiteral(": ") + AuditJson::tr("expected text"));
    return {};
}

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace

std::optional<RemoteActionAudit> AuditJson::parseAudit(const QJsonObject &o, QStringList *problems)
{
    RemoteActionAudit row;
    row.id = text(o, u"id", problems, {}).trimmed();
    if (row.id.isEmpty()) {
        if (problems)
            problems->append(tr("id: missing; the row was skipped"));
        return std::nullopt;
    }
    const QString prefix = row.id + QStringLiteral(": ");
    row.deviceDisplayName = text(o, u"deviceDisplayName", problems, prefix);
    row.managedDeviceId = text(o, u"managedDeviceId", problems, prefix);
    row.initiatedByUserPrincipalName = text(o, u"initiatedByUserPrincipalName", problems, prefix);
    if (row.initiatedByUserPrincipalName.isEmpty())
        row.initiatedByUserPrincipalName = text(o, u"userName", problems, prefix); // deprecated twin
    row.deviceOwnerUserPrincipalName = text(o, u"deviceOwnerUserPrincipalName", problems, prefix);
    row.deviceImei = text(o, u"deviceIMEI", problems, prefix);
    // remoteAction is an evolvable enum: a member this build does not know is kept as is.
    row.action = text(o, u"action", problems, prefix);

    const QString state = text(o, u"actionState", problems, prefix);
    bool ok = false;
    row.actionState = actionStateFromGraph(state, &ok);
    if (!ok) {
        row.actionState = ActionState::None;
        if (problems)
            problems->append(
                prefix + QStringLiteral("actionState: ") +
                (state.isEmpty() ? tr("missing") : tr("unknown value \"%1\"").arg(state.left(60))));
    }

    const QString when = text(o, u"requestDateTime", problems, prefix);
    if (!when.isEmpty()) {
        QDateTime t = QDateTime::fromString(when, Qt::ISODateWithMs);
        if (!t.isValid())
            t = QDateTime::fromString(when, Qt::ISODate);
        if (t.isValid() && t.date().year() > 1)
            row.requestDateTime = t.toUTC();
        else if (problems && !t.isValid())
            problems->append(prefix + QStringLiteral("requestDateTime: ") +
                             tr("not a date and time: %1").arg(when.left(40)));
    }
    return row;
}

AuditJson::Page AuditJson::parseItems(const QJsonArray &items)
{
    Page page;
    page.rows.reserve(items.size());
    int index = 0;
    for (const QJsonValue &v : items) {
        if (!v.isObject()) {
            ++page.skipped;
            page.problems.append(tr("item %1: not an object; skipped").arg(index));
        } else if (auto row = parseAudit(v.toObject(), &page.problems)) {
            page.rows.append(std::move(*row));
        } else {
            ++page.skipped;
        }
        ++index;
    }
    return page;
}

QJsonObject AuditJson::toJson(const RemoteActionAudit &r)
{
    return QJsonObject{
        {QStringLiteral("id"), r.id},
        {QStringLiteral("deviceDisplayName"), r.deviceDisplayName},
        {QStringLiteral("managedDeviceId"), r.managedDeviceId},
        {QStringLiteral("initiatedByUserPrincipalName"), r.initiatedByUserPrincipalName},
        {QStringLiteral("deviceOwnerUserPrincipalName"), r.deviceOwnerUserPrincipalName},
        {QStringLiteral("deviceIMEI"), r.deviceImei},
        {QStringLiteral("action"), r.action},
        {QStringLiteral("actionState"), stableName(r.actionState)},
        {QStringLiteral("requestDateTime"),
         r.requestDateTime.isValid() ? QJsonValue(iso(r.requestDateTime)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("fromJournal"), r.fromJournal},
    };
}

RemoteActionAudit AuditJson::fromTracked(const TrackedAction &a)
{
    RemoteActionAudit row;
    row.id = QStringLiteral("journal:") + a.key.deviceId + u':' + stableName(a.key.action);
    row.deviceDisplayName = a.deviceName;
    row.managedDeviceId = a.key.deviceId;
    row.initiatedByUserPrincipalName = a.initiatedBy;
    row.action = auditActionName(a.key.action);
    row.actionState = a.state;
    row.requestDateTime = a.requestedAt;
    row.fromJournal = true;
    return row;
}

QList<RemoteActionAudit> AuditJson::merge(QList<RemoteActionAudit> feed, const QList<TrackedAction> &tracked)
{
    const auto shownByFeed = [&feed](const TrackedAction &a) {
        const QString action = auditActionName(a.key.action);
        return std::any_of(feed.cbegin(), feed.cend(), [&](const RemoteActionAudit &row) {
            if (row.fromJournal || row.managedDeviceId != a.key.deviceId ||
                row.action.compare(action, Qt::CaseInsensitive) != 0)
                return false;
            if (!a.requestedAt.isValid() || !row.requestDateTime.isValid())
                return true;
            // The row of this request, or of a later one of the same kind (which supersedes it).
            return row.requestDateTime >= a.requestedAt.addSecs(-kMatchWindowSecs);
        });
    };
    for (const TrackedAction &a : tracked) {
        if (!shownByFeed(a))
            feed.append(fromTracked(a));
    }
    std::stable_sort(feed.begin(), feed.end(), [](const RemoteActionAudit &x, const RemoteActionAudit &y) {
        if (x.requestDateTime.isValid() != y.requestDateTime.isValid())
            return x.requestDateTime.isValid();
        if (x.requestDateTime != y.requestDateTime)
            return x.requestDateTime > y.requestDateTime;
        return x.id < y.id;
    });
    return feed;
}

} // namespace passcode::actions
