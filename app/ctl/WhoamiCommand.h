// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace passcode::ctl {

/** `whoami [--json]`: the signed-in account, after restoring the saved sign-in silently; exit 5 when nobody
 * is signed in or the sign-in expired. */
class WhoamiCommand final : public SignInCommand
{
    Q_OBJECT

public:
    WhoamiCommand(const CtlOptions &options, Output &out, Output &err, QObject *parent = nullptr)
        : SignInCommand(options, out, err, parent)
    {}

protected:
    void executeWithSignIn(auth::AuthSession &auth) override;
};

} // namespace passcode::ctl
