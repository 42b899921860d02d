// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/actions/ActionJournal.h"

#include "core/common/Logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>

namespace passcode::actions {
namespace {

Error ioError(const QString &message, const QString &detail = {})
{
    return Error::make(Error::Kind::Internal, message, detail);
}

/** A name beside @p path for a corrupt copy that no earlier copy holds: ".corrupt-<time>", then "-2", "-3"...
 */
bool setAside(const QString &path, QString *aside)
{
    const QString base =
        path + QStringLiteral(".corrupt-") + QDateTime::currentDateTimeUtc().toString(u"yyyyMMddThhmmss");
    for (int n = 1; n < 1000; ++n) {
        *aside = n == 1 ? base : base + u'-' + QString::number(n);
        // QFile::rename() never replaces an existing file; the lock keeps other processes of ours out.
        if (!QFileInfo::exists(*aside) && QFile::rename(path, *aside))
            return true;
        if (!QFileInfo::exists(path))
            return false;
    }
    return false;
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
    return JournalFile::toJson(a);
}

std::optional<TrackedAction> ActionJournal::fromJson(const QJsonObject &o)
{
    return JournalFile::fromJson(o);
}

Result<QList<TrackedAction>> ActionJournal::parse(const QByteArray &bytes)
{
    Result<JournalFile> file = JournalFile::parse(bytes);
    if (!file)
        return file.error();
    return file.value().actions();
}

Result<JournalFile> ActionJournal::readUnlocked() const
{
    QFile file(m_path);
    if (!file.exists())
        return JournalFile{};
    if (!file.open(QIODevice::ReadOnly))
        return ioError(tr("The action journal %1 cannot be read: %2").arg(m_path, file.errorString()));
    const QByteArray bytes = file.readAll();
    file.close();

    Result<JournalFile> parsed = JournalFile::parse(bytes);
    if (parsed)
        return parsed;
    QString aside;
    const bool moved = setAside(m_path, &aside);
    qCWarning(lcActions) << "corrupt action journal" << m_path << (moved ? "set aside as" : "not set aside")
                         << aside;
    return Error::make(
        Error::Kind::Parse,
        moved
            ? tr("The action journal was damaged and has been set aside as %1; a new journal was started.")
                  .arg(aside)
            : tr("The action journal %1 is damaged and could not be set aside; remove it to start a new one.")
                  .arg(m_path),
        parsed.error().message);
}

Error ActionJournal::lockError(const QLockFile &lock) const
{
    switch (lock.error()) {
    case QLockFile::LockFailedError:
        return ioError(
            tr("The action journal %1 is in use by another Passcode Console or passcodectl, which did "
               "not release it within %L2 seconds.")
                .arg(m_path)
                .arg(double(m_lockTimeoutMs) / 1000.0));
    case QLockFile::PermissionError:
        return ioError(tr("The action journal %1 cannot be locked: its folder is not writable.").arg(m_path));
    default:
        return ioError(tr("The action journal %1 cannot be locked.").arg(m_path));
    }
}

Error ActionJournal::newerVersionError(const JournalFile &file) const
{
    return ioError(tr("The action journal %1 was written by a newer version of Passcode Console (format %2): "
                      "this version reads it but does not change it, and sends no action. Use the newer "
                      "version.")
                       .arg(m_path)
                       .arg(file.version()));
}

Result<QList<TrackedAction>> ActionJournal::load() const
{
    QLockFile lock(m_path + QStringLiteral(".lock"));
    if (QFileInfo::exists(QFileInfo(m_path).absolutePath()) && !lock.tryLock(m_lockTimeoutMs))
        return lockError(lock);
    Result<JournalFile> file = readUnlocked();
    if (!file)
        return file.error();
    if (!file.value().writable())
        qCWarning(lcActions) << "action journal" << m_path << "has format" << file.value().version()
                             << "(newer): read only";
    return file.value().actions();
}

TrackedAction ActionJournal::withTenant(TrackedAction action) const
{
    if (action.tenantName.isEmpty())
        action.tenantName = m_tenantName;
    return action;
}

std::optional<Error> ActionJournal::write(const JournalFile &file) const
{
    QSaveFile out(m_path);
    if (!out.open(QIODevice::WriteOnly))
        return ioError(tr("The action journal %1 cannot be written: %2").arg(m_path, out.errorString()));
    const QByteArray bytes = file.serialize();
    if (out.write(bytes) != bytes.size() || !out.commit())
        return ioError(tr("The action journal %1 cannot be written: %2").arg(m_path, out.errorString()));
    return std::nullopt;
}

std::optional<Error> ActionJournal::record(const TrackedAction &action)
{
    return recordMany({action});
}

std::optional<Error> ActionJournal::rewrite(const std::function<bool(JournalFile &)> &change)
{
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath()))
        return ioError(tr("The folder of the action journal cannot be created: %1").arg(info.absolutePath()));
    QLockFile lock(m_path + QStringLiteral(".lock"));
    if (!lock.tryLock(m_lockTimeoutMs))
        return lockError(lock);

    Result<JournalFile> current = readUnlocked();
    JournalFile file;
    if (current) {
        file = std::move(current).value();
    } else if (current.error().kind != Error::Kind::Parse) {
        return current.error();
    } // else: set aside by readUnlocked(), which logged it; start afresh with this change.
    if (!file.writable())
        return newerVersionError(file);
    if (!change(file))
        return std::nullopt;
    return write(file);
}

std::optional<Error> ActionJournal::recordMany(const QList<TrackedAction> &actions)
{
    if (actions.isEmpty())
        return std::nullopt;
    return rewrite([&](JournalFile &file) {
        QSet<ActionKey> written;
        for (const TrackedAction &action : actions) {
            if (file.update(withTenant(action)))
                written.insert(action.key);
            else
                qCDebug(lcActions) << "journal keeps the entry of" << action.key.deviceId
                                   << stableName(action.key.action) << "another process wrote";
        }
        if (written.isEmpty())
            return false;
        file.prune(QDateTime::currentDateTimeUtc().addDays(-kRetentionDays), kMaxEntries, written);
        return true;
    });
}

std::optional<Error> ActionJournal::recordCallerCheck(CallerCheck check)
{
    if (check.tenantName.isEmpty())
        check.tenantName = m_tenantName;
    return rewrite([&](JournalFile &file) {
        file.addCallerCheck(check, QDateTime::currentDateTimeUtc().addDays(-kRetentionDays),
                            kMaxCallerChecks);
        return true;
    });
}

Result<QList<CallerCheck>> ActionJournal::callerChecks() const
{
    QLockFile lock(m_path + QStringLiteral(".lock"));
    if (QFileInfo::exists(QFileInfo(m_path).absolutePath()) && !lock.tryLock(m_lockTimeoutMs))
        return lockError(lock);
    Result<JournalFile> file = readUnlocked();
    if (!file)
        return file.error();
    return file.value().callerChecks();
}

Result<QList<std::optional<InFlightEntry>>>
ActionJournal::claim(const QList<TrackedAction> &actions,
                     const std::function<bool(const TrackedAction &)> &isOwn)
{
    QList<std::optional<InFlightEntry>> out(actions.size());
    if (actions.isEmpty())
        return out;
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath()))
        return ioError(tr("The folder of the action journal cannot be created: %1").arg(info.absolutePath()));
    QLockFile lock(m_path + QStringLiteral(".lock"));
    if (!lock.tryLock(m_lockTimeoutMs))
        return lockError(lock);

    // Read under the lock: what another process claimed a moment ago is seen here.
    Result<JournalFile> current = readUnlocked();
    if (!current)
        return current
            .error(); // a corrupt file was set aside: what it held may be under way; send nothing now
    JournalFile file = std::move(current).value();
    if (!file.writable())
        return newerVersionError(file);

    QSet<ActionKey> written;
    for (qsizetype i = 0; i < actions.size(); ++i) {
        const TrackedAction &action = actions.at(i);
        if (std::optional<InFlightEntry> blocker = file.blockerFor(action.key.deviceId, isOwn)) {
            out[i] = std::move(blocker);
            continue;
        }
        file.put(withTenant(action));
        written.insert(action.key);
    }
    if (written.isEmpty())
        return out;
    file.prune(QDateTime::currentDateTimeUtc().addDays(-kRetentionDays), kMaxEntries, written);
    if (std::optional<Error> e = write(file))
        return *e;
    return out;
}

} // namespace passcode::actions
