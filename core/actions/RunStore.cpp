// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/actions/RunStore.h"

namespace passcode::actions {

RunStore::RunStore(QString folder, const ActionJournal *journal)
    : m_folder(std::move(folder))
    , m_journal(journal)
{}

QString RunStore::runsFolderFor(const QString &)
{
    return {};
}
std::optional<Error> RunStore::save(const RunRecord &) const
{
    return std::nullopt;
}
Result<RunRecord> RunStore::load(const QString &) const
{
    return Error::make(Error::Kind::NotFound, tr("No such run."));
}
QList<RunRecord> RunStore::list() const
{
    return {};
}
QList<RunRecord> RunStore::interrupted() const
{
    return {};
}
bool RunStore::remove(const QString &) const
{
    return false;
}
QString RunStore::pathOf(const QString &) const
{
    return {};
}
void RunStore::refresh(RunRecord &, const QList<TrackedAction> *) const
{}

} // namespace passcode::actions
