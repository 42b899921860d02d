// SPDX-License-Identifier: GPL-3.0-or-later
// All devices page benchmark (issue 5, item 8). See CMakeLists.txt for how to run it.
//
// 1. Load: an embedded sandbox tenant of --devices devices, read through GraphClient + DeviceDirectoryLoader
// into
//    a DeviceDirectory (the console's own path).
// 2. Keystrokes: the real DevicesPage, shown on the offscreen platform. For typed queries, each prefix is one
//    keystroke: set the search text, then let the event loop lay out and paint the table. Median and p95 per
//    keystroke, for the page's DeviceFilterModel and for a QSortFilterProxyModel baseline given the same
//    precomputed keys (filterAcceptsRow on a key vector + invalidateFilter), both with the table sorted.
// 3. Sorting: each column ascending and descending, on all rows: the time from the click until the sorted
//    order is applied and painted, and the longest the UI thread stalled meanwhile (the longest gap between
//    ticks of a 1 ms timer, or the click itself). Large sorts run on the model's worker thread;
//    --sort-threshold sets the model's background sort threshold (a huge value sorts on the UI thread).
// 4. Launch: passcode-console --sandbox --devices N --report-first-rows, --launches times: from process start
// to
//    the first paint of the table with rows (the console's own measurement) and the wall time seen from here.
#include "core/common/Clock.h"
#include "core/devices/DeviceDirectory.h"
#include "core/devices/DeviceDirectoryLoader.h"
#include "engine/TenantEngine.h"
#include "ui/common/DialogPresenter.h"
#include "ui/devices/DeviceFilterModel.h"
#include "ui/devices/DeviceTableModel.h"
#include "ui/devices/DevicesPage.h"
#include "ui/devices/PasscodeActionCell.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHeaderView>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <vector>

using namespace passcode;

namespace {

/** Waits in a local event loop; acceptable in a benchmark executable (never in production code). */
void waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < timeoutMs) {
        QEventLoop loop;
        QTimer::singleShot(5, &loop, &QEventLoop::quit);
        loop.exec();
    }
}

void settle()
{
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
}

/** Wall and UI-thread CPU time of one measured step (the CPU figure is robust on a busy machine). */
class StepTimer
{
public:
    void start()
    {
        m_wall.start();
        m_cpu = cpuNs();
    }
    double wallMs() const { return double(m_wall.nsecsElapsed()) / 1e6; }
    double cpuMs() const { return double(cpuNs() - m_cpu) / 1e6; }

private:
    static qint64 cpuNs()
    {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
    }
    QElapsedTimer m_wall;
    qint64 m_cpu = 0;
};

struct Stats
{
    double median = 0;
    double p95 = 0;
    double max = 0;
    int count = 0;
};

Stats stats(std::vector<double> v)
{
    Stats s;
    if (v.empty())
        return s;
    std::sort(v.begin(), v.end());
    s.count = static_cast<int>(v.size());
    s.median = v[v.size() / 2];
    s.p95 = v[std::min(v.size() - 1, static_cast<std::size_t>(double(v.size()) * 0.95))];
    s.max = v.back();
    return s;
}

void print(const char *what, const Stats &s)
{
    std::printf("  %-50s median %7.2f ms   p95 %7.2f ms   max %7.2f ms   (n=%d)\n", what, s.median, s.p95,
                s.max, s.count);
    std::fflush(stdout);
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

/** The baseline: QSortFilterProxyModel with the same precomputed keys, filtered by invalidateFilter(). */
class BaselineProxy final : public QSortFilterProxyModel
{
public:
    explicit BaselineProxy(const devices::DeviceDirectory &directory)
        : m_directory(directory)
    {
        setSortRole(ui::DeviceTableModel::SortRole);
    }
    void rebuildKeys()
    {
        m_keys.clear();
        m_keys.reserve(static_cast<std::size_t>(m_directory.count()));
        for (int row = 0; row < m_directory.count(); ++row)
            m_keys.push_back(ui::DeviceFilterModel::searchKey(m_directory.at(row)));
    }
    void setNeedle(const QString &needle)
    {
        m_needle = needle.toCaseFolded();
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &) const override
    {
        return m_needle.isEmpty() || m_keys[static_cast<std::size_t>(sourceRow)].contains(m_needle);
    }
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        return ui::DeviceTableModel::compare(m_directory.at(left.row()), m_directory.at(right.row()),
                                             left.column()) < 0;
    }

private:
    const devices::DeviceDirectory &m_directory;
    std::vector<QString> m_keys;
    QString m_needle;
};

/** Devices shaped like the sandbox's (for --synthetic). */
QList<devices::Device> syntheticDevices(qsizetype first, qsizetype count)
{
    static const QStringList models{QStringLiteral("Pixel 8"),     QStringLiteral("Galaxy A54"),
                                    QStringLiteral("iPhone 15"),   QStringLiteral("iPad Air"),
                                    QStringLiteral("ThinkPad X1"), QStringLiteral("Surface Pro")};
    static const QStringList oses{QStringLiteral("Android"), QStringLiteral("Android"),
                                  QStringLiteral("iOS"),     QStringLiteral("iPadOS"),
                                  QStringLiteral("Windows"), QStringLiteral("Windows")};
    QList<devices::Device> out;
    for (qsizetype n = first; n < first + count; ++n) {
        devices::Device d;
        const int kind = int(n % 6);
        d.id = QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
        d.deviceName =
            kind >= 2 && kind <= 3
                ? QStringLiteral("iPhone de User%1").arg(n % 5000)
                : QStringLiteral("DEV-%1").arg(n * 7919 % 1000003, 7, 16, QLatin1Char('0')).toUpper();
        d.operatingSystem = oses.at(kind);
        d.osVersion = QStringLiteral("%1.%2").arg(10 + n % 7).arg(n % 3);
        d.model = models.at(kind);
        d.manufacturer = QStringLiteral("Maker");
        d.managementAgent = QStringLiteral("mdm");
        d.enrollmentType = kind < 2 ? devices::EnrollmentType::AndroidEnterpriseFullyManaged
                                    : devices::EnrollmentType::AppleBulkWithUser;
        d.ownership = n % 3 ? devices::Ownership::Company : devices::Ownership::Personal;
        d.compliance = n % 7 ? devices::ComplianceState::Compliant : devices::ComplianceState::Noncompliant;
        d.userPrincipalName = QStringLiteral("user%1@contoso-sandbox.onmicrosoft.com").arg(n % 20000);
        d.serialNumber =
            QStringLiteral("SN%1").arg(n * 104729 % 100000007, 9, 36, QLatin1Char('0')).toUpper();
        d.imei = QStringLiteral("35%1").arg(n * 15485863LL % 10000000000000LL, 13, 10, QLatin1Char('0'));
        d.lastSyncDateTime = QDateTime::currentDateTimeUtc().addSecs(-(n * 37 % 2000000));
        out.append(d);
    }
    return out;
}

QStringList typedQueries(const devices::DeviceDirectory &directory)
{
    // Realistic lookups: a model, a user, a partial serial, a name prefix, a partial IMEI.
    const devices::Device &a = directory.at(directory.count() / 3);
    const devices::Device &b = directory.at(directory.count() / 2);
    QStringList queries{QStringLiteral("pixel"), a.userPrincipalName.section(u'@', 0, 0),
                        b.serialNumber.mid(2, 6), QStringLiteral("iphone de"), b.imei.mid(4, 7)};
    queries.removeAll(QString());
    return queries;
}

struct Samples
{
    std::vector<double> wall;
    std::vector<double> cpu;
};

Samples typeQueries(const QStringList &queries, const std::function<void(const QString &)> &apply)
{
    Samples samples;
    StepTimer t;
    const auto step = [&](const QString &text) {
        t.start();
        apply(text);
        settle();
        samples.wall.push_back(t.wallMs());
        samples.cpu.push_back(t.cpuMs());
    };
    for (const QString &query : queries) {
        for (qsizetype n = 1; n <= query.size(); ++n)
            step(query.left(n));
        // Deleting the query, key by key, widens again.
        for (qsizetype n = query.size() - 1; n >= 0; --n)
            step(query.left(n));
    }
    return samples;
}

void printBoth(const char *what, const Samples &samples)
{
    const QByteArray wall = QByteArray(what) + " (wall)";
    const QByteArray cpu = QByteArray(what) + " (UI-thread CPU)";
    print(wall.constData(), stats(samples.wall));
    print(cpu.constData(), stats(samples.cpu));
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("passcode.*.info=false"));
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("devices"), QStringLiteral("Tenant size."), QStringLiteral("N"),
                      QStringLiteral("100000")});
    parser.addOption({QStringLiteral("launches"), QStringLiteral("Console launches to time (0: none)."),
                      QStringLiteral("N"), QStringLiteral("5")});
    parser.addOption(
        {QStringLiteral("synthetic"),
         QStringLiteral("Fill the directory with generated devices instead of loading from the sandbox "
                        "(quick runs and profiling).")});
    parser.addOption({QStringLiteral("only-typing"), QStringLiteral("Measure the keystrokes only.")});
    parser.addOption({QStringLiteral("only-sort"), QStringLiteral("Measure the sorting only.")});
    parser.addOption(
        {QStringLiteral("no-baseline"), QStringLiteral("Skip the QSortFilterProxyModel baseline.")});
    parser.addOption(
        {QStringLiteral("sort-threshold"),
         QStringLiteral("Rows from which the model sorts on its worker thread (the model's default "
                        "if not set; 2147483647: always on the UI thread)."),
         QStringLiteral("rows")});
    parser.addOption({QStringLiteral("console"), QStringLiteral("passcode-console to launch."),
                      QStringLiteral("path"), QStringLiteral(PASSCODE_CONSOLE_PATH)});
    parser.process(app);
    const qsizetype deviceCount = parser.value(QStringLiteral("devices")).toLongLong();
    const int launches = parser.value(QStringLiteral("launches")).toInt();

    std::printf("bench_ui: %lld devices\n", static_cast<long long>(deviceCount));

    // 1. Load through the console's path: its engine over the embedded sandbox tenant.
    engine::SandboxSpec spec;
    spec.devices = deviceCount;
    spec.throttleScale = 0;
    QTemporaryDir scratch;
    engine::EngineOptions engineOptions;
    engineOptions.journalPath = scratch.filePath(QStringLiteral("journal.json"));
    engine::TenantEngine tenant(engine::TenantTarget::embeddedSandbox(spec), engineOptions);
    bool opened = false;
    QObject::connect(&tenant, &engine::TenantEngine::opened, &tenant, [&opened] { opened = true; });
    QObject::connect(&tenant, &engine::TenantEngine::failed, &tenant, [](const Error &e) {
        std::fprintf(stderr, "engine: %s\n", qPrintable(e.message));
        std::exit(1);
    });
    tenant.open();
    waitFor([&] { return opened; }, 60000);
    const Clock &clock = tenant.clock();
    devices::DeviceDirectory &directory = tenant.directory();
    devices::DeviceDirectoryLoader &loader = tenant.loader();

    NullDialogs dialogs;
    ui::DevicesPage page(directory, clock, dialogs);
    page.setTracker(&tenant.tracker()); // as the console does: the Passcode action column follows it
    if (parser.isSet(QStringLiteral("sort-threshold")))
        page.filterModel()->setBackgroundSortThreshold(
            parser.value(QStringLiteral("sort-threshold")).toInt());
    page.setSearchDelay(std::chrono::milliseconds(0)); // measure every keystroke's full cost
    page.resize(1200, 720);
    page.show();

    QElapsedTimer loadTimer;
    loadTimer.start();
    qint64 firstRowsMs = -1;
    QObject::connect(&directory, &devices::DeviceDirectory::appended, &page, [&] {
        if (firstRowsMs < 0)
            firstRowsMs = loadTimer.elapsed();
    });
    if (parser.isSet(QStringLiteral("synthetic"))) {
        directory.beginLoad();
        for (qsizetype first = 0; first < deviceCount; first += 1000)
            directory.appendDevices(syntheticDevices(first, std::min<qsizetype>(1000, deviceCount - first)));
        directory.finishLoad(devices::DeviceDirectory::LoadState::Complete);
    } else {
        loader.refresh();
        waitFor([&] { return directory.loadState() == devices::DeviceDirectory::LoadState::Complete; },
                600000);
    }
    const qint64 loadMs = loadTimer.elapsed();
    if (directory.count() != deviceCount) {
        std::fprintf(stderr, "loaded %d of %lld devices\n", directory.count(),
                     static_cast<long long>(deviceCount));
        return 1;
    }
    settle();
    std::printf("load into the shown page: first rows after %lld ms, all %d after %lld ms\n",
                static_cast<long long>(firstRowsMs), directory.count(), static_cast<long long>(loadMs));
    {
        // What the Passcode action column adds to the load: its cell computed once per device (best of 3).
        qint64 bestNs = std::numeric_limits<qint64>::max();
        int available = 0;
        for (int round = 0; round < 3; ++round) {
            QElapsedTimer cells;
            cells.start();
            available = 0;
            const eligibility::EvaluationContext context;
            for (int row = 0; row < directory.count(); ++row)
                available +=
                    ui::PasscodeCells::availability(ui::PasscodeCells::compute(directory.at(row), context)) ==
                    ui::PasscodeAvailability::Available;
            bestNs = std::min(bestNs, cells.nsecsElapsed());
        }
        std::printf("Passcode action cells of all %d devices: %.1f ms (%d with an action available)\n",
                    directory.count(), double(bestNs) / 1e6, available);
    }

    const bool onlySort = parser.isSet(QStringLiteral("only-sort"));
    // 2. Keystrokes on the page (sorted by device name, the page's default).
    const QStringList queries = typedQueries(directory);
    std::printf("typed queries: %s\n", qPrintable(queries.join(QStringLiteral(" | "))));
    if (!onlySort) {
        std::printf("per keystroke (filter + layout + paint of the shown table):\n");
        printBoth("DeviceFilterModel",
                  typeQueries(queries, [&](const QString &text) { page.searchEdit()->setText(text); }));

        Samples filterOnly;
        {
            StepTimer t;
            for (const QString &query : queries) {
                for (qsizetype n = 1; n <= query.size(); ++n) {
                    t.start();
                    page.filterModel()->setSearchText(query.left(n));
                    filterOnly.wall.push_back(t.wallMs());
                    filterOnly.cpu.push_back(t.cpuMs());
                }
                page.filterModel()->setSearchText(QString());
            }
            page.searchEdit()->clear();
            settle();
        }
        printBoth("model only, typing", filterOnly);

        if (!parser.isSet(QStringLiteral("no-baseline"))) {
            QTableView view;
            view.resize(1200, 720);
            view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
            BaselineProxy baseline(directory);
            baseline.setSourceModel(page.tableModel());
            baseline.rebuildKeys();
            view.setModel(&baseline);
            view.setSortingEnabled(true);
            view.sortByColumn(ui::DeviceTableModel::DeviceName, Qt::AscendingOrder);
            view.show();
            settle();
            // The baseline is slow: one query is enough to show it.
            printBoth("QSortFilterProxyModel baseline",
                      typeQueries({queries.first()}, [&](const QString &text) { baseline.setNeedle(text); }));
        }
    }

    if (parser.isSet(QStringLiteral("only-typing")))
        return 0;

    // 3. Sorting all rows.
    std::printf("sort all rows (click to the sorted rows painted; the longest UI-thread stall meanwhile):\n");
    std::vector<double> allStalls;
    {
        // The page starts sorted by device name: start from another order so that every sort below is real.
        QEventLoop loop;
        QObject::connect(page.filterModel(), &ui::DeviceFilterModel::sortApplied, &loop, &QEventLoop::quit);
        page.view()->sortByColumn(ui::DeviceTableModel::LastCheckIn, Qt::DescendingOrder);
        if (page.filterModel()->isSorting())
            loop.exec();
        settle();
    }
    for (int column = 0; column < ui::DeviceTableModel::ColumnCount; ++column) {
        Samples samples;
        std::vector<double> stalls;
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            StepTimer t;
            QElapsedTimer clockNs;
            QEventLoop loop;
            QTimer ticker;
            ticker.setTimerType(Qt::PreciseTimer);
            ticker.setInterval(1);
            bool applied = false;
            int ticksAfter = 0;
            qint64 lastTick = 0;
            qint64 longest = 0;
            QObject::connect(&ticker, &QTimer::timeout, &loop, [&] {
                const qint64 now = clockNs.nsecsElapsed();
                longest = std::max(longest, now - lastTick);
                lastTick = now;
                // Two ticks after the order is applied: its layout and paint ran in between.
                if (applied && ++ticksAfter >= 2)
                    loop.quit();
            });
            const QMetaObject::Connection done =
                QObject::connect(page.filterModel(), &ui::DeviceFilterModel::sortApplied, &loop,
                                 [&](int appliedColumn, Qt::SortOrder appliedOrder) {
                                     applied = appliedColumn == column && appliedOrder == order;
                                 });
            if (page.filterModel()->sortColumn() == column && page.filterModel()->sortOrder() == order)
                continue; // nothing to sort
            t.start();
            clockNs.start();
            page.view()->sortByColumn(column, order);
            longest = clockNs.nsecsElapsed(); // the click itself runs on the UI thread
            lastTick = longest;
            ticker.start();
            loop.exec();
            QObject::disconnect(done);
            samples.wall.push_back(t.wallMs());
            samples.cpu.push_back(t.cpuMs());
            stalls.push_back(double(longest) / 1e6);
        }
        allStalls.insert(allStalls.end(), stalls.begin(), stalls.end());
        const QByteArray title = ui::DeviceTableModel::columnTitle(column).toUtf8();
        printBoth(title.constData(), samples);
        print(QByteArray(title + " (longest UI stall)").constData(), stats(stalls));
    }
    print("all columns: longest UI stall during a sort", stats(allStalls));

    // 4. Launch to first rows.
    if (launches > 0) {
        std::printf("launch to first rows on screen (passcode-console --sandbox --devices %lld):\n",
                    static_cast<long long>(deviceCount));
        std::vector<double> inside;
        std::vector<double> outside;
        for (int i = 0; i < launches; ++i) {
            QProcess console;
            QElapsedTimer t;
            t.start();
            console.start(parser.value(QStringLiteral("console")),
                          {QStringLiteral("--sandbox"), QStringLiteral("--devices"),
                           QString::number(deviceCount), QStringLiteral("--report-first-rows"),
                           QStringLiteral("--lang"), QStringLiteral("en")});
            if (!console.waitForFinished(120000)) {
                std::fprintf(stderr, "the console did not finish\n");
                console.kill();
                return 1;
            }
            outside.push_back(double(t.nsecsElapsed()) / 1e6);
            const QByteArray out = console.readAllStandardOutput();
            const qsizetype at = out.indexOf("first-rows-ms=");
            if (at < 0) {
                std::fprintf(stderr, "no report from the console: %s\n",
                             console.readAllStandardError().constData());
                return 1;
            }
            inside.push_back(out.mid(at + 14).split(' ').first().toDouble());
        }
        print("from main() to the first painted rows", stats(inside));
        print("from process start to its exit (wall)", stats(outside));
    }
    return 0;
}
