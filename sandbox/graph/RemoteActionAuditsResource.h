// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/http/GraphError.h"
#include "sandbox/http/HttpRequest.h"
#include "sandbox/http/HttpResponse.h"

namespace passcode::sandbox {

class ActionSimulator;
class DeviceStore;
class JsonWriter;
class SandboxClock;

/**
 * beta /deviceManagement/remoteActionAudits, once GraphService has routed, authorised and throttled the
 * request: the list (with $filter, $top, $skip, $count and paging; $select is refused) and one audit row.
 * Lives on the server thread.
 */
class RemoteActionAuditsResource
{
public:
    RemoteActionAuditsResource(const DeviceStore &store, const ActionSimulator &actions,
                               const SandboxClock &clock);

    /** GET beta/deviceManagement/remoteActionAudits. */
    HttpResponse list(const HttpRequest &request, const RequestIds &ids) const;
    /** GET beta/deviceManagement/remoteActionAudits/{id} of the row at \a index. */
    HttpResponse get(const HttpRequest &request, qsizetype index) const;

private:
    void writeAudit(JsonWriter &w, qsizetype index, qint64 nowMs) const;

    const DeviceStore &m_store;
    const ActionSimulator &m_actions;
    const SandboxClock &m_clock;
};

} // namespace passcode::sandbox
