// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace passcode::auth {

/**
 * The claims of an ID token that the console shows. Decoded WITHOUT verifying the signature: they are for
 * display and for naming the keychain entry, never for an access decision.
 */
struct IdTokenClaims
{
    QString preferredUsername; ///< preferred_username (usually the UPN)
    QString name;              ///< name (display name)
    QString objectId;          ///< oid
    QString tenantId;          ///< tid

    /** Decodes the payload of a compact JWT (header.payload.signature). Kind::Parse when it is not one. */
    static Result<IdTokenClaims> decode(const QString &jwt);
};

/** Entra ID's client_info (base64url JSON {"uid", "utid"}), the basis of MSAL's home account id. */
struct ClientInfo
{
    QString uid;
    QString utid;

    static Result<ClientInfo> decode(const QString &encoded);
};

/**
 * A successful answer of the token endpoint (any grant). Holds credentials: never log it, and wipe() the
 * strings once they are handed off.
 */
struct TokenResponse
{
    Q_DECLARE_TR_FUNCTIONS(TokenResponse)
public:
    QString tokenType;       ///< "Bearer"
    QString scope;           ///< the granted scopes, space separated
    qint64 expiresIn = 0;    ///< seconds the access token is valid for
    qint64 extExpiresIn = 0; ///< ext_expires_in, 0 when absent
    QString accessToken;
    QString refreshToken; ///< empty when offline_access was not granted
    QString idToken;      ///< empty when openid was not granted
    QString clientInfo;   ///< raw client_info, empty when absent
    IdTokenClaims claims; ///< decoded from idToken (empty when there is none or it does not decode)

    /**
     * Parses a token endpoint JSON body. Requires access_token, token_type Bearer (any case) and a positive
     * expires_in (a number, or a string of digits as the v1 endpoint sends). Kind::Parse otherwise; the
     * error never quotes the body.
     */
    static Result<TokenResponse> fromJson(const QByteArray &body);
    static Result<TokenResponse> fromJson(const QJsonObject &object);

    /** Overwrites and empties every credential string. */
    void wipe();
};

/** The answer of the device authorization endpoint (/devicecode). device_code is a credential. */
struct DeviceCodeResponse
{
    Q_DECLARE_TR_FUNCTIONS(DeviceCodeResponse)
public:
    QString deviceCode;
    QString userCode;
    QString verificationUri;
    QString message;
    qint64 expiresIn = 0; ///< seconds
    qint64 interval = 5;  ///< seconds between polls (5 when absent, RFC 8628 §3.2)

    /** Requires device_code, user_code, verification_uri (or v1's verification_url) and expires_in. */
    static Result<DeviceCodeResponse> fromJson(const QJsonObject &object);
};

} // namespace passcode::auth
