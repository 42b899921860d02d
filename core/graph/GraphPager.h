// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Error.h"
#include "core/graph/GraphRequest.h"
#include "core/graph/GraphResult.h"

#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <optional>

namespace passcode::graph {

class GraphClient;
class GraphReply;

/** How a paging run ended. */
struct PagerOutcome
{
    /** Empty when every page arrived; else the error of the page that still failed after its retries. */
    std::optional<Error> error;
    /** Pages delivered through pageReceived() (all of them, also when a later page failed). */
    int pages = 0;
    /** Items delivered. */
    qint64 items = 0;
    /** @odata.count when the service sent it, else -1. */
    qint64 totalCount = -1;

    /** True when every page arrived. */
    bool ok() const { return !error.has_value(); }
};

/**
 * How far a pager follows nextLinks (docs/graph-client.md, "Paging"). Paging stops with Kind::Parse before it
 * requests a page past maxPages, or once maxItems have arrived and the service still offers more; when the
 * service announced @odata.count (C), also once the items pass max(2·C, C + slackPages·P) or the pages pass
 * 2·⌈C / P⌉ + slackPages, P being the largest page so far (at least 1).
 */
struct PagerLimits
{
    /** Pages of one run: 20,000 pages of 1,000 devices are 20 million, far past any Intune tenant. */
    int maxPages = 20000;
    /** Items of one run when the service gives no count (or a count as large). */
    qint64 maxItems = 5000000;
    /** Pages tolerated past what @odata.count announced (devices enrolled while the list is read). */
    int slackPages = 10;
};

/** One page in raw mode (GraphPager::setRawPages): the body as received and where its value array lies. */
struct RawPage
{
    /** The page's body; its structure was checked by ReplyInterpreter, its content not parsed. */
    QByteArray body;
    /** Byte offset and length of the "value" array in body. */
    qsizetype valueOffset = 0;
    qsizetype valueLength = 0;
    /** Elements of the value array, counted by the structural check. */
    qsizetype items = 0;
    /** The answer's request-id and client-request-id, for an error about this page. */
    QString requestId;
    QString clientRequestId;

    /** The value array's JSON text ("[...]"), for a parser such as devices::DeviceJson::parseValueArray. */
    QByteArrayView value() const { return QByteArrayView(body).sliced(valueOffset, valueLength); }
};

/**
 * GETs a Graph collection page by page: the first request, then each @odata.nextLink followed whole (never
 * rebuilt from its $skiptoken), one page at a time, each with GraphClient's retries.
 *
 * Signals, in order: for each page pageReceived() then progress(); totalCountKnown() when a page carries
 * @odata.count; finished() exactly once (success, the Error of the page that failed after its retries, a
 * nextLink that is not a URL or that repeats (Kind::Parse), pages far past @odata.count or past the
 * PagerLimits (Kind::Parse), or Kind::Cancelled). Pages before a failure stay delivered. Each page's body is
 * capped at bodylimits::GraphPage unless the first request sets its own cap.
 *
 * Raw mode (setRawPages): pages come as rawPageReceived() instead of pageReceived(), their value array left
 * unparsed for the caller to parse elsewhere (a worker thread); the pager still reads the envelope (value
 * must be an array, @odata.nextLink, @odata.count) and follows the links with the same checks. A caller that
 * finds a page unreadable stops the pager with fail().
 *
 * Ownership: the caller owns the pager; the client must outlive it. Destroying a running pager cancels its
 * request without emitting finished(). A pager runs once.
 */
class GraphPager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphPager)

public:
    /** @p firstPage: a GET of the collection ($select, $filter, $top as wanted); "value" becomes required. */
    GraphPager(GraphClient *client, GraphRequest firstPage, QObject *parent = nullptr);
    ~GraphPager() override;

    /** How far paging may go (see PagerLimits); set before start(). */
    void setLimits(const PagerLimits &limits);
    /** Raw mode (see above); set before start(). */
    void setRawPages(bool raw);
    /** Sends the first page's request. Does nothing if already started. */
    void start();
    /** Started and finished() not emitted yet. */
    bool isRunning() const { return m_state == State::Running; }
    /** finished() has been emitted. */
    bool isFinished() const { return m_state == State::Finished; }
    /** @odata.count when known, else -1. */
    qint64 totalCount() const { return m_outcome.totalCount; }

public Q_SLOTS:
    /** Stops paging; finished() follows at once with Kind::Cancelled (if it was running). */
    void cancel();
    /** Stops paging because the caller could not use a page (e.g. it was unreadable): finished() follows at
     * once with @p error (if it was running). Pages already delivered stay delivered. */
    void fail(const passcode::Error &error);

Q_SIGNALS:
    /** The value array of page @p pageIndex (0 for the first page). */
    void pageReceived(const QJsonArray &items, int pageIndex);
    /** Raw mode: page @p pageIndex, its value array unparsed. */
    void rawPageReceived(const passcode::graph::RawPage &page, int pageIndex);
    /** After each page: pages and items so far, and @odata.count or -1. */
    void progress(int pages, qint64 items, qint64 totalCount);
    /** The collection's @odata.count, when a page carries it. */
    void totalCountKnown(qint64 count);
    /** Paging is over; see PagerOutcome. */
    void finished(const passcode::graph::PagerOutcome &outcome);

private:
    enum class State
    {
        Idle,
        Running,
        Finished,
    };

    void requestPage(const GraphRequest &request);
    void onPage(const GraphResult &result);
    void finishWith(std::optional<Error> error);
    /** The error that stops paging before the next page is requested, if the limits say so. */
    std::optional<Error> overrun() const;

    QPointer<GraphClient> m_client;
    GraphRequest m_first;
    QPointer<GraphReply> m_reply;
    QSet<QString> m_visitedLinks;
    PagerOutcome m_outcome;
    PagerLimits m_limits;
    qint64 m_largestPage = 0;
    State m_state = State::Idle;
    bool m_raw = false;
};

} // namespace passcode::graph

Q_DECLARE_METATYPE(passcode::graph::PagerOutcome)
Q_DECLARE_METATYPE(passcode::graph::RawPage)
