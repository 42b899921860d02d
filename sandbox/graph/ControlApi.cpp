// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/graph/ControlApi.h"

#include "sandbox/graph/FaultInjector.h"
#include "sandbox/graph/Throttler.h"
#include "sandbox/host/SandboxClock.h"
#include "sandbox/identity/IdentityService.h"
#include "sandbox/identity/TokenIssuer.h"
#include "sandbox/tenant/ActionSimulator.h"
#include "sandbox/tenant/DeviceStore.h"
#include "sandbox/tenant/GraphEnums.h"
#include "sandbox/tenant/IntuneRoles.h"
#include "sandbox/tenant/IsoTime.h"
#include "sandbox/tenant/TenantCatalog.h"
#include "sandbox/tenant/TenantGenerator.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>

namespace passcode::sandbox {

namespace {

HttpResponse json(int status, const QJsonObject &o)
{
    HttpResponse r;
    r.status = status;
    r.setHeader("Content-Type", "application/json; charset=utf-8");
    r.body = QJsonDocument(o).toJson(QJsonDocument::Indented);
    return r;
}

HttpResponse fail(int status, const QString &message)
{
    return json(status, QJsonObject{{QStringLiteral("error"), message}});
}

QString iso(qint64 ms)
{
    return QString::fromLatin1(IsoTime::format(ms));
}

QLatin1String connectivityName(Connectivity c)
{
    switch (c) {
    case Connectivity::Online:
        return QLatin1String("online");
    case Connectivity::Slow:
        return QLatin1String("slow");
    case Connectivity::Stale:
        return QLatin1String("stale");
    case Connectivity::NeverSynced:
        return QLatin1String("neverSynced");
    }
    return QLatin1String("online");
}

} // namespace

ControlApi::ControlApi(DeviceStore &store, const ActionSimulator &actions, SandboxClock &clock,
                       TokenIssuer &issuer, Throttler &throttler, FaultInjector &faults,
                       IdentityService &identity)
    : m_store(store)
    , m_actions(actions)
    , m_clock(clock)
    , m_issuer(issuer)
    , m_throttler(throttler)
    , m_faults(faults)
    , m_identity(identity)
    , m_historyAudits(actions.audits().size())
{}

bool ControlApi::isControlPath(const QString &path)
{
    return path == QLatin1String("/sandbox") || path.startsWith(QLatin1String("/sandbox/"));
}

QJsonObject ControlApi::state(const QByteArray &baseUrl) const
{
    QJsonObject counts;
    const auto states = m_actions.stateCounts(m_clock.tenantNowMs());
    for (auto it = states.cbegin(); it != states.cend(); ++it)
        counts.insert(QString::fromLatin1(it.key()), it.value());
    QJsonObject faults = m_faults.config().toJson();
    faults.insert(QStringLiteral("tokenEarlyExpirySeconds"), m_issuer.earlyExpirySeconds());
    faults.insert(QStringLiteral("injected"), m_faults.injectedCount());
    faults.insert(QStringLiteral("counts"), m_faults.counts().toJson());
    const QString base = QString::fromUtf8(baseUrl);
    return QJsonObject{
        {QStringLiteral("baseUrl"), base},
        {QStringLiteral("graphV1"), QString(base + QStringLiteral("/v1.0"))},
        {QStringLiteral("graphBeta"), QString(base + QStringLiteral("/beta"))},
        {QStringLiteral("login"),
         QString(base + u'/' + QString::fromLatin1(m_store.tenantId()) + QStringLiteral("/oauth2/v2.0"))},
        {QStringLiteral("tenantId"), QString::fromLatin1(m_store.tenantId())},
        {QStringLiteral("domain"), QString::fromLatin1(DeviceStore::domain())},
        {QStringLiteral("seed"), QString::number(m_store.seed())},
        {QStringLiteral("devices"), qint64(m_store.size())},
        {QStringLiteral("users"), qint64(m_store.userCount())},
        {QStringLiteral("showcaseDevices"), qint64(TenantGenerator::showcaseSize())},
        {QStringLiteral("tenantTime"), iso(m_clock.tenantNowMs())},
        {QStringLiteral("tenantStartTime"), iso(m_clock.tenantStartMs())},
        {QStringLiteral("protocolTime"), iso(m_clock.protocolNowMs())},
        {QStringLiteral("timeScale"), m_clock.timeScale()},
        {QStringLiteral("throttling"),
         QJsonObject{{QStringLiteral("scale"), m_throttler.scale()},
                     {QStringLiteral("windowSeconds"), double(m_throttler.windowMs()) / 1000.0},
                     {QStringLiteral("tenantWrites"), m_throttler.limitTenantWrites()},
                     {QStringLiteral("tenantAny"), m_throttler.limitTenantAny()},
                     {QStringLiteral("appWrites"), m_throttler.limitAppWrites()},
                     {QStringLiteral("appAny"), m_throttler.limitAppAny()},
                     {QStringLiteral("refused"), m_throttler.refusedCount()},
                     {QStringLiteral("refusedWrites"), m_throttler.refusedWrites()}}},
        {QStringLiteral("faults"), faults},
        {QStringLiteral("identity"), m_identity.stateJson()},
        {QStringLiteral("actions"),
         QJsonObject{{QStringLiteral("total"), qint64(m_actions.actionCount())},
                     {QStringLiteral("states"), counts},
                     {QStringLiteral("audits"), qint64(m_actions.audits().size())}}},
    };
}

HttpResponse ControlApi::handle(const HttpRequest &request)
{
    const QStringList s = request.path.split(u'/', Qt::SkipEmptyParts).mid(1); // drop "sandbox"
    const QString route = s.join(u'/');
    if (!m_openToBrowsers && route != QLatin1String("devicelogin")) {
        if (!request.header("Origin").isEmpty())
            return fail(403, QStringLiteral("the control endpoints do not answer web pages (an Origin header "
                                            "was sent); start passcode-sandbox with --open-control to allow "
                                            "them"));
        const QByteArray type = request.header("Content-Type").split(';').first().trimmed().toLower();
        // What a page can post without asking first (a form, text/plain) is refused; a program that names no
        // type is not a browser (fetch() and forms always send one).
        if (request.method == "POST" && !type.isEmpty() && type != "application/json")
            return fail(403, QStringLiteral("the control endpoints take JSON bodies only (Content-Type: "
                                            "application/json)"));
    }
    QJsonObject body;
    if (request.method == "POST" && !request.body.trimmed().isEmpty() &&
        route != QLatin1String("devicelogin")) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return fail(400, QStringLiteral("the body must be a JSON object"));
        body = doc.object();
    }
    const bool get = request.method == "GET";
    const bool post = request.method == "POST";
    if ((route.isEmpty() || route == QLatin1String("state")) && get)
        return json(200, state(request.baseUrl));
    if (route == QLatin1String("devicelogin") && (get || post))
        return m_identity.deviceLoginPage(request);
    if (route == QLatin1String("time/advance") && post) {
        const double seconds = body.value(QLatin1String("seconds")).toDouble(-1);
        if (seconds < 0 || !std::isfinite(seconds))
            return fail(400, QStringLiteral("'seconds' must be a non-negative number"));
        m_clock.advance(qint64(std::llround(seconds * 1000)));
        return json(200, state(request.baseUrl));
    }
    if (route == QLatin1String("time/scale") && post) {
        const double scale = body.value(QLatin1String("scale")).toDouble(-1);
        if (scale < 0 || !std::isfinite(scale))
            return fail(400, QStringLiteral("'scale' must be a non-negative number"));
        m_clock.setTimeScale(scale);
        return json(200, state(request.baseUrl));
    }
    if (route == QLatin1String("faults") || route == QLatin1String("faults/reset"))
        return faultsEndpoint(request);
    if (route == QLatin1String("throttle") && post) {
        const double scale = body.value(QLatin1String("scale")).toDouble(-1);
        if (scale < 0 || !std::isfinite(scale))
            return fail(400, QStringLiteral("'scale' must be a non-negative number (0 disables throttling)"));
        const double windowMs =
            body.value(QLatin1String("windowMs")).toDouble(double(m_throttler.windowMs()));
        if (!(windowMs >= 1) || !std::isfinite(windowMs))
            return fail(400, QStringLiteral("'windowMs' must be a number of milliseconds, at least 1"));
        m_throttler.setScale(scale);
        m_throttler.setWindowMs(qint64(windowMs));
        m_throttler.reset();
        return json(200, state(request.baseUrl));
    }
    if (route == QLatin1String("throttle/reset") && post) {
        m_throttler.reset();
        return json(200, state(request.baseUrl));
    }
    if (route == QLatin1String("accounts") && get)
        return json(200, accounts());
    if (route == QLatin1String("token") && post)
        return tokenEndpoint(request, body);
    if (route == QLatin1String("tokens/expire") && post) {
        m_issuer.revokeAll();
        return json(200, QJsonObject{{QStringLiteral("expired"), true}});
    }
    if (route == QLatin1String("tokens/revoke") && post) {
        const int n = m_identity.revokeRefreshTokens(body.value(QLatin1String("upn")).toString());
        return json(200, QJsonObject{{QStringLiteral("revoked"), n}});
    }
    if (route == QLatin1String("auto-approve") && post) {
        m_identity.setAutoApprove(body.value(QLatin1String("enabled")).toBool(true));
        return json(200, m_identity.stateJson());
    }
    if (route == QLatin1String("devicecode/pending") && get)
        return json(200, QJsonObject{{QStringLiteral("value"), m_identity.pendingDeviceCodes()}});
    if ((route == QLatin1String("devicecode/approve") || route == QLatin1String("devicecode/decline")) &&
        post) {
        QString error;
        const QString code = body.value(QLatin1String("user_code")).toString();
        const bool ok =
            route.endsWith(QLatin1String("approve"))
                ? m_identity.approveDeviceCode(code, body.value(QLatin1String("upn")).toString(), &error)
                : m_identity.declineDeviceCode(code, &error);
        if (!ok)
            return fail(400, error);
        return json(200, QJsonObject{{QStringLiteral("user_code"), code}, {QStringLiteral("ok"), true}});
    }
    if (route == QLatin1String("authorize/pending") && get)
        return json(200, QJsonObject{{QStringLiteral("value"), m_identity.pendingAuthorizations()}});
    if ((route == QLatin1String("authorize/approve") || route == QLatin1String("authorize/decline")) &&
        post) {
        QString error;
        const auto location = m_identity.decideAuthorization(
            body.value(QLatin1String("request_id")).toString(), route.endsWith(QLatin1String("approve")),
            body.value(QLatin1String("upn")).toString(), &error);
        if (!location)
            return fail(400, error);
        return json(200, QJsonObject{{QStringLiteral("location"), QString::fromUtf8(*location)}});
    }
    if (route == QLatin1String("actions") && get)
        return sentActions(request);
    if (!s.isEmpty() && s[0] == QLatin1String("devices") && get)
        return devicesEndpoint(request, s);
    if (s.size() == 2 && s[0] == QLatin1String("devices") && post)
        return setDeviceFacts(s[1], body);
    return fail(404, QStringLiteral("no control endpoint %1 %2; see docs/sandbox.md")
                         .arg(QString::fromLatin1(request.method), request.path));
}

HttpResponse ControlApi::faultsEndpoint(const HttpRequest &request)
{
    if (request.method == "GET") {
        QJsonObject o = m_faults.config().toJson();
        o.insert(QStringLiteral("tokenEarlyExpirySeconds"), m_issuer.earlyExpirySeconds());
        o.insert(QStringLiteral("injected"), m_faults.injectedCount());
        return json(200, o);
    }
    if (request.method != "POST")
        return fail(405, QStringLiteral("GET or POST"));
    FaultConfig config = m_faults.config();
    qint64 earlyExpiry = m_issuer.earlyExpirySeconds();
    if (request.path.endsWith(QLatin1String("/reset"))) {
        config = FaultConfig();
        earlyExpiry = 0;
    } else {
        QJsonParseError parseError;
        QJsonObject o = QJsonDocument::fromJson(request.body, &parseError).object();
        if (parseError.error != QJsonParseError::NoError)
            return fail(400, QStringLiteral("the body must be a JSON object"));
        if (o.value(QLatin1String("reset")).toBool()) {
            config = FaultConfig();
            earlyExpiry = 0;
        }
        o.remove(QStringLiteral("reset"));
        if (o.contains(QLatin1String("tokenEarlyExpirySeconds"))) {
            earlyExpiry = o.value(QLatin1String("tokenEarlyExpirySeconds")).toInteger(-1);
            if (earlyExpiry < 0)
                return fail(400, QStringLiteral("'tokenEarlyExpirySeconds' must be a non-negative integer"));
            o.remove(QStringLiteral("tokenEarlyExpirySeconds"));
        }
        QString error;
        if (!config.merge(o, &error))
            return fail(400, error);
    }
    QString error;
    if (!m_faults.setConfig(config, &error))
        return fail(400, error);
    m_issuer.setEarlyExpirySeconds(earlyExpiry);
    QJsonObject out = m_faults.config().toJson();
    out.insert(QStringLiteral("tokenEarlyExpirySeconds"), earlyExpiry);
    return json(200, out);
}

HttpResponse ControlApi::tokenEndpoint(const HttpRequest &request, const QJsonObject &body)
{
    const QString upn = body.value(QLatin1String("upn")).toString(m_identity.options().defaultUpn);
    const auto who = m_identity.person(upn);
    if (!who)
        return fail(400, QStringLiteral("'%1' is not an account of the sandbox tenant").arg(upn));
    QStringList scopes;
    const QJsonValue s = body.value(QLatin1String("scopes"));
    if (s.isArray()) {
        for (const QJsonValue &v : s.toArray())
            scopes.append(v.toString());
    } else if (s.isString()) {
        scopes = s.toString().split(u' ', Qt::SkipEmptyParts);
    } else {
        scopes = {QStringLiteral("DeviceManagementManagedDevices.Read.All"),
                  QStringLiteral("DeviceManagementManagedDevices.PrivilegedOperations.All"),
                  QStringLiteral("DeviceManagementRBAC.Read.All")};
    }
    const QString clientId =
        body.value(QLatin1String("client_id")).toString(QStringLiteral("sandbox-control"));
    const QJsonObject tokens = m_identity.issueTokens(
        *who, clientId, scopes, body.value(QLatin1String("offline_access")).toBool(false),
        body.value(QLatin1String("id_token")).toBool(false), request.baseUrl, QString());
    return json(200, tokens);
}

HttpResponse ControlApi::sentActions(const HttpRequest &request) const
{
    // GET /sandbox/actions[?from=N&limit=K]: every action received since the tenant started serving, in
    // order (the generated history is left out), from the audit trail.
    const AuditLog &log = m_actions.audits();
    const qsizetype sent = log.size() - m_historyAudits;
    const qsizetype from = std::clamp<qsizetype>(request.queryValue(u"from").toLongLong(), 0, sent);
    const qsizetype limit =
        request.hasQuery(u"limit") ? std::max<qsizetype>(0, request.queryValue(u"limit").toLongLong()) : sent;
    const qint64 now = m_clock.tenantNowMs();
    QJsonArray out;
    for (qsizetype i = from; i < sent && out.size() < limit; ++i) {
        const AuditEntry &e = log.entry(m_historyAudits + i);
        out.append(QJsonObject{
            {QStringLiteral("index"), qint64(i)},
            {QStringLiteral("deviceId"), QString::fromLatin1(m_store.id(e.device))},
            {QStringLiteral("action"), QString::fromLatin1(remoteActionName(e.kind).toByteArray())},
            {QStringLiteral("initiatedBy"), QString::fromUtf8(log.initiator(e.initiator))},
            {QStringLiteral("requestDateTime"), iso(e.requestMs)},
            {QStringLiteral("state"),
             QString::fromLatin1(actionStateName(m_actions.auditState(e, now)).toByteArray())},
        });
    }
    return json(200, QJsonObject{{QStringLiteral("count"), qint64(sent)}, {QStringLiteral("value"), out}});
}

QJsonObject ControlApi::deviceFacts(qsizetype i) const
{
    const DeviceRecord &d = m_store.record(i);
    const EnumStyle beta{true, true};
    QJsonArray scopeTags;
    for (const QByteArray &tag : IntuneRoles::scopeTagIds(m_store, i))
        scopeTags.append(QString::fromLatin1(tag));
    return QJsonObject{
        {QStringLiteral("index"), qint64(i)},
        {QStringLiteral("id"), QString::fromLatin1(m_store.id(i))},
        {QStringLiteral("deviceName"), QString::fromUtf8(m_store.deviceName(i))},
        {QStringLiteral("row"), int(d.row)},
        {QStringLiteral("operatingSystem"), QString::fromLatin1(m_store.operatingSystem(i))},
        {QStringLiteral("osVersion"), QLatin1String(d.osVersion)},
        {QStringLiteral("deviceEnrollmentType"),
         QString::fromLatin1(enrollmentTypeName(d.enrollment, beta).toByteArray())},
        {QStringLiteral("managementState"), QString::fromLatin1(managementStateName(d.state).toByteArray())},
        {QStringLiteral("connectivity"), connectivityName(d.connectivity)},
        {QStringLiteral("noPasscodePolicy"), d.has(FlagNoPasscodePolicy)},
        {QStringLiteral("resetTokenInactive"), d.has(FlagResetTokenInactive)},
        {QStringLiteral("wrongUnlockToken"), d.has(FlagWrongUnlockToken)},
        {QStringLiteral("userless"), d.has(FlagUserless)},
        {QStringLiteral("roleScopeTagIds"), scopeTags},
    };
}

QJsonObject ControlApi::accounts() const
{
    QJsonArray out;
    const auto add = [&](const char *ascii) {
        const QString upn = QString::fromLatin1(ascii) + u'@' + QString::fromLatin1(DeviceStore::domain());
        const auto who = m_identity.person(upn);
        const RoleAssignment role = IntuneRoles::assignmentOf(upn);
        QJsonObject account{{QStringLiteral("upn"), upn},
                            {QStringLiteral("displayName"), who ? who->name : QString()},
                            {QStringLiteral("role"), QString::fromUtf8(role.role->displayName)}};
        if (!role.scopeTagId.isEmpty()) {
            account.insert(QStringLiteral("scopeTag"),
                           QJsonObject{{QStringLiteral("id"), QString::fromLatin1(role.scopeTagId)},
                                       {QStringLiteral("displayName"),
                                        QString::fromLatin1(IntuneRoles::scopeTagName(role.scopeTagId))}});
        }
        out.append(account);
    };
    for (const PersonName &t : catalog::technicians())
        add(t.ascii);
    for (const RoleAccount &r : IntuneRoles::roleAccounts())
        add(r.ascii);
    return QJsonObject{{QStringLiteral("value"), out},
                       {QStringLiteral("otherAccounts"),
                        QStringLiteral("the tenant's users act as Help Desk Operators on every device")}};
}

HttpResponse ControlApi::setDeviceFacts(const QString &id, const QJsonObject &body)
{
    const auto index = m_store.indexOf(id);
    if (!index)
        return fail(404, QStringLiteral("no device %1").arg(id));
    const QJsonValue name = body.value(QLatin1String("deviceName"));
    if (!name.isString() || name.toString().isEmpty())
        return fail(400, QStringLiteral("'deviceName' must be a non-empty string (the only settable fact)"));
    m_store.setDeviceName(*index, name.toString().toUtf8());
    return json(200, deviceFacts(*index));
}

HttpResponse ControlApi::devicesEndpoint(const HttpRequest &request, const QStringList &s)
{
    if (s.size() == 2) {
        const auto index = m_store.indexOf(s[1]);
        if (!index)
            return fail(404, QStringLiteral("no device %1").arg(s[1]));
        return json(200, deviceFacts(*index));
    }
    // GET /sandbox/devices[?row=N][&limit=K]: the showcase by default.
    const QString rowText = request.queryValue(u"row");
    bool ok = false;
    const int row = rowText.toInt(&ok);
    const int limit = request.hasQuery(u"limit") ? request.queryValue(u"limit").toInt() : 50;
    QJsonArray out;
    const qsizetype end =
        rowText.isEmpty() ? std::min(m_store.size(), TenantGenerator::showcaseSize()) : m_store.size();
    for (qsizetype i = 0; i < end && out.size() < limit; ++i) {
        if (!rowText.isEmpty() && (!ok || int(m_store.record(i).row) != row))
            continue;
        out.append(deviceFacts(i));
    }
    return json(200, QJsonObject{{QStringLiteral("value"), out}});
}

} // namespace passcode::sandbox
