// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/actions/ActionKey.h"
#include "core/actions/ActionState.h"
#include "core/common/Error.h"
#include "core/devices/Device.h"
#include "core/eligibility/Verdict.h"

#include <QTimer>
#include <QWidget>

#include <optional>

class QFormLayout;
class QLabel;
class QPushButton;
class QScrollArea;
class QTableView;

namespace passcode::ui {

struct ConsoleContext;
class ActionBar;
class ActionResultsModel;
class Breadcrumb;
class CallerCheckPanel;
class PasscodePanel;
class SyncOffer;

/**
 * A device's Overview: breadcrumb (Devices › All devices › NAME, Alt+Left goes back), the essentials a
 * helpdesk call needs, the passcode actions with their verdicts (every disabled one says why), the passcode
 * panel and the device's action status list.
 *
 * openDevice() shows what the directory has at once, then reads the device by id (ActionService::fetchDevice)
 * with a loading indicator; a failure is shown with Retry. Every later deviceFetched of the same device (the
 * service's polling) and every tracker change of its actions refresh the page. Sending goes through the
 * DialogPresenter (confirmation), then ActionService::send.
 *
 * The caller check (CallerCheckPanel) gates the passcode: until the technician ticks "Caller's identity
 * verified" (journaled by ActionService::recordCallerCheck), Show and Copy stay disabled and say why; the
 * tick lasts until the technician leaves the device (another device, or the page is left). The preference
 * kVerifyCallerKey (on unless set to false) turns the gate off.
 *
 * Sync (with a SyncService in the context): the action bar's Sync asks the short confirmation
 * (DialogPresenter::confirmSync), then SyncService::send; once a passcode action this console sent is
 * accepted and the device has not checked in yet, a SyncOffer proposes the same Sync (its Sync now is the
 * confirmation), where Intune syncs the platform and the role allows it, until a Sync is sent or it is
 * dismissed.
 */
class DeviceOverviewPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceOverviewPage)

public:
    /** The settings key of the caller-check gate (bool, true when absent). */
    static constexpr const char *kVerifyCallerKey = "overview/verifyCaller";

    explicit DeviceOverviewPage(ConsoleContext &context, QWidget *parent = nullptr);
    ~DeviceOverviewPage() override;

    void openDevice(const QString &deviceId);
    QString deviceId() const { return m_deviceId; }
    std::optional<devices::Device> device() const { return m_device; }
    bool isLoading() const { return m_loading; }
    const QList<eligibility::Verdict> &verdicts() const { return m_verdicts; }

    ActionBar *actionBar() const { return m_actionBar; }
    SyncOffer *syncOffer() const { return m_syncOffer; }
    PasscodePanel *passcodePanel() const { return m_passcode; }
    CallerCheckPanel *callerCheck() const { return m_callerCheck; }
    /** Whether the caller-check gate is on (the preference; on without settings). */
    bool callerGateOn() const;
    /** Re-reads the preferences (after the Preferences dialog). */
    void applyPreferences();
    /** The fetch error shown (empty when none). */
    QString errorText() const;
    /** The value shown for an essentials field, by its object name ("essential_serial"...), for tests. */
    QString essential(const QString &name) const;

    /** Asks to confirm and then sends the action (the ActionBar's buttons call this). */
    void requestAction(actions::RemoteAction action);
    /** Asks the short confirmation and then sends a Sync (the ActionBar's Sync calls this). */
    void requestSync();

Q_SIGNALS:
    /** The breadcrumb's links: back to the device list. */
    void allDevicesRequested();
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void onCallerVerificationRequested();
    void renderCallerGate();
    void buildUi();
    void retranslate();
    void fetch();
    void onFetched(const devices::Device &device);
    void onFetchFailed(const QString &deviceId, const Error &error);
    void onTrackerChanged(const actions::ActionKey &key);
    void onSendFailed(const actions::ActionKey &key, const Error &error);
    void render();
    void renderEssentials();
    void renderActions();
    void renderSync();
    /** Sends a Sync to the device now (confirmed, or the offer's Sync now). */
    void sendSync();
    /** What became of the last Sync sent to the device (empty: none). */
    QString syncStatusText() const;
    void setEssential(const QString &name, const QString &value);
    void showError(const QString &message, bool retry);

    ConsoleContext &m_context;
    QString m_deviceId;
    std::optional<devices::Device> m_device;
    QList<eligibility::Verdict> m_verdicts;
    bool m_loading = false;

    QScrollArea *m_scroll = nullptr;
    Breadcrumb *m_breadcrumb = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_loadingLabel = nullptr;
    QWidget *m_errorBox = nullptr;
    QLabel *m_errorText = nullptr;
    QPushButton *m_retry = nullptr;
    QLabel *m_essentialsTitle = nullptr;
    QFormLayout *m_essentials = nullptr;
    QHash<QString, QLabel *> m_essentialLabels;
    QHash<QString, QLabel *> m_essentialValues;
    ActionBar *m_actionBar = nullptr;
    QLabel *m_sendError = nullptr;
    CallerCheckPanel *m_callerCheck = nullptr;
    SyncOffer *m_syncOffer = nullptr;
    /** The action (device and time sent) whose offer was dismissed. */
    QString m_offerDismissedFor;
    PasscodePanel *m_passcode = nullptr;
    QLabel *m_resultsTitle = nullptr;
    ActionResultsModel *m_results = nullptr;
    QTableView *m_resultsView = nullptr;
    QTimer m_minuteTicker; ///< "3 minutes ago" and stale cautions age while the page is open
};

} // namespace passcode::ui
