// SPDX-License-Identifier: GPL-3.0-or-later
#include "DevicesShowCommand.h"

#include "CtlFormat.h"
#include "CtlSession.h"
#include "DeviceResolver.h"
#include "ExitCode.h"
#include "Output.h"

namespace passcode::ctl {

DevicesShowCommand::DevicesShowCommand(const CtlOptions &options, Output &out, Output &err, QObject *parent)
    : GraphCommand(options, out, err, parent)
{}

DevicesShowCommand::~DevicesShowCommand() = default;

void DevicesShowCommand::executeWithGraph()
{
    resumeFromJournal();
    m_resolver = std::make_unique<DeviceResolver>(session(), [this](const Error &e) { fail(e); });
    m_resolver->resolve(options().device, [this](const devices::Device &device) {
        const QList<eligibility::Verdict> verdicts =
            eligibility::PasscodeRules::evaluateAll(device, eligibilityContext(device));
        if (options().json)
            printJson(CtlFormat::deviceShowJson(device, verdicts));
        else
            out() << CtlFormat::deviceShowText(device, verdicts);
        finish(ExitSuccess);
    });
}

} // namespace passcode::ctl
