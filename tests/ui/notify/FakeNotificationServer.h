// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDBusConnection>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QVariantMap>

namespace passcode::uitest {

/** One Notify call as the server received it. */
struct NotifyCall
{
    QString appName;
    uint replacesId = 0;
    QString appIcon;
    QString summary;
    QString body;
    QStringList actions;
    QVariantMap hints;
    int expireTimeout = 0;
    uint id = 0; ///< the id it answered
};

/**
 * A fake org.freedesktop.Notifications server on the session bus (the private bus of
 * scripts/with-keyring.sh), on a connection of its own so that calls go through the bus daemon as from a
 * real server. It records Notify calls, answers GetCapabilities with capabilities(), and emits
 * ActionInvoked and NotificationClosed on demand. The name is released on destruction.
 */
class FakeNotificationServer final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    FakeNotificationServer();
    ~FakeNotificationServer() override;

    /** Owns the name and serves the object; false (with the reason in error()) otherwise. */
    bool start();
    QString error() const { return m_error; }

    void invokeAction(uint id, const QString &actionKey);
    void close(uint id, uint reason = 2);

    QStringList capabilities{QStringLiteral("actions"), QStringLiteral("body")};
    QList<NotifyCall> calls;

public Q_SLOTS:
    QStringList GetCapabilities();
    uint Notify(const QString &app_name, uint replaces_id, const QString &app_icon, const QString &summary,
                const QString &body, const QStringList &actions, const QVariantMap &hints,
                int expire_timeout);
    void CloseNotification(uint id);
    QString GetServerInformation(QString &vendor, QString &version, QString &specVersion);

Q_SIGNALS:
    void notified();

private:
    void emitSignal(const QString &name, const QList<QVariant> &arguments);

    QString m_connectionName;
    QDBusConnection m_bus;
    QString m_error;
    uint m_nextId = 1;
    bool m_registered = false;
};

/** Fails with a reason unless the session bus of scripts/with-keyring.sh is there (never skips). */
bool haveTestSessionBus(QString *why);

} // namespace passcode::uitest
