// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/host/SandboxServer.h"

#include "sandbox/graph/ControlApi.h"
#include "sandbox/graph/FaultInjector.h"
#include "sandbox/graph/GraphService.h"
#include "sandbox/graph/Throttler.h"
#include "sandbox/host/SandboxClock.h"
#include "sandbox/http/GraphError.h"
#include "sandbox/http/HttpRequest.h"
#include "sandbox/http/HttpResponse.h"
#include "sandbox/identity/IdentityService.h"
#include "sandbox/identity/TokenIssuer.h"
#include "sandbox/tenant/ActionSimulator.h"
#include "sandbox/tenant/DeviceStore.h"
#include "sandbox/tenant/TenantGenerator.h"

#include <QDateTime>
#include <QFile>
#include <QHttpServerRequest>
#include <QLocale>
#include <QMetaEnum>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimeZone>
#include <QTimer>
#include <QUuid>

#include <algorithm>

#if QT_CONFIG(ssl)
#include <QSslCertificate>
#include <QSslKey>
#endif

namespace passcode::sandbox {

namespace {

QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

QByteArray httpDate(qint64 ms)
{
    return QLocale::c()
        .toString(QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()),
                  QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
        .toLatin1();
}

/** The Host header if it is a plain host[:port], else nothing (absolute URLs then use 127.0.0.1). */
QByteArray sanitizedHost(const QByteArray &host)
{
    static const QRegularExpression valid(
        QStringLiteral(R"(^([A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(:[0-9]{1,5})?$)"));
    if (host.isEmpty() || host.size() > 255 || !valid.match(QString::fromLatin1(host)).hasMatch())
        return {};
    return host;
}

} // namespace

SandboxServer::SandboxServer(SandboxOptions options, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_options(std::move(options))
{
    const qint64 start = m_options.effectiveStartMs();
    m_clock = std::make_unique<SandboxClock>(start, m_options.timeScale);
    GeneratedTenant tenant = TenantGenerator::generate(m_options.seed, m_options.devices, start);
    m_store = std::make_unique<DeviceStore>(std::move(tenant.store));
    m_actions = std::make_unique<ActionSimulator>(*m_store, m_options.seed);
    m_actions->loadHistory(tenant.history);
    m_issuer = std::make_unique<TokenIssuer>(*m_clock, m_store->tenantId());
    m_issuer->setEarlyExpirySeconds(m_options.tokenEarlyExpirySeconds);
    m_throttler = std::make_unique<Throttler>(m_options.throttleScale);
    m_throttler->setWindowMs(m_options.throttleWindowMs);
    m_faults = std::make_unique<FaultInjector>(m_options.seed);
    m_faults->setClock(m_clock.get());
    m_faults->setConfig(m_options.faults, nullptr);
    m_secrets.setEnabled(m_options.recordSecrets);
    IdentityService::Options identity;
    identity.autoApprove = m_options.autoApprove;
    identity.defaultUpn = m_options.defaultUpn;
    identity.accessTokenLifetimeSeconds = m_options.accessTokenLifetimeSeconds;
    m_identity = std::make_unique<IdentityService>(*m_store, *m_clock, *m_issuer, identity);
    m_graph =
        std::make_unique<GraphService>(*m_store, *m_actions, *m_clock, *m_issuer, *m_throttler, *m_faults);
    m_control = std::make_unique<ControlApi>(*m_store, *m_actions, *m_clock, *m_issuer, *m_throttler,
                                             *m_faults, *m_identity);
    m_control->setOpenToBrowsers(m_options.openControl);
}

SandboxServer::~SandboxServer() = default;

bool SandboxServer::start(QString *error)
{
    if (!m_options.tlsCertificateFile.isEmpty()) {
#if QT_CONFIG(ssl)
        QFile certFile(m_options.tlsCertificateFile);
        QFile keyFile(m_options.tlsKeyFile);
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read %1 or %2")
                         .arg(m_options.tlsCertificateFile, m_options.tlsKeyFile);
            return false;
        }
        const QSslCertificate certificate(certFile.readAll(), QSsl::Pem);
        const QByteArray keyData = keyFile.readAll();
        QSslKey key(keyData, QSsl::Rsa, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(keyData, QSsl::Ec, QSsl::Pem);
        if (certificate.isNull() || key.isNull()) {
            *error = QStringLiteral("%1 / %2 are not a PEM certificate and private key")
                         .arg(m_options.tlsCertificateFile, m_options.tlsKeyFile);
            return false;
        }
        sslSetup(certificate, key);
        m_tls = true;
#else
        *error = QStringLiteral("this Qt build has no TLS support");
        return false;
#endif
    }
    // Always loopback: the sandbox must never be reachable from the network.
    const quint16 port = listen(QHostAddress::LocalHost, m_options.port);
    if (port == 0) {
        *error = QStringLiteral("cannot listen on 127.0.0.1:%1").arg(m_options.port);
        return false;
    }
    m_port = port;
    return true;
}

QUrl SandboxServer::baseUrl() const
{
    QUrl url;
    url.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

QString SandboxServer::tenantId() const
{
    return QString::fromLatin1(m_store->tenantId());
}

QStringList SandboxServer::defaultScopes()
{
    return {QLatin1String(GraphService::kReadAll), QLatin1String(GraphService::kPrivileged),
            QLatin1String(GraphService::kRbacRead)};
}

QString SandboxServer::mintAccessToken(const QString &upn, const QStringList &scopes,
                                       const QString &clientId) const
{
    const auto who = m_identity->person(upn);
    if (!who)
        return {};
    const QByteArray token = m_issuer->mintAccessToken(who->upn, who->name, who->objectId, clientId, scopes,
                                                       m_options.accessTokenLifetimeSeconds);
    m_secrets.note(token);
    return QString::fromLatin1(token);
}

IssuedSecrets SandboxServer::issuedSecrets() const
{
    IssuedSecrets out;
    out.tokens = m_secrets.tokens();
    out.passcodes = m_actions->secrets();
    return out;
}

HttpResponse SandboxServer::indexPage(const HttpRequest &request) const
{
    HttpResponse r;
    r.setHeader("Content-Type", "text/html; charset=utf-8");
    const QString base = QString::fromUtf8(request.baseUrl).toHtmlEscaped();
    r.body = QStringLiteral(
                 "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Passcode Console sandbox "
                 "tenant</title></head><body><h1>Contoso Sandbox</h1><p>An Intune-like Microsoft Graph "
                 "and Entra ID tenant for training and tests. Not Microsoft.</p><ul>"
                 "<li>Graph: <code>%1/v1.0</code>, <code>%1/beta</code></li>"
                 "<li>Entra ID: <code>%1/%2/oauth2/v2.0</code></li>"
                 "<li>Device sign-in: <a href=\"%1/sandbox/devicelogin\">%1/sandbox/devicelogin</a></li>"
                 "<li>State: <a href=\"%1/sandbox/state\">%1/sandbox/state</a></li></ul></body></html>")
                 .arg(base, tenantId())
                 .toUtf8();
    return r;
}

bool SandboxServer::isOwnHost(const QByteArray &host) const
{
    // A browser page whose name was rebound to 127.0.0.1 (DNS rebinding) still sends its own name: only this
    // server's loopback names and port are answered. Clients that send no Host (HTTP/1.0) are not browsers.
    if (host.isEmpty())
        return true;
    const QByteArray port = ':' + QByteArray::number(m_port);
    for (const char *name : {"127.0.0.1", "localhost", "[::1]"}) {
        if (host.compare(QByteArray(QByteArray(name) + port), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

HttpRequest SandboxServer::makeRequest(QByteArray method, const QUrl &url,
                                       QList<QPair<QByteArray, QByteArray>> headers, QByteArray body,
                                       QByteArray remoteAddress) const
{
    HttpRequest request;
    request.method = std::move(method);
    request.path = url.path(QUrl::FullyDecoded);
    if (request.path.isEmpty())
        request.path = QStringLiteral("/");
    request.query = HttpRequest::parseForm(url.query(QUrl::FullyEncoded).toUtf8());
    request.headers = std::move(headers);
    request.body = std::move(body);
    request.remoteAddress = std::move(remoteAddress);
    request.hostAccepted = isOwnHost(request.header("Host"));
    QByteArray host = request.hostAccepted ? sanitizedHost(request.header("Host")) : QByteArray();
    if (host.isEmpty())
        host = "127.0.0.1:" + QByteArray::number(m_port);
    request.baseUrl = (m_tls ? "https://" : "http://") + host;
    return request;
}

HttpResponse SandboxServer::route(const HttpRequest &request, const RequestIds &ids, FaultDecision *fault)
{
    if (!request.hostAccepted)
        return GraphError::make(
            421, "MisdirectedRequest",
            "This sandbox answers only requests addressed to its own loopback address and "
            "port.",
            ids);
    if (ControlApi::isControlPath(request.path))
        return m_control->handle(request);
    const bool graph = GraphService::isGraphPath(request.path);
    const bool identity = !graph && IdentityService::isIdentityPath(request.path);
    if (!graph && !identity) {
        if (request.path == QLatin1String("/") && request.method == "GET")
            return indexPage(request);
        return GraphError::make(404, "NotFound", "No sandbox endpoint at '" + request.path.toUtf8() + "'.",
                                ids);
    }
    const QString category =
        graph ? GraphService::category(request.method, request.path) : QStringLiteral("identity");
    *fault = m_faults->decide(request.method, request.path, category, identity);
    switch (fault->kind) {
    case FaultDecision::Kind::Error:
        if (fault->status == 504) { // the back end did the work; the gateway gave up waiting
            if (graph)
                m_graph->handle(request, ids);
            else
                m_identity->handle(request);
        }
        return GraphError::serviceError(fault->status, ids, m_faults->config().retryAfterSeconds);
    case FaultDecision::Kind::IntuneError:
        return GraphError::intuneWrapped(500, "InternalServerError", "An internal server error has occurred",
                                         ids, request.path.toUtf8());
    default:
        break;
    }
    return graph ? m_graph->handle(request, ids) : m_identity->handle(request);
}

void SandboxServer::finish(HttpResponse &response, const RequestIds &ids, const HttpRequest &request) const
{
    response.setHeader("request-id", ids.requestId);
    response.setHeader("client-request-id", ids.clientRequestId);
    response.setHeader("Date", httpDate(ids.dateMs));
    if (GraphService::isGraphPath(request.path)) {
        response.setHeader("OData-Version", "4.0");
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("x-ms-ags-diagnostic",
                           R"({"ServerInfo":{"DataCenter":"Sandbox","Slice":"E","Ring":"5",)"
                           R"("ScaleUnit":"000","RoleInstance":"SANDBOX01"}})");
    }
    if (m_tls)
        response.setHeader("Strict-Transport-Security", "max-age=31536000");
}

HttpResponse SandboxServer::handleLocal(const HttpRequest &request, FaultDecision *fault)
{
    RequestIds ids;
    ids.requestId = QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1();
    ids.clientRequestId = request.header("client-request-id");
    // Echoed in headers and JSON bodies: only a plausible id (visible ASCII, as a GUID is) is; found by
    // fuzzing (tests/fuzz/http_request), a byte like 0xEA made the error bodies invalid JSON.
    const bool plausible = std::all_of(ids.clientRequestId.cbegin(), ids.clientRequestId.cend(),
                                       [](char c) { return c > 0x20 && c < 0x7f; });
    if (ids.clientRequestId.isEmpty() || ids.clientRequestId.size() > 128 || !plausible)
        ids.clientRequestId = ids.requestId;
    ids.dateMs = m_clock->protocolNowMs();
    FaultDecision none;
    FaultDecision *decided = fault ? fault : &none;
    HttpResponse response = route(request, ids, decided);
    finish(response, ids, request);
    const bool answered = decided->kind == FaultDecision::Kind::None ||
                          decided->kind == FaultDecision::Kind::Error ||
                          decided->kind == FaultDecision::Kind::IntuneError;
    if (answered && GraphService::isGraphPath(request.path))
        m_faults->noteGraphAnswer(response.status);
    // Tokens leave in the token endpoint's answers and the control endpoint's (whether the client gets them
    // or not: a dropped answer was still issued).
    if (m_secrets.isEnabled() && response.status == 200 &&
        (IdentityService::isIdentityPath(request.path) || request.path == QLatin1String("/sandbox/token")))
        m_secrets.noteTokenAnswer(response.body);
    return response;
}

SandboxServer::PendingWrite SandboxServer::render(const HttpResponse &response, const FaultDecision &fault,
                                                  bool keepAlive) const
{
    PendingWrite w;
    w.ready = true;
    switch (fault.kind) {
    case FaultDecision::Kind::Drop:
        w.after = PendingWrite::After::Abort;
        return w;
    case FaultDecision::Kind::Truncate: {
        // The headers promise the whole body; half of it arrives, then the connection closes.
        const QByteArray full = response.serialize(false);
        const qsizetype headerEnd = full.indexOf("\r\n\r\n") + 4;
        const qsizetype bodySize = full.size() - headerEnd;
        w.bytes = full.left(headerEnd + std::max<qsizetype>(0, bodySize / 2));
        if (bodySize == 0) { // nothing to cut: promise a body that never comes
            HttpResponse promised = response;
            promised.status = response.status == 204 ? 200 : response.status;
            promised.body = "{\"value\":[]}";
            const QByteArray bytes = promised.serialize(false);
            w.bytes = bytes.left(bytes.size() - 6);
        }
        w.after = PendingWrite::After::Close;
        return w;
    }
    case FaultDecision::Kind::Malformed: {
        HttpResponse garbled = response;
        if (garbled.status == 204)
            garbled.status = 200;
        garbled.setHeader("Content-Type", "application/json");
        const QByteArray head = response.body.left(std::max<qsizetype>(1, response.body.size() * 3 / 5));
        garbled.body = (response.body.isEmpty() ? QByteArray("{\"value\":[{\"id\":") : head) +
                       "\x01<!-- upstream proxy error -->";
        w.bytes = garbled.serialize(keepAlive);
        w.after = keepAlive ? PendingWrite::After::KeepOpen : PendingWrite::After::Close;
        return w;
    }
    default:
        break;
    }
    w.bytes = response.serialize(keepAlive);
    w.after = keepAlive ? PendingWrite::After::KeepOpen : PendingWrite::After::Close;
    return w;
}

bool SandboxServer::handleRequest(const QHttpServerRequest &qrequest, QTcpSocket *socket)
{
    // Copy everything now: Qt reuses the request object for the next request on this connection.
    const HttpRequest request = makeRequest(methodName(qrequest.method()), qrequest.url(), qrequest.headers(),
                                            qrequest.body(), qrequest.remoteAddress().toString().toLatin1());
    const bool keepAlive = request.header("Connection").toLower() != "close";

    const auto known = m_connections.constFind(socket);
    // Qt drops all of a socket's connections when a request cannot be parsed, our destroyed() one included,
    // so an entry may outlive its socket: the QPointer tells a new socket at the same address from the old
    // one.
    if (known == m_connections.cend() || known->socket.isNull()) {
        // Answers are written whole; do not let Nagle hold back their last segment.
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        Connection fresh;
        fresh.socket = socket;
        m_connections.insert(socket, fresh);
        connect(socket, &QObject::destroyed, this, [this, socket] { m_connections.remove(socket); });
    }
    Connection &connection = m_connections[socket];
    const quint64 sequence = connection.nextAssigned++;
    connection.pending[sequence] = PendingWrite{};

    FaultDecision fault;
    HttpResponse response = handleLocal(request, &fault);
    if (fault.latencyMs > 0) // says what was injected, for people reading a trace
        response.setHeader("x-sandbox-injected-latency-ms", QByteArray::number(fault.latencyMs));
    PendingWrite write = render(response, fault, keepAlive);
    if (fault.latencyMs > 0) {
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(fault.latencyMs, this,
                           [this, guard, sequence, write = std::move(write)]() mutable {
                               if (guard)
                                   complete(guard.data(), sequence, std::move(write));
                           });
    } else {
        complete(socket, sequence, std::move(write));
    }
    return true;
}

void SandboxServer::complete(QTcpSocket *socket, quint64 sequence, PendingWrite write)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    it->pending[sequence] = std::move(write);
    flush(socket);
}

void SandboxServer::flush(QTcpSocket *socket)
{
    auto it = m_connections.find(socket);
    while (it != m_connections.end()) {
        Connection &c = *it;
        const auto next = c.pending.find(c.nextToWrite);
        if (next == c.pending.end() || !next->second.ready)
            return;
        const PendingWrite w = std::move(next->second);
        c.pending.erase(next);
        ++c.nextToWrite;
        if (!w.bytes.isEmpty())
            socket->write(w.bytes);
        if (w.after == PendingWrite::After::Abort) {
            // Deferred so that Qt finishes its own bookkeeping of the request first.
            QMetaObject::invokeMethod(socket, &QTcpSocket::abort, Qt::QueuedConnection);
            return;
        }
        if (w.after == PendingWrite::After::Close) {
            QMetaObject::invokeMethod(socket, &QTcpSocket::disconnectFromHost, Qt::QueuedConnection);
            return;
        }
        it = m_connections.find(socket);
    }
}

void SandboxServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Q_UNUSED(request)
    HttpResponse r = HttpResponse::json(404, R"({"error":{"code":"NotFound","message":"No handler."}})");
    socket->write(r.serialize(true));
}

} // namespace passcode::sandbox
