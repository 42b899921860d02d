// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/graph/GraphPager.h"

#include "core/common/Logging.h"
#include "core/common/Numbers.h"
#include "core/common/ReplyBodyLimit.h"
#include "core/graph/GraphClient.h"
#include "core/graph/GraphReply.h"

#include <algorithm>

namespace passcode::graph {

GraphPager::GraphPager(GraphClient *client, GraphRequest firstPage, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_first(std::move(firstPage))
{
    QStringList required = m_first.requiredFields();
    if (!required.contains(QStringLiteral("value")))
        required.append(QStringLiteral("value"));
    m_first.setRequiredFields(required).setKind(RequestKind::Read);
    if (m_first.maxBodyBytes() <= 0)
        m_first.setMaxBodyBytes(bodylimits::GraphPage);
}

GraphPager::~GraphPager()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->cancel();
    }
}

void GraphPager::setRawPages(bool raw)
{
    if (m_state == State::Idle)
        m_raw = raw;
}

void GraphPager::setLimits(const PagerLimits &limits)
{
    if (m_state == State::Idle)
        m_limits = limits;
}

void GraphPager::start()
{
    if (m_state != State::Idle)
        return;
    m_state = State::Running;
    m_first.setRawBody(m_raw);
    requestPage(m_first);
}

void GraphPager::cancel()
{
    if (m_state != State::Running)
        return;
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->cancel();
        m_reply = nullptr;
    }
    finishWith(Error::make(Error::Kind::Cancelled, tr("Loading was cancelled.")));
}

void GraphPager::fail(const Error &error)
{
    if (m_state != State::Running)
        return;
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->cancel();
        m_reply = nullptr;
    }
    finishWith(error);
}

void GraphPager::requestPage(const GraphRequest &request)
{
    if (!m_client) {
        finishWith(Error::make(Error::Kind::Internal, tr("The Graph client is gone.")));
        return;
    }
    m_reply = m_client->send(request);
    connect(m_reply, &GraphReply::finished, this, &GraphPager::onPage);
}

void GraphPager::onPage(const GraphResult &result)
{
    m_reply = nullptr;
    if (m_state != State::Running)
        return;
    if (!result.ok()) {
        finishWith(result.error);
        return;
    }
    const auto rawValue =
        m_raw ? result.rawMembers.constFind(QStringLiteral("value")) : result.rawMembers.constEnd();
    const QJsonValue value = m_raw ? QJsonValue() : result.json.value(QLatin1String("value"));
    const bool isList =
        m_raw ? rawValue != result.rawMembers.constEnd() && rawValue->bracket == '[' : value.isArray();
    if (!isList) {
        Error e = Error::make(Error::Kind::Parse, tr("A page of results is not a list."));
        e.requestId = result.requestId;
        e.clientRequestId = result.clientRequestId;
        finishWith(e);
        return;
    }
    const QJsonValue count = result.json.value(QLatin1String("@odata.count"));
    // Bounded before conversion (an @odata.count of 1e300 is not a number of devices); 2^53: exact in JSON.
    const qint64 announced = count.isDouble() ? clampToInt64(count.toDouble(), 0, qint64(1) << 53) : -1;
    if (count.isDouble() && announced != m_outcome.totalCount) {
        m_outcome.totalCount = announced;
        Q_EMIT totalCountKnown(m_outcome.totalCount);
        if (m_state != State::Running)
            return;
    }
    const int index = m_outcome.pages;
    ++m_outcome.pages;
    if (m_raw) {
        RawPage page;
        page.body = result.body;
        page.valueOffset = rawValue->offset;
        page.valueLength = rawValue->length;
        page.items = rawValue->elements;
        page.requestId = result.requestId;
        page.clientRequestId = result.clientRequestId;
        m_outcome.items += page.items;
        m_largestPage = std::max<qint64>(m_largestPage, page.items);
        Q_EMIT rawPageReceived(page, index);
    } else {
        const QJsonArray items = value.toArray();
        m_outcome.items += items.size();
        m_largestPage = std::max<qint64>(m_largestPage, items.size());
        Q_EMIT pageReceived(items, index);
    }
    if (m_state != State::Running)
        return;
    Q_EMIT progress(m_outcome.pages, m_outcome.items, m_outcome.totalCount);
    if (m_state != State::Running)
        return;

    const QJsonValue next = result.json.value(QLatin1String("@odata.nextLink"));
    const bool nestedLink = m_raw && result.rawMembers.contains(QStringLiteral("@odata.nextLink"));
    if ((next.isUndefined() || next.isNull()) && !nestedLink) {
        finishWith(std::nullopt);
        return;
    }
    const QString link = next.toString();
    const QUrl url(link, QUrl::TolerantMode);
    if (link.isEmpty() || !url.isValid() || url.isRelative()) {
        finishWith(Error::make(Error::Kind::Parse, tr("The link to the next page of results is not valid.")));
        return;
    }
    if (m_visitedLinks.contains(link)) {
        finishWith(Error::make(Error::Kind::Parse,
                               tr("The service sent the same next page twice; paging stopped.")));
        return;
    }
    if (std::optional<Error> stop = overrun()) {
        stop->requestId = result.requestId;
        stop->clientRequestId = result.clientRequestId;
        finishWith(std::move(stop));
        return;
    }
    m_visitedLinks.insert(link);
    GraphRequest nextRequest = m_first;
    nextRequest.setAbsoluteUrl(url);
    requestPage(nextRequest);
}

std::optional<Error> GraphPager::overrun() const
{
    const qint64 pages = m_outcome.pages;
    const qint64 items = m_outcome.items;
    if (pages >= m_limits.maxPages || items >= m_limits.maxItems)
        return Error::make(
            Error::Kind::Parse,
            tr("The service kept sending pages: %1 items in %2 pages so far, more than this program "
               "reads in one list; paging stopped.")
                .arg(items)
                .arg(pages));
    const qint64 count = m_outcome.totalCount;
    if (count < 0)
        return std::nullopt;
    const qint64 perPage = std::max<qint64>(m_largestPage, 1);
    const qint64 slack = m_limits.slackPages;
    const qint64 expectedPages = (count + perPage - 1) / perPage;
    if (items > std::max(2 * count, count + slack * perPage) || pages > 2 * expectedPages + slack)
        return Error::make(
            Error::Kind::Parse,
            tr("The service announced %1 items but kept sending more pages (%2 items in %3 pages "
               "so far); paging stopped.")
                .arg(count)
                .arg(items)
                .arg(pages));
    return std::nullopt;
}

void GraphPager::finishWith(std::optional<Error> error)
{
    if (m_state == State::Finished)
        return;
    m_state = State::Finished;
    m_outcome.error = std::move(error);
    if (m_outcome.error && m_outcome.error->kind != Error::Kind::Cancelled)
        qCWarning(lcGraph).noquote() << "paging stopped after" << m_outcome.pages
                                     << "page(s):" << Error::kindName(m_outcome.error->kind);
    Q_EMIT finished(m_outcome);
}

} // namespace passcode::graph
