// SPDX-License-Identifier: GPL-3.0-or-later
// Measures the sandbox tenant at scale: generation time and memory, the server's own cost per page (no HTTP),
// and a client paging the whole tenant over HTTP on loopback (server on its worker thread,
// QNetworkAccessManager here).
#include "sandbox/graph/FaultInjector.h"
#include "sandbox/host/SandboxHost.h"
#include "sandbox/host/SandboxServer.h"
#include "sandbox/http/HttpRequest.h"
#include "sandbox/http/HttpResponse.h"
#include "sandbox/tenant/IsoTime.h"
#include "sandbox/tenant/TenantGenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>

#include <cstdio>
#include <ctime>

using namespace passcode::sandbox;

namespace {

long rssKb()
{
    QFile f(QStringLiteral("/proc/self/statm"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> parts = f.readAll().split(' ');
    return parts.size() > 1 ? parts[1].toLong() * 4 : 0;
}

const QString kClientSelect = QStringLiteral(
    "id,deviceName,operatingSystem,osVersion,deviceType,deviceEnrollmentType,joinType,managementAgent,"
    "managementState,managedDeviceOwnerType,azureADRegistered,complianceState,lastSyncDateTime,model,"
    "manufacturer,"
    "serialNumber,imei,userPrincipalName,userDisplayName,phoneNumber");

struct Run
{
    int pages = 0;
    qint64 bytes = 0;
    qint64 ms = 0;
    qint64 devices = 0;
    double cpuMs = -1; ///< CPU time of this thread (in-process runs): robust on a busy machine
};

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

/** Pages the whole tenant over HTTP with one QNetworkAccessManager, one request at a time. */
Run fetchAll(QNetworkAccessManager &nam, const QUrl &first, const QString &token)
{
    Run run;
    QElapsedTimer timer;
    timer.start();
    QUrl next = first;
    while (next.isValid() && !next.isEmpty()) {
        QNetworkRequest request(next);
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        QNetworkReply *reply = nam.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(60000);
        const QByteArray body = reply->readAll();
        reply->deleteLater();
        run.bytes += body.size();
        ++run.pages;
        const QJsonObject page = QJsonDocument::fromJson(body).object();
        run.devices += page.value(QLatin1String("value")).toArray().size();
        const QString link = page.value(QLatin1String("@odata.nextLink")).toString();
        next = link.isEmpty() ? QUrl() : QUrl(link);
    }
    run.ms = timer.elapsed();
    return run;
}

/** The server's cost alone: every page handled in-process, no sockets. */
Run serveInProcess(SandboxServer &server, const QString &token, const QString &select, bool beta)
{
    Run run;
    QElapsedTimer timer;
    timer.start();
    const double cpuStart = threadCpuMs();
    QString query = select.isEmpty() ? QString() : QStringLiteral("$select=") + select;
    while (true) {
        HttpRequest request;
        request.method = "GET";
        request.path = beta ? QStringLiteral("/beta/deviceManagement/managedDevices")
                            : QStringLiteral("/v1.0/deviceManagement/managedDevices");
        request.query = HttpRequest::parseForm(query.toUtf8());
        request.headers = {{"Authorization", "Bearer " + token.toLatin1()}};
        request.baseUrl = "http://127.0.0.1:1";
        FaultDecision fault;
        const HttpResponse response = server.handleLocal(request, &fault);
        run.bytes += response.body.size();
        ++run.pages;
        const qsizetype at = response.body.lastIndexOf("\"@odata.nextLink\":\"");
        if (at < 0)
            break;
        const qsizetype start = at + 19;
        const QByteArray link = response.body.mid(start, response.body.indexOf('"', start) - start);
        query = QString::fromUtf8(link.mid(link.indexOf('?') + 1));
    }
    run.ms = timer.elapsed();
    run.cpuMs = threadCpuMs() - cpuStart;
    return run;
}

void print(const char *what, const Run &r)
{
    std::printf("%-52s %4d pages %7.1f MB %7lld ms %7.2f ms/page", what, r.pages, r.bytes / 1e6,
                static_cast<long long>(r.ms), r.pages ? double(r.ms) / r.pages : 0.0);
    if (r.cpuMs >= 0)
        std::printf("  (CPU %.2f ms/page)", r.pages ? r.cpuMs / r.pages : 0.0);
    std::printf("\n");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("devices"), QStringLiteral("Tenant size."), QStringLiteral("n"),
                      QStringLiteral("100000")});
    parser.addOption({QStringLiteral("rounds"), QStringLiteral("HTTP rounds per shape."), QStringLiteral("n"),
                      QStringLiteral("3")});
    parser.addOption({QStringLiteral("no-http"), QStringLiteral("Skip the HTTP rounds.")});
    parser.addOption({QStringLiteral("select-only"), QStringLiteral("Only the $select shape in-process.")});
    parser.addOption({QStringLiteral("select"), QStringLiteral("The $select of the in-process select run."),
                      QStringLiteral("list")});
    parser.process(app);
    const qsizetype devices = parser.value(QStringLiteral("devices")).toLongLong();
    const int rounds = std::max(1, parser.value(QStringLiteral("rounds")).toInt());

    SandboxOptions options;
    options.devices = devices;
    options.seed = 2024;
    options.timeScale = 0;
    options.throttleScale = 0; // measure serving, not Intune's limits
    options.startTimeMs = *IsoTime::parse(u"2026-11-02T09:00:00Z");

    // Generation.
    const long rssBefore = rssKb();
    QElapsedTimer timer;
    timer.start();
    qint64 generationMs = 0;
    {
        GeneratedTenant tenant = TenantGenerator::generate(options.seed, devices, *options.startTimeMs);
        generationMs = timer.elapsed();
        const long rssAfter = rssKb();
        std::printf("devices %lld: generation %lld ms, %.1f MB resident for the tenant (%.0f bytes/device), "
                    "record %zu bytes\n",
                    static_cast<long long>(devices), static_cast<long long>(generationMs),
                    (rssAfter - rssBefore) / 1024.0, (rssAfter - rssBefore) * 1024.0 / double(devices),
                    sizeof(DeviceRecord));
    }

    // The server alone.
    {
        SandboxServer server(options);
        const QString token = server.mintAccessToken(options.defaultUpn, SandboxServer::defaultScopes());
        if (!parser.isSet(QStringLiteral("select-only"))) {
            print("in-process, beta, all properties (server cost only)",
                  serveInProcess(server, token, {}, true));
            print("in-process, v1.0, all properties (server cost only)",
                  serveInProcess(server, token, {}, false));
        }
        const QString select =
            parser.isSet(QStringLiteral("select")) ? parser.value(QStringLiteral("select")) : kClientSelect;
        print("in-process, beta, $select (20 properties by default)",
              serveInProcess(server, token, select, true));
    }

    if (parser.isSet(QStringLiteral("no-http")))
        return 0;
    // Over HTTP: server on its worker thread, client here.
    SandboxHost host(options);
    QString error;
    if (!host.start(&error)) {
        std::fprintf(stderr, "cannot start: %s\n", qPrintable(error));
        return 1;
    }
    const QString token = host.mintAccessToken(host.defaultUpn(), SandboxHost::defaultScopes());
    QNetworkAccessManager nam;
    QUrl all = host.graphUrl(QStringLiteral("beta"));
    all.setPath(all.path() + QStringLiteral("/deviceManagement/managedDevices"));
    QUrl selected = all;
    selected.setQuery(QStringLiteral("$select=") + kClientSelect);
    for (int r = 0; r < rounds; ++r) {
        const Run full = fetchAll(nam, all, token);
        print("HTTP + QNAM + QJsonDocument, beta, all properties", full);
        const Run sel = fetchAll(nam, selected, token);
        print("HTTP + QNAM + QJsonDocument, beta, $select of 20", sel);
        if (full.devices != devices || sel.devices != devices)
            std::fprintf(stderr, "incomplete: %lld / %lld devices\n", static_cast<long long>(full.devices),
                         static_cast<long long>(sel.devices));
    }
    host.stop();
    return 0;
}
