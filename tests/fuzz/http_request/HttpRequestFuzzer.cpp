// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's handling of one raw HTTP request (sandbox/host/SandboxServer.h), without a socket:
//   METHOD TARGET HTTP/1.1          (the request line, split as Qt's HTTP parser splits it)
//   Name: value                     (headers, up to an empty line)
//   body
// "{token}" anywhere is replaced by a valid access token of the tenant, so that the fuzzer reaches the Graph
// handlers behind authentication. The request is made as SandboxServer::handleRequest makes it (makeRequest:
// URL decoding, query form, Host check) and answered by handleLocal() (routing, Graph, Entra ID, control
// endpoints), on a fresh small tenant each time (time frozen, no throttling) so that every input replays
// alike. Every answer has a status in 100..599 and serializes; a JSON answer is valid JSON.
#include "FuzzSupport.h"

#include "sandbox/graph/FaultInjector.h"
#include "sandbox/host/SandboxServer.h"
#include "sandbox/http/HttpRequest.h"
#include "sandbox/http/HttpResponse.h"

#include <QJsonDocument>

#include <memory>

using namespace passcode::sandbox;
using passcode::fuzz::check;

namespace {

/** The method as QHttpServerRequest names it: one of the methods its parser knows, else UNKNOWN. */
QByteArray methodOf(const QByteArray &token)
{
    static const QList<QByteArray> known = {"GET",     "PUT",   "DELETE",  "POST", "HEAD",
                                            "OPTIONS", "PATCH", "CONNECT", "TRACE"};
    return known.contains(token) ? token : QByteArray("UNKNOWN");
}

/** The request target as Qt's parser gives it: path, query and fragment set in tolerant mode. */
QUrl urlOf(const QByteArray &target)
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    QByteArray rest = target;
    const qsizetype hash = rest.indexOf('#');
    if (hash >= 0) {
        url.setFragment(QString::fromUtf8(rest.sliced(hash + 1)));
        rest.truncate(hash);
    }
    const qsizetype question = rest.indexOf('?');
    if (question >= 0) {
        url.setQuery(QString::fromUtf8(rest.sliced(question + 1)));
        rest.truncate(question);
    }
    url.setPath(QString::fromUtf8(rest), QUrl::TolerantMode);
    return url;
}

/** The tenant, made again every kReuse inputs and after any control request (which may change its faults or
 * clock), so that state built by earlier inputs (device codes, actions) stays small. */
class Tenant
{
public:
    SandboxServer &server()
    {
        if (!m_server || ++m_uses > kReuse) {
            SandboxOptions options;
            options.devices = 12;
            options.seed = 7;
            options.timeScale = 0;
            options.startTimeMs = 1'780'000'000'000;
            options.throttleScale = 0;
            options.autoApprove = true;
            m_server = std::make_unique<SandboxServer>(options);
            m_token =
                m_server->mintAccessToken(options.defaultUpn, SandboxServer::defaultScopes()).toLatin1();
            m_uses = 0;
        }
        return *m_server;
    }
    const QByteArray &token() const { return m_token; }
    void reset() { m_server.reset(); }

private:
    static constexpr int kReuse = 1000;
    std::unique_ptr<SandboxServer> m_server;
    QByteArray m_token;
    int m_uses = 0;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static Tenant tenant;
    SandboxServer &server = tenant.server();
    QByteArray input = passcode::fuzz::bytes(data, size);
    input.replace("{token}", tenant.token());

    qsizetype pos = input.indexOf('\n');
    const QList<QByteArray> requestLine = (pos < 0 ? input : input.first(pos)).trimmed().split(' ');
    pos = pos < 0 ? input.size() : pos + 1;
    QList<QPair<QByteArray, QByteArray>> headers;
    while (pos < input.size()) {
        qsizetype end = input.indexOf('\n', pos);
        if (end < 0)
            end = input.size();
        const QByteArray line = input.sliced(pos, end - pos).trimmed();
        pos = end + 1;
        if (line.isEmpty())
            break;
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            headers.append({line.first(colon).trimmed(), line.sliced(colon + 1).trimmed()});
    }
    QByteArray body = pos < input.size() ? input.sliced(pos) : QByteArray();

    const HttpRequest request = server.makeRequest(methodOf(requestLine.at(0)), urlOf(requestLine.value(1)),
                                                   std::move(headers), std::move(body), "127.0.0.1");
    FaultDecision fault;
    const HttpResponse response = server.handleLocal(request, &fault);
    if (request.path.startsWith(QLatin1String("/sandbox")))
        tenant.reset();
    check(response.status >= 100 && response.status <= 599);
    check(!response.serialize(true).isEmpty());
    if (response.header("Content-Type").contains("json") && !response.body.isEmpty()) {
        QJsonParseError parseError{};
        QJsonDocument::fromJson(response.body, &parseError);
        check(parseError.error == QJsonParseError::NoError);
    }
    return 0;
}
