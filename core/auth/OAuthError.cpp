// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/auth/OAuthError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace passcode::auth {

namespace {

QString firstLine(const QString &text)
{
    const qsizetype end = text.indexOf(QRegularExpression(u"[\r\n]"_s));
    return (end < 0 ? text : text.left(end)).trimmed().left(400);
}

} // namespace

QString OAuthError::messageFor(const QString &code)
{
    if (code == "authorization_declined"_L1 || code == "access_denied"_L1)
        return tr("The sign-in was declined or cancelled in the browser.");
    if (code == "expired_token"_L1)
        return tr("The sign-in code expired before it was used. Start the sign-in again.");
    if (code == "bad_verification_code"_L1)
        return tr("The sign-in service did not recognise the sign-in code. Start the sign-in again.");
    if (code == "invalid_grant"_L1)
        return tr("Your sign-in has expired or was revoked. Sign in again.");
    if (code == "interaction_required"_L1 || code == "login_required"_L1)
        return tr("Your organisation requires you to sign in again interactively.");
    if (code == "consent_required"_L1)
        return tr("An administrator must grant consent to this application's permissions in the tenant.");
    if (code == "invalid_client"_L1 || code == "unauthorized_client"_L1)
        return tr(
            "The application (client) ID is not registered in this tenant as a public client. Check the "
            "app registration and that “Allow public client flows” is on.");
    if (code == "invalid_scope"_L1 || code == "invalid_resource"_L1)
        return tr("The app registration does not allow the permissions this console needs "
                  "(DeviceManagementManagedDevices.Read.All and PrivilegedOperations.All).");
    if (code == "unsupported_grant_type"_L1 || code == "unsupported_response_type"_L1)
        return tr("The sign-in service does not support this way of signing in.");
    if (code == "invalid_request"_L1)
        return tr("The sign-in service refused the request. Check the tenant and application ID.");
    if (code == "server_error"_L1 || code == "temporarily_unavailable"_L1)
        return tr("The sign-in service is temporarily unavailable. Try again in a few minutes.");
    if (code == "state_mismatch"_L1)
        return tr("The browser returned an answer that does not belong to this sign-in. Start the sign-in "
                  "again.");
    return tr("Sign-in failed.");
}

Error OAuthError::fromCode(const QString &code, const QString &detail, int httpStatus)
{
    const bool unavailable = code == "server_error"_L1 || code == "temporarily_unavailable"_L1;
    Error e =
        Error::make(unavailable ? Error::Kind::Unavailable : Error::Kind::Auth, messageFor(code), detail);
    e.code = code;
    e.httpStatus = httpStatus;
    return e;
}

Error OAuthError::fromTokenEndpoint(int httpStatus, const QByteArray &body)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject object = doc.object();
    const QString code = object.value("error"_L1).toString();
    if (parseError.error != QJsonParseError::NoError || code.isEmpty()) {
        const bool unavailable = httpStatus >= 500 || httpStatus == 429;
        Error e = Error::make(unavailable ? Error::Kind::Unavailable : Error::Kind::Http,
                              unavailable
                                  ? messageFor(u"temporarily_unavailable"_s)
                                  : tr("The sign-in service answered with HTTP status %1.").arg(httpStatus));
        e.httpStatus = httpStatus;
        return e;
    }

    QStringList detail;
    QStringList aadsts;
    const QJsonArray codes = object.value("error_codes"_L1).toArray();
    for (const QJsonValue &v : codes)
        aadsts << u"AADSTS"_s + QString::number(v.toInteger());
    if (!aadsts.isEmpty())
        detail << aadsts.join(u", "_s);
    const QString description = firstLine(object.value("error_description"_L1).toString());
    if (!description.isEmpty())
        detail << description;
    const QString traceId = object.value("trace_id"_L1).toString();
    if (!traceId.isEmpty())
        detail << u"Trace ID: "_s + traceId;
    const QString correlationId = object.value("correlation_id"_L1).toString();
    if (!correlationId.isEmpty())
        detail << u"Correlation ID: "_s + correlationId;

    Error e = fromCode(code, detail.join(u"; "_s), httpStatus);
    e.requestId = traceId;
    e.clientRequestId = correlationId;
    return e;
}

Error OAuthError::fromAuthorizeRedirect(const QUrlQuery &query)
{
    const QString code = query.queryItemValue(u"error"_s, QUrl::FullyDecoded);
    const QString description = firstLine(query.queryItemValue(u"error_description"_s, QUrl::FullyDecoded));
    return fromCode(code.isEmpty() ? u"invalid_request"_s : code.left(64), description);
}

bool OAuthError::needsInteraction(const Error &error)
{
    if (error.kind != Error::Kind::Auth)
        return false;
    return error.code == "invalid_grant"_L1 || error.code == "interaction_required"_L1 ||
           error.code == "login_required"_L1 || error.code == "consent_required"_L1 ||
           error.code == "no_refresh_token"_L1;
}

} // namespace passcode::auth
