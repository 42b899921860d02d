// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/host/SandboxHost.h"

#include "sandbox/host/SandboxServer.h"

#if defined(Q_OS_LINUX)
#include <dlfcn.h>
#endif

namespace passcode::sandbox {

SandboxHost::SandboxHost(SandboxOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    m_thread.setObjectName(QStringLiteral("passcode-sandbox"));
}

SandboxHost::~SandboxHost()
{
    stop();
}

QStringList SandboxHost::defaultScopes()
{
    return SandboxServer::defaultScopes();
}

namespace {

/**
 * QAbstractHttpServer builds a QSslConfiguration, so OpenSSL creates per-thread state (random generators) on
 * the worker. OpenSSL frees it only when told the thread stops; without that, LeakSanitizer reports it at
 * exit now and then. OpenSSL is loaded by Qt's TLS plugin, not linked here: find the call in the library
 * already loaded.
 */
void releaseOpenSslThreadState()
{
#if defined(Q_OS_LINUX)
    for (const char *name : {"libcrypto.so.3", "libcrypto.so"}) {
        void *library = dlopen(name, RTLD_NOW | RTLD_NOLOAD);
        if (!library)
            continue;
        if (void *symbol = dlsym(library, "OPENSSL_thread_stop"))
            reinterpret_cast<void (*)()>(symbol)();
        dlclose(library);
        return;
    }
#endif
}

/** The embedded sandbox's worker thread stack. */
constexpr uint kWorkerStackBytes = 8u * 1024 * 1024;

} // namespace

void SandboxHost::ensureWorker()
{
    if (!m_anchor) {
        m_anchor = new QObject;
        m_anchor->moveToThread(&m_thread);
        connect(&m_thread, &QThread::finished, m_anchor, &QObject::deleteLater);
    }
    if (!m_threadHooked) {
        // Runs on the worker itself, as its last act.
        connect(&m_thread, &QThread::finished, this, &releaseOpenSslThreadState, Qt::DirectConnection);
        m_threadHooked = true;
    }
    if (!m_thread.isRunning()) {
        // A known stack, whatever the platform's default for new threads (512 KiB on macOS, 1 MiB on
        // Windows, 8 MiB here): the sandbox's parsers are bounded for it (FilterParser's depth).
        m_thread.setStackSize(kWorkerStackBytes);
        m_thread.start();
    }
}

void SandboxHost::stopWorker()
{
    if (m_thread.isRunning()) {
        m_thread.quit();
        m_thread.wait();
    }
    m_anchor = nullptr; // deleted on the worker when it finished
}

bool SandboxHost::start(QString *error)
{
    Q_ASSERT(QThread::currentThread() != &m_thread);
    if (m_server)
        return true;
    ensureWorker();
    bool ok = false;
    QString message;
    QUrl url;
    QString tenant;
    SandboxServer *server = nullptr;
    const SandboxOptions options = m_options;
    // Blocks on a semaphore (not an event loop) while the worker builds the tenant and listens.
    QMetaObject::invokeMethod(
        m_anchor,
        [&] {
            server = new SandboxServer(options);
            ok = server->start(&message);
            if (!ok) {
                delete server;
                server = nullptr;
                return;
            }
            url = server->baseUrl();
            tenant = server->tenantId();
        },
        Qt::BlockingQueuedConnection);
    if (!ok) {
        stopWorker();
        if (error)
            *error = message;
        return false;
    }
    m_server = server;
    m_baseUrl = url;
    m_tenantId = tenant;
    return true;
}

void SandboxHost::startAsync()
{
    if (m_server) {
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT started(m_baseUrl); }, Qt::QueuedConnection);
        return;
    }
    ensureWorker();
    const SandboxOptions options = m_options;
    QPointer<SandboxHost> self(this);
    QMetaObject::invokeMethod(
        m_anchor,
        [self, options] {
            auto *server = new SandboxServer(options);
            QString message;
            const bool ok = server->start(&message);
            if (!ok) {
                delete server;
                server = nullptr;
            }
            const QUrl url = ok ? server->baseUrl() : QUrl();
            const QString tenant = ok ? server->tenantId() : QString();
            // Back on the host's thread. If the host is gone, its destructor already joined this thread, so
            // it cannot be gone here; the guard covers a host deleted while this call was queued.
            auto *target = self.data();
            if (!target) {
                delete server;
                return;
            }
            QMetaObject::invokeMethod(
                target,
                [self, server, ok, message, url, tenant] {
                    if (!self) {
                        return;
                    }
                    if (!ok) {
                        self->stopWorker();
                        Q_EMIT self->failed(message);
                        return;
                    }
                    self->m_server = server;
                    self->m_baseUrl = url;
                    self->m_tenantId = tenant;
                    Q_EMIT self->started(url);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void SandboxHost::stop()
{
    if (m_server && m_anchor) {
        SandboxServer *server = m_server;
        m_server = nullptr;
        QMetaObject::invokeMethod(
            m_anchor, [server] { delete server; }, Qt::BlockingQueuedConnection);
    }
    stopWorker();
    m_baseUrl.clear();
}

QUrl SandboxHost::graphUrl(const QString &version) const
{
    QUrl url = m_baseUrl;
    url.setPath(u'/' + version);
    return url;
}

QString SandboxHost::mintAccessToken(const QString &upn, const QStringList &scopes,
                                     const QString &clientId) const
{
    return m_server ? m_server->mintAccessToken(upn, scopes, clientId) : QString();
}

IssuedSecrets SandboxHost::issuedSecrets() const
{
    IssuedSecrets out;
    if (!m_server || !m_anchor)
        return out;
    const SandboxServer *server = m_server;
    QMetaObject::invokeMethod(
        m_anchor, [&out, server] { out = server->issuedSecrets(); }, Qt::BlockingQueuedConnection);
    return out;
}

} // namespace passcode::sandbox
