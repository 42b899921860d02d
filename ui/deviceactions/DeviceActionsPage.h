// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/actions/RemoteActionAudit.h"
#include "core/common/Error.h"
#include "ui/deviceactions/DeviceActionsModel.h"

#include <QDateTime>
#include <QTimer>
#include <QWidget>

#include <chrono>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace passcode {
class Clock;
namespace actions {
class AuditFeed;
}
} // namespace passcode

namespace passcode::ui {

class DeviceActionsFilterModel;

/**
 * Devices › Device actions: the tenant's remote actions (AuditFeed: remoteActionAudits merged with this
 * console's own actions), with state and action filters. Refreshes on a timer while the page is shown (no
 * requests while hidden, so the tenant's throttling budget goes to the technician's work) and at once when it
 * is shown again after the interval; "Last refreshed HH:MM:SS" and a Pause switch. Opening a row opens the
 * device.
 */
class DeviceActionsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceActionsPage)

public:
    DeviceActionsPage(actions::AuditFeed &feed, const Clock &clock, QWidget *parent = nullptr);
    ~DeviceActionsPage() override;

    std::chrono::milliseconds refreshInterval() const;
    void setPaused(bool paused);
    /** Where the rows' devices are read from, for the likely causes (DeviceActionsModel::setDeviceSource). */
    void setDeviceSource(DeviceActionsModel::DeviceSource source);
    /** The details line under the table (for tests). */
    QString details() const;
    bool isAutoRefreshActive() const { return m_timer.isActive(); }

    DeviceActionsModel *model() const { return m_model; }
    DeviceActionsFilterModel *filterModel() const { return m_filter; }
    QTableView *view() const { return m_view; }
    QString lastRefreshText() const;

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void deviceActivated(const QString &deviceId);
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void buildUi();
    void retranslate();
    void fillStateFilter();
    void fillActionFilter();
    void applyFilters();
    void onRefreshed(const QList<actions::RemoteActionAudit> &rows);
    void onRefreshFailed(const Error &error);
    void updateTimer();
    void renderLastRefresh();
    /** The selected row in words, with the likely cause and fix of a failed passcode action. */
    void renderDetails();

    actions::AuditFeed &m_feed;
    const Clock &m_clock;
    DeviceActionsModel *m_model = nullptr;
    DeviceActionsFilterModel *m_filter = nullptr;
    QLabel *m_title = nullptr;
    QComboBox *m_state = nullptr;
    QComboBox *m_action = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_pause = nullptr;
    QLabel *m_lastRefresh = nullptr;
    QLabel *m_error = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_details = nullptr;
    QTimer m_timer;
    QDateTime m_lastRefreshAt;
    QString m_lastError;
    bool m_paused = false;
};

} // namespace passcode::ui
