// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/graph/ManagedDevicesResource.h"

#include "sandbox/host/SandboxClock.h"
#include "sandbox/http/JsonWriter.h"
#include "sandbox/odata/CollectionPage.h"
#include "sandbox/odata/ODataQuery.h"
#include "sandbox/odata/ResourceFilter.h"
#include "sandbox/tenant/ActionSimulator.h"
#include "sandbox/tenant/DeviceSerializer.h"
#include "sandbox/tenant/DeviceStore.h"

namespace passcode::sandbox {

namespace {

bool preferUnknownEnums(const HttpRequest &request)
{
    return request.header("Prefer").toLower().contains("include-unknown-enum-members");
}

} // namespace

ManagedDevicesResource::ManagedDevicesResource(const DeviceStore &store, ActionSimulator &actions,
                                               const SandboxClock &clock)
    : m_store(store)
    , m_actions(actions)
    , m_clock(clock)
{}

HttpResponse ManagedDevicesResource::list(const HttpRequest &request, const RequestIds &ids, bool beta,
                                          const std::function<bool(qsizetype)> &visible) const
{
    QString error;
    const auto query = ODataQuery::parse(request, &error);
    if (!query)
        return GraphError::make(400, "BadRequest", error.toUtf8(), ids);
    if (query->filter &&
        !FilterParser::validate(*query->filter, ResourceFilter::deviceCapabilities(), &error))
        return GraphError::make(400, "BadRequest", error.toUtf8(), ids);
    QString unknown;
    const auto select = query->hasSelect ? DevicePropertySet::parse(query->select, beta, &unknown)
                                         : std::optional(DevicePropertySet::all(beta));
    if (!select) {
        return GraphError::make(400, "BadRequest",
                                "Could not find a property named '" + unknown.toUtf8() +
                                    "' on type 'microsoft.graph.managedDevice'.",
                                ids);
    }
    const std::optional<qint64> start = CollectionPage::startPosition(*query);
    if (!start)
        return GraphError::make(400, "BadRequest", "The $skiptoken is not valid for this query.", ids);
    const qint64 position = *start;

    DeviceSerializer::Context ctx;
    ctx.store = &m_store;
    ctx.actions = &m_actions;
    ctx.nowMs = m_clock.tenantNowMs();
    ctx.style = EnumStyle{beta, preferUnknownEnums(request)};
    const ResourceFilter::Predicate filter =
        query->filter ? ResourceFilter::compileDevice(*query->filter, ctx) : ResourceFilter::Predicate();
    ResourceFilter::Predicate match = filter;
    if (visible && filter)
        match = [&visible, &filter](qsizetype i) {
            return visible(i) && filter(i);
        };
    else if (visible)
        match = visible;

    const qint64 total = m_store.size();
    const int pageSize = query->pageSize();
    const QByteArray versionText = beta ? "beta" : "v1.0";
    JsonWriter w;
    w.reserve(std::size_t(pageSize) * (select->explicitSelect() ? 800 : 3200) + 1024);
    w.beginObject();
    QByteArray context = request.baseUrl + '/' + versionText + "/$metadata#deviceManagement/managedDevices";
    if (select->explicitSelect())
        context += '(' + select->selectText() + ')';
    w.field("@odata.context", context);
    CollectionPage::write(w, *query, match, total, position,
                          request.baseUrl + '/' + versionText + "/deviceManagement/managedDevices",
                          [&](qint64 pos) { DeviceSerializer::write(w, pos, *select, ctx); });
    w.endObject();
    HttpResponse r = HttpResponse::json(200, w.toByteArray());
    if (ctx.style.includeUnknownMembers)
        r.setHeader("Preference-Applied", "include-unknown-enum-members");
    return r;
}

HttpResponse ManagedDevicesResource::get(const HttpRequest &request, const RequestIds &ids, bool beta,
                                         qsizetype index) const
{
    QString error;
    const auto query = ODataQuery::parse(request, &error);
    if (!query)
        return GraphError::make(400, "BadRequest", error.toUtf8(), ids);
    if (query->filter || query->top >= 0 || query->skip > 0 || !query->skipToken.isEmpty())
        return GraphError::make(400, "BadRequest", "Only $select applies to a single managedDevice.", ids);
    QString unknown;
    const auto select = query->hasSelect ? DevicePropertySet::parse(query->select, beta, &unknown)
                                         : std::optional(DevicePropertySet::all(beta));
    if (!select) {
        return GraphError::make(400, "BadRequest",
                                "Could not find a property named '" + unknown.toUtf8() +
                                    "' on type 'microsoft.graph.managedDevice'.",
                                ids);
    }
    DeviceSerializer::Context ctx;
    ctx.store = &m_store;
    ctx.actions = &m_actions;
    ctx.nowMs = m_clock.tenantNowMs();
    ctx.style = EnumStyle{beta, preferUnknownEnums(request)};
    ctx.singleGet = true;

    JsonWriter iw;
    DeviceSerializer::write(iw, index, *select, ctx);
    const QByteArray item = iw.toByteArray();
    // Splice @odata.context in front of the object's members.
    QByteArray context =
        request.baseUrl + (beta ? "/beta" : "/v1.0") + "/$metadata#deviceManagement/managedDevices";
    if (select->explicitSelect())
        context += '(' + select->selectText() + ')';
    context += "/$entity";
    QByteArray body = "{\"@odata.context\":";
    JsonWriter::appendEscaped(body, context);
    body += ',';
    body += QByteArrayView(item).sliced(1);
    HttpResponse r = HttpResponse::json(200, std::move(body));
    if (ctx.style.includeUnknownMembers)
        r.setHeader("Preference-Applied", "include-unknown-enum-members");
    return r;
}

HttpResponse ManagedDevicesResource::postAction(const HttpRequest &request, const RequestIds &ids,
                                                const QString &upn, qsizetype index, const QString &action)
{
    const QByteArray body = request.body.trimmed();
    if (!body.isEmpty() && body != "{}" && body != "null") {
        return GraphError::make(400, "BadRequest",
                                "The action '" + action.toUtf8() +
                                    "' takes no parameters: send the request without a body.",
                                ids);
    }
    if (action.compare(QLatin1String("syncDevice"), Qt::CaseInsensitive) == 0) {
        m_actions.sync(index, m_clock.tenantNowMs());
        return HttpResponse::noContent();
    }
    const auto kind = remoteActionFromName(action);
    if (!kind)
        return GraphError::segmentNotFound(ids, action);
    m_actions.send(index, *kind, upn.toUtf8(), m_clock.tenantNowMs());
    return HttpResponse::noContent();
}

} // namespace passcode::sandbox
