// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

#include "core/actions/SyncService.h"

#include <QJsonObject>

namespace passcode::ctl {

class DeviceResolver;

/**
 * `sync ID|NAME|SERIAL [--json]`: sends Intune's Sync remote action (Graph syncDevice) so that the device
 * checks in sooner, when Intune syncs its platform (eligibility::SyncRules) and the technician's Intune role
 * includes Remote tasks › Sync devices (asked first, as reset does). No confirmation: a sync changes nothing
 * on the device but the time of its next check-in. The answer is Graph's: 204 means Intune asked the device;
 * when the device checks in shows as its last check-in (`devices show`). Exit codes: 0 accepted, 3 platform
 * not synced or a sync already on its way, 5 the Intune role does not allow it (or Intune's 403), 4 another
 * refusal by Graph, 7 outcome unknown (the answer was lost: not sent again), 2 and 6 as every command.
 */
class SyncCommand final : public GraphCommand
{
    Q_OBJECT

public:
    SyncCommand(const CtlOptions &options, Output &out, Output &err, QObject *parent = nullptr);
    ~SyncCommand() override;

    /** Why no Sync goes to @p device: the rule's or the role's reason (exit 3 or 5); nullopt when it may. */
    static std::optional<std::pair<int, QString>> refusal(CtlSession &session, const devices::Device &device);
    /** The line that reports a finished Sync to @p deviceName ("Sync sent to X: ..."), translated. */
    static QString describe(const QString &deviceName, const actions::SyncStatus &status,
                            const QString &forbiddenHint = {});
    /** The exit code of a finished Sync (0, 4, 5, 6 or 7). */
    static int exitCodeOf(const actions::SyncStatus &status);
    /** The --json member of a Sync: {"state": "accepted", "message": ...}. */
    static QJsonObject toJson(const actions::SyncStatus &status, const QString &message);

protected:
    void executeWithGraph() override;

private:
    void sendWhenReady();
    void onFinished(const QString &deviceId, const actions::SyncStatus &status);

    std::unique_ptr<DeviceResolver> m_resolver;
    std::optional<devices::Device> m_resolved;
    devices::Device m_device;
};

} // namespace passcode::ctl
