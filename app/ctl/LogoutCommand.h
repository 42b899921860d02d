// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace passcode::ctl {

/** `logout`: removes the saved sign-in from the keychain (the tenant settings stay). */
class LogoutCommand final : public SignInCommand
{
    Q_OBJECT

public:
    LogoutCommand(const CtlOptions &options, Output &out, Output &err, QObject *parent = nullptr)
        : SignInCommand(options, out, err, parent)
    {}

protected:
    void executeWithSignIn(auth::AuthSession &auth) override;
};

} // namespace passcode::ctl
