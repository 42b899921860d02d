// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/tenant/Rng.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QRegularExpression>
#include <QString>

namespace passcode::sandbox {

class SandboxClock;

/** The fault switches. Rates are probabilities per matching request (0..1); they are exclusive, summed in
 * order. */
struct FaultConfig
{
    int latencyMs = 0;       ///< added to every matching request
    int latencyJitterMs = 0; ///< plus a deterministic 0..jitter
    double errorRate = 0;    ///< answered with one of errorStatuses (not processed; 504 is processed first)
    QList<int> errorStatuses{500, 503, 504};
    double retryAfterSeconds = 1.5; ///< Retry-After of the 503 answers
    double intuneErrorRate = 0;     ///< answered 500 with an Intune-wrapped error body (not processed)
    double dropRate = 0;            ///< processed, then the connection is closed without an answer
    double truncateRate = 0;        ///< processed, then half the body is sent and the connection closed
    double malformedRate = 0;       ///< processed, then a body that is not valid JSON is sent (status 200)
    /**
     * 429 storms: one starts every stormEveryMs (0: none) and lasts stormMs; while it lasts every matching
     * request, and every matching $batch item, is answered 429 TooManyRequests with Retry-After
     * retryAfterSeconds (not processed). Storms come on top of the rates above; the Throttler's own 429s
     * stay.
     */
    int stormEveryMs = 0;
    int stormMs = 0;
    /**
     * Which requests faults apply to: "graph" (every Graph request, the default), "all" (Graph and identity),
     * "list", "device", "actions", "audits", "batch", "identity", or "re:<regex>" matched against "METHOD
     * /path".
     */
    QString target = QStringLiteral("graph");
    int maxFaults = -1; ///< stop after this many injected faults (-1: no limit); latency is not counted

    bool parseTarget(QString *error);
    QJsonObject toJson() const;
    /** Updates the fields present in \a o; fails on an unknown key or a bad value. */
    bool merge(const QJsonObject &o, QString *error);

private:
    friend class FaultInjector;
    QRegularExpression m_regex;
};

/** What the injector saw and did, for /sandbox/state and the soak's figures. */
struct FaultCounts
{
    qint64 graphRequests = 0;    ///< Graph requests received (a $batch envelope counts once), ever
    qint64 identityRequests = 0; ///< Entra ID requests received, ever
    qint64 batchItems = 0;       ///< $batch items received, ever
    qint64 unauthorized = 0;     ///< Graph answers 401 (expired or refused tokens), ever
    qint64 throttled = 0;        ///< Graph answers 429 (storms and the Throttler; whole requests), ever
    // Since the fault switches last changed:
    qint64 delayed = 0; ///< requests and items given latency
    qint64 error500 = 0;
    qint64 error502 = 0;
    qint64 error503 = 0;
    qint64 error504 = 0;
    qint64 intuneError = 0;
    qint64 drop = 0;
    qint64 truncate = 0;
    qint64 malformed = 0;
    qint64 storm429 = 0; ///< requests and items answered 429 by a storm

    QJsonObject toJson() const;
};

/** What to do to one request. */
struct FaultDecision
{
    enum class Kind
    {
        None,
        Error,
        IntuneError,
        Drop,
        Truncate,
        Malformed
    };
    Kind kind = Kind::None;
    int status = 0; ///< Error: 500, 502, 503, 504, or 429 (a storm)
    int latencyMs = 0;
};

/**
 * Decides, deterministically from the seed and the order of requests, which requests get a fault. Control
 * endpoints are never faulted. Storms follow the clock (setClock()): a storm is a stretch of time, not a
 * share of requests. Counts what it sees and injects (counts()).
 */
class FaultInjector
{
public:
    explicit FaultInjector(quint64 seed);

    /** The clock that times the storms (monotonicMs()); without one there are no storms. Not owned. */
    void setClock(const SandboxClock *clock) { m_clock = clock; }
    const FaultConfig &config() const { return m_config; }
    /** Replaces the configuration and restarts the pseudo-random sequence. */
    bool setConfig(FaultConfig config, QString *error);

    /** For a request as received. \a category is "list", "device", "actions", "audits", "batch", "me" or
     * "identity". */
    FaultDecision decide(const QByteArray &method, const QString &path, const QString &category,
                         bool identity);
    /** For one item of a $batch: only Error (storms included) and IntuneError apply there, and no latency. */
    FaultDecision decideBatchItem(const QByteArray &method, const QString &path, const QString &category);

    int injectedCount() const { return m_injected; }
    bool anyActive() const;
    /** Notes the status of a Graph answer (401s and 429s are counted). */
    void noteGraphAnswer(int status);
    const FaultCounts &counts() const { return m_counts; }

private:
    bool matches(const QByteArray &method, const QString &path, const QString &category, bool identity) const;
    FaultDecision draw(bool itemOnly);
    bool inStorm() const;
    void count(const FaultDecision &d);

    quint64 m_seed;
    FaultConfig m_config;
    Rng m_rng;
    int m_injected = 0;
    const SandboxClock *m_clock = nullptr;
    qint64 m_stormOriginMs = 0;
    FaultCounts m_counts;
};

} // namespace passcode::sandbox
