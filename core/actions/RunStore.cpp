// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/actions/RunStore.h"

#include "core/actions/ActionJournal.h"
#include "core/common/Logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QUuid>

#include <algorithm>

namespace passcode::actions {

RunStore::RunStore(QString folder, const ActionJournal *journal)
    : m_folder(std::move(folder))
    , m_journal(journal)
{}

QString RunStore::runsFolderFor(const QString &journalPath)
{
    const QFileInfo info(journalPath);
    return info.absolutePath() + u'/' + info.completeBaseName() + QStringLiteral(".runs");
}

QString RunStore::pathOf(const QString &id) const
{
    // Only a UUID names a run file: an id can never reach outside the folder.
    if (QUuid::fromString(id).isNull())
        return {};
    return m_folder + u'/' + QUuid::fromString(id).toString(QUuid::WithoutBraces) + QStringLiteral(".json");
}

std::optional<Error> RunStore::save(const RunRecord &run) const
{
    const QString path = pathOf(run.id);
    if (path.isEmpty())
        return Error::make(Error::Kind::Internal, tr("The bulk run has no valid id."), run.id);
    if (!QDir().mkpath(m_folder))
        return Error::make(Error::Kind::Internal,
                           tr("The folder of the bulk runs cannot be created: %1").arg(m_folder));
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return Error::make(Error::Kind::Internal,
                           tr("The bulk run %1 cannot be saved: %2").arg(path, out.errorString()));
    out.write(QJsonDocument(run.toJson()).toJson(QJsonDocument::Indented));
    if (!out.commit())
        return Error::make(Error::Kind::Internal,
                           tr("The bulk run %1 cannot be saved: %2").arg(path, out.errorString()));
    return std::nullopt;
}

void RunStore::refresh(RunRecord &run, const QList<TrackedAction> *entries) const
{
    if (entries) {
        run.applyJournal(*entries);
    } else {
        run.applyJournal({});
    }
}

Result<RunRecord> RunStore::load(const QString &id) const
{
    const QString path = pathOf(id);
    QFile file(path);
    if (path.isEmpty() || !file.exists())
        return Error::make(Error::Kind::NotFound, tr("There is no bulk run %1.").arg(id));
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::Internal,
                           tr("The bulk run %1 cannot be read: %2").arg(path, file.errorString()));
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    std::optional<RunRecord> run =
        doc.isObject() ? RunRecord::fromJson(doc.object()) : std::optional<RunRecord>();
    if (!run)
        return Error::make(Error::Kind::Parse, tr("The file of the bulk run %1 is damaged.").arg(path),
                           parseError.errorString());
    std::optional<QList<TrackedAction>> entries;
    if (m_journal) {
        Result<QList<TrackedAction>> loaded = m_journal->load();
        if (!loaded)
            return loaded.error();
        entries = std::move(loaded).value();
    }
    refresh(*run, entries ? &*entries : nullptr);
    return *run;
}

QList<RunRecord> RunStore::list() const
{
    QList<RunRecord> out;
    const QDir dir(m_folder);
    if (!dir.exists())
        return out;
    std::optional<QList<TrackedAction>> entries;
    if (m_journal) {
        Result<QList<TrackedAction>> loaded = m_journal->load();
        if (loaded)
            entries = std::move(loaded).value();
        else
            qCWarning(lcActions) << "runs listed without the journal:" << loaded.error().message;
    }
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files);
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
        std::optional<RunRecord> run =
            doc.isObject() ? RunRecord::fromJson(doc.object()) : std::optional<RunRecord>();
        if (!run) {
            qCWarning(lcActions) << "skipped a damaged run file" << name;
            continue;
        }
        refresh(*run, entries ? &*entries : nullptr);
        out.append(std::move(*run));
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const RunRecord &a, const RunRecord &b) { return a.createdAt > b.createdAt; });
    return out;
}

QList<RunRecord> RunStore::interrupted() const
{
    QList<RunRecord> out = list();
    out.removeIf([](const RunRecord &r) { return !r.isInterrupted(); });
    return out;
}

bool RunStore::remove(const QString &id) const
{
    const QString path = pathOf(id);
    return !path.isEmpty() && QFile::remove(path);
}

} // namespace passcode::actions
