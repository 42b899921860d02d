// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/auth/TokenResponse.h"

#include "core/auth/Wipe.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace passcode::auth {

namespace {

Error parseError(const QString &message, const QString &detail = {})
{
    Error e = Error::make(Error::Kind::Parse, message, detail);
    e.code = u"invalid_response"_s;
    return e;
}

/** base64url without padding (padding tolerated). */
std::optional<QByteArray> decodeBase64Url(QStringView text)
{
    QByteArray data = text.toLatin1();
    while (data.endsWith('='))
        data.chop(1);
    auto result =
        QByteArray::fromBase64Encoding(data, QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals |
                                                 QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return std::nullopt;
    return *std::move(result);
}

std::optional<QJsonObject> decodeJsonObject(const QByteArray &data)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

/** A non-negative integer given as a JSON number or a string of digits; -1 when absent or invalid. */
qint64 integerField(const QJsonObject &object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    // Beyond 1e12 seconds (31,000 years) a lifetime or an interval is not meant: refused, so that no later
    // multiplication (seconds to milliseconds, now + lifetime) can overflow.
    constexpr qint64 kMax = 1'000'000'000'000;
    if (value.isDouble()) {
        const double d = value.toDouble();
        return d >= 0 && d < double(kMax) ? static_cast<qint64>(d) : -1;
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 n = value.toString().trimmed().toLongLong(&ok);
        return ok && n >= 0 && n < kMax ? n : -1;
    }
    return -1;
}

} // namespace

Result<IdTokenClaims> IdTokenClaims::decode(const QString &jwt)
{
    const QList<QStringView> parts = QStringView(jwt).split(u'.');
    if (parts.size() != 3)
        return parseError(TokenResponse::tr("The ID token is not a JSON web token."));
    const auto payload = decodeBase64Url(parts.at(1));
    if (!payload)
        return parseError(TokenResponse::tr("The ID token is not a JSON web token."));
    const auto object = decodeJsonObject(*payload);
    if (!object)
        return parseError(TokenResponse::tr("The ID token is not a JSON web token."));
    IdTokenClaims claims;
    claims.preferredUsername = object->value("preferred_username"_L1).toString();
    claims.name = object->value("name"_L1).toString();
    claims.objectId = object->value("oid"_L1).toString();
    claims.tenantId = object->value("tid"_L1).toString();
    return claims;
}

Result<ClientInfo> ClientInfo::decode(const QString &encoded)
{
    const auto data = decodeBase64Url(encoded);
    const auto object = data ? decodeJsonObject(*data) : std::nullopt;
    if (!object)
        return parseError(TokenResponse::tr("The client_info of the token response cannot be read."));
    ClientInfo info;
    info.uid = object->value("uid"_L1).toString();
    info.utid = object->value("utid"_L1).toString();
    if (info.uid.isEmpty() || info.utid.isEmpty())
        return parseError(TokenResponse::tr("The client_info of the token response cannot be read."));
    return info;
}

Result<TokenResponse> TokenResponse::fromJson(const QByteArray &body)
{
    const auto object = decodeJsonObject(body);
    if (!object)
        return parseError(tr("The sign-in service answered with something that is not JSON."));
    return fromJson(*object);
}

Result<TokenResponse> TokenResponse::fromJson(const QJsonObject &object)
{
    TokenResponse r;
    r.accessToken = object.value("access_token"_L1).toString();
    r.tokenType = object.value("token_type"_L1).toString();
    r.expiresIn = integerField(object, "expires_in"_L1);
    if (r.accessToken.isEmpty())
        return parseError(tr("The sign-in service sent no access token."), u"access_token missing"_s);
    if (r.tokenType.compare("Bearer"_L1, Qt::CaseInsensitive) != 0)
        return parseError(tr("The sign-in service sent a token of an unexpected type."),
                          u"token_type "_s + r.tokenType.left(32));
    if (r.expiresIn <= 0)
        return parseError(tr("The sign-in service sent a token without a lifetime."),
                          u"expires_in missing"_s);
    r.extExpiresIn = qMax<qint64>(0, integerField(object, "ext_expires_in"_L1));
    r.scope = object.value("scope"_L1).toString();
    r.refreshToken = object.value("refresh_token"_L1).toString();
    r.idToken = object.value("id_token"_L1).toString();
    r.clientInfo = object.value("client_info"_L1).toString();
    if (!r.idToken.isEmpty()) {
        // Display only; a malformed ID token does not fail the sign-in.
        if (auto claims = IdTokenClaims::decode(r.idToken))
            r.claims = *claims;
    }
    return r;
}

void TokenResponse::wipe()
{
    auth::wipe(accessToken);
    auth::wipe(refreshToken);
    auth::wipe(idToken);
}

Result<DeviceCodeResponse> DeviceCodeResponse::fromJson(const QJsonObject &object)
{
    DeviceCodeResponse r;
    r.deviceCode = object.value("device_code"_L1).toString();
    r.userCode = object.value("user_code"_L1).toString();
    r.verificationUri = object.value("verification_uri"_L1).toString();
    if (r.verificationUri.isEmpty())
        r.verificationUri = object.value("verification_url"_L1).toString();
    r.message = object.value("message"_L1).toString();
    r.expiresIn = integerField(object, "expires_in"_L1);
    const qint64 interval = integerField(object, "interval"_L1);
    if (interval > 0)
        r.interval = interval;
    if (r.deviceCode.isEmpty() || r.userCode.isEmpty() || r.verificationUri.isEmpty() || r.expiresIn <= 0)
        return parseError(tr("The sign-in service's device code answer is incomplete."));
    return r;
}

} // namespace passcode::auth
