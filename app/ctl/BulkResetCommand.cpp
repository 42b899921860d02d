// SPDX-License-Identifier: GPL-3.0-or-later
#include "BulkResetCommand.h"

#include "BulkFormat.h"
#include "CtlSession.h"
#include "ExitCode.h"
#include "Output.h"

#include "core/actions/BulkPlanner.h"
#include "core/actions/BulkRun.h"
#include "core/graph/WriteBudget.h"
#include "core/rbac/PermissionCheck.h"
#include "engine/TenantEngine.h"

namespace passcode::ctl {

BulkResetCommand::BulkResetCommand(const CtlOptions &options, Output &out, Output &err, QObject *parent)
    : BulkRunCommand(options, out, err, parent)
{}

BulkResetCommand::~BulkResetCommand() = default;

QString BulkResetCommand::fileName() const
{
    return options().fromFile == u"-" ? DeviceListFile::tr("standard input") : options().fromFile;
}

std::optional<Error> BulkResetCommand::beforeSession()
{
    for (const QString &text : options().devices)
        m_entries.append(DeviceEntry{text, 0});
    if (options().fromFile.isEmpty())
        return std::nullopt;
    auto read = DeviceListFile::read(options().fromFile);
    if (Error *e = std::get_if<Error>(&read))
        return *e;
    m_entries += std::get<QList<DeviceEntry>>(read);
    return std::nullopt;
}

void BulkResetCommand::executeWithGraph()
{
    // Actions in flight from earlier runs are followed (never re-sent), so the plan sees them as pending.
    resumeFromJournal();
    // The role is asked while the devices are selected; the plan waits for both.
    rbac::PermissionCheck &check = session().engine().permissions();
    connect(&check, &rbac::PermissionCheck::changed, this, &BulkResetCommand::planWhenReady);
    check.start(session().engine().tokens().accessToken());
    m_selector = std::make_unique<DeviceSelector>(session(), options().pageSize);
    m_selector->select(m_entries, options().allMatching, options().platform,
                       [this](DeviceSelector::Result result) { onSelected(std::move(result)); });
}

void BulkResetCommand::onSelected(DeviceSelector::Result result)
{
    if (const Error *e = std::get_if<Error>(&result)) {
        fail(*e);
        return;
    }
    m_selection = std::get<DeviceSelection>(std::move(result));
    if (m_selection.ids.isEmpty()) {
        printPlan(actions::BulkPlan{}, ExitNotEligible);
        fail(ExitNotEligible, tr("No device matches; nothing was sent."));
        return;
    }
    m_selected = true;
    planWhenReady();
}

void BulkResetCommand::planWhenReady()
{
    const rbac::PermissionCheck &check = session().engine().permissions();
    if (!m_selected || m_planning || check.state() == rbac::PermissionCheck::State::Checking)
        return;
    m_planning = true;
    if (check.state() == rbac::PermissionCheck::State::NotChecked)
        err() << tr("Permissions not checked: %1").arg(check.notCheckedReason()) << u'\n';
    actions::BulkPlanner *planner = session().engine().createPlanner();
    connect(planner, &actions::BulkPlanner::finished, this, &BulkResetCommand::onPlanned);
    planner->plan(m_selection.ids);
}

void BulkResetCommand::printPlan(const actions::BulkPlan &plan, int exitCode)
{
    const int unresolved = int(m_selection.unresolved.size());
    if (options().json) {
        for (const DeviceSelection::Unresolved &u : m_selection.unresolved)
            printJsonLine(BulkFormat::unresolvedJson(u));
        for (const actions::PlanItem &item : plan.items)
            printJsonLine(BulkFormat::planItemJson(item));
        printJsonLine(BulkFormat::planSummaryJson(plan, unresolved, exitCode));
        return;
    }
    out() << BulkFormat::planText(plan, m_selection.unresolved, fileName(), session().engine().tenantLabel());
    out().flush();
}

void BulkResetCommand::onPlanned(const actions::BulkPlan &plan)
{
    if (isFinished())
        return;
    if (plan.eligibleCount() == 0) {
        printPlan(plan, ExitNotEligible);
        fail(ExitNotEligible,
             tr("No device of the plan is eligible for a passcode action; nothing was sent."));
        return;
    }
    if (!options().yes) {
        printPlan(plan, ExitUsage);
        fail(ExitUsage,
             tr("Nothing was sent. To send this plan, run the same command with --reason TEXT --yes "
                "(the devices are read again first)."));
        return;
    }
    if (!options().json) {
        // The plan the technician confirmed with --yes, as a record of what was decided.
        printPlan(plan, ExitSuccess);
    }
    Result<actions::BulkRun *> run = session().engine().createRun(plan, options().reason);
    if (!run) {
        fail(run.error());
        return;
    }
    follow(*run, m_selection.unresolved, fileName(), /*planShown=*/true);
    if (!options().json)
        err() << tr("Run %1: sending %n action(s), at most %2 writes per %3 s.", nullptr,
                    plan.eligibleCount())
                     .arg((*run)->id())
                     .arg(session().engine().writeBudget().limit())
                     .arg(double(session().engine().writeBudget().windowMs()) / 1000.0)
              << u'\n';
    (*run)->start();
}

} // namespace passcode::ctl
