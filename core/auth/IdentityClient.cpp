// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/auth/IdentityClient.h"

#include "core/auth/OAuthError.h"
#include "core/auth/Wipe.h"
#include "core/common/Logging.h"
#include "core/common/ReplyBodyLimit.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QMetaObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

namespace passcode::auth {

namespace {

using Fields = QList<std::pair<QString, QString>>;

/** Logs the outcome of an identity request: grant, status and OAuth/AADSTS codes only. */
void logFailure(const char *what, const Error &error)
{
    const QString aadsts = error.detail.section(u';', 0, 0);
    qCInfo(lcAuth, "%s failed: kind %s, HTTP %d, code %s %s", what,
           qUtf8Printable(Error::kindName(error.kind)), error.httpStatus, qUtf8Printable(error.code.left(64)),
           aadsts.startsWith("AADSTS"_L1) ? qUtf8Printable(aadsts.left(120)) : "");
}

Result<QJsonObject> interpret(QNetworkReply *reply)
{
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (ReplyBodyLimit *limit = ReplyBodyLimit::of(reply); limit && limit->exceeded()) {
        // Stopped while it downloaded (an abort, not a timeout). Not retried: the flows end on this error.
        Error e = ReplyBodyLimit::tooLargeError(limit->limit(), limit->seenBytes(), limit->announced());
        e.httpStatus = statusAttribute.toInt();
        e.code = u"invalid_response"_s;
        return e;
    }
    if (!statusAttribute.isValid()) {
        // No HTTP answer at all: the transport failed.
        const bool timeout = reply->error() == QNetworkReply::OperationCanceledError ||
                             reply->error() == QNetworkReply::TimeoutError;
        Error e = Error::make(
            timeout ? Error::Kind::Timeout : Error::Kind::Network,
            timeout
                ? IdentityClient::tr("The sign-in service did not answer in time.")
                : IdentityClient::tr("Could not reach the sign-in service at %1.").arg(reply->url().host()),
            reply->errorString());
        return e;
    }
    const int status = statusAttribute.toInt();
    if (status >= 300 && status < 400) {
        Error e = Error::make(Error::Kind::Security,
                              IdentityClient::tr("The sign-in service answered with a redirect, which is not "
                                                 "followed for sign-in requests."));
        e.httpStatus = status;
        e.code = u"unexpected_redirect"_s;
        return e;
    }
    ReplyBodyLimit *limit = ReplyBodyLimit::of(reply);
    const QByteArray body = limit ? limit->takeBody() : reply->readAll();
    if (status < 200 || status >= 300)
        return OAuthError::fromTokenEndpoint(status, body);

    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        Error e =
            Error::make(Error::Kind::Parse,
                        IdentityClient::tr("The sign-in service answered with something that is not JSON."));
        e.httpStatus = status;
        e.code = u"invalid_response"_s;
        return e;
    }
    return doc.object();
}

} // namespace

IdentityClient::IdentityClient(QNetworkAccessManager *network, IdentityConfig config)
    : m_network(network)
    , m_config(std::move(config))
{}

QByteArray IdentityClient::formEncode(const Fields &fields)
{
    QByteArray body;
    for (const auto &[name, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

void IdentityClient::post(const QUrl &url, const Fields &fields, const char *what, QObject *context,
                          JsonCallback done) const
{
    Q_ASSERT_X(context, "IdentityClient", "every call needs a context object");
    const auto failLater = [context](JsonCallback callback, Error error) {
        QMetaObject::invokeMethod(
            context, [callback = std::move(callback), error = std::move(error)] { callback(error); },
            Qt::QueuedConnection);
    };
    if (m_network.isNull()) {
        failLater(std::move(done), Error::make(Error::Kind::Internal, tr("Sign-in is not configured.")));
        return;
    }
    if (auto insecure = CloudEndpoints::checkTransportSecurity(url)) {
        qCWarning(lcAuth, "%s refused: insecure URL", what);
        failLater(std::move(done), *insecure);
        return;
    }

    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
    request.setRawHeader("Accept", "application/json");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(NoBearerAttribute, true);
    request.setTransferTimeout(static_cast<int>(m_timeout.count()));

    QByteArray body = formEncode(fields);
    QNetworkReply *reply = m_network->post(request, body);
    ReplyBodyLimit::watch(reply, bodylimits::IdentityAnswer);
    body.fill('\0');
    qCDebug(lcAuth, "%s sent", what);

    QPointer<QObject> guard(context);
    QObject::connect(reply, &QNetworkReply::finished, reply, [reply, guard, what, done = std::move(done)] {
        reply->deleteLater();
        if (!guard)
            return;
        Result<QJsonObject> result = interpret(reply);
        if (!result)
            logFailure(what, result.error());
        done(result);
    });
    // Destroying the context cancels the request; the callback above then sees the dead guard.
    QObject::connect(context, &QObject::destroyed, reply, &QNetworkReply::abort);
}

void IdentityClient::requestDeviceCode(QObject *context, DeviceCodeCallback done) const
{
    const Fields fields{{u"client_id"_s, m_config.clientId}, {u"scope"_s, m_config.endpoints.scopeString()}};
    post(m_config.endpoints.deviceCodeUrl(m_config.tenant), fields, "device code request", context,
         [done = std::move(done)](const Result<QJsonObject> &json) {
             if (!json) {
                 done(json.error());
                 return;
             }
             done(DeviceCodeResponse::fromJson(json.value()));
         });
}

void IdentityClient::redeem(Fields fields, const char *grant, QObject *context, TokenCallback done) const
{
    fields.prepend({u"client_id"_s, m_config.clientId});
    fields.append({u"scope"_s, m_config.endpoints.scopeString()});
    // Ask for client_info (uid.utid), as MSAL does: it names the account's keychain entry.
    fields.append({u"client_info"_s, u"1"_s});
    post(m_config.endpoints.tokenUrl(m_config.tenant), fields, grant, context,
         [done = std::move(done), grant](const Result<QJsonObject> &json) {
             if (!json) {
                 done(json.error());
                 return;
             }
             Result<TokenResponse> tokens = TokenResponse::fromJson(json.value());
             if (tokens)
                 qCInfo(lcAuth, "%s succeeded (expires in %lld s, refresh token %s)", grant,
                        static_cast<long long>(tokens->expiresIn),
                        tokens->refreshToken.isEmpty() ? "absent" : "present");
             else
                 logFailure(grant, tokens.error());
             done(tokens);
         });
    for (auto &field : fields)
        wipe(field.second);
}

void IdentityClient::redeemDeviceCode(const QString &deviceCode, QObject *context, TokenCallback done) const
{
    redeem({{u"grant_type"_s, u"urn:ietf:params:oauth:grant-type:device_code"_s},
            {u"device_code"_s, deviceCode}},
           "device code grant", context, std::move(done));
}

void IdentityClient::redeemAuthorizationCode(const QString &code, const QUrl &redirectUri,
                                             const QByteArray &codeVerifier, QObject *context,
                                             TokenCallback done) const
{
    redeem({{u"grant_type"_s, u"authorization_code"_s},
            {u"code"_s, code},
            {u"redirect_uri"_s, redirectUri.toString(QUrl::FullyEncoded)},
            {u"code_verifier"_s, QString::fromLatin1(codeVerifier)}},
           "authorization code grant", context, std::move(done));
}

void IdentityClient::redeemRefreshToken(const QString &refreshToken, QObject *context,
                                        TokenCallback done) const
{
    redeem({{u"grant_type"_s, u"refresh_token"_s}, {u"refresh_token"_s, refreshToken}}, "refresh token grant",
           context, std::move(done));
}

QUrl IdentityClient::authorizeUrl(const QUrl &redirectUri, const QByteArray &state,
                                  const QByteArray &codeChallenge, const QString &loginHint,
                                  const QString &prompt) const
{
    Fields fields{{u"client_id"_s, m_config.clientId},
                  {u"response_type"_s, u"code"_s},
                  {u"redirect_uri"_s, redirectUri.toString(QUrl::FullyEncoded)},
                  {u"response_mode"_s, u"query"_s},
                  {u"scope"_s, m_config.endpoints.scopeString()},
                  {u"state"_s, QString::fromLatin1(state)},
                  {u"code_challenge"_s, QString::fromLatin1(codeChallenge)},
                  {u"code_challenge_method"_s, u"S256"_s}};
    if (!loginHint.isEmpty())
        fields.append({u"login_hint"_s, loginHint});
    if (!prompt.isEmpty())
        fields.append({u"prompt"_s, prompt});
    QUrl url = m_config.endpoints.authorizeUrl(m_config.tenant);
    url.setQuery(QString::fromLatin1(formEncode(fields)), QUrl::StrictMode);
    return url;
}

} // namespace passcode::auth
