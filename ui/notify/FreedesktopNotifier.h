// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/notify/DesktopNotifier.h"

#include <QDBusConnection>
#include <QHash>
#include <QPair>
#include <QStringList>

#include <optional>

class QDBusMessage;

namespace passcode::ui {

/**
 * Desktop notifications through the freedesktop Notifications interface (org.freedesktop.Notifications on
 * the session bus, Desktop Notifications Specification 1.2) with Qt D-Bus only: no Widgets, no blocking
 * call. Every call is asynchronous; GetCapabilities is asked once at construction (actions, body-markup).
 *
 * Notify carries the application's name, its desktop entry as icon and in the "desktop-entry" hint, normal
 * urgency, the "default" action (clicking the notification) when the server offers actions, and replaces the
 * notification still shown for the same device and tenant. ActionInvoked(id, "default") from the server that
 * answered emits activated(); NotificationClosed forgets the id. Without a bus or a server nothing is shown,
 * nothing fails, and the first failure is logged once (category passcode.notify).
 */
class FreedesktopNotifier final : public DesktopNotifier
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FreedesktopNotifier)

public:
    static constexpr char kService[] = "org.freedesktop.Notifications";
    static constexpr char kPath[] = "/org/freedesktop/Notifications";
    static constexpr char kInterface[] = "org.freedesktop.Notifications";
    /** Ids remembered for clicks at most (the oldest go first when a server never closes them). */
    static constexpr int kMaxRemembered = 200;

    /**
     * @param appName the application's name as the server shows it ("Passcode Console").
     * @param desktopEntry the .desktop id without ".desktop" (also the icon's name); may be empty.
     */
    FreedesktopNotifier(const QDBusConnection &bus, const QString &appName, const QString &desktopEntry,
                        QObject *parent = nullptr);
    ~FreedesktopNotifier() override;

    void show(const DesktopNotification &notification) override;

    /** What GetCapabilities answered; empty until it has (or when it could not be asked). */
    QStringList capabilities() const { return m_capabilities; }
    /** Notifications shown and not yet closed (their ids are remembered for a click). */
    int shownCount() const { return static_cast<int>(m_targets.size()); }

private Q_SLOTS:
    void onActionInvoked(uint id, const QString &actionKey, const QDBusMessage &message);
    void onNotificationClosed(uint id, uint reason, const QDBusMessage &message);

private:
    using Target = QPair<QString, QString>; ///< tenant id, device id

    QDBusMessage call(const QString &method) const;
    void noteFailure(const QString &what);
    bool fromServer(const QDBusMessage &message) const;
    void remember(uint id, const Target &target);

    QDBusConnection m_bus;
    QString m_appName;
    QString m_desktopEntry;
    QStringList m_capabilities;
    bool m_capabilitiesKnown = false;
    bool m_failureLogged = false;
    QString m_server; ///< the unique bus name of the server that answered Notify
    QHash<uint, Target> m_targets;
    QList<uint> m_order; ///< m_targets' ids, oldest first
};

} // namespace passcode::ui
