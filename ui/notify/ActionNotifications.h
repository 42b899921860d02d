// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/actions/ActionKey.h"
#include "core/actions/ActionState.h"
#include "core/devices/Device.h"
#include "ui/notify/DesktopNotifier.h"

#include <QHash>
#include <QObject>

#include <optional>

class QSettings;

namespace passcode::actions {
struct TrackedAction;
}

namespace passcode::ui {

struct ConsoleContext;
class MainWindow;

/**
 * "Be told when it is done": when a tracked action the technician sent ends (done, failed, not supported)
 * while the technician is elsewhere (the window is not active, or it does not show that device's Overview),
 * a desktop notification says so: "SCAN-LIL-1712: the new passcode is ready", a failure's short likely cause,
 * and the tenant when the window holds several. Never the passcode. Clicking it opens the device in its
 * tenant (MainWindow::showDevice). Actions of bulk runs are left to the run's own window; an action seen
 * only once it had ended (started elsewhere) is not announced. The preference (SettingsDialog's
 * kNotificationsKey, on by default) is read at each action, so turning it off applies at once.
 *
 * The composition root (app/console) creates it over the window and the platform's DesktopNotifier and
 * watches each tenant while its pages are attached.
 */
class ActionNotifications final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionNotifications)

public:
    /**
     * @param notifier the platform's notifications (not owned; outlives this).
     * @param window the window the technician may be looking at (not owned; outlives this).
     * @param settings preferences (not owned); null: notifications on.
     */
    ActionNotifications(DesktopNotifier &notifier, MainWindow &window, QSettings *settings,
                        QObject *parent = nullptr);
    ~ActionNotifications() override;

    /** Follows the tracked actions of the tenant's context (which must outlive it until unwatch()). */
    void watch(const QString &tenantId, ConsoleContext &context);
    void unwatch(const QString &tenantId);
    /** The preference: desktop notifications on. */
    bool isEnabled() const;

    /**
     * The notification for @p action that ended in @p state on @p device (if known): the summary names the
     * device, the body the tenant (when @p tenantName is not empty) and, for a failure, the short likely
     * cause. Pure.
     */
    static DesktopNotification compose(const actions::TrackedAction &action,
                                       const std::optional<devices::Device> &device,
                                       actions::ActionState state, const QString &tenantName);

private:
    void onStateChanged(const QString &tenantId, const actions::ActionKey &key, actions::ActionState from,
                        actions::ActionState to);

    DesktopNotifier &m_notifier;
    MainWindow &m_window;
    QSettings *m_settings;
    QHash<QString, ConsoleContext *> m_contexts;
    QHash<QString, QMetaObject::Connection> m_connections;
};

} // namespace passcode::ui
