// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/IdentityClient.h"

#include "FakeIdentityNetwork.h"

#include <QJsonObject>
#include <QTest>

namespace passcode::testing {

inline const QString kTenant = QStringLiteral("contoso.example");
inline const QString kClientId = QStringLiteral("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0");
inline const QString kDeviceCodeGrant = QStringLiteral("urn:ietf:params:oauth:grant-type:device_code");

/** An IdentityClient for the Global cloud talking to the fake network. */
inline auth::IdentityClient makeClient(QNetworkAccessManager *network)
{
    return auth::IdentityClient(
        network,
        auth::IdentityConfig{auth::CloudEndpoints::create(auth::Cloud::Global).value(), kTenant, kClientId});
}

/** A /devicecode answer. */
inline QJsonObject
deviceCodeJson(qint64 interval = 1, qint64 expiresIn = 900,
               const QString &verificationUri = QStringLiteral("https://microsoft.com/devicelogin"))
{
    return QJsonObject{{QStringLiteral("device_code"), QStringLiteral("dc+secret/1")},
                       {QStringLiteral("user_code"), QStringLiteral("ABCD-1234")},
                       {QStringLiteral("verification_uri"), verificationUri},
                       {QStringLiteral("expires_in"), expiresIn},
                       {QStringLiteral("interval"), interval},
                       {QStringLiteral("message"), QStringLiteral("To sign in, use a web browser...")}};
}

inline bool isDeviceCodeRequest(const FakeRequest &r)
{
    return r.url.path().endsWith(QStringLiteral("/oauth2/v2.0/devicecode"));
}

inline bool isTokenRequest(const FakeRequest &r)
{
    return r.url.path().endsWith(QStringLiteral("/oauth2/v2.0/token"));
}

/** Waits for a condition with the event loop running (test code only). */
template<typename Predicate>
bool waitUntil(Predicate predicate, int timeoutMs = 10000)
{
    return QTest::qWaitFor(predicate, timeoutMs);
}

} // namespace passcode::testing
