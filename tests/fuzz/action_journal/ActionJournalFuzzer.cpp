// SPDX-License-Identifier: GPL-3.0-or-later
// ActionJournal::load() (core/actions/ActionJournal.h) over any file content, written to a private folder in
// /dev/shm (memory) so that the run does no disk I/O but the loader's own. A journal loads as entries that
// all name a device, or as an Error with a message (a damaged file is set aside; the harness removes the
// copy). Every entry read survives toJson() and fromJson() unchanged.
#include "FuzzSupport.h"

#include "core/actions/ActionJournal.h"

#include <QDir>
#include <QFile>

#include <unistd.h>

using passcode::actions::ActionJournal;
using passcode::fuzz::check;

namespace {

/** The run's folder, removed at exit. */
struct Folder
{
    QString path;
    Folder()
    {
        const QString base =
            QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm") : QDir::tempPath();
        path = base + QStringLiteral("/passcode-fuzz-journal-") + QString::number(::getpid());
        QDir().mkpath(path);
    }
    ~Folder() { QDir(path).removeRecursively(); }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const Folder folder;
    const QString &dir = folder.path;
    const QString path = dir + QStringLiteral("/journal.json");
    {
        QFile file(path);
        check(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        check(file.write(reinterpret_cast<const char *>(data), static_cast<qint64>(size)) == qint64(size));
    }

    const ActionJournal journal(path);
    const auto loaded = journal.load();
    if (loaded) {
        for (const auto &entry : *loaded) {
            check(!entry.key.deviceId.isEmpty());
            const auto again = ActionJournal::fromJson(ActionJournal::toJson(entry));
            check(again.has_value() && ActionJournal::toJson(*again) == ActionJournal::toJson(entry));
        }
    } else {
        check(!loaded.error().message.isEmpty());
    }

    // Whatever load() left: the file, a copy set aside, the lock.
    for (const QString &name : QDir(dir).entryList(QDir::Files | QDir::Hidden))
        QFile::remove(dir + u'/' + name);
    return 0;
}
