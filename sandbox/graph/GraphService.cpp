// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/graph/GraphService.h"

#include "sandbox/graph/BatchHandler.h"
#include "sandbox/graph/FaultInjector.h"
#include "sandbox/graph/Throttler.h"
#include "sandbox/host/SandboxClock.h"
#include "sandbox/http/JsonWriter.h"
#include "sandbox/odata/ODataQuery.h"
#include "sandbox/odata/ResourceFilter.h"
#include "sandbox/tenant/ActionSimulator.h"
#include "sandbox/tenant/DeviceSerializer.h"
#include "sandbox/tenant/DeviceStore.h"
#include "sandbox/tenant/IsoTime.h"

#include <QUuid>

#include <functional>
#include <optional>

namespace passcode::sandbox {

namespace {

/** Splits "/beta/deviceManagement/managedDevices('x')/y" into version and ["deviceManagement",
 * "managedDevices", "x", "y"]. */
QStringList segmentsOf(const QString &path, QString *version)
{
    QStringList raw = path.split(u'/', Qt::SkipEmptyParts);
    *version = raw.isEmpty() ? QString() : raw.takeFirst();
    QStringList out;
    for (const QString &s : raw) {
        const qsizetype paren = s.indexOf(u'(');
        if (paren > 0 && s.endsWith(u')')) {
            out.append(s.left(paren));
            QString key = s.mid(paren + 1, s.size() - paren - 2);
            if (key.size() >= 2 && key.startsWith(u'\'') && key.endsWith(u'\''))
                key = key.mid(1, key.size() - 2);
            out.append(key);
        } else {
            out.append(s);
        }
    }
    return out;
}

bool preferUnknownEnums(const HttpRequest &request)
{
    return request.header("Prefer").toLower().contains("include-unknown-enum-members");
}

HttpResponse notFoundSegment(const RequestIds &ids, const QString &segment)
{
    return GraphError::make(400, "BadRequest",
                            QStringLiteral("Resource not found for the segment '%1'.").arg(segment).toUtf8(),
                            ids);
}

HttpResponse methodNotAllowed(const RequestIds &ids, const QByteArray &method)
{
    return GraphError::make(405, "BadRequest",
                            "The HTTP method '" + method + "' is not supported for this resource.", ids);
}

QString newGuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

/** The position a $skiptoken continues from (0 without one); std::nullopt when the token is not valid. */
std::optional<qint64> startPosition(const ODataQuery &query)
{
    return query.skipToken.isEmpty() ? std::optional<qint64>(0) : query.decodeSkipToken();
}

/**
 * Writes the rest of a collection page after "@odata.context": "@odata.count" when asked for, "value" with
 * the items that match from @p position on (after $skip), and "@odata.nextLink" (@p collectionUrl and the
 * query) when one more matching item exists.
 */
void writeCollectionPage(JsonWriter &w, const ODataQuery &query, const ResourceFilter::Predicate &match,
                         qint64 total, qint64 position, const QByteArray &collectionUrl,
                         const std::function<void(qint64)> &writeItem)
{
    if (query.count) {
        qint64 count = total;
        if (match) {
            count = 0;
            for (qint64 i = 0; i < total; ++i)
                count += match(i) ? 1 : 0;
        }
        w.field("@odata.count", count);
    }
    const int pageSize = query.pageSize();
    w.key("value");
    w.beginArray();
    qint64 skipLeft = query.skipToken.isEmpty() ? query.skip : 0;
    int emitted = 0;
    qint64 pos = position;
    for (; pos < total && emitted < pageSize; ++pos) {
        if (match && !match(pos))
            continue;
        if (skipLeft > 0) {
            --skipLeft;
            continue;
        }
        writeItem(pos);
        ++emitted;
    }
    w.endArray();
    if (pageSize > 0 && emitted == pageSize) {
        for (; pos < total; ++pos) {
            if (!match || match(pos)) {
                w.field("@odata.nextLink", collectionUrl + query.nextLinkQuery(pos));
                break;
            }
        }
    }
}

} // namespace

GraphService::GraphService(const DeviceStore &store, ActionSimulator &actions, const SandboxClock &clock,
                           const TokenIssuer &issuer, Throttler &throttler, FaultInjector &faults)
    : m_store(store)
    , m_actions(actions)
    , m_clock(clock)
    , m_issuer(issuer)
    , m_throttler(throttler)
    , m_faults(faults)
{}

bool GraphService::isGraphPath(const QString &path)
{
    return path.startsWith(QLatin1String("/v1.0/")) || path.startsWith(QLatin1String("/beta/")) ||
           path == QLatin1String("/v1.0") || path == QLatin1String("/beta");
}

QString GraphService::category(const QByteArray &method, const QString &path)
{
    QString version;
    const QStringList s = segmentsOf(path, &version);
    if (s.size() == 1 && s[0] == QLatin1String("$batch"))
        return QStringLiteral("batch");
    if (s.size() == 1 && s[0] == QLatin1String("me"))
        return QStringLiteral("me");
    if (s.size() >= 2 && s[0] == QLatin1String("deviceManagement")) {
        if (s[1] == QLatin1String("remoteActionAudits"))
            return QStringLiteral("audits");
        if (s[1] == QLatin1String("managedDevices")) {
            if (s.size() == 2)
                return QStringLiteral("list");
            if (s.size() == 3)
                return QStringLiteral("device");
            if (method == "POST")
                return QStringLiteral("actions");
        }
    }
    return QStringLiteral("other");
}

std::optional<HttpResponse> GraphService::authenticate(const HttpRequest &request, const RequestIds &ids,
                                                       TokenClaims *claims) const
{
    const QByteArray auth = request.header("Authorization");
    QByteArray token;
    if (auth.size() > 7 && auth.left(7).compare("Bearer ", Qt::CaseInsensitive) == 0)
        token = auth.mid(7).trimmed();
    const TokenIssuer::Verdict verdict = m_issuer.verifyAccessToken(token, claims);
    QByteArray message;
    QByteArray wwwError = "invalid_token";
    switch (verdict) {
    case TokenIssuer::Verdict::Valid:
        return std::nullopt;
    case TokenIssuer::Verdict::Missing:
        message = auth.isEmpty() ? "Access token is empty." : "Access token is empty or not a Bearer token.";
        wwwError.clear();
        break;
    case TokenIssuer::Verdict::Malformed:
        message =
            "IDX14100: JWT is not well formed, there are no dots (.).\nThe token needs to be in JWS or JWE "
            "Compact Serialization Format.";
        break;
    case TokenIssuer::Verdict::BadSignature:
        message = "Access token validation failure. Invalid signature.";
        break;
    case TokenIssuer::Verdict::Expired:
    case TokenIssuer::Verdict::Revoked:
        message = "Lifetime validation failed, the token is expired.";
        break;
    case TokenIssuer::Verdict::WrongAudience:
        message = "Access token validation failure. Invalid audience.";
        break;
    case TokenIssuer::Verdict::WrongTenant:
        message = "Access token validation failure. The token was issued for another tenant.";
        break;
    }
    HttpResponse r = GraphError::make(401, "InvalidAuthenticationToken", message, ids);
    QByteArray challenge = "Bearer realm=\"\", authorization_uri=\"" + request.baseUrl + "/" +
                           m_store.tenantId() + "/oauth2/v2.0/authorize\", client_id=\"" +
                           TokenIssuer::kGraphAppId + "\"";
    if (!wwwError.isEmpty())
        challenge += ", error=\"" + wwwError + "\"";
    r.setHeader("WWW-Authenticate", challenge);
    return r;
}

std::optional<HttpResponse> GraphService::requireScope(const TokenClaims &claims, const QStringList &anyOf,
                                                       const RequestIds &ids,
                                                       const HttpRequest &request) const
{
    for (const QString &s : anyOf) {
        if (claims.scopes.contains(s, Qt::CaseInsensitive))
            return std::nullopt;
    }
    const QByteArray message =
        "Application is not authorized to perform this operation. Application must have one "
        "of the following scopes: " +
        anyOf.join(QStringLiteral(", ")).toUtf8() + ". Scopes on the request: '" +
        claims.scopes.join(u' ').toUtf8() + "' - Operation ID (for customer support): " + ids.requestId +
        " - Url: " + request.path.toUtf8();
    return GraphError::make(403, "Forbidden", message, ids);
}

std::optional<HttpResponse> GraphService::throttle(const TokenClaims &claims, bool write,
                                                   const RequestIds &ids)
{
    const auto wait = m_throttler.admit(claims.appId.toUtf8(), write, m_clock.monotonicMs());
    if (!wait)
        return std::nullopt;
    return GraphError::throttled(*wait, ids);
}

HttpResponse GraphService::handle(const HttpRequest &request, const RequestIds &ids)
{
    QString version;
    const QStringList s = segmentsOf(request.path, &version);
    TokenClaims claims;
    if (s.size() == 1 && s[0] == QLatin1String("$batch")) {
        if (request.method != "POST")
            return methodNotAllowed(ids, request.method);
        if (auto denied = authenticate(request, ids, &claims))
            return *denied;
        return batch(request, ids, claims);
    }
    if (auto denied = authenticate(request, ids, &claims))
        return *denied;
    return dispatch(request, ids, claims);
}

HttpResponse GraphService::dispatch(const HttpRequest &request, const RequestIds &ids,
                                    const TokenClaims &claims)
{
    QString version;
    const QStringList s = segmentsOf(request.path, &version);
    const bool beta = version == QLatin1String("beta");
    if (version != QLatin1String("v1.0") && !beta)
        return GraphError::make(400, "BadRequest", "Invalid version.", ids);
    if (s.isEmpty())
        return notFoundSegment(ids, version);
    if (s.size() == 1 && s[0] == QLatin1String("me")) {
        if (request.method != "GET")
            return methodNotAllowed(ids, request.method);
        return me(request, claims);
    }
    if (s[0] == QLatin1String("$batch"))
        return GraphError::make(400, "BadRequest", "A $batch request cannot be nested in a batch.", ids);
    if (s[0] != QLatin1String("deviceManagement"))
        return notFoundSegment(ids, s[0]);
    if (s.size() < 2)
        return GraphError::make(501, "NotImplemented",
                                "The sandbox tenant serves managedDevices and "
                                "remoteActionAudits under deviceManagement.",
                                ids);
    const QStringList readScopes{QLatin1String(kReadAll), QLatin1String(kReadWriteAll)};
    if (s[1] == QLatin1String("managedDevices")) {
        if (s.size() == 2) {
            if (request.method != "GET")
                return methodNotAllowed(ids, request.method);
            if (auto denied = requireScope(claims, readScopes, ids, request))
                return *denied;
            if (auto throttled = throttle(claims, false, ids))
                return *throttled;
            return listDevices(request, ids, beta);
        }
        const auto index = m_store.indexOf(s[2]);
        if (s.size() == 3) {
            if (request.method != "GET")
                return methodNotAllowed(ids, request.method);
            if (auto denied = requireScope(claims, readScopes, ids, request))
                return *denied;
            if (auto throttled = throttle(claims, false, ids))
                return *throttled;
            if (!index)
                return GraphError::make(404, "itemNotFound",
                                        "The managedDevice '" + s[2].toUtf8() + "' was not found.", ids);
            return getDevice(request, ids, beta, *index);
        }
        if (s.size() == 4) {
            QString action = s[3];
            if (action.startsWith(QLatin1String("microsoft.graph.")))
                action = action.mid(16);
            static const QStringList simulated = {QStringLiteral("resetPasscode"),
                                                  QStringLiteral("recoverPasscode"),
                                                  QStringLiteral("remoteLock")};
            static const QStringList known = {QStringLiteral("wipe"),
                                              QStringLiteral("retire"),
                                              QStringLiteral("rebootNow"),
                                              QStringLiteral("syncDevice"),
                                              QStringLiteral("shutDown"),
                                              QStringLiteral("locateDevice"),
                                              QStringLiteral("enableLostMode"),
                                              QStringLiteral("disableLostMode"),
                                              QStringLiteral("rotateLocalAdminPassword")};
            if (!simulated.contains(action)) {
                if (known.contains(action))
                    return GraphError::make(
                        501, "NotImplemented",
                        "The sandbox tenant does not simulate the action '" + action.toUtf8() + "'.", ids);
                return notFoundSegment(ids, s[3]);
            }
            if (request.method != "POST")
                return methodNotAllowed(ids, request.method);
            if (auto denied = requireScope(claims, {QLatin1String(kPrivileged)}, ids, request))
                return *denied;
            if (auto throttled = throttle(claims, true, ids))
                return *throttled;
            if (!index)
                return GraphError::make(404, "itemNotFound",
                                        "The managedDevice '" + s[2].toUtf8() + "' was not found.", ids);
            return postAction(request, ids, claims, *index, action);
        }
        return notFoundSegment(ids, s.last());
    }
    if (s[1] == QLatin1String("remoteActionAudits")) {
        if (!beta)
            return notFoundSegment(ids, s[1]); // remoteActionAudit exists only in beta
        if (request.method != "GET")
            return methodNotAllowed(ids, request.method);
        if (auto denied = requireScope(claims,
                                       {QLatin1String(kReadAll), QLatin1String(kReadWriteAll),
                                        QLatin1String(kConfigRead), QLatin1String(kConfigReadWrite)},
                                       ids, request))
            return *denied;
        if (auto throttled = throttle(claims, false, ids))
            return *throttled;
        if (s.size() == 2)
            return listAudits(request, ids);
        if (s.size() == 3) {
            const auto index = m_actions.audits().indexOf(s[2]);
            if (!index)
                return GraphError::make(404, "itemNotFound",
                                        "The remoteActionAudit '" + s[2].toUtf8() + "' was not found.", ids);
            return getAudit(request, ids, *index);
        }
        return notFoundSegment(ids, s.last());
    }
    return notFoundSegment(ids, s[1]);
}

HttpResponse GraphService::listDevices(const HttpRequest &request, const RequestIds &ids, bool beta)
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
    const std::optional<qint64> start = startPosition(*query);
    if (!start)
        return GraphError::make(400, "BadRequest", "The $skiptoken is not valid for this query.", ids);
    const qint64 position = *start;

    DeviceSerializer::Context ctx;
    ctx.store = &m_store;
    ctx.actions = &m_actions;
    ctx.nowMs = m_clock.tenantNowMs();
    ctx.style = EnumStyle{beta, preferUnknownEnums(request)};
    const ResourceFilter::Predicate match =
        query->filter ? ResourceFilter::compileDevice(*query->filter, ctx) : ResourceFilter::Predicate();

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
    writeCollectionPage(w, *query, match, total, position,
                        request.baseUrl + '/' + versionText + "/deviceManagement/managedDevices",
                        [&](qint64 pos) { DeviceSerializer::write(w, pos, *select, ctx); });
    w.endObject();
    HttpResponse r = HttpResponse::json(200, w.toByteArray());
    if (ctx.style.includeUnknownMembers)
        r.setHeader("Preference-Applied", "include-unknown-enum-members");
    return r;
}

HttpResponse GraphService::getDevice(const HttpRequest &request, const RequestIds &ids, bool beta,
                                     qsizetype index)
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

HttpResponse GraphService::postAction(const HttpRequest &request, const RequestIds &ids,
                                      const TokenClaims &claims, qsizetype index, const QString &action)
{
    const QByteArray body = request.body.trimmed();
    if (!body.isEmpty() && body != "{}" && body != "null") {
        return GraphError::make(400, "BadRequest",
                                "The action '" + action.toUtf8() +
                                    "' takes no parameters: send the request without a body.",
                                ids);
    }
    const auto kind = remoteActionFromName(action);
    if (!kind)
        return notFoundSegment(ids, action);
    m_actions.send(index, *kind, claims.upn.toUtf8(), m_clock.tenantNowMs());
    return HttpResponse::noContent();
}

void GraphService::writeAudit(JsonWriter &w, qsizetype index, qint64 nowMs) const
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

HttpResponse GraphService::listAudits(const HttpRequest &request, const RequestIds &ids)
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
    const std::optional<qint64> start = startPosition(*query);
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
    writeCollectionPage(w, *query, match, total, position,
                        request.baseUrl + "/beta/deviceManagement/remoteActionAudits",
                        [&](qint64 pos) { writeAudit(w, pos, now); });
    w.endObject();
    return HttpResponse::json(200, w.toByteArray());
}

HttpResponse GraphService::getAudit(const HttpRequest &request, const RequestIds &ids, qsizetype index)
{
    Q_UNUSED(ids)
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

HttpResponse GraphService::me(const HttpRequest &request, const TokenClaims &claims)
{
    JsonWriter w;
    w.beginObject();
    w.field("@odata.context", request.baseUrl + "/v1.0/$metadata#users/$entity");
    w.key("businessPhones");
    w.beginArray();
    w.endArray();
    w.field("displayName", claims.name);
    const qsizetype space = claims.name.indexOf(u' ');
    w.field("givenName", space > 0 ? claims.name.left(space) : claims.name);
    w.field("surname", space > 0 ? claims.name.mid(space + 1) : QString());
    w.nullField("jobTitle");
    w.field("mail", claims.upn);
    w.nullField("mobilePhone");
    w.nullField("officeLocation");
    w.nullField("preferredLanguage");
    w.field("userPrincipalName", claims.upn);
    w.field("id", claims.objectId);
    w.endObject();
    return HttpResponse::json(200, w.toByteArray());
}

HttpResponse GraphService::batch(const HttpRequest &request, const RequestIds &ids, const TokenClaims &claims)
{
    QString version;
    segmentsOf(request.path, &version);
    return BatchHandler::handle(request, ids, version, [&](const HttpRequest &item) {
        RequestIds itemIds;
        itemIds.requestId = newGuid().toLatin1();
        itemIds.clientRequestId = item.header("client-request-id");
        if (itemIds.clientRequestId.isEmpty())
            itemIds.clientRequestId = itemIds.requestId;
        itemIds.dateMs = m_clock.protocolNowMs();
        const FaultDecision fault =
            m_faults.decideBatchItem(item.method, item.path, category(item.method, item.path));
        HttpResponse r;
        if (fault.kind == FaultDecision::Kind::Error) {
            if (fault.status == 504)
                dispatch(item, itemIds, claims); // processed, but the gateway gave up waiting
            r = GraphError::serviceError(fault.status, itemIds, m_faults.config().retryAfterSeconds);
        } else if (fault.kind == FaultDecision::Kind::IntuneError) {
            r = GraphError::intuneWrapped(500, "InternalServerError", "An internal server error has occurred",
                                          itemIds, item.path.toUtf8());
        } else {
            r = dispatch(item, itemIds, claims);
        }
        r.setHeader("client-request-id", itemIds.clientRequestId);
        r.setHeader("request-id", itemIds.requestId);
        return r;
    });
}

} // namespace passcode::sandbox
