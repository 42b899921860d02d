// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/host/SandboxOptions.h"
#include "sandbox/host/SecretLedger.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QPointer>
#include <QStringList>
#include <QUrl>

#include <map>
#include <memory>

class QTcpSocket;

namespace passcode::sandbox {

class ActionSimulator;
class ControlApi;
class DeviceStore;
class FaultInjector;
class GraphService;
class IdentityService;
class SandboxClock;
class Throttler;
class TokenIssuer;
struct HttpRequest;
struct HttpResponse;
struct RequestIds;
struct FaultDecision;

/**
 * The sandbox tenant's HTTP server: Graph under /v1.0 and /beta, Entra ID under /{tenant}/..., the control
 * endpoints under /sandbox, on 127.0.0.1 only.
 *
 * Built on QAbstractHttpServer so that it can write responses itself: delayed (latency), cut short
 * (truncated), garbled (malformed) or not at all (dropped connection). Responses on one connection keep the
 * order of their requests. Every response carries request-id and client-request-id headers.
 *
 * Lives on one thread (the thread that created it); only mintAccessToken() may be called from another thread.
 * Use SandboxHost to run it on a worker thread.
 */
class SandboxServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)

public:
    /** Generates the tenant (deterministic from the options' seed, device count and start time). */
    explicit SandboxServer(SandboxOptions options, QObject *parent = nullptr);
    ~SandboxServer() override;

    /** Listens on 127.0.0.1 (with TLS when the options name a certificate); false and a message on failure.
     */
    bool start(QString *error);
    quint16 port() const { return m_port; }
    /** http://127.0.0.1:PORT (https with TLS). */
    QUrl baseUrl() const;
    QString tenantId() const;
    const SandboxOptions &options() const { return m_options; }

    /**
     * An access token for \a upn (a user or technician of the tenant, e.g. the options' defaultUpn) with the
     * Graph \a scopes (short names, e.g. DeviceManagementManagedDevices.Read.All); empty when the UPN is not
     * in the tenant. Thread-safe.
     */
    QString mintAccessToken(const QString &upn, const QStringList &scopes,
                            const QString &clientId = QStringLiteral("sandbox-embedded")) const;
    /** The scopes a helpdesk console uses: Read.All, PrivilegedOperations.All and
     * DeviceManagementRBAC.Read.All (its effective Intune permissions). */
    static QStringList defaultScopes();

    /**
     * The tokens issued (SandboxOptions::recordSecrets on; none otherwise) and every passcode and PIN the
     * tenant's actions produced. Tests only; on the server's thread.
     */
    IssuedSecrets issuedSecrets() const;

    /**
     * The request the handlers see, from what Qt's HTTP parser read: @p method in upper case (as
     * QHttpServerRequest names it), the request @p url, headers and body. Checks the Host header (isOwnHost).
     */
    HttpRequest makeRequest(QByteArray method, const QUrl &url, QList<QPair<QByteArray, QByteArray>> headers,
                            QByteArray body, QByteArray remoteAddress) const;
    /** Handles one request without HTTP (used by the server and by tests). */
    HttpResponse handleLocal(const HttpRequest &request, FaultDecision *fault);
    /** The Host header names this server (127.0.0.1, localhost or [::1] with its port), or is absent. */
    bool isOwnHost(const QByteArray &host) const;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct PendingWrite
    {
        QByteArray bytes;
        enum class After
        {
            KeepOpen,
            Close,
            Abort
        } after = After::KeepOpen;
        bool ready = false;
    };
    struct Connection
    {
        QPointer<QTcpSocket> socket; ///< null once that socket is gone (its address may be reused)
        quint64 nextAssigned = 0;
        quint64 nextToWrite = 0;
        std::map<quint64, PendingWrite> pending;
    };

    HttpResponse route(const HttpRequest &request, const RequestIds &ids, FaultDecision *fault);
    void finish(HttpResponse &response, const RequestIds &ids, const HttpRequest &request) const;
    PendingWrite render(const HttpResponse &response, const FaultDecision &fault, bool keepAlive) const;
    void complete(QTcpSocket *socket, quint64 sequence, PendingWrite write);
    void flush(QTcpSocket *socket);
    HttpResponse indexPage(const HttpRequest &request) const;

    SandboxOptions m_options;
    std::unique_ptr<SandboxClock> m_clock;
    std::unique_ptr<DeviceStore> m_store;
    std::unique_ptr<ActionSimulator> m_actions;
    std::unique_ptr<TokenIssuer> m_issuer;
    std::unique_ptr<Throttler> m_throttler;
    std::unique_ptr<FaultInjector> m_faults;
    std::unique_ptr<IdentityService> m_identity;
    std::unique_ptr<GraphService> m_graph;
    std::unique_ptr<ControlApi> m_control;
    mutable SecretLedger m_secrets; ///< mutable: mintAccessToken() notes what it mints
    QHash<QTcpSocket *, Connection> m_connections;
    quint16 m_port = 0;
    bool m_tls = false;
};

} // namespace passcode::sandbox
