// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/notify/FreedesktopNotifier.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QLoggingCategory>
#include <QVariantMap>

#include <algorithm>
#include <utility>

namespace passcode::ui {

namespace {
Q_LOGGING_CATEGORY(lcNotify, "passcode.notify", QtInfoMsg)

/** The spec's urgency levels (a byte). */
constexpr uchar kNormalUrgency = 1;
} // namespace

FreedesktopNotifier::FreedesktopNotifier(const QDBusConnection &bus, const QString &appName,
                                         const QString &desktopEntry, QObject *parent)
    : DesktopNotifier(parent)
    , m_bus(bus)
    , m_appName(appName)
    , m_desktopEntry(desktopEntry)
{
    if (!m_bus.isConnected()) {
        noteFailure(QStringLiteral("no session bus"));
        return;
    }
    // No service name in the match rules: naming it would make Qt D-Bus ask the bus for its owner, a blocking
    // call. Signals are taken from the server that answered Notify only (fromServer()).
    const QString path = QLatin1String(kPath);
    const QString interface = QLatin1String(kInterface);
    m_bus.connect(QString(), path, interface, QStringLiteral("ActionInvoked"), this,
                  SLOT(onActionInvoked(uint, QString, QDBusMessage)));
    m_bus.connect(QString(), path, interface, QStringLiteral("NotificationClosed"), this,
                  SLOT(onNotificationClosed(uint, uint, QDBusMessage)));
    auto *watcher =
        new QDBusPendingCallWatcher(m_bus.asyncCall(call(QStringLiteral("GetCapabilities"))), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusPendingReply<QStringList> reply = *w;
        if (reply.isError()) {
            noteFailure(reply.error().name());
            return;
        }
        m_capabilities = reply.value();
        m_capabilitiesKnown = true;
    });
}

FreedesktopNotifier::~FreedesktopNotifier() = default;

QDBusMessage FreedesktopNotifier::call(const QString &method) const
{
    return QDBusMessage::createMethodCall(QLatin1String(kService), QLatin1String(kPath),
                                          QLatin1String(kInterface), method);
}

void FreedesktopNotifier::show(const DesktopNotification &notification)
{
    if (!m_bus.isConnected())
        return;
    const Target target{notification.tenantId, notification.deviceId};
    // The notification still shown for the same device is replaced, not stacked.
    uint replaces = 0;
    for (auto it = m_targets.cbegin(); it != m_targets.cend(); ++it) {
        if (it.value() == target)
            replaces = std::max(replaces, it.key());
    }
    // Servers that read markup in the body would swallow a "<" of a device name: the text stays plain.
    const QString body = m_capabilities.contains(QLatin1String("body-markup"))
                             ? notification.body.toHtmlEscaped()
                             : notification.body;
    QStringList actions;
    if (!m_capabilitiesKnown || m_capabilities.contains(QLatin1String("actions")))
        actions = {QStringLiteral("default"), tr("Open the device")};
    QVariantMap hints;
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue(kNormalUrgency));
    if (!m_desktopEntry.isEmpty())
        hints.insert(QStringLiteral("desktop-entry"), m_desktopEntry);
    QDBusMessage message = call(QStringLiteral("Notify"));
    message << m_appName << replaces << m_desktopEntry << notification.summary << body << actions << hints
            << qint32(-1);
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(message), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, target](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusPendingReply<uint> reply = *w;
        if (reply.isError()) {
            noteFailure(reply.error().name());
            return;
        }
        m_server = reply.reply().service();
        remember(reply.value(), target);
    });
}

void FreedesktopNotifier::remember(uint id, const Target &target)
{
    if (m_targets.contains(id))
        m_order.removeOne(id);
    m_targets.insert(id, target);
    m_order.append(id);
    while (m_order.size() > kMaxRemembered)
        m_targets.remove(m_order.takeFirst());
}

bool FreedesktopNotifier::fromServer(const QDBusMessage &message) const
{
    return !m_server.isEmpty() && message.service() == m_server;
}

void FreedesktopNotifier::onActionInvoked(uint id, const QString &actionKey, const QDBusMessage &message)
{
    if (!fromServer(message) || actionKey != QLatin1String("default"))
        return;
    const auto it = m_targets.constFind(id);
    if (it == m_targets.cend())
        return;
    Q_EMIT activated(it->first, it->second);
}

void FreedesktopNotifier::onNotificationClosed(uint id, uint reason, const QDBusMessage &message)
{
    Q_UNUSED(reason)
    if (!fromServer(message))
        return;
    if (m_targets.remove(id))
        m_order.removeOne(id);
}

void FreedesktopNotifier::noteFailure(const QString &what)
{
    if (std::exchange(m_failureLogged, true))
        return;
    qCInfo(lcNotify) << "desktop notifications are not available:" << what;
}

} // namespace passcode::ui
