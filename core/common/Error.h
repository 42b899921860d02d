// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace passcode {

/**
 * A structured error from core. The UI decides how to show it (dialog, banner, status line); the command line
 * maps kind() to its exit code. message is already translated and says what to do; detail holds what support
 * needs (service error code, request ids) and is never shown alone.
 */
struct Error
{
    Q_DECLARE_TR_FUNCTIONS(Error)
public:
    enum class Kind
    {
        Network,        ///< transport failure: no connection, DNS, TLS, connection reset
        Timeout,        ///< no answer within the request's timeout
        Http,           ///< an HTTP error status not covered by a more precise kind
        Auth,           ///< 401, or sign-in needed / failed
        Permission,     ///< 403: a missing Graph permission or Intune role
        NotFound,       ///< 404
        Throttled,      ///< 429 (or 503) after the retries were spent
        Unavailable,    ///< 5xx after the retries were spent
        Parse,          ///< a body that is not the JSON it should be, or lacks required fields
        Security,       ///< plain http to a non-loopback host, too many redirects, a redirect to another host
        Keychain,       ///< the OS keychain is missing, locked or refused
        Cancelled,      ///< cancelled by the caller
        OutcomeUnknown, ///< a POST whose outcome cannot be known (timeout or dropped connection after
                        ///< sending)
        Usage,          ///< bad input from the user
        Internal,       ///< anything else
    };

    Kind kind = Kind::Internal;
    /** HTTP status, 0 when there was no HTTP answer. */
    int httpStatus = 0;
    /** Service error code (Graph error.code, the innermost meaningful one; OAuth error), may be empty. */
    QString code;
    /** Translated, actionable text for a person. */
    QString message;
    /** Extra text for support: the service's own message, AADSTS numbers. Never secrets. */
    QString detail;
    /** Graph request-id and client-request-id, kept for support tickets. */
    QString requestId;
    QString clientRequestId;
    /** Seconds the server asked to wait (Retry-After), negative when not given. */
    double retryAfterSeconds = -1.0;

    static Error make(Kind kind, QString message, QString detail = {});

    /** Whether a GET failing with this error may be retried as is. */
    bool isTransient() const;
    /** A one-line summary for logs and the command line: message plus code and request id when known. */
    QString toDisplayString() const;
    /** A short translated name of the kind, e.g. "Network error". */
    static QString kindName(Kind kind);
};

} // namespace passcode
