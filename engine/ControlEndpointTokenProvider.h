// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/TokenProvider.h"

#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace passcode::engine {

/**
 * Bearer tokens of a standalone passcode-sandbox on this computer, asked of its control endpoint
 * (POST {graph root}/sandbox/token, docs/sandbox.md) for its default technician; refresh() asks again, so a
 * long run outlives the sandbox's token lifetime. The access token lives only here, in memory.
 *
 * refresh() ends with tokenRefreshed() or refreshFailed() (Kind::Auth, naming the endpoint); calls made while
 * one runs join it. The network access manager must outlive the provider.
 */
class ControlEndpointTokenProvider final : public auth::TokenProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ControlEndpointTokenProvider)

public:
    ControlEndpointTokenProvider(QNetworkAccessManager &network, QUrl graphRoot, QObject *parent = nullptr);
    ~ControlEndpointTokenProvider() override;

    QString accessToken() const override;
    void refresh() override;
    /** The UPN the last token was issued to (its upn claim), for naming the initiator. */
    QString upn() const { return m_upn; }

private:
    QNetworkAccessManager &m_network;
    QUrl m_graphRoot;
    QString m_accessToken;
    QString m_upn;
    QPointer<QNetworkReply> m_reply;
};

/** The upn (or preferred_username, unique_name) claim of a JWT, read without verifying it. */
QString upnOfToken(const QString &token);

} // namespace passcode::engine
