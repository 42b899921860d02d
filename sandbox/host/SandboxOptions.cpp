// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/host/SandboxOptions.h"

#include "sandbox/tenant/IsoTime.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>

namespace passcode::sandbox {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SandboxOptions", text);
}

bool readRate(const QCommandLineParser &p, const char *name, double *out, QString *error)
{
    if (!p.isSet(QLatin1String(name)))
        return true;
    bool ok = false;
    const double v = p.value(QLatin1String(name)).toDouble(&ok);
    if (!ok || v < 0 || v > 1) {
        *error = tr("--%1 must be a number between 0 and 1").arg(QLatin1String(name));
        return false;
    }
    *out = v;
    return true;
}

} // namespace

void SandboxOptions::addToParser(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("port"), tr("TCP port on 127.0.0.1 (0 picks a free one)."), tr("port"),
         QStringLiteral("0")},
        {QStringLiteral("devices"), tr("Number of devices in the tenant."), tr("count"),
         QStringLiteral("1000")},
        {QStringLiteral("seed"), tr("Tenant seed: the same seed gives the same tenant."), tr("seed"),
         QStringLiteral("1")},
        {QStringLiteral("time-scale"),
         tr("Speed of simulated device time (60: a minute per second; 0: frozen)."), tr("factor"),
         QStringLiteral("1")},
        {QStringLiteral("start-time"), tr("Tenant start time (ISO 8601, UTC); default now."), tr("datetime")},
        {QStringLiteral("auto-approve"), tr("Approve every device-code and browser sign-in at once.")},
        {QStringLiteral("open-control"),
         tr("Let web pages call the /sandbox/ control endpoints (refused by default, so that no page you "
            "visit can drive the sandbox).")},
        {QStringLiteral("default-upn"), tr("Account signed in by --auto-approve."), tr("upn")},
        {QStringLiteral("throttle-scale"), tr("Multiply Intune's throttling limits (0 disables throttling)."),
         tr("factor"), QStringLiteral("1")},
        {QStringLiteral("throttle-window-ms"),
         tr("Length of Intune's throttling windows in milliseconds (benchmarks shorten it)."), tr("ms"),
         QStringLiteral("20000")},
        {QStringLiteral("token-lifetime"), tr("Access token lifetime in seconds."), tr("seconds"),
         QStringLiteral("3599")},
        {QStringLiteral("fault-token-expiry"),
         tr("Fault: access tokens are refused as expired after this many seconds."), tr("seconds")},
        {QStringLiteral("fault-latency"), tr("Fault: added latency in milliseconds."), tr("ms")},
        {QStringLiteral("fault-latency-jitter"), tr("Fault: plus up to this many milliseconds."), tr("ms")},
        {QStringLiteral("fault-error-rate"), tr("Fault: share of requests answered 500/503/504."),
         tr("rate")},
        {QStringLiteral("fault-error-statuses"), tr("Fault: statuses to answer, e.g. 503,504."), tr("list")},
        {QStringLiteral("fault-retry-after"), tr("Fault: Retry-After of 503 answers (seconds)."),
         tr("seconds")},
        {QStringLiteral("fault-intune-rate"),
         tr("Fault: share of requests answered with an Intune-wrapped error."), tr("rate")},
        {QStringLiteral("fault-drop-rate"), tr("Fault: share of connections closed without an answer."),
         tr("rate")},
        {QStringLiteral("fault-truncate-rate"), tr("Fault: share of answers cut in the middle of the body."),
         tr("rate")},
        {QStringLiteral("fault-malformed-rate"), tr("Fault: share of answers whose body is not valid JSON."),
         tr("rate")},
        {QStringLiteral("fault-target"),
         tr("Fault: which requests (graph, all, list, device, actions, audits, batch, identity, re:REGEX)."),
         tr("target"), QStringLiteral("graph")},
        {QStringLiteral("fault-max"), tr("Fault: stop after this many injected faults."), tr("count")},
        {QStringLiteral("tls-cert"), tr("Serve https with this PEM certificate."), tr("file")},
        {QStringLiteral("tls-key"), tr("PEM private key of --tls-cert."), tr("file")},
    });
}

quint64 SandboxOptions::parseSeed(const QString &text)
{
    bool ok = false;
    const quint64 n = text.toULongLong(&ok);
    if (ok)
        return n;
    quint64 h = 1469598103934665603ull; // FNV-1a
    for (const char c : text.toUtf8())
        h = (h ^ quint8(c)) * 1099511628211ull;
    return h;
}

qint64 SandboxOptions::effectiveStartMs() const
{
    if (startTimeMs)
        return *startTimeMs;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    return now - now % 60000;
}

std::optional<SandboxOptions> SandboxOptions::fromParser(const QCommandLineParser &p, QString *error)
{
    SandboxOptions o;
    bool ok = false;
    const uint port = p.value(QStringLiteral("port")).toUInt(&ok);
    if (!ok || port > 65535) {
        *error = tr("--port must be between 0 and 65535");
        return std::nullopt;
    }
    o.port = quint16(port);
    o.devices = p.value(QStringLiteral("devices")).toLongLong(&ok);
    if (!ok || o.devices < 1 || o.devices > 2'000'000) {
        *error = tr("--devices must be between 1 and 2000000");
        return std::nullopt;
    }
    o.seed = parseSeed(p.value(QStringLiteral("seed")));
    o.timeScale = p.value(QStringLiteral("time-scale")).toDouble(&ok);
    if (!ok || o.timeScale < 0 || o.timeScale > 1e6) {
        *error = tr("--time-scale must be a number between 0 and 1000000");
        return std::nullopt;
    }
    if (p.isSet(QStringLiteral("start-time"))) {
        const auto ms = IsoTime::parse(p.value(QStringLiteral("start-time")));
        if (!ms) {
            *error = tr("--start-time must be an ISO 8601 date-time with a zone, e.g. 2026-11-02T09:00:00Z");
            return std::nullopt;
        }
        o.startTimeMs = *ms;
    }
    o.autoApprove = p.isSet(QStringLiteral("auto-approve"));
    o.openControl = p.isSet(QStringLiteral("open-control"));
    if (p.isSet(QStringLiteral("default-upn")))
        o.defaultUpn = p.value(QStringLiteral("default-upn"));
    o.throttleScale = p.value(QStringLiteral("throttle-scale")).toDouble(&ok);
    if (!ok || o.throttleScale < 0) {
        *error = tr("--throttle-scale must be a non-negative number");
        return std::nullopt;
    }
    o.throttleWindowMs = p.value(QStringLiteral("throttle-window-ms")).toLongLong(&ok);
    if (!ok || o.throttleWindowMs < 1) {
        *error = tr("--throttle-window-ms must be a positive number of milliseconds");
        return std::nullopt;
    }
    o.accessTokenLifetimeSeconds = p.value(QStringLiteral("token-lifetime")).toLongLong(&ok);
    if (!ok || o.accessTokenLifetimeSeconds < 1) {
        *error = tr("--token-lifetime must be a positive number of seconds");
        return std::nullopt;
    }
    if (p.isSet(QStringLiteral("fault-token-expiry"))) {
        o.tokenEarlyExpirySeconds = p.value(QStringLiteral("fault-token-expiry")).toLongLong(&ok);
        if (!ok || o.tokenEarlyExpirySeconds < 0) {
            *error = tr("--fault-token-expiry must be a non-negative number of seconds");
            return std::nullopt;
        }
    }
    FaultConfig &f = o.faults;
    auto readInt = [&](const char *name, int *out, int min) {
        if (!p.isSet(QLatin1String(name)))
            return true;
        const int v = p.value(QLatin1String(name)).toInt(&ok);
        if (!ok || v < min) {
            *error = tr("--%1 must be an integer >= %2").arg(QLatin1String(name)).arg(min);
            return false;
        }
        *out = v;
        return true;
    };
    if (!readInt("fault-latency", &f.latencyMs, 0) ||
        !readInt("fault-latency-jitter", &f.latencyJitterMs, 0) || !readInt("fault-max", &f.maxFaults, -1) ||
        !readRate(p, "fault-error-rate", &f.errorRate, error) ||
        !readRate(p, "fault-intune-rate", &f.intuneErrorRate, error) ||
        !readRate(p, "fault-drop-rate", &f.dropRate, error) ||
        !readRate(p, "fault-truncate-rate", &f.truncateRate, error) ||
        !readRate(p, "fault-malformed-rate", &f.malformedRate, error))
        return std::nullopt;
    if (p.isSet(QStringLiteral("fault-error-statuses"))) {
        f.errorStatuses.clear();
        for (const QString &s :
             p.value(QStringLiteral("fault-error-statuses")).split(u',', Qt::SkipEmptyParts)) {
            const int status = s.trimmed().toInt(&ok);
            if (!ok || (status != 500 && status != 502 && status != 503 && status != 504)) {
                *error = tr("--fault-error-statuses takes 500, 502, 503 or 504");
                return std::nullopt;
            }
            f.errorStatuses.append(status);
        }
    }
    if (p.isSet(QStringLiteral("fault-retry-after"))) {
        f.retryAfterSeconds = p.value(QStringLiteral("fault-retry-after")).toDouble(&ok);
        if (!ok || f.retryAfterSeconds < 0) {
            *error = tr("--fault-retry-after must be a non-negative number");
            return std::nullopt;
        }
    }
    f.target = p.value(QStringLiteral("fault-target"));
    if (!f.parseTarget(error))
        return std::nullopt;
    if (f.errorRate + f.intuneErrorRate + f.dropRate + f.truncateRate + f.malformedRate > 1.0 + 1e-9) {
        *error = tr("the fault rates add up to more than 1");
        return std::nullopt;
    }
    o.tlsCertificateFile = p.value(QStringLiteral("tls-cert"));
    o.tlsKeyFile = p.value(QStringLiteral("tls-key"));
    if (o.tlsCertificateFile.isEmpty() != o.tlsKeyFile.isEmpty()) {
        *error = tr("--tls-cert and --tls-key go together");
        return std::nullopt;
    }
    return o;
}

} // namespace passcode::sandbox
