// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/notify/ActionNotifications.h"

#include "core/actions/ActionTracker.h"
#include "core/actions/LikelyCause.h"
#include "core/devices/DeviceDirectory.h"
#include "ui/ConsoleContext.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/settings/SettingsDialog.h"

#include <QSettings>

namespace passcode::ui {

using actions::ActionState;
using actions::RemoteAction;

ActionNotifications::ActionNotifications(DesktopNotifier &notifier, MainWindow &window, QSettings *settings,
                                         QObject *parent)
    : QObject(parent)
    , m_notifier(notifier)
    , m_window(window)
    , m_settings(settings)
{
    connect(&m_notifier, &DesktopNotifier::activated, this,
            [this](const QString &tenantId, const QString &deviceId) {
                m_window.showDevice(tenantId, deviceId);
            });
}

ActionNotifications::~ActionNotifications() = default;

void ActionNotifications::watch(const QString &tenantId, ConsoleContext &context)
{
    unwatch(tenantId);
    m_contexts.insert(tenantId, &context);
    m_connections.insert(
        tenantId, connect(&context.tracker, &actions::ActionTracker::stateChanged, this,
                          [this, tenantId](const actions::ActionKey &key, ActionState from, ActionState to) {
                              onStateChanged(tenantId, key, from, to);
                          }));
}

void ActionNotifications::unwatch(const QString &tenantId)
{
    disconnect(m_connections.take(tenantId));
    m_contexts.remove(tenantId);
}

bool ActionNotifications::isEnabled() const
{
    return !m_settings || m_settings->value(QLatin1String(SettingsDialog::kNotificationsKey), true).toBool();
}

void ActionNotifications::onStateChanged(const QString &tenantId, const actions::ActionKey &key,
                                         ActionState from, ActionState to)
{
    if (to != ActionState::Done && to != ActionState::Failed && to != ActionState::NotSupported)
        return;
    // Only an action seen under way ends here: not one observed after it ended (started elsewhere).
    if (!actions::isInFlight(from) || !isEnabled() || m_window.isShowingDevice(tenantId, key.deviceId))
        return;
    ConsoleContext *context = m_contexts.value(tenantId);
    if (!context)
        return;
    const std::optional<actions::TrackedAction> action = context->tracker.find(key);
    if (!action || !action->runId.isEmpty())
        return; // a bulk run's items are reported by the run's window
    const QString tenantName = m_window.tenants().size() > 1 ? context->tenantName : QString();
    DesktopNotification notification =
        compose(*action, context->directory.findById(key.deviceId), to, tenantName);
    notification.tenantId = tenantId;
    m_notifier.show(notification);
}

DesktopNotification ActionNotifications::compose(const actions::TrackedAction &action,
                                                 const std::optional<devices::Device> &device,
                                                 ActionState state, const QString &tenantName)
{
    QString name = action.deviceName;
    if (name.isEmpty() && device)
        name = device->deviceName;
    if (name.isEmpty())
        name = action.key.deviceId;
    DesktopNotification n;
    n.deviceId = action.key.deviceId;
    const RemoteAction kind = action.key.action;
    if (state == ActionState::Done) {
        switch (kind) {
        case RemoteAction::ResetPasscode:
            n.summary = tr("%1: the new passcode is ready", "device name").arg(name);
            break;
        case RemoteAction::RemovePasscode:
            n.summary = tr("%1: the passcode was removed", "device name").arg(name);
            break;
        case RemoteAction::PinReset:
            n.summary = tr("%1: the new PIN is ready", "device name").arg(name);
            break;
        }
    } else if (state == ActionState::Failed) {
        n.summary = tr("%1: %2 failed", "device name, action").arg(name, actions::displayName(kind));
    } else {
        n.summary =
            tr("%1: %2 is not supported", "device name, action").arg(name, actions::displayName(kind));
    }
    QStringList lines;
    if (!tenantName.isEmpty())
        lines.append(tr("Tenant: %1").arg(tenantName));
    if (const std::optional<QString> reason =
            actions::LikelyCause::briefOf(device.value_or(devices::Device{}), kind, state))
        lines.append(*reason);
    n.body = lines.join(u'\n');
    return n;
}

} // namespace passcode::ui
