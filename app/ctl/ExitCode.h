// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Error.h"

namespace passcode::ctl {

/** passcodectl's exit codes (docs/passcodectl.md). Stable: scripts depend on them. */
enum ExitCode : int
{
    ExitSuccess = 0,
    ExitUsage = 2,          ///< bad command line, no such device, ambiguous name
    ExitNotEligible = 3,    ///< the device may not receive the action (or one is already under way)
    ExitActionFailed = 4,   ///< Graph refused the action, or it ended failed / not supported / canceled
    ExitAuth = 5,           ///< no or bad token, missing permission or Intune role
    ExitService = 6,        ///< network, timeout, throttling, service error, unreadable answer
    ExitOutcomeUnknown = 7, ///< the action's outcome is not known (yet): never re-sent blindly
    ExitInterrupted = 130,  ///< SIGINT (Ctrl+C): stopped at once (128 + 2, as a shell reports it)
    ExitTerminated = 143    ///< SIGTERM: stopped at once (128 + 15)
};

/** The exit code for an error that ends a command. */
inline int exitCodeFor(const Error &error)
{
    switch (error.kind) {
    case Error::Kind::Usage:
    case Error::Kind::Security:
        return ExitUsage;
    case Error::Kind::Auth:
    case Error::Kind::Permission:
    case Error::Kind::Keychain:
        return ExitAuth;
    case Error::Kind::OutcomeUnknown:
        return ExitOutcomeUnknown;
    case Error::Kind::Http:
        return error.httpStatus >= 400 && error.httpStatus < 500 ? ExitActionFailed : ExitService;
    case Error::Kind::NotFound:
    case Error::Kind::Network:
    case Error::Kind::Timeout:
    case Error::Kind::Throttled:
    case Error::Kind::Unavailable:
    case Error::Kind::Parse:
    case Error::Kind::Cancelled:
    case Error::Kind::Internal:
        return ExitService;
    }
    return ExitService;
}

} // namespace passcode::ctl
