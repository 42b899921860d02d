// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/graph/GraphClient.h"

#include "core/auth/TokenProvider.h"
#include "core/common/Logging.h"
#include "core/graph/NonReplayableBody.h"
#include "core/graph/ReplyInterpreter.h"
#include "core/graph/WriteBudget.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <limits>
#include <utility>

namespace passcode::graph {

namespace {

// Path only: query values ($filter) may name people.
QString methodAndPath(HttpMethod method, const QUrl &url)
{
    return QString::fromLatin1(httpMethodName(method)) + QLatin1Char(' ') + url.path();
}

} // namespace

GraphClient::GraphClient(QNetworkAccessManager *network, auth::TokenProvider *tokens, const Clock &clock,
                         Options options, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_tokens(tokens)
    , m_clock(clock)
    , m_options(std::move(options))
{
    Q_ASSERT(network);
    Q_ASSERT(tokens);
    if (tokens) {
        connect(tokens, &auth::TokenProvider::tokenRefreshed, this, &GraphClient::onCredentialsRenewed);
        connect(tokens, &auth::TokenProvider::refreshFailed, this, &GraphClient::onCredentialsFailed);
        // A provider destroyed during a refresh would never answer: fail what waits for it.
        connect(tokens, &QObject::destroyed, this, [this] {
            onCredentialsFailed(
                Error::make(Error::Kind::Auth, tr("Not signed in: no access token is available.")));
        });
    }
}

GraphClient::~GraphClient()
{
    const QList<GraphReply *> replies = findChildren<GraphReply *>(Qt::FindDirectChildrenOnly);
    for (GraphReply *reply : replies)
        cancelReply(reply);
}

QUrl GraphClient::urlFor(const GraphRequest &request) const
{
    return request.resolve(m_options.baseUrl);
}

int GraphClient::activeRequests() const
{
    const QList<GraphReply *> replies = findChildren<GraphReply *>(Qt::FindDirectChildrenOnly);
    return int(
        std::count_if(replies.begin(), replies.end(), [](const GraphReply *r) { return !r->isFinished(); }));
}

GraphReply *GraphClient::send(const GraphRequest &request)
{
    const QUrl url = urlFor(request);
    auto *reply = new GraphReply(this, request, request.retryPolicy().value_or(m_options.retry), url,
                                 m_clock.monotonicMs());
    if (auto refused = ReplyInterpreter::checkTarget(url, m_options.baseUrl)) {
        GraphResult result;
        result.error = std::move(refused);
        finish(reply, std::move(result));
    } else {
        startAttempt(reply);
    }
    reply->m_inSend = false;
    return reply;
}

void GraphClient::startAttempt(GraphReply *reply)
{
    if (reply->isFinished())
        return;
    if (!m_network) {
        GraphResult result;
        result.error = Error::make(Error::Kind::Internal, tr("The network access manager is gone."));
        finish(reply, std::move(result));
        return;
    }
    if (m_refreshing) { // a refresh is running: this request would only meet a 401
        awaitCredentials(reply);
        return;
    }
    const QString bearer = m_tokens ? m_tokens->accessToken() : QString();
    if (bearer.isEmpty()) {
        if (!m_tokens || reply->m_refreshUsed) {
            GraphResult result;
            result.error = Error::make(Error::Kind::Auth, tr("Not signed in: no access token is available."));
            finish(reply, std::move(result));
        } else {
            awaitCredentials(reply);
        }
        return;
    }
    if (!takeBudget(reply))
        return; // waits in the budget queue; drainBudgetQueue() starts it again
    QNetworkReply *network = dispatch(reply, bearer);
    const qint64 maxBody = reply->request().maxBodyBytes();
    ReplyBodyLimit::watch(network, maxBody > 0 ? maxBody : m_options.maxBodyBytes,
                          m_options.maxErrorBodyBytes);
    reply->m_network = network;
    reply->m_state = GraphReply::State::Sending;
    reply->m_credentialGeneration = m_credentialGeneration;
    ++reply->m_attempts;
    qCDebug(lcGraph).noquote() << "->" << methodAndPath(reply->request().method(), reply->m_url) << "attempt"
                               << reply->m_attempts << "client-request-id" << reply->m_clientRequestId;
    connect(network, &QNetworkReply::finished, reply,
            [this, reply, network] { onNetworkFinished(reply, network); });
}

QNetworkReply *GraphClient::dispatch(GraphReply *reply, const QString &bearer)
{
    const GraphRequest &request = reply->request();
    QNetworkRequest nr(reply->m_url);
    for (const auto &[name, value] : request.headers()) {
        if (name.compare("Authorization", Qt::CaseInsensitive) == 0 ||
            name.compare("client-request-id", Qt::CaseInsensitive) == 0)
            continue;
        nr.setRawHeader(name, value);
    }
    // The one place where the bearer credential is attached.
    nr.setRawHeader(QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + bearer.toUtf8());
    nr.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    reply->m_clientRequestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    nr.setRawHeader(QByteArrayLiteral("client-request-id"), reply->m_clientRequestId.toLatin1());
    nr.setHeader(QNetworkRequest::UserAgentHeader, m_options.userAgent);
    nr.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    nr.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    nr.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    nr.setTransferTimeout(request.timeoutMs() > 0 ? request.timeoutMs() : m_options.defaultTimeoutMs);

    const QByteArray verb = httpMethodName(request.method());
    if (request.kind() == RequestKind::Action) {
        // Never sent twice, not even by Qt's own HTTP layer: see NonReplayableBody. HTTP/1.1 keeps that rule
        // in the one code path that NonReplayableBody guards.
        const QByteArray body =
            request.body() ? QJsonDocument(*request.body()).toJson(QJsonDocument::Compact) : QByteArray();
        if (request.body())
            nr.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        nr.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
        nr.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        nr.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute,
                        true); // else Qt keeps a rewindable copy
        auto *device = new NonReplayableBody(body);
        QNetworkReply *network = m_network->sendCustomRequest(nr, verb, device);
        device->setParent(network);
        return network;
    }
    if (request.body()) {
        nr.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        return m_network->sendCustomRequest(nr, verb,
                                            QJsonDocument(*request.body()).toJson(QJsonDocument::Compact));
    }
    switch (request.method()) {
    case HttpMethod::Get:
        return m_network->get(nr);
    case HttpMethod::Delete:
        return m_network->deleteResource(nr);
    case HttpMethod::Post:
    case HttpMethod::Patch:
        break;
    }
    return m_network->sendCustomRequest(nr, verb, static_cast<QIODevice *>(nullptr));
}

void GraphClient::onNetworkFinished(GraphReply *reply, QNetworkReply *network)
{
    if (reply->m_network != network)
        return;
    reply->m_network = nullptr;
    network->disconnect(reply);
    network->deleteLater();

    ReplyBodyLimit *limit = ReplyBodyLimit::of(network);
    const bool tooLarge = limit && limit->exceeded();
    RawReply raw;
    raw.networkError = network->error();
    raw.networkErrorString = network->errorString();
    // Our own cancel() disconnects before aborting, so an abort seen here is Qt's transfer timeout.
    raw.timedOut = raw.networkError == QNetworkReply::OperationCanceledError ||
                   raw.networkError == QNetworkReply::TimeoutError;
    raw.httpStatus = network->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    raw.headers = network->rawHeaderPairs();
    raw.body = limit ? limit->takeBody() : network->isOpen() ? network->readAll() : QByteArray();
    raw.url = network->url().isValid() ? network->url() : reply->m_url;
    if (tooLarge) {
        // Stopped by its size cap (an abort, which is not a timeout): the headers and status stand, the body
        // is dropped.
        raw.networkError = QNetworkReply::NoError;
        raw.networkErrorString.clear();
        raw.timedOut = false;
        raw.bodyTooLarge =
            ReplyBodyLimit::tooLargeError(limit->limit(), limit->seenBytes(), limit->announced());
    }

    InterpretContext context;
    context.method = reply->request().method();
    context.kind = reply->request().kind();
    context.requiredFields = reply->request().requiredFields();
    context.rawBody = reply->request().rawBody();
    context.origin = m_options.baseUrl;
    context.redirectHops = reply->m_redirectHops;
    context.maxRedirects = m_options.maxRedirects;
    context.now = m_clock.now();
    context.sentClientRequestId = reply->m_clientRequestId;
    const Interpretation in = ReplyInterpreter::interpret(raw, context);

    qCDebug(lcGraph).noquote() << "<-" << in.result.status
                               << methodAndPath(reply->request().method(), reply->m_url) << "request-id"
                               << in.result.requestId << "attempt" << reply->m_attempts;

    switch (in.disposition) {
    case Disposition::Success:
    case Disposition::Fail:
        finish(reply, in.result);
        return;
    case Disposition::Redirect:
        qCInfo(lcGraph).noquote() << "redirect" << methodAndPath(reply->request().method(), reply->m_url)
                                  << "to" << in.redirectTo.path();
        ++reply->m_redirectHops;
        reply->m_url = in.redirectTo;
        startAttempt(reply);
        return;
    case Disposition::RefreshToken:
        if (reply->m_refreshUsed) {
            finish(reply, in.result); // refused again with a renewed credential: final
        } else if (reply->m_credentialGeneration < m_credentialGeneration) {
            reply->m_refreshUsed = true; // renewed while this one was on the wire: replay now
            startAttempt(reply);
        } else {
            awaitCredentials(reply);
        }
        return;
    case Disposition::RetryIfBudget:
    case Disposition::RetryNotProcessed:
        retryOrFinish(reply, in);
        return;
    }
}

void GraphClient::retryOrFinish(GraphReply *reply, const Interpretation &in)
{
    const RetryPolicy &policy = reply->m_policy;
    if (in.unreadableBody)
        ++reply->m_unreadableBodies;
    const int triesSoFar = reply->m_retries + 1;
    if (triesSoFar >= policy.maxAttempts ||
        (in.unreadableBody && reply->m_unreadableBodies >= policy.maxParseAttempts)) {
        finish(reply, in.result);
        return;
    }
    const qint64 chosen =
        in.retryAfterMs
            ? *in.retryAfterMs
            : policy.backoffDelayMs(reply->m_retries + 1, QRandomGenerator::global()->generateDouble());
    const qint64 wait = in.retryAfterMs ? policy.scaledServerDelayMs(chosen) : chosen;
    if (reply->m_totalWaitMs + wait > policy.maxTotalWaitMs) {
        qCInfo(lcGraph).noquote() << "not retrying" << methodAndPath(reply->request().method(), reply->m_url)
                                  << ": a wait of" << wait << "ms exceeds the budget";
        finish(reply, in.result);
        return;
    }
    ++reply->m_retries;
    reply->m_totalWaitMs += wait;
    reply->m_waitsMs.append(chosen);
    reply->m_state = GraphReply::State::Waiting;
    if (!reply->m_waitTimer) {
        reply->m_waitTimer = new QTimer(reply);
        reply->m_waitTimer->setSingleShot(true);
        connect(reply->m_waitTimer, &QTimer::timeout, reply, [this, reply] { startAttempt(reply); });
    }
    qCInfo(lcGraph).noquote() << "retrying" << methodAndPath(reply->request().method(), reply->m_url) << "in"
                              << wait << "ms after" << Error::kindName(in.result.error->kind)
                              << in.result.status << "request-id" << in.result.requestId;
    Q_EMIT reply->retrying(reply->m_retries + 1, wait, *in.result.error);
    if (!reply->isFinished() && reply->m_waitTimer)
        reply->m_waitTimer->start(int(std::min<qint64>(wait, std::numeric_limits<int>::max())));
}

void GraphClient::setWriteBudget(WriteBudget *budget)
{
    m_budget = budget;
    if (!m_budget)
        drainBudgetQueue();
}

bool GraphClient::takeBudget(GraphReply *reply)
{
    if (std::exchange(reply->m_budgetTaken, false))
        return true;
    const int units = reply->request().writeUnits();
    if (!m_budget || units <= 0)
        return true;
    // First come, first served: nobody overtakes a request already waiting.
    m_budgetQueue.removeAll(nullptr);
    if (m_budgetQueue.isEmpty() && m_budget->tryTake(units))
        return true;
    if (!m_budgetQueue.contains(reply))
        m_budgetQueue.append(reply);
    reply->m_state = GraphReply::State::Waiting;
    qCDebug(lcGraph).noquote() << "waiting for the write budget:"
                               << methodAndPath(reply->request().method(), reply->m_url) << units
                               << "write(s)";
    drainBudgetQueue();
    return false;
}

void GraphClient::drainBudgetQueue()
{
    while (!m_budgetQueue.isEmpty()) {
        QPointer<GraphReply> head = m_budgetQueue.first();
        if (!head || head->isFinished()) {
            m_budgetQueue.removeFirst();
            continue;
        }
        if (m_budget && !m_budget->tryTake(head->request().writeUnits())) {
            if (!m_budgetTimer) {
                m_budgetTimer = new QTimer(this);
                m_budgetTimer->setSingleShot(true);
                m_budgetTimer->setTimerType(Qt::PreciseTimer);
                connect(m_budgetTimer, &QTimer::timeout, this, &GraphClient::drainBudgetQueue);
            }
            const qint64 wait = m_budget->msUntilAvailable(head->request().writeUnits());
            m_budgetTimer->start(int(std::clamp<qint64>(wait, 1, std::numeric_limits<int>::max())));
            return;
        }
        m_budgetQueue.removeFirst();
        head->m_budgetTaken = m_budget != nullptr;
        // Started from the event loop: never inside the caller's send().
        QMetaObject::invokeMethod(
            head.data(),
            [this, head] {
                if (head && !head->isFinished())
                    startAttempt(head);
            },
            Qt::QueuedConnection);
    }
}

void GraphClient::awaitCredentials(GraphReply *reply)
{
    reply->m_state = GraphReply::State::AwaitingToken;
    reply->m_refreshUsed = true;
    if (!m_awaitingCredentials.contains(reply))
        m_awaitingCredentials.append(reply);
    if (m_refreshing)
        return;
    if (!m_tokens) {
        onCredentialsFailed(
            Error::make(Error::Kind::Auth, tr("Not signed in: no access token is available.")));
        return;
    }
    m_refreshing = true;
    qCInfo(lcGraph) << "401 or no credential: renewing once for" << m_awaitingCredentials.size()
                    << "request(s)";
    m_tokens->refresh();
}

void GraphClient::onCredentialsRenewed()
{
    m_refreshing = false;
    ++m_credentialGeneration;
    const QList<QPointer<GraphReply>> waiting = std::exchange(m_awaitingCredentials, {});
    for (const QPointer<GraphReply> &reply : waiting) {
        if (reply && reply->m_state == GraphReply::State::AwaitingToken)
            startAttempt(reply);
    }
}

void GraphClient::onCredentialsFailed(const Error &error)
{
    m_refreshing = false;
    const QList<QPointer<GraphReply>> waiting = std::exchange(m_awaitingCredentials, {});
    if (waiting.isEmpty())
        return;
    Error e = error;
    e.kind = Error::Kind::Auth;
    if (e.message.isEmpty())
        e.message = tr("Your sign-in was refused or has expired. Sign in again.");
    for (const QPointer<GraphReply> &reply : waiting) {
        if (!reply || reply->m_state != GraphReply::State::AwaitingToken)
            continue;
        GraphResult result;
        result.error = e;
        finish(reply, std::move(result));
    }
    Q_EMIT authenticationFailed(e);
}

void GraphClient::cancelReply(GraphReply *reply)
{
    if (reply->isFinished())
        return;
    reply->abortNetwork();
    GraphResult result;
    result.error = ReplyInterpreter::cancelledError();
    finish(reply, std::move(result));
}

void GraphClient::finish(GraphReply *reply, GraphResult result)
{
    if (reply->isFinished())
        return;
    if (reply->m_inSend) {
        // finished() never fires during send(): the caller has not connected yet. Until the event loop
        // delivers this result, cancel() can still replace it.
        QMetaObject::invokeMethod(
            reply, [this, reply, result] { finish(reply, result); }, Qt::QueuedConnection);
        return;
    }
    reply->m_state = GraphReply::State::Finished;
    if (reply->m_waitTimer)
        reply->m_waitTimer->stop();
    reply->abortNetwork();
    m_awaitingCredentials.removeAll(reply);
    m_budgetQueue.removeAll(reply);

    result.attempts = reply->m_attempts;
    result.elapsedMs = m_clock.monotonicMs() - reply->m_startMs;
    result.waitsMs = reply->m_waitsMs;
    if (result.clientRequestId.isEmpty())
        result.clientRequestId = reply->m_clientRequestId;
    if (result.error) {
        if (result.error->clientRequestId.isEmpty())
            result.error->clientRequestId = result.clientRequestId;
        if (result.error->requestId.isEmpty())
            result.error->requestId = result.requestId;
        if (result.error->kind == Error::Kind::Cancelled)
            qCDebug(lcGraph).noquote()
                << "cancelled" << methodAndPath(reply->request().method(), reply->m_url);
        else
            qCWarning(lcGraph).noquote()
                << methodAndPath(reply->request().method(), reply->m_url)
                << "failed:" << Error::kindName(result.error->kind) << "status" << result.error->httpStatus
                << "code" << result.error->code << "request-id" << result.error->requestId << "after"
                << result.attempts << "attempt(s)";
    }

    Q_EMIT reply->finished(result);
    reply->deleteLater();
}

} // namespace passcode::graph
