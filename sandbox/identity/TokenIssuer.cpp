// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/identity/TokenIssuer.h"

#include "sandbox/host/SandboxClock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QUuid>

namespace passcode::sandbox {

namespace {

QByteArray randomKey()
{
    QByteArray key(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()), key.size() / 4);
    return key;
}

QByteArray header()
{
    return TokenIssuer::base64Url(R"({"typ":"JWT","alg":"HS256","kid":"sandbox-hs256"})");
}

} // namespace

TokenIssuer::TokenIssuer(const SandboxClock &clock, QByteArray tenantId)
    : m_clock(clock)
    , m_tenantId(std::move(tenantId))
    , m_key(randomKey())
{}

QByteArray TokenIssuer::base64Url(QByteArrayView data)
{
    return data.toByteArray().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray TokenIssuer::sign(const QByteArray &payloadJson) const
{
    const QByteArray signingInput = header() + '.' + base64Url(payloadJson);
    const QByteArray mac = QMessageAuthenticationCode::hash(signingInput, m_key, QCryptographicHash::Sha256);
    return signingInput + '.' + base64Url(mac);
}

QByteArray TokenIssuer::mintAccessToken(const QString &upn, const QString &name, const QString &objectId,
                                        const QString &appId, const QStringList &scopes,
                                        qint64 lifetimeSeconds) const
{
    const qint64 now = m_clock.protocolNowMs() / 1000;
    const QString tid = QString::fromLatin1(m_tenantId);
    QJsonObject o;
    o.insert(QStringLiteral("aud"), QLatin1String(kGraphAudience));
    o.insert(QStringLiteral("iss"), QStringLiteral("https://sts.windows.net/%1/").arg(tid));
    o.insert(QStringLiteral("iat"), now);
    o.insert(QStringLiteral("nbf"), now - 300);
    o.insert(QStringLiteral("exp"), now + lifetimeSeconds);
    o.insert(QStringLiteral("appid"), appId);
    o.insert(QStringLiteral("azp"), appId);
    o.insert(QStringLiteral("idtyp"), QStringLiteral("user"));
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("oid"), objectId);
    o.insert(QStringLiteral("scp"), scopes.join(u' '));
    o.insert(QStringLiteral("tid"), tid);
    o.insert(QStringLiteral("upn"), upn);
    o.insert(QStringLiteral("unique_name"), upn);
    o.insert(QStringLiteral("uti"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    o.insert(QStringLiteral("ver"), QStringLiteral("1.0"));
    o.insert(QStringLiteral("xms_sbx_epoch"), qint64(m_epoch.load()));
    return sign(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QByteArray TokenIssuer::mintIdToken(const QString &upn, const QString &name, const QString &objectId,
                                    const QString &clientId, const QByteArray &issuerBase,
                                    const QString &nonce, qint64 lifetimeSeconds) const
{
    const qint64 now = m_clock.protocolNowMs() / 1000;
    const QString tid = QString::fromLatin1(m_tenantId);
    QJsonObject o;
    o.insert(QStringLiteral("aud"), clientId);
    o.insert(QStringLiteral("iss"),
             QString(QString::fromUtf8(issuerBase) + u'/' + tid + QStringLiteral("/v2.0")));
    o.insert(QStringLiteral("iat"), now);
    o.insert(QStringLiteral("nbf"), now);
    o.insert(QStringLiteral("exp"), now + lifetimeSeconds);
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("oid"), objectId);
    o.insert(QStringLiteral("preferred_username"), upn);
    o.insert(QStringLiteral("sub"), QString::fromLatin1(base64Url(QCryptographicHash::hash(
                                        (objectId + clientId).toUtf8(), QCryptographicHash::Sha256))));
    o.insert(QStringLiteral("tid"), tid);
    o.insert(QStringLiteral("ver"), QStringLiteral("2.0"));
    if (!nonce.isEmpty())
        o.insert(QStringLiteral("nonce"), nonce);
    return sign(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

TokenIssuer::Verdict TokenIssuer::verifyAccessToken(QByteArrayView token, TokenClaims *claims) const
{
    if (token.isEmpty())
        return Verdict::Missing;
    const QList<QByteArray> parts = token.toByteArray().split('.');
    if (parts.size() != 3)
        return Verdict::Malformed;
    const auto payload = QByteArray::fromBase64Encoding(
        parts[1], QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!payload)
        return Verdict::Malformed;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(*payload, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return Verdict::Malformed;
    const QJsonObject o = doc.object();
    if (claims) {
        claims->upn = o.value(QLatin1String("upn")).toString();
        claims->name = o.value(QLatin1String("name")).toString();
        claims->objectId = o.value(QLatin1String("oid")).toString();
        claims->appId = o.value(QLatin1String("appid")).toString();
        claims->audience = o.value(QLatin1String("aud")).toString();
        claims->scopes = o.value(QLatin1String("scp")).toString().split(u' ', Qt::SkipEmptyParts);
        claims->issuedAt = o.value(QLatin1String("iat")).toInteger();
        claims->expiresAt = o.value(QLatin1String("exp")).toInteger();
        claims->epoch = quint64(o.value(QLatin1String("xms_sbx_epoch")).toInteger());
    }
    const QByteArray expected = sign(*payload);
    const QByteArray signature = expected.mid(expected.lastIndexOf('.') + 1);
    if (parts[0] != header() || signature != parts[2])
        return Verdict::BadSignature;
    if (o.value(QLatin1String("aud")).toString() != QLatin1String(kGraphAudience) &&
        o.value(QLatin1String("aud")).toString() != QLatin1String(kGraphAppId))
        return Verdict::WrongAudience;
    if (o.value(QLatin1String("tid")).toString() != QString::fromLatin1(m_tenantId))
        return Verdict::WrongTenant;
    const qint64 now = m_clock.protocolNowMs() / 1000;
    const qint64 exp = o.value(QLatin1String("exp")).toInteger();
    const qint64 iat = o.value(QLatin1String("iat")).toInteger();
    if (now >= exp)
        return Verdict::Expired;
    const qint64 early = m_earlyExpirySeconds.load();
    if (early > 0 && now >= iat + early)
        return Verdict::Expired;
    if (quint64(o.value(QLatin1String("xms_sbx_epoch")).toInteger()) < m_epoch.load())
        return Verdict::Revoked;
    return Verdict::Valid;
}

void TokenIssuer::revokeAll()
{
    m_epoch.fetch_add(1);
}

} // namespace passcode::sandbox
