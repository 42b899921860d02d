// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/CloudEndpoints.h"
#include "core/auth/TokenResponse.h"
#include "core/common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <chrono>
#include <functional>
#include <utility>

class QNetworkAccessManager;
class QNetworkReply;
class QObject;

namespace passcode::auth {

/** Which tenant and application a sign-in talks to, and where. */
struct IdentityConfig
{
    CloudEndpoints endpoints;
    QString tenant;   ///< validated (TenantSettings::isValidTenant)
    QString clientId; ///< validated (TenantSettings::isValidClientId)
};

/**
 * The HTTP side of Entra ID's v2 endpoints for a public client: device authorization, token grants
 * (device code, authorization code + PKCE, refresh token) and the authorize URL. The one place that
 * interprets identity replies, in this order: transport error, status (a redirect is refused), JSON, required
 * fields; the URL's security (https, or http to loopback) is checked before anything is sent.
 *
 * A small value type holding a non-owning QNetworkAccessManager pointer, which must outlive the calls.
 * Every call is asynchronous and reports once through its callback, unless `context` is destroyed first: then
 * the request is aborted and the callback never runs. Requests carry no Authorization header, are never
 * cached, follow no redirect, time out after transferTimeout (30 s by default; Kind::Timeout), and stop
 * reading an answer past bodylimits::IdentityAnswer (64 KiB, checked while it downloads; Kind::Parse). Errors
 * are OAuthError values (Kind::Auth with the OAuth code, Kind::Unavailable...), Kind::Network, Kind::Timeout,
 * Kind::Parse or Kind::Security. Nothing here logs credentials: lcAuth gets the grant, status and AADSTS
 * codes.
 */
class IdentityClient
{
    Q_DECLARE_TR_FUNCTIONS(IdentityClient)

public:
    using DeviceCodeCallback = std::function<void(const Result<DeviceCodeResponse> &result)>;
    using TokenCallback = std::function<void(const Result<TokenResponse> &result)>;

    /**
     * The request attribute (value true) set on every identity request, so that a QNetworkAccessManager that
     * adds Bearer headers to Graph requests can leave these alone.
     */
    static constexpr auto NoBearerAttribute =
        static_cast<QNetworkRequest::Attribute>(QNetworkRequest::User + 67);

    IdentityClient() = default;
    IdentityClient(QNetworkAccessManager *network, IdentityConfig config);

    bool isValid() const { return !m_network.isNull() && !m_config.clientId.isEmpty(); }
    const IdentityConfig &config() const { return m_config; }
    void setTransferTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    /** POST {login}/{tenant}/oauth2/v2.0/devicecode with client_id and the scopes. */
    void requestDeviceCode(QObject *context, DeviceCodeCallback done) const;
    /** The device code grant (urn:ietf:params:oauth:grant-type:device_code). authorization_pending and
     * slow_down arrive as Kind::Auth errors with those codes. */
    void redeemDeviceCode(const QString &deviceCode, QObject *context, TokenCallback done) const;
    /** The authorization code grant with the PKCE code_verifier and the same redirect_uri as the authorize
     * request. */
    void redeemAuthorizationCode(const QString &code, const QUrl &redirectUri, const QByteArray &codeVerifier,
                                 QObject *context, TokenCallback done) const;
    /** The refresh token grant. A new refresh token in the answer replaces the old one. */
    void redeemRefreshToken(const QString &refreshToken, QObject *context, TokenCallback done) const;

    /** The /authorize URL for the browser: response_type=code, S256 challenge, query response mode. Empty
     * prompt or loginHint are left out. */
    QUrl authorizeUrl(const QUrl &redirectUri, const QByteArray &state, const QByteArray &codeChallenge,
                      const QString &loginHint = {}, const QString &prompt = {}) const;

    /** application/x-www-form-urlencoded, every byte outside RFC 3986's unreserved set percent-encoded
     * (QUrlQuery would leave '+' as is, which a server reads as a space). */
    static QByteArray formEncode(const QList<std::pair<QString, QString>> &fields);

private:
    using JsonCallback = std::function<void(const Result<QJsonObject> &result)>;
    void post(const QUrl &url, const QList<std::pair<QString, QString>> &fields, const char *what,
              QObject *context, JsonCallback done) const;
    void redeem(QList<std::pair<QString, QString>> fields, const char *grant, QObject *context,
                TokenCallback done) const;

    QPointer<QNetworkAccessManager> m_network;
    IdentityConfig m_config;
    std::chrono::milliseconds m_timeout{30000};
};

} // namespace passcode::auth
