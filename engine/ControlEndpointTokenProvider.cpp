// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/ControlEndpointTokenProvider.h"

#include "core/common/ReplyBodyLimit.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace passcode::engine {

namespace {
constexpr int kTimeoutMs = 10000;
} // namespace

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

ControlEndpointTokenProvider::ControlEndpointTokenProvider(QNetworkAccessManager &network, QUrl graphRoot,
                                                           QObject *parent)
    : auth::TokenProvider(parent)
    , m_network(network)
    , m_graphRoot(std::move(graphRoot))
{}

ControlEndpointTokenProvider::~ControlEndpointTokenProvider()
{
    if (m_reply)
        m_reply->abort();
}

QString ControlEndpointTokenProvider::accessToken() const
{
    return m_accessToken;
}

void ControlEndpointTokenProvider::refresh()
{
    if (m_reply)
        return; // joins the request under way
    QUrl url = m_graphRoot;
    url.setPath(m_graphRoot.path() + QStringLiteral("/sandbox/token"));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(kTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    m_reply = m_network.post(request, QByteArrayLiteral("{}"));
    // A token reply is a few kB: anything far larger is stopped while it downloads.
    ReplyBodyLimit::watch(m_reply, bodylimits::IdentityAnswer);
    connect(m_reply, &QNetworkReply::finished, this, [this, reply = m_reply.data()] {
        reply->deleteLater();
        m_reply.clear();
        // The body as read while it arrived: empty when it passed the cap or when no answer came.
        ReplyBodyLimit *limit = ReplyBodyLimit::of(reply);
        const QByteArray body = limit ? limit->takeBody() : QByteArray();
        const QString token = QJsonDocument::fromJson(body).object().value(u"access_token").toString();
        if (reply->error() != QNetworkReply::NoError || token.isEmpty()) {
            m_accessToken.clear();
            Q_EMIT refreshFailed(Error::make(
                Error::Kind::Auth,
                tr("No access token from %1: it is not a passcode-sandbox, or it did not answer. Give an "
                   "access token, or sign in to its tenant.")
                    .arg(m_graphRoot.toString())));
            return;
        }
        m_accessToken = token;
        m_upn = upnOfToken(token);
        Q_EMIT tokenRefreshed();
    });
}

} // namespace passcode::engine
