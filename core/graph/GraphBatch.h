// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Error.h"
#include "core/graph/GraphRequest.h"
#include "core/graph/GraphResult.h"
#include "core/graph/RetryPolicy.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

class QTimer;

namespace passcode::graph {

class GraphClient;
class GraphReply;

/**
 * Sends many GraphRequests through Graph's JSON batching: POST {base}/{version}/$batch with at most 20
 * requests each ({"requests":[{id,method,url,headers,body}]}, url relative to the version root), requests of
 * v1.0 and beta in separate batches, a few batch POSTs in flight at once.
 *
 * Each item's answer in {"responses":[...]} (any order) is interpreted by ReplyInterpreter exactly as a
 * single request's would be, and becomes that item's GraphResult. Items answering 429 or 503 (and, for Read
 * items, the other transient statuses) are sent again in a later batch, after the longest Retry-After among
 * them (the item's own header) or a backoff, within the RetryPolicy's bounds; an Action item only after
 * 429/503.
 *
 * A batch POST that fails as a whole: its own 401/429/503 are handled by GraphClient (refresh, wait, resend);
 * 424 with a responses array is read item by item; 424 without one, or an outcome-unknown batch POST, fails
 * its Action items with Kind::OutcomeUnknown and sends its Read items again later; any other failure (400
 * included) becomes every item's error.
 *
 * Signals: itemFinished() once per item as soon as its result is final; finished() once when all are.
 * cancel() ends every unfinished item with Kind::Cancelled, then finished(). Ownership: the caller owns the
 * batch; the client must outlive it. A batch runs once.
 */
class GraphBatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphBatch)

public:
    /** Graph's limit of requests in one $batch. */
    static constexpr int MaxRequestsPerBatch = 20;
    /** Batch POSTs in flight at once. */
    static constexpr int MaxConcurrentBatches = 4;

    /** A batch of @p requests for @p client (not owned; must outlive the batch). Nothing is sent before
     * start(). */
    GraphBatch(GraphClient *client, QList<GraphRequest> requests, QObject *parent = nullptr);
    ~GraphBatch() override;

    /** The policy for item retries and for the batch POSTs (default: the client's). Call before start(). */
    void setRetryPolicy(const RetryPolicy &policy);
    /**
     * Starts sending. Does nothing if already started. A request that cannot be batched (an absolute URL
     * outside the Graph root) gets its itemFinished() with Kind::Usage at once; finished() always comes from
     * the event loop.
     */
    void start();
    /** Started and finished() not emitted yet. */
    bool isRunning() const { return m_state == State::Running; }
    /** finished() has been emitted. */
    bool isFinished() const { return m_state == State::Finished; }
    /** One result per request, in the order given; final for the items itemFinished() reported. */
    const QList<GraphResult> &results() const { return m_results; }
    /** $batch POSTs sent so far (GraphClient's own resends of one POST not counted). */
    int batchRequestsSent() const { return m_batchesSent; }

public Q_SLOTS:
    /** Stops: every unfinished item ends with Kind::Cancelled, then finished(). */
    void cancel();

Q_SIGNALS:
    /** The request at @p index (in the list given) has its final @p result. Once per item. */
    void itemFinished(int index, const passcode::graph::GraphResult &result);
    /** Every item has its final result (see results()). Once. */
    void finished();

private:
    enum class State
    {
        Idle,
        Running,
        Finished,
    };

    struct Item
    {
        GraphRequest request;
        RetryPolicy policy;
        QString url;
        bool done = false;
        bool retryPending = false;
        std::optional<qint64> retryAfterMs;
        qint64 startMs = 0;
        int attempts = 0;
        int unreadable = 0;
        QList<qint64> waitsMs;
    };

    struct Chunk
    {
        QList<int> items;
        QPointer<GraphReply> reply;
    };

    void startRound(const QList<int> &indices);
    void sendQueuedChunks();
    void onChunkFinished(int chunkId, const GraphResult &result);
    void handleItemAnswer(int index, const QJsonObject &answer);
    void handleWholeFailure(const QList<int> &items, const GraphResult &result);
    void retryLater(int index, const GraphResult &lastResult, std::optional<qint64> retryAfterMs);
    void endRoundIfIdle();
    void finishItem(int index, GraphResult result);
    void finishIfDone();

    QPointer<GraphClient> m_client;
    QList<Item> m_items;
    QList<GraphResult> m_results;
    RetryPolicy m_policy;
    QList<Chunk> m_chunks;
    QList<int> m_queuedChunks;
    QTimer *m_timer = nullptr;
    int m_inFlight = 0;
    int m_batchesSent = 0;
    int m_round = 0;
    qint64 m_totalWaitMs = 0;
    State m_state = State::Idle;
};

} // namespace passcode::graph
