// SPDX-License-Identifier: GPL-3.0-or-later
// OAuthError (core/auth/OAuthError.h) over any answer. Input: the HTTP status on the first line, the body
// after it; the whole input is also read as the query of an authorize redirect. Every outcome is an Error
// with a message; needsInteraction() answers for each.
#include "FuzzSupport.h"

#include "core/auth/OAuthError.h"

using passcode::Error;
using passcode::auth::OAuthError;
using passcode::fuzz::check;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input = passcode::fuzz::bytes(data, size);
    const QList<QByteArray> parts = passcode::fuzz::splitLines(input, 2);
    const int status = parts.at(0).trimmed().toInt();

    const Error fromBody = OAuthError::fromTokenEndpoint(status, parts.at(1));
    check(!fromBody.message.isEmpty());
    OAuthError::needsInteraction(fromBody);

    const Error fromRedirect = OAuthError::fromAuthorizeRedirect(QUrlQuery(QString::fromUtf8(input)));
    check(!fromRedirect.message.isEmpty());
    OAuthError::needsInteraction(fromRedirect);
    return 0;
}
