// SPDX-License-Identifier: GPL-3.0-or-later
#include "CtlSession.h"

#include "core/auth/AuthSession.h"
#include "core/auth/ChunkedSecretStore.h"
#include "core/auth/TenantSettings.h"
#include "core/auth/TokenProvider.h"
#include "core/graph/GraphClient.h"
#include "sandbox/host/SandboxHost.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSettings>

namespace passcode::ctl {
namespace {

/** The upn (or preferred_username) claim of a JWT, read without verifying it (for the journal only). */
QString upnOfToken(const QString &token)
{
    const QStringList parts = token.split(u'.');
    if (parts.size() < 2)
        return {};
    const QByteArray payload = QByteArray::fromBase64(parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding);
    const QJsonObject claims = QJsonDocument::fromJson(payload).object();
    for (const char *claim : {"upn", "preferred_username", "unique_name"}) {
        const QString v = claims.value(QLatin1String(claim)).toString();
        if (!v.isEmpty())
            return v;
    }
    return {};
}

bool isLoopback(const QUrl &url)
{
    QHostAddress a;
    return url.host().compare(u"localhost", Qt::CaseInsensitive) == 0 ||
           (a.setAddress(url.host()) && a.isLoopback());
}

/** The graph root without a trailing version segment (users may pass .../v1.0 or .../beta). */
QUrl graphRoot(QUrl url)
{
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    if (path.endsWith(u"/v1.0") || path.endsWith(u"/beta"))
        path = path.left(path.lastIndexOf(u'/'));
    url.setPath(path);
    return url;
}

} // namespace

CtlSession::CtlSession(const CtlOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{}

CtlSession::~CtlSession()
{
    // The service and client first (they cancel their requests), then sign-in, the sandbox last.
    m_service.reset();
    m_client.reset();
    m_auth.reset();
    if (m_sandbox)
        m_sandbox->stop();
}

void CtlSession::build(const QUrl &graphBase, auth::TokenProvider *tokens, const QString &journalProfile)
{
    graph::GraphClient::Options options;
    options.baseUrl = graphBase;
    options.userAgent = QByteArrayLiteral("passcodectl");
    m_client = std::make_unique<graph::GraphClient>(&m_network, tokens, m_clock, options);
    m_tracker = std::make_unique<actions::ActionTracker>(m_clock);
    const QString journalPath = m_options.journalPath.isEmpty()
                                    ? actions::ActionJournal::defaultPath(journalProfile)
                                    : m_options.journalPath;
    m_journal = std::make_unique<actions::ActionJournal>(journalPath);
    m_service = std::make_unique<actions::ActionService>(*m_client, *m_tracker, *m_journal, m_clock);
    m_service->setInitiator(m_initiator);
}

std::optional<Error> CtlSession::loadTenantSettings()
{
    if (m_tenant)
        return std::nullopt;
    m_settings = std::make_unique<QSettings>();
    m_tenant = std::make_unique<auth::TenantSettings>(m_settings.get());
    // The command line's tenant options are remembered, as the console's settings are.
    if (!m_options.tenant.isEmpty())
        m_tenant->setTenant(m_options.tenant);
    if (!m_options.clientId.isEmpty())
        m_tenant->setClientId(m_options.clientId);
    if (!m_options.cloud.isEmpty()) {
        const std::optional<auth::Cloud> cloud = auth::cloudFromId(m_options.cloud);
        if (!cloud)
            return Error::make(
                Error::Kind::Usage,
                tr("Unknown cloud '%1': use global, usgov, usgov-dod or china.").arg(m_options.cloud));
        m_tenant->setCloud(*cloud);
    }
    if (m_options.loginUrl.isValid())
        m_tenant->setLoginUrlOverride(m_options.loginUrl);
    if (m_options.graphUrl.isValid() && !m_options.tenant.isEmpty())
        m_tenant->setGraphUrlOverride(graphRoot(m_options.graphUrl));
    m_tenant->sync();
    return std::nullopt;
}

std::optional<Error> CtlSession::openSignIn()
{
    if (std::optional<Error> e = loadTenantSettings())
        return e;
    if (!m_tenant->isConfigured())
        return Error::make(
            Error::Kind::Usage,
            tr("No tenant is configured: give --tenant and --client-id (the app registration)."));
    if (std::optional<Error> e = m_tenant->validate())
        return e;
    m_keychain = auth::makeOsKeychain();
    m_auth = std::make_unique<auth::AuthSession>(m_network, *m_tenant, *m_keychain, m_clock);
    return std::nullopt;
}

void CtlSession::openSandbox(std::function<void(std::optional<Error>)> done)
{
    sandbox::SandboxOptions so;
    so.devices = m_options.sandboxDevices;
    so.seed = sandbox::SandboxOptions::parseSeed(m_options.sandboxSeed);
    so.timeScale = m_options.sandboxTimeScale;
    m_sandbox = std::make_unique<sandbox::SandboxHost>(so);
    QString error;
    if (!m_sandbox->start(&error)) {
        done(Error::make(Error::Kind::Network, tr("The sandbox tenant could not start: %1").arg(error)));
        return;
    }
    m_initiator = m_sandbox->defaultUpn();
    m_tokens = std::make_unique<auth::StaticTokenProvider>(
        m_sandbox->mintAccessToken(m_initiator, sandbox::SandboxHost::defaultScopes()));
    // Each sandbox tenant (seed, size) keeps its own journal, apart from real tenants'.
    build(m_sandbox->baseUrl(), m_tokens.get(),
          QStringLiteral("sandbox-%1-%2").arg(m_options.sandboxSeed).arg(m_options.sandboxDevices));
    done(std::nullopt);
}

void CtlSession::openWithSignIn(std::function<void(std::optional<Error>)> done)
{
    if (std::optional<Error> e = openSignIn()) {
        done(*e);
        return;
    }
    const Result<auth::CloudEndpoints> endpoints = m_tenant->endpoints();
    if (!endpoints) {
        done(endpoints.error());
        return;
    }
    const QUrl graphBase = endpoints->graphBaseUrl();
    const QString profile = actions::ActionJournal::tenantProfile(graphBase, m_tenant->tenant());
    const auto notSignedIn = [] {
        return Error::make(Error::Kind::Auth, tr("Not signed in: run 'passcodectl login' first (or pass "
                                                 "--access-token)."));
    };
    auto finish = [this, graphBase, profile, done, notSignedIn](auth::AuthSession::State state) {
        using S = auth::AuthSession::State;
        if (state == S::Restoring)
            return;
        disconnect(m_auth.get(), nullptr, this, nullptr);
        if (state != S::SignedIn) {
            done(state == S::NeedsInteraction
                     ? Error::make(Error::Kind::Auth,
                                   tr("The saved sign-in of %1 has expired: run 'passcodectl login' again.")
                                       .arg(m_auth->account().username))
                     : notSignedIn());
            return;
        }
        m_initiator = m_auth->account().username;
        build(graphBase, &m_auth->tokenProvider(), profile);
        done(std::nullopt);
    };
    connect(m_auth.get(), &auth::AuthSession::stateChanged, this,
            [finish](auth::AuthSession::State, auth::AuthSession::State to) { finish(to); });
    if (!m_auth->restoreSession()) {
        disconnect(m_auth.get(), nullptr, this, nullptr);
        done(notSignedIn());
    }
}

void CtlSession::open(std::function<void(std::optional<Error>)> done)
{
    if (m_options.sandbox) {
        openSandbox(std::move(done));
        return;
    }
    const QUrl graphBase = m_options.graphUrl.isValid() ? graphRoot(m_options.graphUrl) : QUrl();
    if (!m_options.accessToken.isEmpty()) {
        const QUrl base =
            graphBase.isValid() ? graphBase : QUrl(QStringLiteral("https://graph.microsoft.com"));
        const QString profile = actions::ActionJournal::tenantProfile(base, m_options.tenant);
        m_initiator = upnOfToken(m_options.accessToken);
        m_tokens = std::make_unique<auth::StaticTokenProvider>(m_options.accessToken);
        build(base, m_tokens.get(), profile);
        done(std::nullopt);
        return;
    }
    if (graphBase.isValid() && m_options.tenant.isEmpty() && isLoopback(graphBase)) {
        openStandaloneSandbox(graphBase, std::move(done));
        return;
    }
    if (std::optional<Error> e = loadTenantSettings()) {
        done(*e);
        return;
    }
    if (m_tenant->isConfigured()) {
        openWithSignIn(std::move(done));
        return;
    }
    if (m_options.remote) {
        done(Error::make(
            Error::Kind::Auth,
            tr("No access token: pass --access-token (or PASSCODECTL_ACCESS_TOKEN), or sign in with "
               "'passcodectl --tenant T --client-id ID login'.")));
        return;
    }
    openSandbox(std::move(done)); // nothing configured: the sandbox is the default
}

void CtlSession::openStandaloneSandbox(const QUrl &graphBase, std::function<void(std::optional<Error>)> done)
{
    const QString profile = QString::fromLatin1(
        QCryptographicHash::hash(graphBase.toString().toUtf8(), QCryptographicHash::Sha1).toHex().left(12));
    // A standalone passcode-sandbox on this computer: ask its control endpoint for the default technician's
    // token.
    QUrl tokenUrl = graphBase;
    tokenUrl.setPath(graphBase.path() + QStringLiteral("/sandbox/token"));
    QNetworkRequest request(tokenUrl);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(10000);
    QNetworkReply *reply = m_network.post(request, QByteArrayLiteral("{}"));
    connect(reply, &QNetworkReply::finished, this, [this, reply, graphBase, profile, done] {
        reply->deleteLater();
        const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
        const QString token = body.value(u"access_token").toString();
        if (reply->error() != QNetworkReply::NoError || token.isEmpty()) {
            done(
                Error::make(Error::Kind::Auth,
                            tr("No access token for %1: pass --access-token or set PASSCODECTL_ACCESS_TOKEN.")
                                .arg(graphBase.toString())));
            return;
        }
        m_initiator = upnOfToken(token);
        m_tokens = std::make_unique<auth::StaticTokenProvider>(token);
        build(graphBase, m_tokens.get(), profile);
        done(std::nullopt);
    });
}

} // namespace passcode::ctl
