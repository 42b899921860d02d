// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/host/SandboxOptions.h"
#include "sandbox/host/SecretLedger.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QThread>
#include <QUrl>

namespace passcode::sandbox {

class SandboxServer;

/**
 * Runs a SandboxServer on its own worker thread, so that serving 100,000 devices never blocks the caller's
 * (UI) thread. The embedded sandbox of passcode-console and passcodectl.
 *
 * Usage:
 * \code
 *   SandboxHost host(options);
 *   QString error;
 *   if (!host.start(&error)) ...;            // blocks until listening (generation included: ~50 ms for 100k)
 *   QUrl graph = host.graphUrl(QStringLiteral("beta"));
 *   QString token = host.mintAccessToken(host.defaultUpn(), SandboxHost::defaultScopes());
 * \endcode
 * or startAsync() and wait for started()/failed(). The server is destroyed on its thread by stop() or the
 * destructor. start() must not be called from the worker thread. Accessors are valid after a successful
 * start.
 */
class SandboxHost final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxHost)

public:
    explicit SandboxHost(SandboxOptions options, QObject *parent = nullptr);
    ~SandboxHost() override;

    /** Starts the worker thread and the server; returns once it listens (or failed). */
    bool start(QString *error = nullptr);
    /** Like start() but returns at once; emits started() or failed() on this object's thread. */
    void startAsync();
    /** Stops the server and joins the worker thread. Idempotent. */
    void stop();
    bool isRunning() const { return !m_baseUrl.isEmpty(); }

    /** http://127.0.0.1:PORT */
    QUrl baseUrl() const { return m_baseUrl; }
    /** {base}/v1.0 or {base}/beta */
    QUrl graphUrl(const QString &version = QStringLiteral("v1.0")) const;
    /** {base}: Entra's endpoints are {base}/{tenant}/oauth2/v2.0/... */
    QUrl loginUrl() const { return m_baseUrl; }
    QString tenantId() const { return m_tenantId; }
    QString defaultUpn() const { return m_options.defaultUpn; }
    static QStringList defaultScopes();

    /** A valid access token for \a upn with \a scopes; empty if the UPN is not in the tenant. Thread-safe. */
    QString mintAccessToken(const QString &upn, const QStringList &scopes,
                            const QString &clientId = QStringLiteral("sandbox-embedded")) const;

    /** The server's SandboxServer::issuedSecrets(), read on its thread (blocks until then). Tests only. */
    IssuedSecrets issuedSecrets() const;

Q_SIGNALS:
    void started(const QUrl &baseUrl);
    void failed(const QString &error);

private:
    void ensureWorker();
    void stopWorker();

    SandboxOptions m_options;
    QThread m_thread;
    QObject *m_anchor = nullptr; ///< lives on m_thread; context for calls made there
    SandboxServer *m_server = nullptr;
    bool m_threadHooked = false;
    QUrl m_baseUrl;
    QString m_tenantId;
};

} // namespace passcode::sandbox
