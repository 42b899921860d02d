// SPDX-License-Identifier: GPL-3.0-or-later
// "Found at Graph's speed" (issue 12, items 4 and 5). See CMakeLists.txt for how to run it.
//
// 1. One tenant: a sandbox of --devices devices answering every Graph request after --latency-ms (a remote
//    Graph). Each round starts two loads of the whole list side by side, each into its own directory shown by
//    its own All devices page: one page with the server search (DevicesPage::setServerLookup), one without
//    (the baseline). Once the first page is on screen, the serial number of a device of the LAST page is
//    typed into both; the time until each page's model holds the row is measured (the server search's
//    200 ms debounce included). The round then checks that the list's row replaced the found one.
// 2. Several tenants: --tenants sandboxes with the same latency; the All tenants search of a serial
//    (CrossTenantSearch) on all of them at once, until every tenant answered, against each tenant searched
//    alone, summed.
#include "SandboxFixture.h"
#include "core/common/Clock.h"
#include "core/devices/DeviceDirectory.h"
#include "core/devices/DeviceDirectoryLoader.h"
#include "core/graph/GraphClient.h"
#include "engine/TenantEngine.h"
#include "ui/common/DialogPresenter.h"
#include "ui/devices/DeviceFilterModel.h"
#include "ui/devices/DevicesPage.h"
#include "ui/devices/ServerDeviceSearch.h"
#include "ui/tenants/CrossTenantSearch.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonObject>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace passcode;
using namespace Qt::StringLiterals;

namespace {

/** Waits in a local event loop, 1 ms steps; acceptable in a benchmark executable (never in production). */
bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QEventLoop loop;
        QTimer::singleShot(1, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

class NullDialogs final : public ui::DialogPresenter
{
public:
    void confirmAction(QWidget *, const ui::ConfirmRequest &, QObject *, ConfirmCallback done) override
    {
        done(std::nullopt);
    }
    void chooseExportFile(QWidget *, const QString &, QObject *, FileCallback done) override { done({}); }
    void askSessionOnlyStorage(QWidget *, const QString &, QObject *, ChoiceCallback done) override
    {
        done(false);
    }
    void openExternalUrl(const QUrl &) override {}
};

/** A sandbox with latency and an engine on it (an endpoint with the sandbox's token). */
struct Tenant
{
    Tenant(qsizetype devices, int latencyMs, const QString &seed, const QString &journal)
    {
        sandbox::SandboxOptions o;
        o.devices = devices;
        o.seed = sandbox::SandboxOptions::parseSeed(seed);
        o.throttleScale = 0;
        o.faults.latencyMs = latencyMs;
        fixture = std::make_unique<itest::SandboxFixture>(o);
        QString error;
        if (!fixture->start(&error)) {
            std::fprintf(stderr, "sandbox: %s\n", qPrintable(error));
            std::exit(2);
        }
        engine::EngineOptions options;
        options.journalPath = journal;
        options.resumeJournal = false;
        const Result<engine::TenantTarget> target =
            engine::TenantTarget::endpoint(fixture->baseUrl(), fixture->token());
        engine = std::make_unique<engine::TenantEngine>(*target, options);
        bool opened = false;
        QObject::connect(engine.get(), &engine::TenantEngine::opened, engine.get(),
                         [&opened] { opened = true; });
        engine->open();
        if (!waitFor([&] { return opened; }, 60000)) {
            std::fprintf(stderr, "engine did not open\n");
            std::exit(2);
        }
    }

    /**
     * A device of the last page of the list (the last one with a serial number): the list is read once with
     * the latency switched off, then the latency is restored.
     */
    devices::Device lastPageDevice(int latencyMs)
    {
        fixture->setFaults(QJsonObject{{u"latencyMs"_s, 0}});
        devices::DeviceDirectory all;
        devices::DeviceDirectoryLoader loader(engine->client(), all);
        loader.refresh();
        waitFor([&] { return all.loadState() != devices::DeviceDirectory::LoadState::Loading; }, 600000);
        fixture->setFaults(QJsonObject{{u"latencyMs"_s, latencyMs}});
        for (int row = all.count() - 1; row >= 0 && row >= all.count() - 1000; --row) {
            if (!all.at(row).serialNumber.isEmpty())
                return all.at(row);
        }
        std::fprintf(stderr, "no device with a serial number on the last page\n");
        std::exit(2);
    }

    std::unique_ptr<itest::SandboxFixture> fixture;
    std::unique_ptr<engine::TenantEngine> engine;
};

/** One load into its own directory, shown by its own page. */
struct PageUnderLoad
{
    PageUnderLoad(Tenant &tenant, const Clock &clock, ui::DialogPresenter &dialogs, bool serverSearch)
        : loader(tenant.engine->client(), directory)
        , page(directory, clock, dialogs)
    {
        page.setSearchDelay(std::chrono::milliseconds(0));
        if (serverSearch)
            page.setServerLookup(tenant.engine->client(), directory);
        page.resize(1200, 700);
        page.show();
    }
    bool shows(const QString &id) const
    {
        const int row = directory.rowOf(id);
        return row >= 0 && page.filterModel()->proxyRowOf(row) >= 0;
    }

    devices::DeviceDirectory directory;
    devices::DeviceDirectoryLoader loader;
    ui::DevicesPage page;
};

void benchOneTenant(qsizetype devices, int latencyMs, int rounds, const QString &journal)
{
    Tenant tenant(devices, latencyMs, u"12"_s, journal);
    const devices::Device target = tenant.lastPageDevice(latencyMs);
    std::printf("one tenant: %lld devices, %d ms per Graph request, pages of 1000; typing the serial %s\n",
                static_cast<long long>(devices), latencyMs, qPrintable(target.serialNumber));
    std::fflush(stdout);
    const SystemClock clock;
    NullDialogs dialogs;
    std::vector<double> withLookup;
    std::vector<double> baseline;
    for (int round = 0; round < rounds; ++round) {
        PageUnderLoad fast(tenant, clock, dialogs, true);
        PageUnderLoad slow(tenant, clock, dialogs, false);
        fast.loader.refresh();
        slow.loader.refresh();
        waitFor([&] { return fast.directory.count() > 0 && slow.directory.count() > 0; }, 60000);
        QElapsedTimer typed;
        typed.start();
        fast.page.searchEdit()->setText(target.serialNumber);
        slow.page.searchEdit()->setText(target.serialNumber);
        double fastMs = -1;
        double slowMs = -1;
        int loadedThen = 0; ///< how far the list was when the server search showed the row
        bool loading = false;
        waitFor(
            [&] {
                if (fastMs < 0 && fast.shows(target.id)) {
                    fastMs = double(typed.nsecsElapsed()) / 1e6;
                    loadedThen = fast.directory.loadedCount();
                    loading = fast.directory.loadState() == devices::DeviceDirectory::LoadState::Loading;
                }
                if (slowMs < 0 && slow.shows(target.id))
                    slowMs = double(typed.nsecsElapsed()) / 1e6;
                return fastMs >= 0 && slowMs >= 0;
            },
            600000);
        waitFor([&] { return fast.directory.loadState() != devices::DeviceDirectory::LoadState::Loading; },
                600000);
        std::printf("  round %d: with the server search %8.1f ms (list at %d of %lld, %s)   without %9.1f ms"
                    "   | after the load: %d rows, %d flagged found, shown %d time(s)\n",
                    round + 1, fastMs, loadedThen, static_cast<long long>(devices),
                    loading ? "still loading" : "load over", slowMs, fast.directory.count(),
                    fast.directory.foundCount(), fast.page.filterModel()->rowCount());
        std::fflush(stdout);
        withLookup.push_back(fastMs);
        baseline.push_back(slowMs);
    }
    std::printf("  median of %d rounds: with the server search %.1f ms, without %.1f ms (%.0fx)\n", rounds,
                median(withLookup), median(baseline), median(baseline) / std::max(1.0, median(withLookup)));
}

double searchOnce(const ui::TenantHandles &handles, const QString &text, int *found = nullptr)
{
    ui::CrossTenantSearch search;
    search.setTenants(handles);
    bool done = false;
    QObject::connect(&search, &ui::CrossTenantSearch::finished, &search, [&done] { done = true; });
    QElapsedTimer t;
    t.start();
    search.search(text);
    waitFor([&] { return done; }, 60000);
    const double ms = double(t.nsecsElapsed()) / 1e6;
    if (found) {
        *found = 0;
        for (int i = 0; i < handles.size(); ++i)
            *found += search.status(i).found;
    }
    return ms;
}

void benchTenants(int count, qsizetype devices, int latencyMs, int rounds, const QTemporaryDir &scratch)
{
    std::vector<std::unique_ptr<Tenant>> tenants;
    ui::TenantHandles handles;
    for (int i = 0; i < count; ++i) {
        tenants.push_back(std::make_unique<Tenant>(devices, latencyMs, QString::number(100 + i),
                                                   scratch.filePath(u"journal-%1.json"_s.arg(i))));
        ui::TenantHandle h;
        h.id = u"tenant-%1"_s.arg(i);
        h.name = u"Tenant %1"_s.arg(i + 1);
        h.client = &tenants.back()->engine->client();
        h.directory = &tenants.back()->engine->directory();
        handles.append(h);
    }
    // A serial of the first tenant: every tenant runs the same two queries (serialNumber eq, contains(name)).
    const QString text = tenants.front()->lastPageDevice(latencyMs).serialNumber;
    std::printf("%d tenants: %lld devices each, %d ms per Graph request, lists not loaded; searching %s\n",
                count, static_cast<long long>(devices), latencyMs, qPrintable(text));
    std::vector<double> all;
    std::vector<double> sums;
    for (int round = 0; round < rounds; ++round) {
        int found = 0;
        const double together = searchOnce(handles, text, &found);
        double sum = 0;
        for (const ui::TenantHandle &h : std::as_const(handles))
            sum += searchOnce({h}, text);
        std::printf("  round %d: all tenants at once %7.1f ms (%d found)   each alone, summed %7.1f ms\n",
                    round + 1, together, found, sum);
        all.push_back(together);
        sums.push_back(sum);
    }
    std::printf("  median of %d rounds: all at once %.1f ms, sum of single-tenant searches %.1f ms\n", rounds,
                median(all), median(sums));
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"passcode.*.info=false\nqt.qpa.*=false"_s);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption devicesOption(u"devices"_s, u"Devices of the tenant (default 100000)."_s, u"n"_s,
                                           u"100000"_s);
    const QCommandLineOption latencyOption(u"latency-ms"_s, u"Server time per Graph request (default 300)."_s,
                                           u"ms"_s, u"300"_s);
    const QCommandLineOption roundsOption(u"rounds"_s, u"Rounds of the one-tenant measure (default 3)."_s,
                                          u"n"_s, u"3"_s);
    const QCommandLineOption tenantsOption(u"tenants"_s, u"Tenants of the All tenants measure (default 3)."_s,
                                           u"n"_s, u"3"_s);
    parser.addOptions({devicesOption, latencyOption, roundsOption, tenantsOption});
    parser.process(app);
    const qsizetype devices = parser.value(devicesOption).toLongLong();
    const int latency = parser.value(latencyOption).toInt();
    const int rounds = std::max(1, parser.value(roundsOption).toInt());
    QTemporaryDir scratch;
    benchOneTenant(devices, latency, rounds, scratch.filePath(u"journal.json"_s));
    benchTenants(std::max(1, parser.value(tenantsOption).toInt()), std::min<qsizetype>(devices, 5000),
                 latency, std::max(3, rounds), scratch);
    return 0;
}
