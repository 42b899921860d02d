// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BulkRunCommand.h"
#include "DeviceListFile.h"
#include "DeviceSelector.h"

#include "core/actions/BulkPlan.h"

#include <memory>

namespace passcode::ctl {

/**
 * `reset ID|NAME|SERIAL... | --from-file FILE | --all-matching TEXT [--platform P] --reason TEXT --yes
 * [--max-writes N] [--wait [--timeout S]] [--show-passcode] [--json]`: a bulk reset (docs/passcodectl.md).
 *
 * The devices are chosen (DeviceSelector), read again by id and judged (BulkPlanner), then: without --yes
 * the plan is printed (counts per action and scope, skipped devices grouped by reason; with --json one
 * object per device and a plan summary) and the command exits 2 having sent nothing; with --yes the run is
 * created (TenantEngine::createRun, persisted in the run store) and followed (BulkRunCommand). Nothing
 * eligible: the plan, exit 3. The technician's Intune role is asked while the devices are selected
 * (rbac::PermissionCheck, as `reset` does): a device whose action the role does not allow is not eligible in
 * the plan, with the role's reason; when the permissions cannot be read, "Permissions not checked" is said
 * once on stderr and the plan is made as before.
 */
class BulkResetCommand final : public BulkRunCommand
{
    Q_OBJECT

public:
    BulkResetCommand(const CtlOptions &options, Output &out, Output &err, QObject *parent = nullptr);
    ~BulkResetCommand() override;

protected:
    std::optional<Error> beforeSession() override;
    void executeWithGraph() override;

private:
    void onSelected(DeviceSelector::Result result);
    /** Plans once both the selection and the permission check are in. */
    void planWhenReady();
    void onPlanned(const actions::BulkPlan &plan);
    void printPlan(const actions::BulkPlan &plan, int exitCode);
    /** The file's name as messages show it. */
    QString fileName() const;

    QList<DeviceEntry> m_entries;
    std::unique_ptr<DeviceSelector> m_selector;
    DeviceSelection m_selection;
    bool m_selected = false;
    bool m_planning = false;
};

} // namespace passcode::ctl
