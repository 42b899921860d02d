// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/AuditActionNames.h"

#include <array>

namespace passcode::ui {
namespace {

struct ActionName
{
    const char *graph;
    const char *display;
};

constexpr std::array<ActionName, 20> kNames{{
    {"resetPasscode", QT_TRANSLATE_NOOP("AuditActionNames", "Reset passcode")},
    {"recoverPasscode", QT_TRANSLATE_NOOP("AuditActionNames", "PIN reset")},
    {"remoteLock", QT_TRANSLATE_NOOP("AuditActionNames", "Remote lock")},
    {"wipe", QT_TRANSLATE_NOOP("AuditActionNames", "Wipe")},
    {"factoryReset", QT_TRANSLATE_NOOP("AuditActionNames", "Wipe")},
    {"retire", QT_TRANSLATE_NOOP("AuditActionNames", "Retire")},
    {"delete", QT_TRANSLATE_NOOP("AuditActionNames", "Delete")},
    {"syncDevice", QT_TRANSLATE_NOOP("AuditActionNames", "Sync")},
    {"rebootNow", QT_TRANSLATE_NOOP("AuditActionNames", "Restart")},
    {"shutDown", QT_TRANSLATE_NOOP("AuditActionNames", "Shut down")},
    {"locateDevice", QT_TRANSLATE_NOOP("AuditActionNames", "Locate device")},
    {"disableLostMode", QT_TRANSLATE_NOOP("AuditActionNames", "Disable Lost Mode")},
    {"enableLostMode", QT_TRANSLATE_NOOP("AuditActionNames", "Enable Lost Mode")},
    {"playLostModeSound", QT_TRANSLATE_NOOP("AuditActionNames", "Play Lost Mode sound")},
    {"cleanWindowsDevice", QT_TRANSLATE_NOOP("AuditActionNames", "Fresh start")},
    {"windowsDefenderScan", QT_TRANSLATE_NOOP("AuditActionNames", "Microsoft Defender scan")},
    {"windowsDefenderUpdateSignatures", QT_TRANSLATE_NOOP("AuditActionNames", "Update Defender signatures")},
    {"rotateBitLockerKeys", QT_TRANSLATE_NOOP("AuditActionNames", "Rotate BitLocker keys")},
    {"rotateFileVaultKey", QT_TRANSLATE_NOOP("AuditActionNames", "Rotate FileVault key")},
    {"removeDeviceFirmwareConfigurationInterfaceManagement",
     QT_TRANSLATE_NOOP("AuditActionNames", "Remove DFCI management")},
}};

} // namespace

QString AuditActionNames::displayName(const QString &graphAction)
{
    for (const ActionName &name : kNames) {
        if (graphAction.compare(QLatin1String(name.graph), Qt::CaseInsensitive) == 0)
            return tr(name.display);
    }
    return graphAction;
}

} // namespace passcode::ui
