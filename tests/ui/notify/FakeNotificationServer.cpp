// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeNotificationServer.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QUuid>

namespace passcode::uitest {

namespace {
const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
} // namespace

FakeNotificationServer::FakeNotificationServer()
    : m_connectionName(QStringLiteral("fake-notifications-") +
                       QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_bus(QDBusConnection::connectToBus(QDBusConnection::SessionBus, m_connectionName))
{}

FakeNotificationServer::~FakeNotificationServer()
{
    if (m_registered) {
        m_bus.unregisterObject(kPath);
        m_bus.unregisterService(kService);
    }
    QDBusConnection::disconnectFromBus(m_connectionName);
}

bool FakeNotificationServer::start()
{
    if (!m_bus.isConnected()) {
        m_error = QStringLiteral("no session bus: ") + m_bus.lastError().message();
        return false;
    }
    if (!m_bus.registerObject(kPath, this, QDBusConnection::ExportAllSlots)) {
        m_error = QStringLiteral("cannot serve ") + kPath;
        return false;
    }
    if (!m_bus.registerService(kService)) {
        m_error = kService + QStringLiteral(" is taken: ") + m_bus.lastError().message();
        m_bus.unregisterObject(kPath);
        return false;
    }
    m_registered = true;
    return true;
}

QStringList FakeNotificationServer::GetCapabilities()
{
    return capabilities;
}

uint FakeNotificationServer::Notify(const QString &app_name, uint replaces_id, const QString &app_icon,
                                    const QString &summary, const QString &body, const QStringList &actions,
                                    const QVariantMap &hints, int expire_timeout)
{
    const uint id = replaces_id ? replaces_id : m_nextId++;
    calls.append({app_name, replaces_id, app_icon, summary, body, actions, hints, expire_timeout, id});
    Q_EMIT notified();
    return id;
}

void FakeNotificationServer::CloseNotification(uint id)
{
    close(id, 3);
}

QString FakeNotificationServer::GetServerInformation(QString &vendor, QString &version, QString &specVersion)
{
    vendor = QStringLiteral("passcode tests");
    version = QStringLiteral("1");
    specVersion = QStringLiteral("1.2");
    return QStringLiteral("fake-notifications");
}

void FakeNotificationServer::invokeAction(uint id, const QString &actionKey)
{
    emitSignal(QStringLiteral("ActionInvoked"), {id, actionKey});
}

void FakeNotificationServer::close(uint id, uint reason)
{
    emitSignal(QStringLiteral("NotificationClosed"), {id, reason});
}

void FakeNotificationServer::emitSignal(const QString &name, const QList<QVariant> &arguments)
{
    QDBusMessage message = QDBusMessage::createSignal(kPath, kService, name);
    message.setArguments(arguments);
    m_bus.send(message);
}

bool haveTestSessionBus(QString *why)
{
    if (qEnvironmentVariable("PASSCODE_KEYRING") != QLatin1String("1")) {
        *why = QStringLiteral("PASSCODE_KEYRING is not 1: run under scripts/with-keyring.sh, which gives the "
                              "tests a private session bus");
        return false;
    }
    if (!QDBusConnection::sessionBus().isConnected()) {
        *why = QStringLiteral("no session bus: ") + QDBusConnection::sessionBus().lastError().message();
        return false;
    }
    return true;
}

} // namespace passcode::uitest
