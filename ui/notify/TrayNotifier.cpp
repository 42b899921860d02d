// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/notify/TrayNotifier.h"

#include <QApplication>
#include <QSystemTrayIcon>

namespace passcode::ui {

TrayNotifier::TrayNotifier(const QString &appName, QObject *parent)
    : DesktopNotifier(parent)
    , m_appName(appName)
{}

TrayNotifier::~TrayNotifier() = default;

void TrayNotifier::show(const DesktopNotification &notification)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->setToolTip(m_appName);
        connect(m_tray, &QSystemTrayIcon::messageClicked, this,
                [this] { Q_EMIT activated(m_last.first, m_last.second); });
        m_tray->show();
    }
    m_last = {notification.tenantId, notification.deviceId};
    // A message needs a body to show at all on some systems: without one, the summary is the message.
    if (notification.body.isEmpty())
        m_tray->showMessage(m_appName, notification.summary);
    else
        m_tray->showMessage(notification.summary, notification.body);
}

} // namespace passcode::ui
