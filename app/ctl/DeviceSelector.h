// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DeviceListFile.h"

#include "core/common/Error.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <variant>

namespace passcode::graph {
class GraphBatch;
class GraphPager;
struct PagerOutcome;
struct RawPage;
} // namespace passcode::graph

namespace passcode::ctl {

class CtlSession;

/** The devices a bulk reset chose: ids to plan, and the entries that named no single device. */
struct DeviceSelection
{
    enum class Problem
    {
        NotFound,  ///< no device has this name or serial number
        Ambiguous, ///< several devices have it: name one by its id
    };
    struct Unresolved
    {
        DeviceEntry entry;
        Problem problem = Problem::NotFound;
        QStringList candidates; ///< Ambiguous: the ids that match
    };

    /** Device ids, each once, in the order they were first named (ids given as such are not checked here:
     * the planner reads each one and reports those that do not exist). */
    QStringList ids;
    /** Names known from the selection (id -> deviceName), for reports before the plan reads the devices. */
    QHash<QString, QString> names;
    QList<Unresolved> unresolved;
    /** Entries that named a device chosen already (by another entry or --all-matching). */
    int duplicates = 0;
};

/**
 * Turns the devices a bulk reset names into device ids: entries (command-line arguments, --from-file lines)
 * and --all-matching. An entry shaped like an id is taken as one; any other is looked up as an exact
 * deviceName, then serialNumber (as `devices show` does), both through $batch (20 lookups a request), so a
 * file of hundreds of names costs tens of requests. --all-matching reads the device list with the request
 * and the filter of `devices list --filter TEXT --platform P` (DevicesListCommand). @p done is called once,
 * with the selection or with the service's error that stopped it.
 */
class DeviceSelector final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceSelector)

public:
    using Result = std::variant<DeviceSelection, Error>;

    DeviceSelector(CtlSession &session, int pageSize, QObject *parent = nullptr);
    ~DeviceSelector() override;

    /** Starts; @p done follows (always from the event loop). */
    void select(QList<DeviceEntry> entries, std::optional<QString> allMatching, QString platform,
                std::function<void(Result)> done);

private:
    void lookUpNames();
    void onLookupsFinished();
    void listMatching();
    void onPage(const graph::RawPage &page);
    void onPagerFinished(const graph::PagerOutcome &outcome);
    void add(const QString &id, const QString &name);
    void end(Result result);

    CtlSession &m_session;
    int m_pageSize;
    QList<DeviceEntry> m_entries;
    std::optional<QString> m_allMatching;
    QString m_platform;
    std::function<void(Result)> m_done;
    DeviceSelection m_selection;
    /** Entries looked up by name/serial: their index in m_entries, two requests each (name, serial). */
    QList<int> m_lookedUp;
    std::unique_ptr<graph::GraphBatch> m_batch;
    std::unique_ptr<graph::GraphPager> m_pager;
    std::optional<Error> m_pageError;
};

} // namespace passcode::ctl
