// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/graph/GraphBatch.h"

#include "core/common/Logging.h"
#include "core/graph/GraphClient.h"
#include "core/graph/GraphReply.h"
#include "core/graph/ReplyInterpreter.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>
#include <limits>

namespace passcode::graph {

GraphBatch::GraphBatch(GraphClient *client, QList<GraphRequest> requests, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_policy(client ? client->options().retry : RetryPolicy{})
{
    m_items.reserve(requests.size());
    for (GraphRequest &r : requests)
        m_items.append(Item{std::move(r), {}, {}, false, false, std::nullopt, 0, 0, 0, {}});
    m_results.resize(m_items.size());
}

GraphBatch::~GraphBatch()
{
    for (Chunk &chunk : m_chunks) {
        if (chunk.reply) {
            chunk.reply->disconnect(this);
            chunk.reply->cancel();
        }
    }
}

void GraphBatch::setRetryPolicy(const RetryPolicy &policy)
{
    m_policy = policy;
}

void GraphBatch::start()
{
    if (m_state != State::Idle)
        return;
    m_state = State::Running;
    QList<int> indices;
    for (int i = 0; i < m_items.size(); ++i) {
        Item &item = m_items[i];
        item.policy = item.request.retryPolicy().value_or(m_policy);
        if (!m_client) {
            GraphResult r;
            r.error = Error::make(Error::Kind::Internal, tr("The Graph client is gone."));
            finishItem(i, std::move(r));
            continue;
        }
        item.startMs = m_client->clock().monotonicMs();
        item.url = item.request.batchUrl(m_client->options().baseUrl);
        if (item.url.isEmpty()) {
            GraphResult r;
            r.error =
                Error::make(Error::Kind::Usage, tr("This request cannot be sent in a batch: its address is "
                                                   "not under the Graph root."));
            finishItem(i, std::move(r));
            continue;
        }
        indices.append(i);
    }
    if (indices.isEmpty()) { // nothing to send: still report from the event loop, like every other ending
        QMetaObject::invokeMethod(this, &GraphBatch::finishIfDone, Qt::QueuedConnection);
        return;
    }
    startRound(indices);
}

void GraphBatch::cancel()
{
    if (m_state != State::Running)
        return;
    m_state = State::Finished;
    for (Chunk &chunk : m_chunks) {
        if (chunk.reply) {
            chunk.reply->disconnect(this);
            chunk.reply->cancel();
            chunk.reply = nullptr;
        }
    }
    m_inFlight = 0;
    m_queuedChunks.clear();
    if (m_timer)
        m_timer->stop();
    for (int i = 0; i < m_items.size(); ++i) {
        if (!m_items[i].done) {
            GraphResult r;
            r.error = ReplyInterpreter::cancelledError();
            finishItem(i, std::move(r));
        }
    }
    Q_EMIT finished();
}

void GraphBatch::startRound(const QList<int> &indices)
{
    ++m_round;
    for (ApiVersion version : {ApiVersion::V1, ApiVersion::Beta}) {
        QList<int> group;
        for (int index : indices) {
            if (m_items[index].request.version() == version && !m_items[index].done)
                group.append(index);
        }
        for (qsizetype from = 0; from < group.size(); from += MaxRequestsPerBatch) {
            m_chunks.append(Chunk{group.mid(from, MaxRequestsPerBatch), nullptr});
            m_queuedChunks.append(int(m_chunks.size() - 1));
        }
    }
    sendQueuedChunks();
}

void GraphBatch::sendQueuedChunks()
{
    while (m_state == State::Running && m_client && m_inFlight < MaxConcurrentBatches &&
           !m_queuedChunks.isEmpty()) {
        const int chunkId = m_queuedChunks.takeFirst();
        const QList<int> indices = m_chunks[chunkId].items;
        QJsonArray requests;
        bool anyAction = false;
        int writeUnits = 0;
        int timeoutMs = 0;
        for (int index : indices) {
            Item &item = m_items[index];
            item.retryPending = false;
            item.retryAfterMs.reset();
            QJsonObject entry{
                {QStringLiteral("id"), QString::number(index)},
                {QStringLiteral("method"), QString::fromLatin1(httpMethodName(item.request.method()))},
                {QStringLiteral("url"), item.url}};
            QJsonObject headers;
            for (const auto &[name, value] : item.request.headers()) {
                if (name.compare("Authorization", Qt::CaseInsensitive) != 0 &&
                    name.compare("client-request-id", Qt::CaseInsensitive) != 0)
                    headers.insert(QString::fromLatin1(name), QString::fromLatin1(value));
            }
            if (item.request.body()) {
                headers.insert(QStringLiteral("Content-Type"), QStringLiteral("application/json"));
                entry.insert(QStringLiteral("body"), *item.request.body());
            }
            if (!headers.isEmpty())
                entry.insert(QStringLiteral("headers"), headers);
            requests.append(entry);
            anyAction = anyAction || item.request.kind() == RequestKind::Action;
            writeUnits += item.request.writeUnits();
            timeoutMs = std::max(timeoutMs, item.request.timeoutMs());
        }
        GraphRequest outer =
            GraphRequest::post(QStringLiteral("/$batch"), QJsonObject{{QStringLiteral("requests"), requests}},
                               m_items[indices.first()].request.version());
        // A batch of reads may be resent like any read; one action in it makes the whole POST an action.
        outer.setKind(anyAction ? RequestKind::Action : RequestKind::Read)
            .setRetryPolicy(m_policy)
            .setTimeoutMs(timeoutMs)
            .setWriteUnits(writeUnits); // the write budget counts the actions it carries, not the POST
        ++m_inFlight;
        ++m_batchesSent;
        GraphReply *reply = m_client->send(outer);
        m_chunks[chunkId].reply = reply;
        connect(reply, &GraphReply::finished, this,
                [this, chunkId](const GraphResult &result) { onChunkFinished(chunkId, result); });
    }
}

void GraphBatch::onChunkFinished(int chunkId, const GraphResult &result)
{
    m_chunks[chunkId].reply = nullptr;
    --m_inFlight;
    if (m_state != State::Running)
        return;
    const QList<int> indices = m_chunks[chunkId].items;
    for (int index : indices)
        m_items[index].attempts += std::max(1, result.attempts);

    const QJsonValue responses = result.json.value(QLatin1String("responses"));
    if (responses.isArray() && (result.ok() || result.status == 424)) {
        QHash<QString, QJsonObject> byId;
        for (const QJsonValue &v : responses.toArray()) {
            const QJsonObject o = v.toObject();
            const QJsonValue id = o.value(QLatin1String("id"));
            byId.insert(id.isDouble() ? QString::number(id.toInteger()) : id.toString(), o);
        }
        for (int index : indices) {
            if (m_state != State::Running || m_items[index].done)
                continue;
            if (const auto it = byId.constFind(QString::number(index)); it != byId.constEnd()) {
                handleItemAnswer(index, *it);
                continue;
            }
            GraphResult missing = result;
            missing.json = {};
            if (m_items[index].request.kind() == RequestKind::Action) {
                missing.error =
                    Error::make(Error::Kind::OutcomeUnknown,
                                tr("The batch answer did not include this action, so its outcome is "
                                   "unknown. It was not sent again."));
                finishItem(index, std::move(missing));
            } else {
                missing.error =
                    Error::make(Error::Kind::Parse, tr("The batch answer did not include this request."));
                retryLater(index, missing, std::nullopt);
            }
        }
    } else {
        handleWholeFailure(indices, result);
    }
    sendQueuedChunks();
    endRoundIfIdle();
}

void GraphBatch::handleItemAnswer(int index, const QJsonObject &answer)
{
    const Item &item = m_items[index];
    RawReply raw;
    raw.httpStatus = answer.value(QLatin1String("status")).toInt();
    raw.url = m_client->urlFor(item.request);
    const QJsonObject headers = answer.value(QLatin1String("headers")).toObject();
    for (auto it = headers.constBegin(); it != headers.constEnd(); ++it)
        raw.headers.append({it.key().toUtf8(), it.value().toVariant().toString().toUtf8()});
    const QJsonValue body = answer.value(QLatin1String("body"));
    if (body.isObject())
        raw.body = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    else if (body.isArray())
        raw.body = QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
    else if (body.isString())
        raw.body = body.toString().toUtf8();

    InterpretContext context;
    context.method = item.request.method();
    context.kind = item.request.kind();
    context.requiredFields = item.request.requiredFields();
    context.origin = m_client->options().baseUrl;
    context.maxRedirects = m_client->options().maxRedirects;
    context.batchItem = true;
    context.now = m_client->clock().now();
    const Interpretation in = ReplyInterpreter::interpret(raw, context);
    switch (in.disposition) {
    case Disposition::RetryIfBudget:
    case Disposition::RetryNotProcessed:
        retryLater(index, in.result, in.retryAfterMs);
        return;
    case Disposition::Success:
    case Disposition::Fail:
    case Disposition::RefreshToken:
    case Disposition::Redirect:
        break;
    }
    finishItem(index, in.result);
}

void GraphBatch::handleWholeFailure(const QList<int> &indices, const GraphResult &result)
{
    const Error error = result.error
                            ? *result.error
                            : Error::make(Error::Kind::Parse, tr("The batch answer lists no responses."));
    // Without a per-item answer, nothing says whether an action in the batch was carried out: not after a
    // lost answer or a 424, and not after a 2xx whose body lists no responses or cannot be read (a proxy
    // garbled it): the batch was taken, and each of its items may have been done or refused.
    const bool itemsUnknown = error.kind == Error::Kind::OutcomeUnknown || result.status == 424 ||
                              (result.status >= 200 && result.status < 300);
    for (int index : indices) {
        if (m_state != State::Running || m_items[index].done)
            continue;
        GraphResult r = result;
        r.json = {};
        r.error = error;
        if (error.kind != Error::Kind::Cancelled && itemsUnknown) {
            if (m_items[index].request.kind() == RequestKind::Action) {
                if (error.kind != Error::Kind::OutcomeUnknown) {
                    Error unknown =
                        Error::make(Error::Kind::OutcomeUnknown,
                                    tr("The batch failed as a whole (HTTP %1), so the outcome of this "
                                       "action is unknown. It was not sent again.")
                                        .arg(result.status),
                                    error.detail);
                    unknown.httpStatus = result.status;
                    unknown.requestId = error.requestId;
                    unknown.clientRequestId = error.clientRequestId;
                    r.error = unknown;
                }
                finishItem(index, std::move(r));
            } else {
                if (r.error->kind == Error::Kind::OutcomeUnknown) {
                    r.error->kind = Error::Kind::Unavailable;
                    r.error->message =
                        tr("The batch request failed; the service may be unavailable. Try again "
                           "later.");
                }
                retryLater(index, r, std::nullopt);
            }
            continue;
        }
        finishItem(index, std::move(r));
    }
}

void GraphBatch::retryLater(int index, const GraphResult &lastResult, std::optional<qint64> retryAfterMs)
{
    Item &item = m_items[index];
    const bool unreadable = lastResult.error && lastResult.error->kind == Error::Kind::Parse;
    if (unreadable)
        ++item.unreadable;
    if (item.attempts >= item.policy.maxAttempts ||
        (unreadable && item.unreadable >= item.policy.maxParseAttempts)) {
        finishItem(index, lastResult);
        return;
    }
    item.retryPending = true;
    item.retryAfterMs = retryAfterMs;
    m_results[index] = lastResult;
}

void GraphBatch::endRoundIfIdle()
{
    if (m_state != State::Running || m_inFlight > 0 || !m_queuedChunks.isEmpty())
        return;
    QList<int> pending;
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items[i].retryPending && !m_items[i].done)
            pending.append(i);
    }
    if (pending.isEmpty()) {
        finishIfDone();
        return;
    }
    const qint64 backoff = m_policy.backoffDelayMs(m_round, QRandomGenerator::global()->generateDouble());
    qint64 wait = 0;
    for (int index : pending) {
        const Item &item = m_items[index];
        wait =
            std::max(wait, item.retryAfterMs ? item.policy.scaledServerDelayMs(*item.retryAfterMs) : backoff);
    }
    if (m_totalWaitMs + wait > m_policy.maxTotalWaitMs) {
        for (int index : pending)
            finishItem(index, m_results[index]);
        finishIfDone();
        return;
    }
    m_totalWaitMs += wait;
    for (int index : pending) {
        Item &item = m_items[index];
        item.waitsMs.append(item.retryAfterMs ? *item.retryAfterMs : backoff);
    }
    qCInfo(lcGraph) << "batch: sending" << pending.size() << "request(s) again in" << wait << "ms";
    if (!m_timer) {
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        connect(m_timer, &QTimer::timeout, this, [this] {
            QList<int> again;
            for (int i = 0; i < m_items.size(); ++i) {
                if (m_items[i].retryPending && !m_items[i].done)
                    again.append(i);
            }
            startRound(again);
        });
    }
    m_timer->start(int(std::min<qint64>(wait, std::numeric_limits<int>::max())));
}

void GraphBatch::finishItem(int index, GraphResult result)
{
    Item &item = m_items[index];
    if (item.done)
        return;
    item.done = true;
    item.retryPending = false;
    result.attempts = item.attempts;
    result.waitsMs = item.waitsMs;
    if (m_client)
        result.elapsedMs = m_client->clock().monotonicMs() - item.startMs;
    m_results[index] = result;
    Q_EMIT itemFinished(index, result);
}

void GraphBatch::finishIfDone()
{
    if (m_state != State::Running || m_inFlight > 0)
        return;
    if (std::any_of(m_items.cbegin(), m_items.cend(), [](const Item &i) { return !i.done; }))
        return;
    m_state = State::Finished;
    Q_EMIT finished();
}

} // namespace passcode::graph
