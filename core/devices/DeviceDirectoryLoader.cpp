// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/devices/DeviceDirectoryLoader.h"

#include "core/common/Logging.h"
#include "core/devices/DeviceJson.h"
#include "core/graph/GraphClient.h"
#include "core/graph/GraphPager.h"
#include "core/graph/ReplyInterpreter.h"

#include <QMap>
#include <QRunnable>
#include <QThreadPool>

namespace passcode::devices {
namespace {

/** One page converted to devices, or why it could not be. */
struct ParsedPage
{
    QList<Device> devices;
    QStringList problems;
    std::optional<Error> error; ///< the page was unreadable: the load stops before it
};

/** Parses and converts a raw page (the value array's JSON text): the worker thread's job. */
ParsedPage convert(const graph::RawPage &raw, DeviceJson::TextPool *texts)
{
    ParsedPage out;
    QJsonParseError parseError{};
    std::optional<DeviceJson::Page> page = DeviceJson::parseValueArray(raw.value(), &parseError, texts);
    if (!page) {
        parseError.offset += int(raw.valueOffset);
        Error e = graph::ReplyInterpreter::unreadableBodyError(parseError, raw.body.size());
        e.requestId = raw.requestId;
        e.clientRequestId = raw.clientRequestId;
        out.error = std::move(e);
        return out;
    }
    out.devices = std::move(page->devices);
    out.problems = std::move(page->problems);
    return out;
}

} // namespace

struct DeviceDirectoryLoader::Private
{
    DeviceDirectoryLoader *q;
    graph::GraphClient &client;
    DeviceDirectory &directory;
    int pageSize = 1000;
    bool offThread = true;
    bool runOffThread = true; ///< offThread as it was when the running load started

    QPointer<graph::GraphPager> pager;
    quint64 generation = 0;
    bool loading = false;
    int pagesQueued = 0;                        ///< pages handed to the converter in this load
    int nextToAppend = 0;                       ///< page index the directory expects next
    QMap<int, ParsedPage> ready;                ///< converted pages waiting for an earlier one
    std::optional<graph::PagerOutcome> outcome; ///< set when the pager has finished
    qint64 totalCount = -1;
    /** The running load's shared texts: used by one thread at a time (the worker, in page order); a load
     * that is replaced keeps its own until its last page is dropped. */
    std::shared_ptr<DeviceJson::TextPool> texts;
    /** One worker thread: pages are converted in order; destroyed (and joined) with the loader. */
    QThreadPool pool;

    Private(DeviceDirectoryLoader *owner, graph::GraphClient &c, DeviceDirectory &dir)
        : q(owner)
        , client(c)
        , directory(dir)
    {
        pool.setMaxThreadCount(1);
        pool.setExpiryTimeout(30000);
    }

    void start();
    void stopPager();
    void onPage(const graph::RawPage &page, int index);
    void onConverted(quint64 gen, int index, ParsedPage page);
    void drain();
    void finishIfDone();
};

DeviceDirectoryLoader::DeviceDirectoryLoader(graph::GraphClient &client, DeviceDirectory &directory,
                                             QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, client, directory))
{}

DeviceDirectoryLoader::~DeviceDirectoryLoader()
{
    if (d->loading) {
        d->stopPager();
        ++d->generation;
        d->loading = false;
        d->directory.finishLoad(DeviceDirectory::LoadState::Cancelled,
                                Error::make(Error::Kind::Cancelled, tr("Loading was cancelled.")));
    }
    d->pool.clear();
    d->pool.waitForDone();
}

void DeviceDirectoryLoader::setPageSize(int pageSize)
{
    d->pageSize = qBound(1, pageSize, 5000);
}

void DeviceDirectoryLoader::setParseOffThread(bool offThread)
{
    d->offThread = offThread;
}

bool DeviceDirectoryLoader::isLoading() const
{
    return d->loading;
}

QStringList DeviceDirectoryLoader::listProperties()
{
    return {QStringLiteral("id"),
            QStringLiteral("deviceName"),
            QStringLiteral("operatingSystem"),
            QStringLiteral("osVersion"),
            QStringLiteral("managedDeviceOwnerType"),
            QStringLiteral("managementAgent"),
            QStringLiteral("managementState"),
            QStringLiteral("deviceEnrollmentType"),
            QStringLiteral("joinType"),
            QStringLiteral("azureADRegistered"),
            QStringLiteral("deviceType"),
            QStringLiteral("complianceState"),
            QStringLiteral("userPrincipalName"),
            QStringLiteral("userDisplayName"),
            QStringLiteral("lastSyncDateTime"),
            QStringLiteral("enrolledDateTime"),
            QStringLiteral("model"),
            QStringLiteral("manufacturer"),
            QStringLiteral("serialNumber"),
            QStringLiteral("imei"),
            QStringLiteral("phoneNumber")};
}

void DeviceDirectoryLoader::refresh()
{
    if (d->loading) {
        d->stopPager();
        ++d->generation; // results of the old load still in the worker are dropped
    }
    d->start();
}

void DeviceDirectoryLoader::cancel()
{
    if (!d->loading)
        return;
    d->stopPager();
    ++d->generation;
    d->loading = false;
    d->ready.clear();
    d->texts.reset();
    d->directory.finishLoad(DeviceDirectory::LoadState::Cancelled,
                            Error::make(Error::Kind::Cancelled, tr("Loading was cancelled.")));
    Q_EMIT finished(DeviceDirectory::LoadState::Cancelled);
}

void DeviceDirectoryLoader::Private::start()
{
    ++generation;
    loading = true;
    runOffThread = offThread;
    pagesQueued = 0;
    nextToAppend = 0;
    ready.clear();
    outcome.reset();
    totalCount = -1;
    texts = std::make_shared<DeviceJson::TextPool>();
    directory.beginLoad();

    auto request =
        graph::GraphRequest::get(QStringLiteral("/deviceManagement/managedDevices"), graph::ApiVersion::Beta)
            .setSelect(listProperties())
            .setTop(pageSize)
            .setHeader(QByteArrayLiteral("Prefer"), QByteArrayLiteral("include-unknown-enum-members"));
    auto *p = new graph::GraphPager(&client, request, q);
    p->setRawPages(true); // the value array is parsed on the worker, not on this thread
    pager = p;
    const quint64 gen = generation;
    QObject::connect(p, &graph::GraphPager::rawPageReceived, q,
                     [this](const graph::RawPage &page, int index) { onPage(page, index); });
    QObject::connect(p, &graph::GraphPager::totalCountKnown, q, [this](qint64 count) { totalCount = count; });
    QObject::connect(p, &graph::GraphPager::finished, q, [this, gen, p](const graph::PagerOutcome &o) {
        p->deleteLater();
        if (gen != generation)
            return;
        outcome = o;
        finishIfDone();
    });
    p->start();
}

void DeviceDirectoryLoader::Private::stopPager()
{
    if (!pager)
        return;
    graph::GraphPager *p = pager;
    pager = nullptr;
    p->disconnect(q);
    p->cancel();
    p->deleteLater();
}

void DeviceDirectoryLoader::Private::onPage(const graph::RawPage &raw, int index)
{
    ++pagesQueued;
    const quint64 gen = generation;
    if (!runOffThread) {
        onConverted(gen, index, convert(raw, texts.get()));
        return;
    }
    // The runnable posts its result back to the loader's thread. The pool is joined in ~DeviceDirectoryLoader
    // before the QObject goes away, so `owner` is alive whenever invokeMethod is called; a result still
    // queued when the loader is destroyed is discarded with the loader's events.
    DeviceDirectoryLoader *owner = q;
    Private *self = this;
    pool.start(QRunnable::create([owner, self, gen, index, raw, pageTexts = texts] {
        ParsedPage page = convert(raw, pageTexts.get());
        QMetaObject::invokeMethod(
            owner,
            [self, gen, index, page = std::move(page)]() mutable {
                self->onConverted(gen, index, std::move(page));
            },
            Qt::QueuedConnection);
    }));
}

void DeviceDirectoryLoader::Private::onConverted(quint64 gen, int index, ParsedPage page)
{
    if (gen != generation || !loading)
        return;
    if (page.error) {
        // Pages come back in order, so every page before this one is appended already. Stop paging (pages
        // after it that are still being converted are dropped) and end Incomplete with what was loaded.
        Q_ASSERT(index == nextToAppend);
        stopPager();
        ++generation;
        pagesQueued = nextToAppend;
        ready.clear();
        graph::PagerOutcome o;
        o.error = std::move(page.error);
        o.pages = nextToAppend;
        qCWarning(lcDevices) << "page" << index << "could not be read; the load stops there";
        outcome = std::move(o);
        finishIfDone();
        return;
    }
    ready.insert(index, std::move(page));
    drain();
    finishIfDone();
}

void DeviceDirectoryLoader::Private::drain()
{
    while (!ready.isEmpty() && ready.firstKey() == nextToAppend) {
        ParsedPage page = ready.take(nextToAppend);
        ++nextToAppend;
        if (!page.problems.isEmpty()) {
            qCDebug(lcDevices) << "page" << (nextToAppend - 1) << "had" << page.problems.size()
                               << "problem(s)";
            Q_EMIT q->parseProblems(page.problems);
        }
        directory.appendDevices(std::move(page.devices), totalCount, DeviceDirectory::Texts::AlreadyShared);
    }
}

void DeviceDirectoryLoader::Private::finishIfDone()
{
    if (!loading || !outcome || nextToAppend < pagesQueued)
        return;
    loading = false;
    // The devices keep their texts; the pool's keys go, on the worker (freeing a few hundred thousand small
    // blocks is not the UI thread's job).
    if (texts)
        pool.start(QRunnable::create([done = std::move(texts)]() mutable { done.reset(); }));
    const graph::PagerOutcome o = *outcome;
    outcome.reset();
    DeviceDirectory::LoadState state = DeviceDirectory::LoadState::Complete;
    if (o.error)
        state = o.error->kind == Error::Kind::Cancelled ? DeviceDirectory::LoadState::Cancelled
                                                        : DeviceDirectory::LoadState::Incomplete;
    directory.finishLoad(state, o.error);
    Q_EMIT q->finished(state);
}

} // namespace passcode::devices
