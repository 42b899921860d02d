// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/common/ReplyBodyLimit.h"
#include "core/graph/GraphReply.h"
#include "core/graph/GraphRequest.h"
#include "core/graph/GraphResult.h"
#include "core/graph/RetryPolicy.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <type_traits>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;
class QTimer;

namespace passcode::auth {
class TokenProvider;
}

namespace passcode::graph {

struct Interpretation;
class WriteBudget;

/**
 * The Microsoft Graph client: sends GraphRequests over one injected QNetworkAccessManager and gives back
 * GraphResults.
 *
 * Every request gets: the URL {baseUrl}/{version}{path}?{query} (or an absolute URL on the base URL's
 * origin), `Authorization: Bearer` from the TokenProvider (added in one place, never logged), `Accept:
 * application/json`, a fresh `client-request-id` GUID per HTTP request, a transfer timeout, and manual
 * redirects (followed here: same origin, never https to http, at most Options::maxRedirects hops), and a
 * body size cap checked while the answer downloads (ReplyBodyLimit: the request's, else
 * Options::maxBodyBytes; Options::maxErrorBodyBytes for other statuses than 2xx). Every answer goes through
 * ReplyInterpreter.
 *
 * Retries (docs/graph-client.md): a Read is retried on transport errors, timeouts, 429, 500, 502, 503, 504
 * and unreadable bodies; an Action only on 429 and 503, and replayed once after a 401. An Action whose
 * outcome is unknown (timeout or dropped connection after sending, 500/502/504) fails with
 * Kind::OutcomeUnknown and is never sent again. Waits honour Retry-After (seconds, fractional seconds or an
 * HTTP-date), else exponential backoff with jitter, within the RetryPolicy's bounds.
 *
 * 401: one token refresh is started for all requests that meet a 401 (or that start while it runs); they are
 * replayed when it succeeds and all fail with Kind::Auth when it fails (authenticationFailed() is emitted
 * then). A second 401 after the replay is final.
 *
 * Ownership: the client owns its GraphReplys (see GraphReply). It does not own the network manager, the token
 * provider or the clock, which must outlive it. Destroying the client cancels what is still running: each
 * reply emits finished(Cancelled). Thread: one thread, the one the client lives in.
 */
class GraphClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphClient)

public:
    /** Client-wide settings. */
    struct Options
    {
        /** Graph root without version, e.g. https://graph.microsoft.com or http://127.0.0.1:PORT (sandbox).
         */
        QUrl baseUrl;
        /** The policy of requests that do not set their own. */
        RetryPolicy retry;
        /** Transfer timeout of one attempt when the request does not set one. */
        int defaultTimeoutMs = 30000;
        /** Redirect hops followed per request. */
        int maxRedirects = 5;
        QByteArray userAgent = QByteArrayLiteral("PasscodeConsole");
        /** The largest 2xx body read when the request does not set its own (GraphRequest::setMaxBodyBytes).
         */
        qint64 maxBodyBytes = bodylimits::GraphAnswer;
        /** The largest body of an answer whose status is not 2xx; a larger one is dropped unread and the
         * status interpreted alone. */
        qint64 maxErrorBodyBytes = bodylimits::ErrorBody;
    };

    /**
     * @param network the one QNetworkAccessManager all requests go through (not owned).
     * @param tokens the bearer token source (not owned, held by QPointer; when gone, requests fail with
     * Auth).
     * @param clock time for elapsed times and Retry-After dates (not owned).
     */
    GraphClient(QNetworkAccessManager *network, auth::TokenProvider *tokens, const Clock &clock,
                Options options, QObject *parent = nullptr);
    ~GraphClient() override;

    /**
     * Sends @p request and returns its handle at once; connect to GraphReply::finished before returning to
     * the event loop. A request whose URL breaks the security rule is never sent: it finishes with
     * Kind::Security.
     */
    GraphReply *send(const GraphRequest &request);

    /**
     * send() and deliver the result to @p callback (a member function of Context, or a callable taking
     * const GraphResult &) in @p context's thread, as long as @p context lives. If @p context is destroyed
     * first, the callback is never called and the request is cancelled.
     */
    template<typename Context, typename Func>
    GraphReply *call(const GraphRequest &request, Context *context, Func &&callback)
    {
        static_assert(std::is_base_of_v<QObject, Context>, "the context must be a QObject");
        Q_ASSERT(context);
        GraphReply *reply = send(request);
        const QMetaObject::Connection delivery =
            QObject::connect(reply, &GraphReply::finished, context, std::forward<Func>(callback));
        // ~QObject emits destroyed() before dropping its connections: cut the delivery first, then cancel.
        QObject::connect(context, &QObject::destroyed, reply, [reply, delivery] {
            QObject::disconnect(delivery);
            reply->cancel();
        });
        return reply;
    }

    /** The options given at construction. */
    const Options &options() const { return m_options; }
    /** The injected clock (GraphBatch reads Retry-After dates of batch items with it). */
    const Clock &clock() const { return m_clock; }
    /** The URL @p request is sent to. */
    QUrl urlFor(const GraphRequest &request) const;
    /** Requests sent and not finished yet. */
    int activeRequests() const;

    /**
     * The write budget every request with writeUnits() > 0 (kind Action; a $batch POST: its Action items)
     * draws from before each attempt leaves; null (the default): no client-side budget. Requests that find no
     * room wait in order (first come, first served) and are never refused. Not owned; must outlive the
     * client or be reset to null first.
     */
    void setWriteBudget(WriteBudget *budget);
    WriteBudget *writeBudget() const { return m_budget; }
    /** Requests waiting for room in the write budget. */
    int waitingForBudget() const { return int(m_budgetQueue.size()); }

Q_SIGNALS:
    /** A token refresh failed while requests waited for it; they all fail with @p error (Kind::Auth). */
    void authenticationFailed(const passcode::Error &error);

private:
    friend class GraphReply;

    void startAttempt(GraphReply *reply);
    void onNetworkFinished(GraphReply *reply, QNetworkReply *network);
    void retryOrFinish(GraphReply *reply, const Interpretation &interpretation);
    void awaitCredentials(GraphReply *reply);
    bool takeBudget(GraphReply *reply);
    void drainBudgetQueue();
    void onCredentialsRenewed();
    void onCredentialsFailed(const passcode::Error &error);
    void cancelReply(GraphReply *reply);
    void finish(GraphReply *reply, GraphResult result);
    QNetworkReply *dispatch(GraphReply *reply, const QString &bearer);

    QPointer<QNetworkAccessManager> m_network;
    QPointer<auth::TokenProvider> m_tokens;
    const Clock &m_clock;
    Options m_options;
    QList<QPointer<GraphReply>> m_awaitingCredentials;
    WriteBudget *m_budget = nullptr;
    QList<QPointer<GraphReply>> m_budgetQueue;
    QTimer *m_budgetTimer = nullptr;
    quint64 m_credentialGeneration = 1;
    bool m_refreshing = false;
};

} // namespace passcode::graph
