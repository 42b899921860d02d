// SPDX-License-Identifier: GPL-3.0-or-later
// Windows and macOS: the system tray's messages.
#include "app/console/PlatformNotifier.h"

#include "ui/notify/TrayNotifier.h"

#include <QGuiApplication>

namespace passcode::console {

std::unique_ptr<ui::DesktopNotifier> createPlatformNotifier()
{
    return std::make_unique<ui::TrayNotifier>(QGuiApplication::applicationDisplayName());
}

} // namespace passcode::console
