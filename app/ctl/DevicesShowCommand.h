// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace passcode::ctl {

class DeviceResolver;

/** `devices show ID|NAME|SERIAL [--json]`: the device and the verdict of each passcode action. */
class DevicesShowCommand final : public GraphCommand
{
    Q_OBJECT

public:
    DevicesShowCommand(const CtlOptions &options, Output &out, Output &err, QObject *parent = nullptr);
    ~DevicesShowCommand() override;

protected:
    void executeWithGraph() override;

private:
    std::unique_ptr<DeviceResolver> m_resolver;
};

} // namespace passcode::ctl
