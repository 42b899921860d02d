// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/graph/FaultInjector.h"

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
    return true;
}

bool FaultInjector::anyActive() const
{
    const FaultConfig &c = m_config;
    return c.latencyMs > 0 || c.latencyJitterMs > 0 || c.errorRate > 0 || c.intuneErrorRate > 0 ||
           c.dropRate > 0 || c.truncateRate > 0 || c.malformedRate > 0;
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
    if (u < edge) {
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
    if (!anyActive() || !matches(method, path, category, identity))
        return {};
    return draw(false);
}

FaultDecision FaultInjector::decideBatchItem(const QByteArray &method, const QString &path,
                                             const QString &category)
{
    if (!anyActive() || !matches(method, path, category, false))
        return {};
    return draw(true);
}

} // namespace passcode::sandbox
