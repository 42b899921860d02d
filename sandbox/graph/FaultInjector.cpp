// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/graph/FaultInjector.h"

#include "sandbox/host/SandboxClock.h"

#include <QJsonArray>

namespace passcode::sandbox {

namespace {
constexpr quint64 kSaltFaults = 701;

bool readRate(const QJsonValue &v, double *out, QString *error, const QString &key)
{
    if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() > 1) {
        *error = QStringLiteral("'%1' must be a number between 0 and 1").arg(key);
        return false;
    }
    *out = v.toDouble();
    return true;
}

bool readInt(const QJsonValue &v, int *out, QString *error, const QString &key, int min)
{
    if (!v.isDouble() || v.toDouble() < min || v.toDouble() > 3'600'000) {
        *error = QStringLiteral("'%1' must be an integer >= %2").arg(key).arg(min);
        return false;
    }
    *out = v.toInt();
    return true;
}
} // namespace

bool FaultConfig::parseTarget(QString *error)
{
    static const QStringList named = {QStringLiteral("graph"),   QStringLiteral("all"),
                                      QStringLiteral("list"),    QStringLiteral("device"),
                                      QStringLiteral("actions"), QStringLiteral("audits"),
                                      QStringLiteral("batch"),   QStringLiteral("identity")};
    m_regex = QRegularExpression();
    if (target.startsWith(QLatin1String("re:"))) {
        m_regex = QRegularExpression(target.mid(3));
        if (!m_regex.isValid()) {
            *error = QStringLiteral("invalid fault target regex: %1").arg(m_regex.errorString());
            return false;
        }
        return true;
    }
    for (const QString &part : target.split(u',', Qt::SkipEmptyParts)) {
        if (!named.contains(part.trimmed())) {
            *error =
                QStringLiteral("unknown fault target '%1' (graph, all, list, device, actions, audits, batch, "
                               "identity or re:<regex>)")
                    .arg(part);
            return false;
        }
    }
    return true;
}

QJsonObject FaultConfig::toJson() const
{
    QJsonArray statuses;
    for (int s : errorStatuses)
        statuses.append(s);
    return QJsonObject{
        {QStringLiteral("latencyMs"), latencyMs},
        {QStringLiteral("latencyJitterMs"), latencyJitterMs},
        {QStringLiteral("errorRate"), errorRate},
        {QStringLiteral("errorStatuses"), statuses},
        {QStringLiteral("retryAfterSeconds"), retryAfterSeconds},
        {QStringLiteral("intuneErrorRate"), intuneErrorRate},
        {QStringLiteral("dropRate"), dropRate},
        {QStringLiteral("truncateRate"), truncateRate},
        {QStringLiteral("malformedRate"), malformedRate},
        {QStringLiteral("stormEveryMs"), stormEveryMs},
        {QStringLiteral("stormMs"), stormMs},
        {QStringLiteral("target"), target},
        {QStringLiteral("maxFaults"), maxFaults},
    };
}

bool FaultConfig::merge(const QJsonObject &o, QString *error)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString key = it.key();
        const QJsonValue v = it.value();
        bool ok = true;
        if (key == QLatin1String("latencyMs"))
            ok = readInt(v, &latencyMs, error, key, 0);
        else if (key == QLatin1String("latencyJitterMs"))
            ok = readInt(v, &latencyJitterMs, error, key, 0);
        else if (key == QLatin1String("errorRate"))
            ok = readRate(v, &errorRate, error, key);
        else if (key == QLatin1String("intuneErrorRate"))
            ok = readRate(v, &intuneErrorRate, error, key);
        else if (key == QLatin1String("dropRate"))
            ok = readRate(v, &dropRate, error, key);
        else if (key == QLatin1String("truncateRate"))
            ok = readRate(v, &truncateRate, error, key);
        else if (key == QLatin1String("malformedRate"))
            ok = readRate(v, &malformedRate, error, key);
        else if (key == QLatin1String("maxFaults"))
            ok = readInt(v, &maxFaults, error, key, -1);
        else if (key == QLatin1String("stormEveryMs"))
            ok = readInt(v, &stormEveryMs, error, key, 0);
        else if (key == QLatin1String("stormMs"))
            ok = readInt(v, &stormMs, error, key, 0);
        else if (key == QLatin1String("retryAfterSeconds")) {
            ok = v.isDouble() && v.toDouble() >= 0;
            if (ok)
                retryAfterSeconds = v.toDouble();
            else
                *error = QStringLiteral("'retryAfterSeconds' must be a non-negative number");
        } else if (key == QLatin1String("target")) {
            ok = v.isString();
            if (ok)
                target = v.toString();
            else
                *error = QStringLiteral("'target' must be a string");
        } else if (key == QLatin1String("errorStatuses")) {
            QList<int> statuses;
            ok = v.isArray() && !v.toArray().isEmpty();
            for (const QJsonValue &s : v.toArray()) {
                const int status = s.toInt();
                if (status != 500 && status != 502 && status != 503 && status != 504)
                    ok = false;
                statuses.append(status);
            }
            if (ok)
                errorStatuses = statuses;
            else
                *error = QStringLiteral("'errorStatuses' must be a non-empty array of 500, 502, 503 or 504");
        } else {
            *error = QStringLiteral("unknown fault setting '%1'").arg(key);
            ok = false;
        }
        if (!ok)
            return false;
    }
    if (errorRate + intuneErrorRate + dropRate + truncateRate + malformedRate > 1.0 + 1e-9) {
        *error = QStringLiteral("the fault rates add up to more than 1");
        return false;
    }
    if (stormEveryMs > 0 && stormMs > stormEveryMs) {
        *error = QStringLiteral("'stormMs' must not exceed 'stormEveryMs'");
        return false;
    }
    return parseTarget(error);
}

FaultInjector::FaultInjector(quint64 seed)
    : m_seed(seed)
    , m_rng(Rng::hash(seed, 0, kSaltFaults))
{}

bool FaultInjector::setConfig(FaultConfig config, QString *error)
{
    QString local;
    if (!config.parseTarget(error ? error : &local))
        return false;
    m_config = std::move(config);
    m_rng = Rng(Rng::hash(m_seed, 0, kSaltFaults));
    m_injected = 0;
    const FaultCounts ever = m_counts;
    m_counts = FaultCounts();
    m_counts.graphRequests = ever.graphRequests;
    m_counts.identityRequests = ever.identityRequests;
    m_counts.batchItems = ever.batchItems;
    m_counts.unauthorized = ever.unauthorized;
    m_counts.throttled = ever.throttled;
    // Where in the storm cycle the switch finds the sandbox: the seed says.
    m_stormOriginMs = (m_clock ? m_clock->monotonicMs() : 0) -
                      (m_config.stormEveryMs > 0 ? m_rng.below(quint32(m_config.stormEveryMs)) : 0);
    return true;
}

bool FaultInjector::anyActive() const
{
    const FaultConfig &c = m_config;
    return c.latencyMs > 0 || c.latencyJitterMs > 0 || c.errorRate > 0 || c.intuneErrorRate > 0 ||
           c.dropRate > 0 || c.truncateRate > 0 || c.malformedRate > 0 ||
           (c.stormEveryMs > 0 && c.stormMs > 0);
}

bool FaultInjector::inStorm() const
{
    const FaultConfig &c = m_config;
    if (!m_clock || c.stormEveryMs <= 0 || c.stormMs <= 0)
        return false;
    const qint64 since = m_clock->monotonicMs() - m_stormOriginMs;
    return since >= 0 && since % c.stormEveryMs < c.stormMs;
}

void FaultInjector::noteGraphAnswer(int status)
{
    if (status == 401)
        ++m_counts.unauthorized;
    else if (status == 429)
        ++m_counts.throttled;
}

void FaultInjector::count(const FaultDecision &d)
{
    if (d.latencyMs > 0)
        ++m_counts.delayed;
    switch (d.kind) {
    case FaultDecision::Kind::None:
        return;
    case FaultDecision::Kind::Error:
        switch (d.status) {
        case 429:
            ++m_counts.storm429;
            break;
        case 502:
            ++m_counts.error502;
            break;
        case 503:
            ++m_counts.error503;
            break;
        case 504:
            ++m_counts.error504;
            break;
        default:
            ++m_counts.error500;
            break;
        }
        break;
    case FaultDecision::Kind::IntuneError:
        ++m_counts.intuneError;
        break;
    case FaultDecision::Kind::Drop:
        ++m_counts.drop;
        break;
    case FaultDecision::Kind::Truncate:
        ++m_counts.truncate;
        break;
    case FaultDecision::Kind::Malformed:
        ++m_counts.malformed;
        break;
    }
}

QJsonObject FaultCounts::toJson() const
{
    return QJsonObject{
        {QStringLiteral("graphRequests"), graphRequests},
        {QStringLiteral("identityRequests"), identityRequests},
        {QStringLiteral("batchItems"), batchItems},
        {QStringLiteral("unauthorized"), unauthorized},
        {QStringLiteral("throttled"), throttled},
        {QStringLiteral("delayed"), delayed},
        {QStringLiteral("error500"), error500},
        {QStringLiteral("error502"), error502},
        {QStringLiteral("error503"), error503},
        {QStringLiteral("error504"), error504},
        {QStringLiteral("intuneError"), intuneError},
        {QStringLiteral("drop"), drop},
        {QStringLiteral("truncate"), truncate},
        {QStringLiteral("malformed"), malformed},
        {QStringLiteral("storm429"), storm429},
    };
}

bool FaultInjector::matches(const QByteArray &method, const QString &path, const QString &category,
                            bool identity) const
{
    if (m_config.target.startsWith(QLatin1String("re:")))
        return m_config.m_regex.match(QString::fromLatin1(method) + u' ' + path).hasMatch();
    for (const QString &raw : m_config.target.split(u',', Qt::SkipEmptyParts)) {
        const QString t = raw.trimmed();
        if (t == QLatin1String("all") || (t == QLatin1String("graph") && !identity) || t == category)
            return true;
    }
    return false;
}

FaultDecision FaultInjector::draw(bool itemOnly)
{
    FaultDecision d;
    const FaultConfig &c = m_config;
    if (c.latencyMs > 0 || c.latencyJitterMs > 0)
        d.latencyMs =
            c.latencyMs + (c.latencyJitterMs > 0 ? int(m_rng.below(quint32(c.latencyJitterMs) + 1)) : 0);
    const double u = m_rng.unit();
    const quint32 pick = m_rng.below(quint32(std::max<qsizetype>(1, c.errorStatuses.size())));
    if (c.maxFaults >= 0 && m_injected >= c.maxFaults)
        return d;
    double edge = c.errorRate;
    if (inStorm()) {
        d.kind = FaultDecision::Kind::Error;
        d.status = 429;
    } else if (u < edge) {
        d.kind = FaultDecision::Kind::Error;
        d.status = c.errorStatuses.isEmpty() ? 503 : c.errorStatuses[pick];
    } else if (u < (edge += c.intuneErrorRate)) {
        d.kind = FaultDecision::Kind::IntuneError;
        d.status = 500;
    } else if (!itemOnly && u < (edge += c.dropRate)) {
        d.kind = FaultDecision::Kind::Drop;
    } else if (!itemOnly && u < (edge += c.truncateRate)) {
        d.kind = FaultDecision::Kind::Truncate;
    } else if (!itemOnly && u < (edge += c.malformedRate)) {
        d.kind = FaultDecision::Kind::Malformed;
    }
    if (d.kind != FaultDecision::Kind::None)
        ++m_injected;
    return d;
}

FaultDecision FaultInjector::decide(const QByteArray &method, const QString &path, const QString &category,
                                    bool identity)
{
    ++(identity ? m_counts.identityRequests : m_counts.graphRequests);
    if (!anyActive() || !matches(method, path, category, identity))
        return {};
    const FaultDecision d = draw(false);
    count(d);
    return d;
}

FaultDecision FaultInjector::decideBatchItem(const QByteArray &method, const QString &path,
                                             const QString &category)
{
    ++m_counts.batchItems;
    if (!anyActive() || !matches(method, path, category, false))
        return {};
    FaultDecision d = draw(true);
    d.latencyMs = 0; // an item is answered with its batch: latency applies to the whole request only
    count(d);
    return d;
}

} // namespace passcode::sandbox
