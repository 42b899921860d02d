// SPDX-License-Identifier: GPL-3.0-or-later
// The token endpoint's answers (core/auth/TokenResponse.h) over any body: TokenResponse (with the ID token's
// claims), the device code answer, an ID token and client_info given directly. Lifetimes and intervals read
// are positive and bounded (so that later arithmetic on them cannot overflow).
#include "FuzzSupport.h"

#include "core/auth/TokenResponse.h"

#include <QJsonDocument>

using namespace passcode::auth;
using passcode::fuzz::check;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input = passcode::fuzz::bytes(data, size);
    constexpr qint64 kMaxSeconds = 1'000'000'000'000;

    if (const auto parsed = TokenResponse::fromJson(input)) {
        TokenResponse token = *parsed;
        check(token.expiresIn > 0 && token.expiresIn < kMaxSeconds);
        check(token.extExpiresIn >= 0 && token.extExpiresIn < kMaxSeconds);
        check(!token.accessToken.isEmpty());
        token.wipe();
        check(token.accessToken.isEmpty() && token.refreshToken.isEmpty() && token.idToken.isEmpty());
    }

    const QJsonDocument doc = QJsonDocument::fromJson(input);
    if (doc.isObject()) {
        if (const auto code = DeviceCodeResponse::fromJson(doc.object())) {
            check(code->expiresIn > 0 && code->expiresIn < kMaxSeconds);
            check(code->interval > 0 && code->interval < kMaxSeconds);
        }
    }

    const QString text = QString::fromUtf8(input);
    IdTokenClaims::decode(text);
    ClientInfo::decode(text);
    return 0;
}
