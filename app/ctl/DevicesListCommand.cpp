// SPDX-License-Identifier: GPL-3.0-or-later
#include "DevicesListCommand.h"

#include "CtlFormat.h"
#include "CtlSession.h"
#include "ExitCode.h"
#include "Output.h"

#include "core/devices/DeviceDirectoryLoader.h"
#include "core/devices/DeviceJson.h"
#include "core/graph/GraphClient.h"
#include "core/graph/ReplyInterpreter.h"

#include <QRunnable>

namespace passcode::ctl {

DevicesListCommand::DevicesListCommand(const CtlOptions &options, Output &out, Output &err, QObject *parent)
    : GraphCommand(options, out, err, parent)
    , m_writer(DeviceListWriter::create(formatOf(options)))
{
    m_worker.setMaxThreadCount(1);
}

DevicesListCommand::~DevicesListCommand()
{
    stopWorker();
    m_pager.reset();
}

DeviceListWriter::Format DevicesListCommand::formatOf(const CtlOptions &options)
{
    if (options.json)
        return DeviceListWriter::Format::Json;
    if (options.csv)
        return DeviceListWriter::Format::Csv;
    return DeviceListWriter::Format::Table;
}

graph::GraphRequest DevicesListCommand::listRequest(int pageSize)
{
    // The same request as the console's device list (DeviceDirectoryLoader).
    return graph::GraphRequest::get(QStringLiteral("/deviceManagement/managedDevices"),
                                    graph::ApiVersion::Beta)
        .setSelect(devices::DeviceDirectoryLoader::listProperties())
        .setTop(pageSize)
        .setHeader(QByteArrayLiteral("Prefer"), QByteArrayLiteral("include-unknown-enum-members"));
}

bool DevicesListCommand::matches(const devices::Device &device, const QString &filter,
                                 const QString &platform)
{
    return CtlFormat::matchesFilter(device, filter) && CtlFormat::matchesPlatform(device, platform);
}

void DevicesListCommand::executeWithGraph()
{
    m_pager = std::make_unique<graph::GraphPager>(&session().client(), listRequest(options().pageSize));
    m_pager->setRawPages(true);
    connect(m_pager.get(), &graph::GraphPager::rawPageReceived, this, &DevicesListCommand::onRawPage);
    connect(m_pager.get(), &graph::GraphPager::finished, this, &DevicesListCommand::onPagerFinished);
    m_pager->start();
}

void DevicesListCommand::interrupt(int exitCode)
{
    if (isFinished())
        return;
    if (m_pager) {
        m_pager->disconnect(this);
        m_pager->cancel();
    }
    // Pages still parsed or queued are dropped: each page is written whole or not at all.
    stopWorker();
    QByteArray rest;
    m_writer->finish(rest);
    out().writeBytes(rest);
    fail(exitCode, tr("%1 The device list is incomplete (%2 devices loaded).")
                       .arg(interruptedMessage(exitCode))
                       .arg(m_loaded));
}

void DevicesListCommand::aboutToFinish()
{
    stopWorker();
}

void DevicesListCommand::stopWorker()
{
    m_stopped->store(true);
    m_worker.clear();
    m_worker.waitForDone();
}

void DevicesListCommand::onRawPage(const graph::RawPage &raw, int index)
{
    ++m_queued;
    // The runnable posts its result back to this thread. The worker is joined before this object goes away
    // (stopWorker), so `self` is alive whenever invokeMethod is called; a result still queued then is
    // discarded with this object's events.
    DevicesListCommand *self = this;
    DeviceListWriter *writer = m_writer.get();
    const QString filter = options().filter;
    const QString platform = options().platform;
    m_worker.start(QRunnable::create([self, writer, raw, index, filter, platform, stopped = m_stopped] {
        Written page;
        if (!stopped->load()) {
            QJsonParseError parseError{};
            // A pool per page: repeated texts are decoded once per page, and nothing grows with the tenant.
            std::optional<devices::DeviceJson::Page> parsed =
                devices::DeviceJson::parseValueArray(raw.value(), &parseError);
            if (!parsed) {
                parseError.offset += int(raw.valueOffset);
                Error e = graph::ReplyInterpreter::unreadableBodyError(parseError, raw.body.size());
                e.requestId = raw.requestId;
                e.clientRequestId = raw.clientRequestId;
                page.error = std::move(e);
            } else {
                page.devices = parsed->devices.size();
                page.bytes.reserve(raw.valueLength + raw.valueLength / 2);
                for (const devices::Device &d : std::as_const(parsed->devices)) {
                    if (matches(d, filter, platform))
                        writer->add(d, page.bytes);
                }
            }
        }
        QMetaObject::invokeMethod(
            self,
            [self, index, page = std::move(page)]() mutable { self->onWritten(index, std::move(page)); },
            Qt::QueuedConnection);
    }));
}

void DevicesListCommand::onWritten(int index, Written page)
{
    Q_ASSERT(index == m_written);
    Q_UNUSED(index);
    ++m_written;
    // After a page that could not be read, the list ends there: the pages after it are dropped.
    if (!m_pageError && !isFinished()) {
        if (page.error) {
            // Pages come back in order: every page before this one is written. Stop paging.
            m_pageError = std::move(page.error);
            m_stopped->store(true);
            if (m_pager && m_pager->isRunning())
                m_pager->fail(*m_pageError);
        } else {
            m_loaded += page.devices;
            // Each page is out as soon as it is formatted (one write per page, small pages included).
            out().writeBytes(page.bytes);
            out().flush();
        }
    }
    finishIfDone();
}

void DevicesListCommand::onPagerFinished(const graph::PagerOutcome &outcome)
{
    m_outcome = outcome;
    finishIfDone();
}

void DevicesListCommand::finishIfDone()
{
    if (!m_outcome || m_written < m_queued || isFinished())
        return;
    QByteArray rest;
    m_writer->finish(rest);
    out().writeBytes(rest);
    std::optional<Error> error = m_pageError ? m_pageError : m_outcome->error;
    if (!error) {
        finish(ExitSuccess);
        return;
    }
    Error e = *error;
    e.message = tr("The device list is incomplete (%1 devices loaded): %2").arg(m_loaded).arg(error->message);
    fail(e);
}

} // namespace passcode::ctl
