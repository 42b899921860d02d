// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/actions/RemoteAction.h"

#include <QCoreApplication>

namespace passcode::actions {

QString graphActionName(RemoteAction action)
{
    return action == RemoteAction::PinReset ? QStringLiteral("recoverPasscode")
                                            : QStringLiteral("resetPasscode");
}

QString auditActionName(RemoteAction action)
{
    return graphActionName(action);
}

QString stableName(RemoteAction action)
{
    switch (action) {
    case RemoteAction::ResetPasscode:
        return QStringLiteral("resetPasscode");
    case RemoteAction::RemovePasscode:
        return QStringLiteral("removePasscode");
    case RemoteAction::PinReset:
        return QStringLiteral("pinReset");
    }
    return {};
}

RemoteAction remoteActionFromStableName(const QString &text, bool *ok)
{
    for (RemoteAction a : kAllRemoteActions) {
        if (stableName(a) == text) {
            if (ok)
                *ok = true;
            return a;
        }
    }
    if (ok)
        *ok = false;
    return RemoteAction::ResetPasscode;
}

QString displayName(RemoteAction action)
{
    switch (action) {
    case RemoteAction::ResetPasscode:
        return QCoreApplication::translate("RemoteAction", "Reset passcode");
    case RemoteAction::RemovePasscode:
        return QCoreApplication::translate("RemoteAction", "Remove passcode");
    case RemoteAction::PinReset:
        return QCoreApplication::translate("RemoteAction", "PIN reset");
    }
    return {};
}

bool yieldsPasscode(RemoteAction action)
{
    return action != RemoteAction::RemovePasscode;
}

} // namespace passcode::actions
