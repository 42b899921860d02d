// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace passcode::ctl {

/**
 * `tenants add NAME (--tenant T --client-id C [--cloud C] | --graph-url URL [--login-url URL])
 * [--color #RRGGBB]`: a tenant (or a Graph-compatible endpoint) added to the roster the console shares.
 */
class TenantsAddCommand final : public Command
{
    Q_OBJECT

public:
    TenantsAddCommand(const CtlOptions &options, Output &out, Output &err, QObject *parent = nullptr)
        : Command(options, out, err, parent)
    {}
    void execute() override;
};

} // namespace passcode::ctl
