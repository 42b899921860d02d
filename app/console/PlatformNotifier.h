// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

namespace passcode::ui {
class DesktopNotifier;
}

namespace passcode::console {

/**
 * The platform's desktop notifications: the freedesktop Notifications interface on the session bus on Linux
 * (PlatformNotifierDBus.cpp), the system tray's messages elsewhere (PlatformNotifierTray.cpp). Named after
 * the application's display name and desktop file (QGuiApplication), as main() sets them.
 */
std::unique_ptr<ui::DesktopNotifier> createPlatformNotifier();

} // namespace passcode::console
