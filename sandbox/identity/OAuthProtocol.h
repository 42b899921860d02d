// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/http/HttpRequest.h"
#include "sandbox/http/HttpResponse.h"
#include "sandbox/identity/ScopeGrant.h"
#include "sandbox/identity/TenantAccounts.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace passcode::sandbox {

/** The fields of an application/x-www-form-urlencoded body (HttpRequest::parseForm()). */
using FormFields = QList<QPair<QString, QString>>;

/** What a grant redeemed at the token endpoint signs in: the tokens are issued by IdentityService. */
struct GrantedSignIn
{
    SignInAccount who;
    QString clientId;
    ScopeGrant grant;
    QString nonce;
};

/** The OAuth 2.0 pieces Entra ID's endpoints and grants share: answers, errors, redirects and random codes.
 */
namespace oauth {

/** A JSON answer that must not be cached (Cache-Control: no-store, Pragma: no-cache). */
HttpResponse json(int status, const QJsonObject &body);
/**
 * Entra's OAuth error body: error, error_description ("AADSTS<code>: <description>" with trace and
 * correlation ids and a timestamp), error_codes, timestamp, trace_id, correlation_id. \a protocolNowMs stamps
 * it.
 */
HttpResponse error(const HttpRequest &request, qint64 protocolNowMs, int status, const char *errorName,
                   int code, const QString &description);
/** 302 to \a location. */
HttpResponse redirect(const QByteArray &location);
/** \a redirectUri with \a params added to its query; null values are left out. */
QByteArray redirectWith(const QString &redirectUri, const QList<QPair<QString, QString>> &params);
/** The redirect URIs the sandbox accepts: http://localhost or http://127.0.0.1, any port, no fragment. */
bool isLoopbackRedirect(const QString &uri);
/** \a bytes random bytes in base64url: device codes, authorization codes, refresh tokens. */
QString newCode(int bytes);

} // namespace oauth

} // namespace passcode::sandbox
