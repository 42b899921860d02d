// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

namespace passcode::testing {

/** One request the fake network received. */
struct FakeRequest
{
    QNetworkAccessManager::Operation operation = QNetworkAccessManager::GetOperation;
    QUrl url;
    QNetworkRequest request;
    QByteArray body;

    /** The form-encoded body as a query (values fully decoded, '+' kept as '+'). */
    QUrlQuery form() const;
    QString field(const QString &name) const;
};

/** What the fake answers. */
struct FakeResponse
{
    int status = 200;
    QByteArray body;
    QNetworkReply::NetworkError transportError = QNetworkReply::NoError; ///< no HTTP answer at all
    bool hang = false;                                                   ///< never finishes (until aborted)

    static FakeResponse json(int status, const QJsonObject &object);
    /** A token endpoint error body: {"error": code, "error_description": ..., "error_codes": [aadsts]}. */
    static FakeResponse oauthError(const QString &code, int aadsts = 0, int status = 400);
    static FakeResponse networkFailure();
};

/**
 * A QNetworkAccessManager that answers every request from a handler, through a queued call (never
 * synchronously), and records the requests. Stands in for Entra ID's endpoints in unit tests.
 */
class FakeIdentityNetwork final : public QNetworkAccessManager
{
    Q_OBJECT

public:
    using Handler = std::function<FakeResponse(const FakeRequest &request)>;

    explicit FakeIdentityNetwork(QObject *parent = nullptr);

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    const QList<FakeRequest> &requests() const { return m_requests; }
    /** Requests whose form has grant_type == grant. */
    int countGrant(const QString &grant) const;

Q_SIGNALS:
    void requestReceived(const passcode::testing::FakeRequest &request);

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;

private:
    Handler m_handler;
    QList<FakeRequest> m_requests;
};

/** The reply of FakeIdentityNetwork. */
class FakeReply final : public QNetworkReply
{
    Q_OBJECT

public:
    FakeReply(const FakeRequest &request, FakeResponse response, QObject *parent);

    void abort() override;
    qint64 bytesAvailable() const override;
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;

private:
    void finishNow();

    FakeResponse m_response;
    qint64 m_offset = 0;
    bool m_done = false;
};

/** A compact JWT (unsigned) with the given payload, as an ID token. */
QString makeIdToken(const QJsonObject &payload);
/** base64url(JSON) client_info. */
QString makeClientInfo(const QString &uid, const QString &utid);
/** A token endpoint success body. */
QJsonObject tokenJson(const QString &accessToken, const QString &refreshToken, qint64 expiresIn = 3600,
                      bool withIdentity = true);

} // namespace passcode::testing
