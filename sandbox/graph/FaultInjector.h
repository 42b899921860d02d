// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/tenant/Rng.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QRegularExpression>
#include <QString>

namespace passcode::sandbox {

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
    int status = 0;
    int latencyMs = 0;
};

/**
 * Decides, deterministically from the seed and the order of requests, which requests get a fault. Control
 * endpoints are never faulted.
 */
class FaultInjector
{
public:
    explicit FaultInjector(quint64 seed);

    const FaultConfig &config() const { return m_config; }
    /** Replaces the configuration and restarts the pseudo-random sequence. */
    bool setConfig(FaultConfig config, QString *error);

    /** For a request as received. \a category is "list", "device", "actions", "audits", "batch", "me" or
     * "identity". */
    FaultDecision decide(const QByteArray &method, const QString &path, const QString &category,
                         bool identity);
    /** For one item of a $batch: only Error and IntuneError apply there. */
    FaultDecision decideBatchItem(const QByteArray &method, const QString &path, const QString &category);

    int injectedCount() const { return m_injected; }
    bool anyActive() const;

private:
    bool matches(const QByteArray &method, const QString &path, const QString &category, bool identity) const;
    FaultDecision draw(bool itemOnly);

    quint64 m_seed;
    FaultConfig m_config;
    Rng m_rng;
    int m_injected = 0;
};

} // namespace passcode::sandbox
