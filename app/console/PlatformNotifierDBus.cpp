// SPDX-License-Identifier: GPL-3.0-or-later
// Linux: the freedesktop Notifications interface on the session bus.
#include "app/console/PlatformNotifier.h"

#include "ui/notify/FreedesktopNotifier.h"

#include <QGuiApplication>

namespace passcode::console {

std::unique_ptr<ui::DesktopNotifier> createPlatformNotifier()
{
    return std::make_unique<ui::FreedesktopNotifier>(QDBusConnection::sessionBus(),
                                                     QGuiApplication::applicationDisplayName(),
                                                     QGuiApplication::desktopFileName());
}

} // namespace passcode::console
