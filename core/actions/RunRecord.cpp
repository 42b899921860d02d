// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/actions/RunRecord.h"

namespace passcode::actions {

QString stableName(RunState)
{
    return {};
}
RunState runStateFromStableName(const QString &, bool *)
{
    return RunState::Ready;
}
QString displayName(RunState)
{
    return {};
}
QString stableName(RunItemStatus)
{
    return {};
}
RunItemStatus runItemStatusFromStableName(const QString &, bool *)
{
    return RunItemStatus::NotSent;
}
QString displayName(RunItemStatus)
{
    return {};
}
RunItemStatus runItemStatusOf(ActionState, bool)
{
    return RunItemStatus::NotSent;
}
bool isSettled(RunItemStatus)
{
    return false;
}
int RunRecord::unsentCount() const
{
    return 0;
}
int RunRecord::count(RunItemStatus) const
{
    return 0;
}
bool RunRecord::isInterrupted() const
{
    return false;
}
QJsonObject RunRecord::toJson() const
{
    return {};
}
std::optional<RunRecord> RunRecord::fromJson(const QJsonObject &)
{
    return std::nullopt;
}
void RunRecord::applyJournal(const QList<TrackedAction> &)
{}

} // namespace passcode::actions
