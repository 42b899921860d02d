// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/actions/ActionJournal.h"

#include "core/common/Logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>

#include <algorithm>

namespace passcode::actions {
namespace {

constexpr int kFormatVersion = 1;
constexpr int kLockTimeoutMs = 5000;

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

Error ioError(const QString &message, const QString &detail = {})
{
    return Error::make(Error::Kind::Internal, message, detail);
}

} // namespace

ActionJournal::ActionJournal(QString path)
    : m_path(std::move(path))
{}

QString ActionJournal::defaultPath(const QString &profile)
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    const QString file =
        profile.isEmpty() ? QStringLiteral("journal.json") : QStringLiteral("journal-%1.json").arg(profile);
    return base + QStringLiteral("/PasscodeConsole/") + file;
}

QString ActionJournal::tenantProfile(const QUrl &graphBase, const QString &tenant)
{
    const QString key = graphBase.toString() + u'|' + tenant;
    return QString::fromLatin1(
        QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex().left(12));
}

const QString &ActionJournal::path() const
{
    return m_path;
}

QJsonObject ActionJournal::toJson(const TrackedAction &a)
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

std::optional<TrackedAction> ActionJournal::fromJson(const QJsonObject &o)
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

Result<QList<TrackedAction>> ActionJournal::readUnlocked() const
{
    QFile file(m_path);
    if (!file.exists())
        return QList<TrackedAction>{};
    if (!file.open(QIODevice::ReadOnly))
        return ioError(tr("The action journal %1 cannot be read: %2").arg(m_path, file.errorString()));
    const QByteArray bytes = file.readAll();
    file.close();

    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    const QJsonValue entries = doc.object().value(u"entries");
    if (parseError.error != QJsonParseError::NoError || !doc.isObject() || !entries.isArray()) {
        const QString aside = m_path + QStringLiteral(".corrupt-") +
                              QDateTime::currentDateTimeUtc().toString(u"yyyyMMddThhmmss");
        QFile::remove(aside);
        const bool moved = QFile::rename(m_path, aside);
        qCWarning(lcActions) << "corrupt action journal" << m_path << "set aside as" << aside;
        Error e = Error::make(
            Error::Kind::Parse,
            moved
                ? tr("The action journal was damaged and has been set aside as %1; a new journal was "
                     "started.")
                      .arg(aside)
                : tr("The action journal %1 is damaged and could not be set aside; remove it to start a new "
                     "one.")
                      .arg(m_path),
            parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                         : QStringLiteral("no entries"));
        return e;
    }
    QList<TrackedAction> out;
    for (const QJsonValue &v : entries.toArray()) {
        if (auto a = fromJson(v.toObject()))
            out.append(std::move(*a));
        else
            qCWarning(lcActions) << "skipped an unreadable journal entry";
    }
    return out;
}

Result<QList<TrackedAction>> ActionJournal::load() const
{
    QLockFile lock(m_path + QStringLiteral(".lock"));
    if (QFileInfo::exists(QFileInfo(m_path).absolutePath()) && !lock.tryLock(kLockTimeoutMs))
        return ioError(tr("The action journal %1 is locked by another program.").arg(m_path));
    return readUnlocked();
}

std::optional<Error> ActionJournal::record(const TrackedAction &action)
{
    return recordMany({action});
}

std::optional<Error> ActionJournal::recordMany(const QList<TrackedAction> &actions)
{
    if (actions.isEmpty())
        return std::nullopt;
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath()))
        return ioError(tr("The folder of the action journal cannot be created: %1").arg(info.absolutePath()));
    QLockFile lock(m_path + QStringLiteral(".lock"));
    if (!lock.tryLock(kLockTimeoutMs))
        return ioError(tr("The action journal %1 is locked by another program.").arg(m_path));

    Result<QList<TrackedAction>> current = readUnlocked();
    QList<TrackedAction> entries;
    if (current) {
        entries = std::move(current).value();
    } else if (current.error().kind == Error::Kind::Parse) {
        // Set aside by readUnlocked(), which logged it; start afresh with these entries.
    } else {
        return current.error();
    }

    QHash<ActionKey, qsizetype> position;
    for (qsizetype i = 0; i < entries.size(); ++i)
        position.insert(entries.at(i).key, i);
    QSet<ActionKey> written;
    for (TrackedAction action : actions) {
        if (action.tenantName.isEmpty())
            action.tenantName = m_tenantName;
        written.insert(action.key);
        if (const auto it = position.constFind(action.key); it != position.constEnd()) {
            entries[*it] = std::move(action);
        } else {
            position.insert(action.key, entries.size());
            entries.append(std::move(action));
        }
    }

    // Bound the file: drop finished entries past the retention, then the oldest finished ones past the cap.
    const QDateTime cutoff = QDateTime::currentDateTimeUtc().addDays(-kRetentionDays);
    entries.removeIf([&](const TrackedAction &e) {
        return isTerminal(e.state) && e.stateSince.isValid() && e.stateSince < cutoff &&
               !written.contains(e.key);
    });
    if (entries.size() > kMaxEntries) {
        std::stable_sort(entries.begin(), entries.end(), [](const TrackedAction &a, const TrackedAction &b) {
            return a.stateSince < b.stateSince;
        });
        for (qsizetype i = 0; i < entries.size() && entries.size() > kMaxEntries;) {
            if (isTerminal(entries.at(i).state) && !written.contains(entries.at(i).key))
                entries.removeAt(i);
            else
                ++i;
        }
    }

    QJsonArray array;
    for (const TrackedAction &e : std::as_const(entries))
        array.append(toJson(e));
    const QJsonObject root{{QStringLiteral("version"), kFormatVersion}, {QStringLiteral("entries"), array}};

    QSaveFile out(m_path);
    if (!out.open(QIODevice::WriteOnly))
        return ioError(tr("The action journal %1 cannot be written: %2").arg(m_path, out.errorString()));
    out.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!out.commit())
        return ioError(tr("The action journal %1 cannot be written: %2").arg(m_path, out.errorString()));
    return std::nullopt;
}

} // namespace passcode::actions
