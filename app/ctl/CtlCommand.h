// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CtlOptions.h"

#include "core/actions/ActionKey.h"
#include "core/common/Error.h"
#include "core/devices/Device.h"

#include <QObject>
#include <QTextStream>
#include <QTimer>

#include <functional>
#include <memory>

namespace passcode::devices {
class DeviceDirectory;
class DeviceDirectoryLoader;
} // namespace passcode::devices
namespace passcode::actions {
class AuditFeed;
}

namespace passcode::ctl {

class CtlSession;

/**
 * One run of passcodectl: opens the session, runs the command asynchronously on the event loop (no nested
 * loops), writes results to @p out and one actionable line per error to @p err, and emits finished() with the
 * exit code exactly once.
 */
class CtlCommand final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CtlCommand)

public:
    CtlCommand(CtlOptions options, QTextStream &out, QTextStream &err, QObject *parent = nullptr);
    ~CtlCommand() override;

    /** Starts the command (call once, from the event loop or before exec()). */
    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    using DeviceCallback = std::function<void(const devices::Device &)>;

    void runDevicesList();
    void runDevicesShow();
    void runReset();
    void runActionsList();
    void runLogin();
    void runLogout();
    void runWhoami();

    /** Finds the device named on the command line (id, then name, then serial) and reads it by id. */
    void resolveDevice(const QString &text, DeviceCallback found);
    void resolveByFilter(const QString &text, const QStringList &filters, DeviceCallback found);
    void fetchById(const QString &id, DeviceCallback found);
    void onResetStateChanged(const actions::ActionKey &key);
    void reportReset(int exitCode);
    void printJson(const QJsonValue &value);

    void fail(const Error &error);
    void fail(int exitCode, const QString &message);
    void finish(int exitCode);

    CtlOptions m_options;
    QTextStream &m_out;
    QTextStream &m_err;
    std::unique_ptr<CtlSession> m_session;
    std::unique_ptr<devices::DeviceDirectory> m_directory;
    std::unique_ptr<devices::DeviceDirectoryLoader> m_loader;
    std::unique_ptr<actions::AuditFeed> m_feed;
    QTimer m_timer;
    actions::ActionKey m_resetKey;
    /** The device reset sends to: its platform names the likely cause of a failure. */
    devices::Device m_resetDevice;
    QStringList m_cautions;
    bool m_resetActive = false;
    bool m_finished = false;
};

} // namespace passcode::ctl
