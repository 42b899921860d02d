// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

#include "core/actions/ActionKey.h"
#include "core/actions/SyncService.h"

#include <QStringList>
#include <QTimer>

namespace passcode::ctl {

class DeviceResolver;

/**
 * `reset ID|NAME|SERIAL [--reason TEXT] [--wait [--timeout S]] [--show-passcode] [--sync] [--json]`: sends
 * the passcode action the device's platform calls for, when the rules allow it, and reports it: once Graph
 * accepted it, or with --wait when it ended (or --timeout passed). The technician's Intune permissions are
 * asked first (getEffectivePermissions): an action the role does not allow is refused before it is sent.
 * With --sync, once Graph accepted the action (204), a Sync (SyncCommand) asks the device to check in sooner,
 * where Intune syncs its platform and the role allows it; the Sync is an extra: what became of it is printed
 * (a warning on stderr when it was not sent or not accepted) and in the --json "sync" member, and the exit
 * code stays the reset's. The command ends once the Sync's answer is in.
 * Exit codes: 3 refused locally, 5 the Intune role does not allow it, 4 refused by Graph or ended failed /
 * not supported / canceled / device gone, 7 outcome unknown or still pending at the timeout.
 */
class ResetCommand final : public GraphCommand
{
    Q_OBJECT

public:
    ResetCommand(const CtlOptions &options, Output &out, Output &err, QObject *parent = nullptr);
    ~ResetCommand() override;

protected:
    void executeWithGraph() override;
    void aboutToFinish() override;

private:
    /** send() the resolved device once the permission check has an answer. */
    void sendWhenReady();
    void send(const devices::Device &device);
    /** Ends with the service's refusal: exit 3 (not eligible, under way here or elsewhere) or the journal's.
     */
    void refuse(const Error &error);
    void onStateChanged(const actions::ActionKey &key);
    void onSendFailed(const actions::ActionKey &key, const Error &error);
    void onPollError(const actions::ActionKey &key, const Error &error);
    void onTimeout();
    /** Prints the --json result (if asked) and ends with @p exitCode (once the --sync answer is in). */
    void report(int exitCode);
    /** --sync: sends the Sync once, after the action was accepted. */
    void syncOnce();
    void onSyncFinished(const QString &deviceId, const actions::SyncStatus &status);
    /** True for a change of the action this command sent and still follows. */
    bool follows(const actions::ActionKey &key) const { return m_following && key == m_key; }

    std::unique_ptr<DeviceResolver> m_resolver;
    std::optional<devices::Device> m_resolved;
    QTimer m_timeout;
    actions::ActionKey m_key;
    /** The device reset sends to: its platform names the likely cause of a failure. */
    devices::Device m_device;
    QStringList m_cautions;
    bool m_following = false;
    /** --sync: sent (or decided against), its status and what was said of it; the exit code waiting for it.
     */
    bool m_syncDecided = false;
    std::optional<actions::SyncStatus> m_sync;
    QString m_syncMessage;
    std::optional<int> m_exitAfterSync;
};

} // namespace passcode::ctl
