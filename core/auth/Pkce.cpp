// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/auth/Pkce.h"

#include <QCryptographicHash>
#include <QList>
#include <QRandomGenerator>

#include <algorithm>
#include <cstring>

namespace passcode::auth {

namespace {

constexpr QByteArray::Base64Options kBase64Url =
    QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    // fillRange works on 32-bit words; draw whole words and keep the bytes needed.
    QList<quint32> words((count + 3) / 4);
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    std::memcpy(bytes.data(), words.constData(), static_cast<size_t>(count));
    std::fill(words.begin(), words.end(), 0U);
    return bytes;
}

} // namespace

QByteArray Pkce::randomUrlSafe(int bytes)
{
    QByteArray raw = randomBytes(std::max(1, bytes));
    QByteArray encoded = raw.toBase64(kBase64Url);
    raw.fill('\0');
    return encoded;
}

Pkce Pkce::generate(int verifierLength)
{
    const int length = std::clamp(verifierLength, 43, 128);
    // base64url of n bytes has ceil(4n/3) characters; draw enough and cut to length.
    QByteArray verifier = randomUrlSafe((length * 3 + 3) / 4).left(length);
    Pkce pkce;
    pkce.challenge = challengeFor(verifier);
    pkce.verifier = std::move(verifier);
    return pkce;
}

QByteArray Pkce::challengeFor(QByteArrayView verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256).toBase64(kBase64Url);
}

} // namespace passcode::auth
