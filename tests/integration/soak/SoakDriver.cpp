// SPDX-License-Identifier: GPL-3.0-or-later
#include "SoakDriver.h"

#include "core/actions/ActionJournal.h"
#include "core/actions/ActionService.h"
#include "core/actions/ActionTracker.h"
#include "core/actions/BulkPlanner.h"
#include "core/actions/BulkRun.h"
#include "core/auth/SignedInTokenProvider.h"
#include "core/devices/DeviceDirectory.h"
#include "core/devices/DeviceDirectoryLoader.h"
#include "core/eligibility/PasscodeRules.h"
#include "core/graph/GraphClient.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QEventLoop>
#include <QSignalSpy>
#include <QTimer>

#include <algorithm>
#include <iostream>

namespace passcode::soak {
namespace {

int envInt(const char *name, int fallback, int min, int max)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok ? std::clamp(v, min, max) : fallback;
}

/** Runs the event loop (a real one: network events are handled as they come) until @p done or the timeout. */
bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    poll.start();
    deadline.start(timeoutMs);
    loop.exec();
    return done();
}

bool answered(actions::ActionState s)
{
    return s != actions::ActionState::Requested && s != actions::ActionState::Sent;
}

} // namespace

SoakSettings SoakSettings::fromEnvironment()
{
    SoakSettings s;
    if (qEnvironmentVariableIsSet("PASSCODE_SOAK_SEED"))
        s.seed = qEnvironmentVariable("PASSCODE_SOAK_SEED").toUInt();
    s.seconds = envInt("PASSCODE_SOAK_SECONDS", s.seconds, 1, 7 * 24 * 3600);
    // Every device gets one action at most: a long soak needs a larger tenant (up to 25 actions a second,
    // and about half the devices have a passcode action).
    s.devices = envInt("PASSCODE_SOAK_DEVICES", s.seconds <= 60 ? 2000 : std::min(150000, s.seconds * 60),
                       200, 200000);
    s.bulk = envInt("PASSCODE_SOAK_BULK", s.bulk, 1, 1000);
    s.singles = envInt("PASSCODE_SOAK_SINGLES", s.singles, 0, 100);
    s.followSeconds = envInt("PASSCODE_SOAK_FOLLOW_SECONDS", s.followSeconds, 0, 3600);
    if (qEnvironmentVariableIsSet("PASSCODE_SOAK_TARGET"))
        s.target = qEnvironmentVariable("PASSCODE_SOAK_TARGET");
    return s;
}

QString SoakSettings::describe() const
{
    return QStringLiteral("PASSCODE_SOAK_SEED=%1 PASSCODE_SOAK_SECONDS=%2 PASSCODE_SOAK_DEVICES=%3 "
                          "PASSCODE_SOAK_BULK=%4 PASSCODE_SOAK_SINGLES=%5 PASSCODE_SOAK_FOLLOW_SECONDS=%6 "
                          "PASSCODE_SOAK_TARGET=%7")
        .arg(seed)
        .arg(seconds)
        .arg(devices)
        .arg(bulk)
        .arg(singles)
        .arg(followSeconds)
        .arg(target);
}

SoakDriver::SoakDriver(SoakSettings settings, QString folder)
    : m_settings(settings)
    , m_folder(std::move(folder))
    , m_rng(settings.seed)
{}

SoakDriver::~SoakDriver()
{
    m_engine.reset();
    m_auth.reset();
}

QString SoakDriver::technician() const
{
    return m_auth ? m_auth->account().username : QString();
}

bool SoakDriver::waitOrHang(const std::function<bool()> &done, int timeoutMs, const QString &what)
{
    if (waitFor(done, timeoutMs))
        return true;
    m_figures.hangs.append(what);
    ADD_FAILURE() << "hang: " << what.toStdString() << " did not end within " << timeoutMs / 1000 << " s";
    return false;
}

bool SoakDriver::start()
{
    sandbox::SandboxOptions o;
    o.devices = m_settings.devices;
    o.seed = m_settings.seed;
    o.timeScale = 60;       // a device checks in within 0.5 to 5 s, its action runs for 0.1 to 1 s
    o.throttleScale = 0.25; // per app: 50 writes, 500 requests a window
    o.throttleWindowMs = 1000;
    o.recordSecrets = true;
    m_sandbox = std::make_unique<itest::SandboxFixture>(o);
    QString error;
    if (!m_sandbox->start(&error)) {
        ADD_FAILURE() << "the sandbox did not start: " << error.toStdString();
        return false;
    }

    // The technician signs in as passcodectl login does: device code, approved by the "user".
    m_qsettings = std::make_unique<QSettings>(QDir(m_folder).filePath(QStringLiteral("settings.ini")),
                                              QSettings::IniFormat);
    m_tenantSettings = std::make_unique<auth::TenantSettings>(m_qsettings.get());
    m_tenantSettings->setTenant(m_sandbox->host().tenantId());
    m_tenantSettings->setClientId(QStringLiteral("passcode-soak"));
    m_tenantSettings->setLoginUrlOverride(m_sandbox->baseUrl());
    m_tenantSettings->setGraphUrlOverride(m_sandbox->baseUrl());
    m_auth = std::make_unique<auth::AuthSession>(m_network, *m_tenantSettings, m_secretStore, m_clock);
    m_auth->setDeviceCodeSecondMs(20);
    QSignalSpy prompts(m_auth.get(), &auth::AuthSession::deviceCodeReady);
    m_auth->signInWithDeviceCode();
    if (!prompts.wait(20000)) {
        ADD_FAILURE() << "no device code";
        return false;
    }
    const auto prompt = prompts.first().first().value<auth::DeviceCodePrompt>();
    m_sandbox->call("POST", QStringLiteral("/sandbox/devicecode/approve"),
                    QJsonObject{{QStringLiteral("user_code"), prompt.userCode}});
    if (!waitOrHang([this] { return m_auth->state() == auth::AuthSession::State::SignedIn; }, 20000,
                    QStringLiteral("the sign-in")))
        return false;
    auth::SignedInTokenProvider &tokens = m_auth->tokenProvider();
    QObject::connect(&tokens, &auth::TokenProvider::tokenRefreshed, &tokens,
                     [this] { ++m_figures.tokenRefreshes; });
    QObject::connect(&tokens, &auth::TokenProvider::refreshFailed, &tokens,
                     [this] { ++m_figures.tokenRefreshFailures; });
    return true;
}

bool SoakDriver::switchFaultsOn()
{
    // Every fault at once, on every Graph request (and $batch item where it applies; with
    // PASSCODE_SOAK_TARGET=all on Entra ID's too). About one request in eight is faulted, plus a 300 ms storm
    // of 429s every 4 s, plus the sandbox's own throttling, plus tokens that die after 4 s.
    return m_sandbox->setFaults(QJsonObject{
        {QStringLiteral("reset"), true},
        {QStringLiteral("target"), m_settings.target},
        {QStringLiteral("latencyMs"), 2},
        {QStringLiteral("latencyJitterMs"), 25},
        {QStringLiteral("errorRate"), 0.04},
        {QStringLiteral("errorStatuses"), QJsonArray{500, 502, 503, 504}},
        {QStringLiteral("retryAfterSeconds"), 0.4},
        {QStringLiteral("intuneErrorRate"), 0.02},
        {QStringLiteral("dropRate"), 0.015},
        {QStringLiteral("truncateRate"), 0.015},
        {QStringLiteral("malformedRate"), 0.015},
        {QStringLiteral("stormEveryMs"), 4000},
        {QStringLiteral("stormMs"), 300},
        {QStringLiteral("tokenEarlyExpirySeconds"), 4},
    });
}

bool SoakDriver::openEpoch()
{
    ++m_figures.epochs;
    const QString dir = QDir(m_folder).filePath(QStringLiteral("epoch-%1").arg(m_figures.epochs));
    QDir().mkpath(dir);
    engine::EngineOptions o;
    o.journalPath = QDir(dir).filePath(QStringLiteral("journal.json"));
    o.resumeJournal = false;
    o.tenantName = QStringLiteral("Contoso Sandbox (soak)");
    graph::RetryPolicy retry; // the production policy on a faster clock; Retry-After honoured as sent
    retry.maxAttempts = 6;
    retry.baseDelayMs = 50;
    retry.maxDelayMs = 1000;
    retry.maxTotalWaitMs = 30000;
    o.retry = retry;
    o.requestTimeoutMs = 15000;
    actions::PollPolicy polls;
    polls.firstDelayMs = 300;
    polls.maxDelayMs = 1500;
    polls.coalesceMs = 100;
    polls.unknownGiveUpMs = 4000;
    polls.requestTimeoutMs = 15000;
    o.pollPolicy = polls;
    o.maxWrites = 40; // the sandbox allows 50 a window
    o.writeWindowMs = 1000;
    m_journals.append(o.journalPath);

    const Result<auth::CloudEndpoints> endpoints = m_tenantSettings->endpoints();
    if (!endpoints) {
        ADD_FAILURE() << endpoints.error().toDisplayString().toStdString();
        return false;
    }
    const Result<engine::TenantTarget> target = engine::TenantTarget::signedIn(
        *endpoints, m_tenantSettings->tenant(), m_auth->tokenProvider(), m_auth->account().username);
    if (!target) {
        ADD_FAILURE() << target.error().toDisplayString().toStdString();
        return false;
    }
    m_engine = std::make_unique<engine::TenantEngine>(*target, o);
    bool opened = false;
    QObject::connect(m_engine.get(), &engine::TenantEngine::opened, m_engine.get(),
                     [&opened] { opened = true; });
    m_engine->open();
    if (!waitOrHang([&opened] { return opened; }, 20000, QStringLiteral("opening the engine")))
        return false;

    engine::TenantEngine *e = m_engine.get();
    QObject::connect(&e->client(), &graph::GraphClient::authenticationFailed, e,
                     [this] { ++m_figures.authenticationFailures; });
    QObject::connect(&e->service(), &actions::ActionService::sendFailed, e,
                     [this] { ++m_figures.sendFailures; });
    QObject::connect(&e->service(), &actions::ActionService::pollError, e,
                     [this] { ++m_figures.pollErrors; });
    QObject::connect(&e->service(), &actions::ActionService::journalError, e,
                     [this] { ++m_figures.journalErrors; });
    QObject::connect(&e->tracker(), &actions::ActionTracker::stateChanged, e,
                     [this](const actions::ActionKey &key, actions::ActionState, actions::ActionState to) {
                         if (to == actions::ActionState::Requested)
                             m_epochKeys.insert(key);
                     });
    QObject::connect(&e->tracker(), &actions::ActionTracker::passcodeAvailable, e,
                     [this] { ++m_figures.passcodesSeen; });
    return true;
}

void SoakDriver::closeEpoch()
{
    // Follow the epoch's actions until they settle, or nothing moved for 6 s (devices that never check in),
    // or the follow time is spent.
    actions::ActionTracker &tracker = m_engine->tracker();
    const auto unsettled = [&] {
        int n = 0;
        for (const actions::ActionKey &key : std::as_const(m_epochKeys)) {
            const auto a = tracker.find(key);
            n += a && !actions::isTerminal(a->state) ? 1 : 0;
        }
        return n;
    };
    QElapsedTimer following;
    following.start();
    QElapsedTimer still;
    still.start();
    int last = unsettled();
    while (last > 0 && following.elapsed() < m_settings.followSeconds * 1000LL && still.elapsed() < 6000) {
        waitFor([] { return false; }, 250);
        const int now = unsettled();
        if (now != last)
            still.restart();
        last = now;
    }
    m_figures.unsettled += last;
    m_figures.pollRequests += m_engine->service().pollRequestCount();
    m_figures.sendBatches += m_engine->service().sendBatchCount();
    m_engine.reset(); // flushes the journal's grouped states
    m_epochKeys.clear();
    m_epochActions = 0;
}

bool SoakDriver::listDevices()
{
    ++m_figures.lists;
    std::optional<devices::DeviceDirectory::LoadState> state;
    QObject context;
    QObject::connect(&m_engine->loader(), &devices::DeviceDirectoryLoader::finished, &context,
                     [&state](devices::DeviceDirectory::LoadState s) { state = s; });
    m_engine->loader().refresh();
    if (!waitOrHang([&state] { return state.has_value(); }, 180000,
                    QStringLiteral("the device list of round %1").arg(m_figures.rounds)))
        return false;
    const devices::DeviceDirectory &directory = m_engine->directory();
    if (*state != devices::DeviceDirectory::LoadState::Complete) {
        const auto error = directory.lastError();
        m_figures.listFailures.append(error ? error->toDisplayString() : QStringLiteral("incomplete"));
        return true;
    }
    ++m_figures.listsComplete;
    // Paging through faults: every device once, none twice, none missing.
    QSet<QString> ids;
    for (int row = 0; row < directory.count(); ++row)
        ids.insert(directory.at(row).id);
    EXPECT_EQ(directory.count(), m_settings.devices) << "round " << m_figures.rounds;
    EXPECT_EQ(ids.size(), directory.count()) << "a device listed twice, round " << m_figures.rounds;
    return true;
}

QStringList SoakDriver::chooseDevices(int count)
{
    const devices::DeviceDirectory &directory = m_engine->directory();
    QStringList pool;
    for (int row = 0; row < directory.count(); ++row) {
        const devices::Device &d = directory.at(row);
        if (!m_used.contains(d.id) && eligibility::PasscodeRules::platformAction(d))
            pool.append(d.id);
    }
    for (qsizetype i = pool.size() - 1; i > 0; --i)
        pool.swapItemsAt(i, qsizetype(m_rng.bounded(quint32(i + 1))));
    pool = pool.mid(0, count);
    for (const QString &id : std::as_const(pool))
        m_used.insert(id);
    return pool;
}

bool SoakDriver::round()
{
    ++m_figures.rounds;
    if (!listDevices())
        return false;
    const QStringList ids = chooseDevices(m_settings.singles + m_settings.bulk);
    if (ids.size() < m_settings.singles + 1) {
        std::cout << "[soak] the tenant has no unused devices left; stopping" << std::endl;
        return false;
    }
    const QString ticket = QStringLiteral("SOAK-%1").arg(m_figures.rounds);
    const QStringList singles = ids.mid(0, m_settings.singles);
    const QStringList bulk = ids.mid(m_settings.singles);
    actions::ActionService &service = m_engine->service();
    actions::ActionTracker &tracker = m_engine->tracker();
    QObject context;

    // Single actions, as the console sends them: the device read by id, then the action.
    QSet<QString> fetching(singles.cbegin(), singles.cend());
    QList<actions::ActionKey> singleKeys;
    QObject::connect(&service, &actions::ActionService::deviceFetched, &context,
                     [&](const devices::Device &d) {
                         if (!fetching.remove(d.id))
                             return;
                         const auto action = eligibility::PasscodeRules::platformAction(d);
                         if (!action || service.send(d, *action, ticket)) {
                             ++m_figures.singlesRefused;
                             return;
                         }
                         ++m_figures.singlesSent;
                         singleKeys.append(actions::ActionKey{d.id, *action});
                     });
    QObject::connect(&service, &actions::ActionService::deviceFetchFailed, &context, [&](const QString &id) {
        if (fetching.remove(id))
            ++m_figures.fetchFailures;
    });
    for (const QString &id : singles)
        service.fetchDevice(id);

    // The bulk run: the plan on fresh reads, then the run under the write budget.
    std::optional<actions::BulkPlan> plan;
    actions::BulkPlanner *planner = m_engine->createPlanner(&context);
    QObject::connect(planner, &actions::BulkPlanner::finished, &context,
                     [&plan](const actions::BulkPlan &p) { plan = p; });
    planner->plan(bulk);
    if (!waitOrHang([&plan] { return plan.has_value(); }, 180000,
                    QStringLiteral("the plan of round %1").arg(m_figures.rounds)))
        return false;
    m_figures.planned += int(plan->items.size());
    m_figures.eligible += plan->eligibleCount();
    bool allSent = true;
    actions::BulkRun *run = nullptr;
    if (plan->eligibleCount() > 0) {
        const Result<actions::BulkRun *> created = m_engine->createRun(*plan, ticket);
        if (!created) {
            ADD_FAILURE() << created.error().toDisplayString().toStdString();
            return false;
        }
        run = created.value();
        allSent = false;
        QObject::connect(run, &actions::BulkRun::allSent, &context, [&allSent] { allSent = true; });
        run->start();
        ++m_figures.bulkRuns;
    }
    const bool ok = waitOrHang(
        [&] {
            if (!allSent || !fetching.isEmpty())
                return false;
            return std::all_of(singleKeys.cbegin(), singleKeys.cend(), [&](const actions::ActionKey &k) {
                const auto a = tracker.find(k);
                return a && answered(a->state);
            });
        },
        300000,
        QStringLiteral("round %1's sending (run %2)").arg(m_figures.rounds).arg(run ? run->id() : QString()));
    if (!ok && run)
        std::cout << "[soak] run state " << int(run->state())
                  << ", pause reason: " << run->pauseReason().toStdString() << std::endl;
    m_epochActions += plan->eligibleCount() + int(singleKeys.size());
    return ok;
}

void SoakDriver::run()
{
    m_elapsed.start();
    while (true) {
        if (!m_engine && !openEpoch())
            break;
        if (!round())
            break;
        if (m_elapsed.elapsed() >= m_settings.seconds * 1000LL)
            break;
        if (m_epochActions + m_settings.bulk + m_settings.singles > m_settings.epochActions)
            closeEpoch();
    }
    m_figures.loadMs = m_elapsed.elapsed();
    if (m_engine)
        closeEpoch();
}

} // namespace passcode::soak
