// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The engine (engine::TenantEngine, as the programs build it) on a sandbox over 127.0.0.1, as an endpoint
// with the sandbox's token: fast retries, a journal in a temporary folder, a fast poll policy.

#include "SandboxFixture.h"
#include "core/actions/ActionService.h"
#include "core/graph/GraphClient.h"
#include "engine/TenantEngine.h"

#include <QTemporaryDir>
#include <QTest>

#include <functional>

namespace passcode::itest {

inline graph::GraphClient::Options fastClientOptions(const QUrl &base)
{
    graph::GraphClient::Options o;
    o.baseUrl = base;
    o.retry.baseDelayMs = 10;
    o.retry.maxDelayMs = 100;
    o.retry.maxTotalWaitMs = 20000;
    o.retry.serverDelayScale = 0.01; // "Retry-After: 1.5" is honoured as 15 ms here (recorded as 1500)
    o.defaultTimeoutMs = 10000;
    return o;
}

inline actions::PollPolicy fastPollPolicy()
{
    actions::PollPolicy p;
    p.firstDelayMs = 20;
    p.maxDelayMs = 150;
    p.coalesceMs = 20;
    p.unknownGiveUpMs = 2000;
    p.requestTimeoutMs = 10000;
    return p;
}

/** Waits (the event loop running) until @p done or the timeout. */
inline bool waitUntil(const std::function<bool()> &done, int timeoutMs = 20000)
{
    return QTest::qWaitFor(done, timeoutMs);
}

/** Opens a TenantEngine on the fixture's sandbox (as an endpoint with its token) and waits for it. */
inline std::unique_ptr<engine::TenantEngine> openTestEngine(SandboxFixture &sandbox,
                                                            const QString &journalPath)
{
    engine::EngineOptions options;
    options.journalPath = journalPath;
    options.resumeJournal = false; // the tests resume when they mean to
    const graph::GraphClient::Options fast = fastClientOptions(sandbox.baseUrl());
    options.retry = fast.retry;
    options.requestTimeoutMs = fast.defaultTimeoutMs;
    options.pollPolicy = fastPollPolicy();
    const Result<engine::TenantTarget> target =
        engine::TenantTarget::endpoint(sandbox.baseUrl(), sandbox.token());
    if (!target)
        return nullptr;
    auto opened = std::make_unique<engine::TenantEngine>(*target, options);
    bool done = false;
    QObject::connect(opened.get(), &engine::TenantEngine::opened, opened.get(), [&done] { done = true; });
    opened->open();
    if (!waitUntil([&] { return done; }))
        return nullptr;
    opened->setInitiator(sandbox.host().defaultUpn());
    return opened;
}

/** The engine's parts under short names, for the tests. */
struct Engine
{
    explicit Engine(SandboxFixture &sandbox, const QString &journalPath)
        : owner(openTestEngine(sandbox, journalPath))
        , clock(owner->clock())
        , client(owner->client())
        , tracker(owner->tracker())
        , journal(owner->journal())
        , service(owner->service())
    {}

    /** Fetches a device by id through the service (deviceActionResults included). */
    std::optional<devices::Device> fetch(const QString &id)
    {
        std::optional<devices::Device> found;
        bool failed = false;
        QObject context;
        QObject::connect(&service, &actions::ActionService::deviceFetched, &context,
                         [&](const devices::Device &d) {
                             if (d.id == id)
                                 found = d;
                         });
        QObject::connect(&service, &actions::ActionService::deviceFetchFailed, &context,
                         [&](const QString &d, const Error &) { failed = failed || d == id; });
        service.fetchDevice(id);
        waitUntil([&] { return found.has_value() || failed; });
        return found;
    }

    actions::ActionState state(const actions::ActionKey &key) const
    {
        const auto a = tracker.find(key);
        return a ? a->state : actions::ActionState::None;
    }

    std::unique_ptr<engine::TenantEngine> owner;
    const Clock &clock;
    graph::GraphClient &client;
    actions::ActionTracker &tracker;
    actions::ActionJournal &journal;
    actions::ActionService &service;
};

/** Advances the sandbox's tenant time step by step until @p key is terminal (or the budget is spent). */
inline bool driveToTerminal(SandboxFixture &sandbox, Engine &engine, const actions::ActionKey &key,
                            double stepSeconds = 240, int steps = 40)
{
    for (int i = 0; i < steps; ++i) {
        if (actions::isTerminal(engine.state(key)) && engine.tracker.find(key))
            return true;
        sandbox.advance(stepSeconds);
        waitUntil([&] { return actions::isTerminal(engine.state(key)); }, 400);
    }
    return actions::isTerminal(engine.state(key));
}

} // namespace passcode::itest
