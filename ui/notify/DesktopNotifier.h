// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

namespace passcode::ui {

/** One desktop notification: plain text (never a passcode or a token) and the device it opens. */
struct DesktopNotification
{
    QString summary; ///< one line: "SCAN-LIL-1712: the new passcode is ready"
    QString body;    ///< more lines (the tenant, the short reason); may be empty
    QString tenantId;
    QString deviceId;
};

/**
 * The seam to the platform's notification service: the freedesktop Notifications D-Bus interface on Linux
 * (FreedesktopNotifier, library passcode_ui_dbus), the system tray's messages elsewhere (TrayNotifier); the
 * composition root (app/console) chooses. show() returns at once and never fails: without a notification
 * service nothing is shown and nothing is said to the technician. Clicking a notification emits activated()
 * with its tenant and device.
 */
class DesktopNotifier : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopNotifier)

public:
    using QObject::QObject;
    ~DesktopNotifier() override;

    virtual void show(const DesktopNotification &notification) = 0;

Q_SIGNALS:
    /** The technician clicked a notification (its default action). */
    void activated(const QString &tenantId, const QString &deviceId);
};

} // namespace passcode::ui
