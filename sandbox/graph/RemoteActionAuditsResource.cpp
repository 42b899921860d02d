// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/graph/RemoteActionAuditsResource.h"

#include "sandbox/host/SandboxClock.h"
#include "sandbox/http/JsonWriter.h"
#include "sandbox/odata/CollectionPage.h"
#include "sandbox/odata/ODataQuery.h"
#include "sandbox/odata/ResourceFilter.h"
#include "sandbox/tenant/ActionSimulator.h"
#include "sandbox/tenant/DeviceStore.h"
#include "sandbox/tenant/IsoTime.h"

namespace passcode::sandbox {

RemoteActionAuditsResource::RemoteActionAuditsResource(const DeviceStore &store,
                                                       const ActionSimulator &actions,
                                                       const SandboxClock &clock)
    : m_store(store)
    , m_actions(actions)
    , m_clock(clock)
{}

void RemoteActionAuditsResource::writeAudit(JsonWriter &w, qsizetype index, qint64 nowMs) const
{
    const AuditLog &log = m_actions.audits();
    const AuditEntry &e = log.entry(index);
    const DeviceRecord &d = m_store.record(e.device);
    const QByteArray initiator = log.initiator(e.initiator);
    w.beginObject();
    w.field("@odata.type", "#microsoft.graph.remoteActionAudit");
    w.field("id", log.id(index));
    w.field("deviceDisplayName", m_store.deviceName(e.device));
    w.field("userName", initiator);
    w.field("initiatedByUserPrincipalName", initiator);
    w.field("action", remoteActionName(e.kind));
    w.key("requestDateTime");
    w.string(IsoTime::format(e.requestMs));
    w.field("deviceOwnerUserPrincipalName",
            d.has(FlagUserless) ? QByteArray() : m_store.userPrincipalName(d.userIndex));
    w.field("deviceIMEI", m_store.imei(e.device));
    w.field("actionState", actionStateName(m_actions.auditState(e, nowMs)));
    w.field("managedDeviceId", m_store.id(e.device));
    w.field("deviceActionCategory", "single");
    w.nullField("bulkDeviceActionId");
    w.key("deviceActionDetails");
    w.beginArray();
    w.endArray();
    w.endObject();
}

HttpResponse RemoteActionAuditsResource::list(const HttpRequest &request, const RequestIds &ids) const
{
    QString error;
    const auto query = ODataQuery::parse(request, &error);
    if (!query)
        return GraphError::make(400, "BadRequest", error.toUtf8(), ids);
    if (query->filter && !FilterParser::validate(*query->filter, ResourceFilter::auditCapabilities(), &error))
        return GraphError::make(400, "BadRequest", error.toUtf8(), ids);
    if (query->hasSelect)
        return GraphError::make(400, "BadRequest",
                                "$select is not supported on remoteActionAudits by the sandbox.", ids);
    const std::optional<qint64> start = CollectionPage::startPosition(*query);
    if (!start)
        return GraphError::make(400, "BadRequest", "The $skiptoken is not valid for this query.", ids);
    const qint64 position = *start;
    const qint64 now = m_clock.tenantNowMs();
    const AuditLog &log = m_actions.audits();
    const ResourceFilter::Predicate match =
        query->filter ? ResourceFilter::compileAudit(*query->filter, m_store, m_actions, now)
                      : ResourceFilter::Predicate();
    const qint64 total = log.size();
    JsonWriter w;
    w.beginObject();
    w.field("@odata.context", request.baseUrl + "/beta/$metadata#deviceManagement/remoteActionAudits");
    CollectionPage::write(w, *query, match, total, position,
                          request.baseUrl + "/beta/deviceManagement/remoteActionAudits",
                          [&](qint64 pos) { writeAudit(w, pos, now); });
    w.endObject();
    return HttpResponse::json(200, w.toByteArray());
}

HttpResponse RemoteActionAuditsResource::get(const HttpRequest &request, qsizetype index) const
{
    JsonWriter iw;
    writeAudit(iw, index, m_clock.tenantNowMs());
    const QByteArray item = iw.toByteArray();
    QByteArray body = "{\"@odata.context\":";
    JsonWriter::appendEscaped(
        body, QByteArray(request.baseUrl + "/beta/$metadata#deviceManagement/remoteActionAudits/$entity"));
    body += ',';
    body += QByteArrayView(item).sliced(1);
    return HttpResponse::json(200, std::move(body));
}

} // namespace passcode::sandbox
