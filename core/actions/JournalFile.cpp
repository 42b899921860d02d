// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/actions/JournalFile.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <limits>

namespace passcode::actions {
namespace {

/** The members toJson() writes: replaced as a whole when an entry is updated (the others are kept). */
constexpr const char16_t *kKnownMembers[] = {u"deviceId",    u"deviceName", u"action",      u"state",
                                             u"requestedAt", u"stateSince", u"initiatedBy", u"ticket",
                                             u"errorCode",   u"runId",      u"tenantName"};

QString isoUtc(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIso(const QJsonValue &v)
{
    const QString text = v.toString();
    if (text.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

/** How far an action has come; a later write of the same action never goes back (see update()). */
int progress(ActionState s)
{
    switch (s) {
    case ActionState::Requested:
        return 0;
    case ActionState::Sent:
        return 1;
    case ActionState::Accepted:
    case ActionState::Unknown:
        return 2;
    case ActionState::Pending:
        return 3;
    case ActionState::Active:
        return 4;
    default:
        return 5; // finished
    }
}

/** The same action: the request time identifies it (written with milliseconds by the process that sent it).
 */
bool sameAction(const TrackedAction &a, const TrackedAction &b)
{
    return a.requestedAt == b.requestedAt;
}

QJsonObject merged(QJsonObject object, const TrackedAction &action)
{
    for (const char16_t *member : kKnownMembers)
        object.remove(QStringView(member));
    const QJsonObject known = JournalFile::toJson(action);
    for (auto it = known.begin(); it != known.end(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

} // namespace

QJsonObject JournalFile::toJson(const TrackedAction &a)
{
    // Field by field on purpose: TrackedAction::passcode is never written.
    QJsonObject o{
        {QStringLiteral("deviceId"), a.key.deviceId},
        {QStringLiteral("deviceName"), a.deviceName},
        {QStringLiteral("action"), stableName(a.key.action)},
        {QStringLiteral("state"), stableName(a.state)},
        {QStringLiteral("requestedAt"), isoUtc(a.requestedAt)},
        {QStringLiteral("stateSince"), isoUtc(a.stateSince)},
        {QStringLiteral("initiatedBy"), a.initiatedBy},
        {QStringLiteral("ticket"), a.ticket},
    };
    if (a.errorCode != 0)
        o.insert(QStringLiteral("errorCode"), a.errorCode);
    if (!a.runId.isEmpty())
        o.insert(QStringLiteral("runId"), a.runId);
    if (!a.tenantName.isEmpty())
        o.insert(QStringLiteral("tenantName"), a.tenantName);
    return o;
}

std::optional<TrackedAction> JournalFile::fromJson(const QJsonObject &o)
{
    TrackedAction a;
    a.key.deviceId = o.value(u"deviceId").toString();
    bool actionOk = false;
    bool stateOk = false;
    a.key.action = remoteActionFromStableName(o.value(u"action").toString(), &actionOk);
    a.state = actionStateFromStableName(o.value(u"state").toString(), &stateOk);
    if (a.key.deviceId.isEmpty() || !actionOk || !stateOk)
        return std::nullopt;
    a.deviceName = o.value(u"deviceName").toString();
    a.requestedAt = fromIso(o.value(u"requestedAt"));
    a.stateSince = fromIso(o.value(u"stateSince"));
    a.initiatedBy = o.value(u"initiatedBy").toString();
    a.ticket = o.value(u"ticket").toString();
    a.errorCode = o.value(u"errorCode").toInt();
    a.runId = o.value(u"runId").toString();
    a.tenantName = o.value(u"tenantName").toString();
    return a;
}

Result<JournalFile> JournalFile::parse(const QByteArray &bytes)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error::make(Error::Kind::Parse, parseError.errorString());
    if (!doc.isObject())
        return Error::make(Error::Kind::Parse, QStringLiteral("not a JSON object"));

    JournalFile file;
    file.m_root = doc.object();
    const QJsonValue version = file.m_root.value(u"version");
    if (!version.isUndefined()) {
        const qint64 n = version.toInteger(0);
        file.m_version = n > 0 && n <= std::numeric_limits<int>::max() ? int(n) : 0;
    }
    const QJsonValue entries = file.m_root.value(u"entries");
    if (!entries.isArray()) {
        if (file.writable())
            return Error::make(Error::Kind::Parse, QStringLiteral("no entries"));
        return file; // a newer version's layout: nothing this version can read, nothing it may change
    }
    const QJsonArray array = entries.toArray();
    file.m_entries.reserve(array.size());
    for (const QJsonValue &v : array)
        file.append(JournalEntry{v, v.isObject() ? fromJson(v.toObject()) : std::nullopt});
    return file;
}

QList<TrackedAction> JournalFile::actions() const
{
    QList<TrackedAction> out;
    out.reserve(m_entries.size());
    for (const JournalEntry &e : m_entries) {
        if (e.action)
            out.append(*e.action);
    }
    return out;
}

void JournalFile::append(JournalEntry entry)
{
    const QString deviceId =
        entry.action ? entry.action->key.deviceId : entry.value.toObject().value(u"deviceId").toString();
    m_byDevice.insert(deviceId, m_entries.size());
    m_entries.append(std::move(entry));
}

void JournalFile::reindex()
{
    m_byDevice.clear();
    QList<JournalEntry> entries = std::exchange(m_entries, {});
    for (JournalEntry &e : entries)
        append(std::move(e));
}

qsizetype JournalFile::indexOf(const ActionKey &key) const
{
    const auto [from, to] = m_byDevice.equal_range(key.deviceId);
    for (auto it = from; it != to; ++it) {
        const JournalEntry &e = m_entries.at(*it);
        if (e.action && e.action->key == key)
            return *it;
    }
    return -1;
}

bool JournalFile::hasForeignEntryFor(const ActionKey &key) const
{
    const QString action = stableName(key.action);
    const auto [from, to] = m_byDevice.equal_range(key.deviceId);
    for (auto it = from; it != to; ++it) {
        const JournalEntry &e = m_entries.at(*it);
        if (!e.action && e.value.toObject().value(u"action").toString() == action)
            return true;
    }
    return false;
}

std::optional<InFlightEntry>
JournalFile::blockerFor(const QString &deviceId,
                        const std::function<bool(const TrackedAction &)> &isOwn) const
{
    if (deviceId.isEmpty())
        return std::nullopt;
    // In file order, so that the answer does not depend on the hash.
    QList<qsizetype> positions = m_byDevice.values(deviceId);
    std::sort(positions.begin(), positions.end());
    for (qsizetype i : std::as_const(positions)) {
        const JournalEntry &e = m_entries.at(i);
        if (e.action) {
            if (e.action->key.deviceId == deviceId && isInFlight(e.action->state) &&
                !(isOwn && isOwn(*e.action)))
                return InFlightEntry{e.action, e.value.toObject()};
            continue;
        }
        // A newer version's entry: it blocks unless its state is a finished one this version knows.
        const QJsonObject o = e.value.toObject();
        bool known = false;
        const ActionState state = actionStateFromStableName(o.value(u"state").toString(), &known);
        if (!known || isInFlight(state))
            return InFlightEntry{std::nullopt, o};
    }
    return std::nullopt;
}

void JournalFile::put(const TrackedAction &action)
{
    const qsizetype i = indexOf(action.key);
    if (i < 0)
        append(JournalEntry{toJson(action), action});
    else
        m_entries[i] = JournalEntry{toJson(action), action};
}

bool JournalFile::update(const TrackedAction &action)
{
    if (hasForeignEntryFor(action.key))
        return false; // a newer version's entry for this device and action: never replaced
    const qsizetype i = indexOf(action.key);
    if (i < 0) {
        append(JournalEntry{toJson(action), action});
        return true;
    }
    const TrackedAction &onDisk = *m_entries.at(i).action;
    if (sameAction(onDisk, action)) {
        if (isTerminal(onDisk.state) && !isTerminal(action.state)) {
            // Finished stays finished, except "not processed" (a guess after an unknown outcome) once Graph
            // shows the action pending or active.
            const bool graphOverGuess =
                onDisk.state == ActionState::None &&
                (action.state == ActionState::Pending || action.state == ActionState::Active);
            if (!graphOverGuess)
                return false;
        } else if (!isTerminal(onDisk.state) && progress(action.state) < progress(onDisk.state)) {
            return false; // another process already knows more of this action
        } else if (action.state == ActionState::None && isTerminal(onDisk.state) &&
                   onDisk.state != ActionState::None) {
            return false; // Graph's own end beats "not processed"
        }
        m_entries[i] = JournalEntry{merged(m_entries.at(i).value.toObject(), action), action};
        return true;
    }
    // Another action of this device and kind: replace it only when it is an older, finished one.
    const bool olderFinished =
        isTerminal(onDisk.state) && (!onDisk.requestedAt.isValid() ||
                                     (action.requestedAt.isValid() &&
                                      onDisk.requestedAt.addSecs(kSameActionSkewSecs) < action.requestedAt));
    if (!olderFinished)
        return false;
    m_entries[i] = JournalEntry{toJson(action), action};
    return true;
}

void JournalFile::prune(const QDateTime &cutoff, qsizetype maxEntries, const QSet<ActionKey> &keep)
{
    const auto removable = [&keep](const JournalEntry &e) {
        return e.action && isTerminal(e.action->state) && !keep.contains(e.action->key);
    };
    const qsizetype before = m_entries.size();
    m_entries.removeIf([&](const JournalEntry &e) {
        return removable(e) && e.action->stateSince.isValid() && e.action->stateSince < cutoff;
    });
    if (m_entries.size() <= maxEntries) {
        if (m_entries.size() != before)
            reindex();
        return;
    }
    QList<qsizetype> candidates;
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (removable(m_entries.at(i)))
            candidates.append(i);
    }
    std::stable_sort(candidates.begin(), candidates.end(), [this](qsizetype a, qsizetype b) {
        return m_entries.at(a).action->stateSince < m_entries.at(b).action->stateSince;
    });
    candidates.resize(std::min(candidates.size(), m_entries.size() - maxEntries));
    QSet<qsizetype> drop(candidates.cbegin(), candidates.cend());
    QList<JournalEntry> kept;
    kept.reserve(m_entries.size() - drop.size());
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (!drop.contains(i))
            kept.append(std::move(m_entries[i]));
    }
    m_entries = std::move(kept);
    reindex();
}

QList<CallerCheck> JournalFile::callerChecks() const
{
    QList<CallerCheck> out;
    const QJsonArray array = m_root.value(u"callerChecks").toArray();
    for (const QJsonValue &v : array) {
        if (std::optional<CallerCheck> c = CallerCheck::fromJson(v.toObject()))
            out.append(*c);
    }
    return out;
}

void JournalFile::addCallerCheck(const CallerCheck &check, const QDateTime &cutoff, qsizetype maxChecks)
{
    const QJsonArray old = m_root.value(u"callerChecks").toArray();
    QJsonArray kept;
    for (const QJsonValue &v : old) {
        const std::optional<CallerCheck> c = CallerCheck::fromJson(v.toObject());
        if (!c || c->verifiedAt >= cutoff)
            kept.append(v);
    }
    kept.append(check.toJson());
    while (kept.size() > std::max<qsizetype>(maxChecks, 1))
        kept.removeFirst(); // appended in time order: the first are the oldest
    m_root.insert(QStringLiteral("callerChecks"), kept);
}

QByteArray JournalFile::serialize() const
{
    QJsonObject root = m_root;
    root.insert(QStringLiteral("version"), m_version);
    QJsonArray array;
    for (const JournalEntry &e : m_entries)
        array.append(e.value);
    root.insert(QStringLiteral("entries"), array);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace passcode::actions
