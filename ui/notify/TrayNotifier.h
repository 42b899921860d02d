// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/notify/DesktopNotifier.h"

#include <QPair>

class QSystemTrayIcon;

namespace passcode::ui {

/**
 * Desktop notifications as the system tray's messages (Windows, macOS: QSystemTrayIcon::showMessage). The
 * tray icon appears with the first message; clicking the message emits activated() for the last one shown.
 * Without a system tray nothing is shown.
 */
class TrayNotifier final : public DesktopNotifier
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayNotifier)

public:
    /** @param appName the tray icon's tooltip and the title of a message without a body. */
    explicit TrayNotifier(const QString &appName, QObject *parent = nullptr);
    ~TrayNotifier() override;

    void show(const DesktopNotification &notification) override;

private:
    QString m_appName;
    QSystemTrayIcon *m_tray = nullptr;
    QPair<QString, QString> m_last; ///< tenant id, device id
};

} // namespace passcode::ui
