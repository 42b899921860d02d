// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace passcode::devices {
class DeviceDirectory;
}

namespace passcode::ui {

/**
 * The rows of the loaded devices that a pasted identifier names exactly (case-insensitively, spaces around
 * ignored): the Intune device id, the serial number, the IMEI (written with or without spaces or dashes) or
 * the primary user's UPN. A text matching none of them (a part of a name, a model) gives no rows. One pass
 * over the list: a few milliseconds at 100,000 devices, done once per paste, not per keystroke.
 */
QList<int> rowsNamedBy(const devices::DeviceDirectory &directory, const QString &pasted);

/** The id of the one device a pasted identifier names (rowsNamedBy() gives one row), else empty. */
QString deviceNamedBy(const devices::DeviceDirectory &directory, const QString &pasted);

} // namespace passcode::ui
