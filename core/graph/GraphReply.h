// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Error.h"
#include "core/graph/GraphRequest.h"
#include "core/graph/GraphResult.h"
#include "core/graph/RetryPolicy.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkReply;
class QTimer;

namespace passcode::graph {

class GraphClient;

/**
 * The handle of one request sent with GraphClient::send(): a small QObject that lives until its result is
 * known.
 *
 * Ownership: created and owned by the GraphClient (its parent), which deleteLater()s it right after
 * finished(). Callers keep it in a QPointer if they keep it at all, and never delete it: call cancel()
 * instead.
 *
 * Signals: finished() exactly once per reply, never during send() (a request refused before it is sent, e.g.
 * by the https rule, finishes from the event loop), with the success or the final Error; retrying() before
 * each wait for a retry. cancel() at any point (while sending, waiting to retry, or waiting for a token)
 * emits finished() with Error::Kind::Cancelled at once; after finished(), cancel() does nothing. Cancelling
 * an Action that is on the wire cannot unsend it: its outcome is then unknown to this client.
 *
 * Thread: the client's thread only.
 */
class GraphReply final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphReply)

public:
    ~GraphReply() override;

    /** The request as given to send(). */
    const GraphRequest &request() const { return m_request; }
    /** True once the result is decided: finished() has been emitted or is queued. */
    bool isFinished() const { return m_state == State::Finished; }
    /** HTTP requests made so far (retries, replays and redirects included). */
    int attempts() const { return m_attempts; }

public Q_SLOTS:
    /** Stops the request; finished() follows at once with Kind::Cancelled, unless it was already emitted. */
    void cancel();

Q_SIGNALS:
    /** The request is over: @p result holds the answer or the Error. Emitted once. */
    void finished(const passcode::graph::GraphResult &result);
    /** A retry of attempt number @p nextAttempt will start after @p delayMs because of @p reason. */
    void retrying(int nextAttempt, qint64 delayMs, const passcode::Error &reason);

private:
    friend class GraphClient;

    enum class State
    {
        Sending,
        Waiting,
        AwaitingToken,
        Finished,
    };

    GraphReply(GraphClient *client, GraphRequest request, RetryPolicy policy, QUrl url, qint64 startMs);
    void abortNetwork();

    QPointer<GraphClient> m_client;
    GraphRequest m_request;
    RetryPolicy m_policy;
    QUrl m_url;
    State m_state = State::Sending;
    QPointer<QNetworkReply> m_network;
    QTimer *m_waitTimer = nullptr;
    QString m_clientRequestId;
    qint64 m_startMs = 0;
    qint64 m_totalWaitMs = 0;
    QList<qint64> m_waitsMs;
    quint64 m_credentialGeneration = 0;
    int m_attempts = 0;
    int m_retries = 0;
    int m_unreadableBodies = 0;
    int m_redirectHops = 0;
    bool m_refreshUsed = false;
    bool m_budgetTaken = false; ///< the write budget was drawn for the next attempt (GraphClient's queue)
    bool m_inSend = true;
};

} // namespace passcode::graph
