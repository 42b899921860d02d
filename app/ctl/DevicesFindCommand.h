// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

#include <QByteArray>
#include <QStringList>

#include <memory>
#include <vector>

namespace passcode::ctl {

class DeviceListWriter;
class TenantFinder;

/**
 * `devices find TEXT [--all-tenants] [--json]`: a device name, serial, IMEI, user or id asked of Graph with
 * the documented filters (devices::DeviceLookup), on the selected tenant or on every roster tenant at once
 * (one session and engine each, so the search takes about as long as the slowest tenant). Devices are
 * written as each tenant answers: JSON lines with a "tenant" member, or a table with a Tenant column. A
 * tenant that fails is reported on stderr (its name and the reason) and the others go on; see
 * docs/passcodectl.md for the exit codes.
 */
class DevicesFindCommand final : public Command
{
    Q_OBJECT

public:
    DevicesFindCommand(const CtlOptions &options, Output &out, Output &err, QObject *parent = nullptr);
    ~DevicesFindCommand() override;

    void execute() override;

private:
    void addFinder(const CtlOptions &options);
    void startFinders();
    void write(TenantFinder *finder, const QList<devices::Device> &devices);
    void tenantDone(TenantFinder *finder, const std::optional<Error> &error);

    std::vector<std::unique_ptr<TenantFinder>> m_finders;
    std::unique_ptr<DeviceListWriter> m_writer;
    int m_running = 0;
    qsizetype m_found = 0;
    QStringList m_failed;
    std::optional<Error> m_firstError;
};

} // namespace passcode::ctl
