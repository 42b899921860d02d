// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace passcode::ctl {

/**
 * `tenants list [--json]`: the roster. Text: one line per tenant, tab-separated, the name first (so that
 * `passcodectl tenants list | cut -f1` gives the names a shell completion offers); no header.
 */
class TenantsListCommand final : public Command
{
    Q_OBJECT

public:
    TenantsListCommand(const CtlOptions &options, Output &out, Output &err, QObject *parent = nullptr)
        : Command(options, out, err, parent)
    {}
    void execute() override;
};

} // namespace passcode::ctl
