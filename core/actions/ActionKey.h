// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/actions/RemoteAction.h"

#include <QHashFunctions>
#include <QString>

namespace passcode::actions {

/** Identifies one tracked action: a device and a passcode action. */
struct ActionKey
{
    QString deviceId;
    RemoteAction action = RemoteAction::ResetPasscode;

    friend bool operator==(const ActionKey &a, const ActionKey &b)
    {
        return a.action == b.action && a.deviceId == b.deviceId;
    }
    friend size_t qHash(const ActionKey &key, size_t seed = 0)
    {
        return qHashMulti(seed, key.deviceId, static_cast<int>(key.action));
    }
};

} // namespace passcode::actions
