// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace passcode::auth {

/**
 * Proof Key for Code Exchange (RFC 7636) with the S256 method. verifier is a credential: send it only to the
 * token endpoint and wipe it afterwards.
 */
struct Pkce
{
    QByteArray verifier;  ///< 43–128 characters of [A-Za-z0-9-._~]
    QByteArray challenge; ///< base64url(SHA-256(verifier)), no padding

    /** A new verifier of verifierLength characters (clamped to 43–128) from the system CSPRNG
     * (QRandomGenerator::system()), and its challenge. */
    static Pkce generate(int verifierLength = 64);
    /** base64url(SHA-256(verifier)) without padding. */
    static QByteArray challengeFor(QByteArrayView verifier);
    /** A random URL-safe string with `bytes` bytes of entropy from the system CSPRNG (for state, nonce). */
    static QByteArray randomUrlSafe(int bytes);
};

} // namespace passcode::auth
