// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/notify/DesktopNotifier.h"

namespace passcode::ui {

DesktopNotifier::~DesktopNotifier() = default;

} // namespace passcode::ui
