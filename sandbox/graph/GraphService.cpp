// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/graph/GraphService.h"

#include "sandbox/graph/BatchHandler.h"
#include "sandbox/graph/FaultInjector.h"
#include "sandbox/graph/Throttler.h"
#include "sandbox/host/SandboxClock.h"
#include "sandbox/http/JsonWriter.h"
#include "sandbox/tenant/ActionSimulator.h"
#include "sandbox/tenant/DeviceStore.h"
#include "sandbox/tenant/IntuneRoles.h"

#include <QUuid>

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

HttpResponse methodNotAllowed(const RequestIds &ids, const QByteArray &method)
{
    return GraphError::make(405, "BadRequest",
                            "The HTTP method '" + method + "' is not supported for this resource.", ids);
}

/** Intune's answer to an account whose role (or scope tag) does not cover the request. */
HttpResponse roleForbidden(const RequestIds &ids, const HttpRequest &request)
{
    return GraphError::intuneWrapped(403, "Forbidden", "User is not authorized to perform this operation.",
                                     ids, request.path.toUtf8());
}

QString newGuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
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
    , m_devices(store, actions, clock)
    , m_audits(store, actions, clock)
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
        return GraphError::segmentNotFound(ids, version);
    if (s.size() == 1 && s[0] == QLatin1String("me")) {
        if (request.method != "GET")
            return methodNotAllowed(ids, request.method);
        return me(request, claims);
    }
    if (s[0] == QLatin1String("$batch"))
        return GraphError::make(400, "BadRequest", "A $batch request cannot be nested in a batch.", ids);
    if (s[0] != QLatin1String("deviceManagement"))
        return GraphError::segmentNotFound(ids, s[0]);
    if (s.size() < 2)
        return GraphError::make(501, "NotImplemented",
                                "The sandbox tenant serves managedDevices and "
                                "remoteActionAudits under deviceManagement.",
                                ids);
    const QStringList readScopes{QLatin1String(kReadAll), QLatin1String(kReadWriteAll)};
    const RoleAssignment role = IntuneRoles::assignmentOf(claims.upn);
    if (s[1] == QLatin1String("getEffectivePermissions") ||
        s[1] == QLatin1String("microsoft.graph.getEffectivePermissions")) {
        if (s.size() > 3)
            return GraphError::segmentNotFound(ids, s.last());
        if (request.method != "GET")
            return methodNotAllowed(ids, request.method);
        if (auto denied =
                requireScope(claims, {QLatin1String(kRbacRead), QLatin1String(kRbacReadWrite)}, ids, request))
            return *denied;
        if (auto throttled = throttle(claims, false, ids))
            return *throttled;
        return effectivePermissions(request, claims, beta);
    }
    if (s[1] == QLatin1String("managedDevices")) {
        if (s.size() == 2) {
            if (request.method != "GET")
                return methodNotAllowed(ids, request.method);
            if (auto denied = requireScope(claims, readScopes, ids, request))
                return *denied;
            if (auto throttled = throttle(claims, false, ids))
                return *throttled;
            if (!IntuneRoles::allows(role, IntuneRoles::kReadDevices))
                return roleForbidden(ids, request);
            if (role.scopeTagId.isEmpty())
                return m_devices.list(request, ids, beta);
            return m_devices.list(request, ids, beta,
                                  [&](qsizetype i) { return IntuneRoles::inScope(role, m_store, i); });
        }
        const auto index = m_store.indexOf(s[2]);
        // A device outside the account's scope tag is not shown to it (404), and refused to its actions
        // (403).
        const bool outOfScope = index && !IntuneRoles::inScope(role, m_store, *index);
        if (s.size() == 3) {
            if (request.method != "GET")
                return methodNotAllowed(ids, request.method);
            if (auto denied = requireScope(claims, readScopes, ids, request))
                return *denied;
            if (auto throttled = throttle(claims, false, ids))
                return *throttled;
            if (!IntuneRoles::allows(role, IntuneRoles::kReadDevices))
                return roleForbidden(ids, request);
            if (!index || outOfScope)
                return GraphError::make(404, "itemNotFound",
                                        "The managedDevice '" + s[2].toUtf8() + "' was not found.", ids);
            return m_devices.get(request, ids, beta, *index);
        }
        if (s.size() == 4) {
            QString action = s[3];
            if (action.startsWith(QLatin1String("microsoft.graph.")))
                action = action.mid(16);
            static const QStringList simulated = {QStringLiteral("resetPasscode"),
                                                  QStringLiteral("recoverPasscode"),
                                                  QStringLiteral("remoteLock"), QStringLiteral("syncDevice")};
            static const QStringList known = {QStringLiteral("wipe"),
                                              QStringLiteral("retire"),
                                              QStringLiteral("rebootNow"),
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
                return GraphError::segmentNotFound(ids, s[3]);
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
            const auto needed = IntuneRoles::resourceActionOf(action);
            if (!needed || !IntuneRoles::allows(role, *needed) || outOfScope)
                return roleForbidden(ids, request);
            return m_devices.postAction(request, ids, claims.upn, *index, action);
        }
        return GraphError::segmentNotFound(ids, s.last());
    }
    if (s[1] == QLatin1String("remoteActionAudits")) {
        if (!beta)
            return GraphError::segmentNotFound(ids, s[1]); // remoteActionAudit exists only in beta
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
            return m_audits.list(request, ids);
        if (s.size() == 3) {
            const auto index = m_actions.audits().indexOf(s[2]);
            if (!index)
                return GraphError::make(404, "itemNotFound",
                                        "The remoteActionAudit '" + s[2].toUtf8() + "' was not found.", ids);
            return m_audits.get(request, *index);
        }
        return GraphError::segmentNotFound(ids, s.last());
    }
    return GraphError::segmentNotFound(ids, s[1]);
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

HttpResponse GraphService::effectivePermissions(const HttpRequest &request, const TokenClaims &claims,
                                                bool beta) const
{
    // The documented shape (v1.0 and beta rolePermission; beta adds "actions"). Graph answers the allowed
    // actions only, notAllowedResourceActions empty, and says nothing of scope tags (docs/sandbox.md).
    const RoleAssignment role = IntuneRoles::assignmentOf(claims.upn);
    const auto writeActions = [&](JsonWriter &w) {
        w.beginArray();
        for (const char *a : role.role->allowedResourceActions)
            w.string(QByteArrayView(a));
        w.endArray();
    };
    JsonWriter w;
    w.beginObject();
    w.field("@odata.context", request.baseUrl + (beta ? "/beta" : "/v1.0") +
                                  "/$metadata#Collection(microsoft.graph.rolePermission)");
    w.key("value");
    w.beginArray();
    w.beginObject();
    w.field("@odata.type", "microsoft.graph.rolePermission");
    if (beta) {
        w.key("actions");
        writeActions(w);
    }
    w.key("resourceActions");
    w.beginArray();
    w.beginObject();
    w.field("@odata.type", "microsoft.graph.resourceAction");
    w.key("allowedResourceActions");
    writeActions(w);
    w.key("notAllowedResourceActions");
    w.beginArray();
    w.endArray();
    w.endObject();
    w.endArray();
    w.endObject();
    w.endArray();
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
