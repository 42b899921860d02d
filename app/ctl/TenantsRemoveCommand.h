// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace passcode::ctl {

/**
 * `tenants remove NAME`: signs out of the tenant (its refresh token leaves the keychain, as `logout` does,
 * through the entry's own settings group), then removes the entry. When the keychain refuses, the entry
 * stays (and the command says so), so that no refresh token is left behind without a way to remove it.
 */
class TenantsRemoveCommand final : public Command
{
    Q_OBJECT

public:
    TenantsRemoveCommand(const CtlOptions &options, Output &out, Output &err, QObject *parent = nullptr)
        : Command(options, out, err, parent)
    {}
    void execute() override;

private:
    void removeEntry(const QString &id, const QString &signedOut);
};

} // namespace passcode::ctl
