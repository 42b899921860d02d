// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/devices/DeviceDirectoryLoader.h"

#include "core/common/Logging.h"
#include "core/devices/DeviceJson.h"
#include "core/graph/GraphClient.h"
#include "core/graph/GraphPager.h"

#include <QJsonArray>
#include <QMap>
#include <QRunnable>
#include <QThreadPool>

namespace passcode::devices {
namespace {

/** One page converted to devices. */
struct ParsedPage
{
    QList<Device> devices;
    QStringList problems;
};

ParsedPage convert(const QJsonArray &items)
{
    ParsedPage out;
    std::optional<DeviceJson::Page> page =
        DeviceJson::parsePage(QJsonObject{{QStringLiteral("value"), items}});
    if (page) {
        out.devices = std::move(page->devices);
        out.problems = std::move(page->problems);
    }
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
    void onPage(const QJsonArray &items, int index);
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

bool DeviceDirectoryLoader::parseOffThread() const
{
    return d->offThread;
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
    directory.beginLoad();

    auto request =
        graph::GraphRequest::get(QStringLiteral("/deviceManagement/managedDevices"), graph::ApiVersion::Beta)
            .setSelect(listProperties())
            .setTop(pageSize)
            .setHeader(QByteArrayLiteral("Prefer"), QByteArrayLiteral("include-unknown-enum-members"));
    auto *p = new graph::GraphPager(&client, request, q);
    pager = p;
    const quint64 gen = generation;
    QObject::connect(p, &graph::GraphPager::pageReceived, q,
                     [this](const QJsonArray &items, int index) { onPage(items, index); });
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

void DeviceDirectoryLoader::Private::onPage(const QJsonArray &items, int index)
{
    ++pagesQueued;
    const quint64 gen = generation;
    if (!runOffThread) {
        onConverted(gen, index, convert(items));
        return;
    }
    // The runnable posts its result back to the loader's thread. The pool is joined in ~DeviceDirectoryLoader
    // before the QObject goes away, so `owner` is alive whenever invokeMethod is called; a result still
    // queued when the loader is destroyed is discarded with the loader's events.
    DeviceDirectoryLoader *owner = q;
    Private *self = this;
    pool.start(QRunnable::create([owner, self, gen, index, items] {
        ParsedPage page = convert(items);
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
        directory.appendDevices(std::move(page.devices), totalCount);
    }
}

void DeviceDirectoryLoader::Private::finishIfDone()
{
    if (!loading || !outcome || nextToAppend < pagesQueued)
        return;
    loading = false;
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
