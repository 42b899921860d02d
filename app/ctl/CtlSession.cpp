// SPDX-License-Identifier: GPL-3.0-or-later
#include "CtlSession.h"

#include "core/auth/TokenProvider.h"
#include "core/graph/GraphClient.h"
#include "sandbox/SandboxHost.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>

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
    // The service and client first (they cancel their requests), the sandbox last.
    m_service.reset();
    m_client.reset();
    if (m_sandbox)
        m_sandbox->stop();
}

void CtlSession::build(const QUrl &graphBase, const QString &token, const QString &journalProfile)
{
    m_tokens = std::make_unique<auth::StaticTokenProvider>(token);
    graph::GraphClient::Options options;
    options.baseUrl = graphBase;
    options.userAgent = QByteArrayLiteral("passcodectl");
    m_client = std::make_unique<graph::GraphClient>(&m_network, m_tokens.get(), m_clock, options);
    m_tracker = std::make_unique<actions::ActionTracker>(m_clock);
    const QString journalPath = m_options.journalPath.isEmpty()
                                    ? actions::ActionJournal::defaultPath(journalProfile)
                                    : m_options.journalPath;
    m_journal = std::make_unique<actions::ActionJournal>(journalPath);
    m_service = std::make_unique<actions::ActionService>(*m_client, *m_tracker, *m_journal, m_clock);
    m_service->setInitiator(m_initiator);
}

void CtlSession::open(std::function<void(std::optional<Error>)> done)
{
    if (m_options.sandbox) {
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
        const QString token = m_sandbox->mintAccessToken(m_initiator, sandbox::SandboxHost::defaultScopes());
        // Each sandbox tenant (seed, size) keeps its own journal, apart from real tenants'.
        build(m_sandbox->baseUrl(), token,
              QStringLiteral("sandbox-%1-%2").arg(m_options.sandboxSeed).arg(m_options.sandboxDevices));
        done(std::nullopt);
        return;
    }

    const QUrl graphBase = m_options.graphUrl.isValid() ? graphRoot(m_options.graphUrl)
                                                        : QUrl(QStringLiteral("https://graph.microsoft.com"));
    const QString profile = QString::fromLatin1(
        QCryptographicHash::hash((graphBase.toString() + u'|' + m_options.tenant).toUtf8(),
                                 QCryptographicHash::Sha1)
            .toHex()
            .left(12));
    if (!m_options.accessToken.isEmpty()) {
        m_initiator = upnOfToken(m_options.accessToken);
        build(graphBase, m_options.accessToken, profile);
        done(std::nullopt);
        return;
    }
    if (!isLoopback(graphBase)) {
        done(Error::make(
            Error::Kind::Auth,
            tr("No access token: pass --access-token or set PASSCODECTL_ACCESS_TOKEN (passcodectl login "
               "is not available in this build yet).")));
        return;
    }
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
        build(graphBase, token, profile);
        done(std::nullopt);
    });
}

} // namespace passcode::ctl
