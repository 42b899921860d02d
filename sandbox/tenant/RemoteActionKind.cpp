// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/tenant/RemoteActionKind.h"

#include <QString>

#include <array>

namespace passcode::sandbox {

namespace {

constexpr std::array<const char *, 8> kActionNames = {
    "resetPasscode",     "recoverPasscode", "remoteLock",   "factoryReset",
    "removeCompanyData", "rebootNow",       "locateDevice", "rotateLocalAdminPassword",
};
constexpr std::array<const char *, 7> kStateNames = {"none", "pending", "canceled",    "active",
                                                     "done", "failed",  "notSupported"};

} // namespace

QByteArrayView remoteActionName(RemoteActionKind kind)
{
    return kActionNames[std::size_t(kind)];
}

std::optional<RemoteActionKind> remoteActionFromName(QStringView name)
{
    for (std::size_t k = 0; k < kActionNames.size(); ++k) {
        if (name.compare(QLatin1String(kActionNames[k]), Qt::CaseInsensitive) == 0)
            return RemoteActionKind(k);
    }
    return std::nullopt;
}

QByteArrayView actionStateName(ActionState state)
{
    return kStateNames[std::size_t(state)];
}

} // namespace passcode::sandbox
