// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace passcode::ctl {

/** `login [--browser]`: signs in to the configured tenant with a device code (the code and address on stderr)
 * or, with --browser, an address to open with a loopback redirect; keeps the sign-in in the keychain. */
class LoginCommand final : public SignInCommand
{
    Q_OBJECT

public:
    LoginCommand(const CtlOptions &options, Output &out, Output &err, QObject *parent = nullptr)
        : SignInCommand(options, out, err, parent)
    {}

protected:
    void executeWithSignIn(auth::AuthSession &auth) override;
};

} // namespace passcode::ctl
