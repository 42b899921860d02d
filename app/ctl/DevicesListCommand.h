// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"
#include "DeviceListWriter.h"

#include "core/graph/GraphPager.h"

#include <QThreadPool>

#include <atomic>
#include <optional>

namespace passcode::ctl {

/**
 * `devices list [--filter TEXT] [--platform P] [--json|--csv]`: every managed device, written as the pages
 * arrive (docs/passcodectl.md). Nothing keeps the whole list: GraphPager fetches the pages in raw mode (the
 * client checks each answer, the value array is left unparsed), one worker thread parses each page straight
 * into Device values (DeviceJson::parseValueArray), filters them and formats them (DeviceListWriter) while
 * the next page is on the wire, and this thread writes the pages' bytes in order. A page that still fails
 * after the retries, or that cannot be read, ends the list there: what arrived is printed (a JSON array
 * stays well-formed), then the error, exit 6. Ctrl+C (SIGTERM) ends it the same way at once, exit 130 (143):
 * only whole pages are ever written, so no device is cut in half. The engine's DeviceDirectory and loader are
 * not used on purpose: they keep every device (as the console's table needs); a list printed once needs none
 * of them kept.
 */
class DevicesListCommand final : public GraphCommand
{
    Q_OBJECT

public:
    DevicesListCommand(const CtlOptions &options, Output &out, Output &err, QObject *parent = nullptr);
    ~DevicesListCommand() override;

    /** The output format the options ask for. */
    static DeviceListWriter::Format formatOf(const CtlOptions &options);
    /** The first page's request: the console's device list (DeviceDirectoryLoader), @p pageSize a page. */
    static graph::GraphRequest listRequest(int pageSize);
    /** Whether @p device is listed with `--filter @p filter --platform @p platform` (reset --all-matching
     * chooses the same devices). */
    static bool matches(const devices::Device &device, const QString &filter, const QString &platform);

    /** Stops paging and the worker at once; the pages written so far stay, closed as a complete list would
     * be (the JSON array ends, held table rows are written); then the exit code. */
    void interrupt(int exitCode) override;

protected:
    void executeWithGraph() override;
    void aboutToFinish() override;

private:
    /** One page, parsed, filtered and formatted on the worker. */
    struct Written
    {
        QByteArray bytes;
        qint64 devices = 0;         ///< devices the page held (before the filter)
        std::optional<Error> error; ///< the page could not be read
    };

    void onRawPage(const graph::RawPage &page, int index);
    void onWritten(int index, Written page);
    void onPagerFinished(const graph::PagerOutcome &outcome);
    void finishIfDone();
    void stopWorker();

    std::unique_ptr<DeviceListWriter> m_writer; ///< used by the worker while pages are queued
    std::unique_ptr<graph::GraphPager> m_pager;
    /** One worker thread: pages are handled in the order they arrived. */
    QThreadPool m_worker;
    std::shared_ptr<std::atomic_bool> m_stopped = std::make_shared<std::atomic_bool>(false);
    int m_queued = 0;  ///< pages handed to the worker
    int m_written = 0; ///< pages back from it
    qint64 m_loaded = 0;
    std::optional<graph::PagerOutcome> m_outcome; ///< set once the pager has finished
    std::optional<Error> m_pageError;             ///< a page that could not be read ended the list
};

} // namespace passcode::ctl
