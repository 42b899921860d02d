// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/http/GraphError.h"
#include "sandbox/http/HttpRequest.h"
#include "sandbox/http/HttpResponse.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace passcode::sandbox {

class ActionSimulator;
class DeviceStore;
class SandboxClock;

/**
 * /deviceManagement/managedDevices of v1.0 and beta, once GraphService has routed, authorised and throttled
 * the request: the list (with $select, $filter, $top, $skip, $count and paging), one device (only $select
 * applies) and the remote actions the sandbox simulates. Lives on the server thread.
 */
class ManagedDevicesResource
{
public:
    ManagedDevicesResource(const DeviceStore &store, ActionSimulator &actions, const SandboxClock &clock);

    /** GET .../managedDevices: the devices \a visible accepts (all when empty), as Intune shows an account
     * limited to scope tags only the devices that carry one of them. */
    HttpResponse list(const HttpRequest &request, const RequestIds &ids, bool beta,
                      const std::function<bool(qsizetype)> &visible = {}) const;
    /** GET .../managedDevices/{id} of the device at \a index. */
    HttpResponse get(const HttpRequest &request, const RequestIds &ids, bool beta, qsizetype index) const;
    /** POST .../managedDevices/{id}/{action} (resetPasscode, recoverPasscode, remoteLock, syncDevice) sent by
     * \a upn: 204. A syncDevice makes an online device check in shortly (ActionSimulator::sync()). */
    HttpResponse postAction(const HttpRequest &request, const RequestIds &ids, const QString &upn,
                            qsizetype index, const QString &action);

private:
    const DeviceStore &m_store;
    ActionSimulator &m_actions;
    const SandboxClock &m_clock;
};

} // namespace passcode::sandbox
