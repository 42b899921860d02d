// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/Error.h"

namespace passcode {

Error Error::make(Kind kind, QString message, QString detail)
{
    Error e;
    e.kind = kind;
    e.message = std::move(message);
    e.detail = std::move(detail);
    return e;
}

bool Error::isTransient() const
{
    switch (kind) {
    case Kind::Network:
    case Kind::Timeout:
    case Kind::Throttled:
    case Kind::Unavailable:
        return true;
    case Kind::Http:
        return httpStatus >= 500;
    default:
        return false;
    }
}

QString Error::toDisplayString() const
{
    QString text = message.isEmpty() ? kindName(kind) : message;
    if (!code.isEmpty())
        text += QStringLiteral(" [") + code + QLatin1Char(']');
    if (!requestId.isEmpty())
        text += QStringLiteral(" (request-id ") + requestId + QLatin1Char(')');
    return text;
}

QString Error::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Network:
        return tr("Network error");
    case Kind::Timeout:
        return tr("Timed out");
    case Kind::Http:
        return tr("Service error");
    case Kind::Auth:
        return tr("Sign-in required");
    case Kind::Permission:
        return tr("Permission denied");
    case Kind::NotFound:
        return tr("Not found");
    case Kind::Throttled:
        return tr("Throttled by the service");
    case Kind::Unavailable:
        return tr("Service unavailable");
    case Kind::Parse:
        return tr("Unexpected answer from the service");
    case Kind::Security:
        return tr("Insecure connection refused");
    case Kind::Keychain:
        return tr("Keychain error");
    case Kind::Cancelled:
        return tr("Cancelled");
    case Kind::OutcomeUnknown:
        return tr("Outcome unknown");
    case Kind::Usage:
        return tr("Invalid input");
    case Kind::Internal:
        break;
    }
    return tr("Internal error");
}

} // namespace passcode
