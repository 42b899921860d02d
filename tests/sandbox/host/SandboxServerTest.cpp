// SPDX-License-Identifier: GPL-3.0-or-later
// SandboxServer's handling of a request without HTTP (makeRequest + handleLocal): what fuzzing
// (tests/fuzz/http_request) found.
#include "SandboxTestSupport.h"

#include "sandbox/graph/FaultInjector.h"
#include "sandbox/http/HttpRequest.h"
#include "sandbox/http/HttpResponse.h"

#include <QJsonDocument>

using namespace passcode::sandbox;
using passcode::sandbox::testing::testOptions;

namespace {

HttpResponse answer(SandboxServer &server, const QByteArray &method, const QString &url,
                    const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body = {})
{
    FaultDecision fault;
    return server.handleLocal(server.makeRequest(method, QUrl(url), headers, body, "127.0.0.1"), &fault);
}

bool isJson(const QByteArray &body)
{
    QJsonParseError error{};
    QJsonDocument::fromJson(body, &error);
    return error.error == QJsonParseError::NoError;
}

} // namespace

TEST(sandbox_server_request, AClientRequestIdThatIsNotTextIsNotEchoed)
{
    SandboxServer server(testOptions(5));
    // tests/fuzz/http_request/corpus/crash-client-request-id-not-utf8.txt: a 401 whose body echoed the id.
    const HttpResponse r =
        answer(server, "GET", QStringLiteral("http://127.0.0.1/v1.0/deviceManagement/managedDevices"),
               {{"client-request-id", "\xea c1z"}});
    EXPECT_EQ(r.status, 401);
    EXPECT_TRUE(isJson(r.body)) << r.body.constData();
    EXPECT_EQ(r.header("client-request-id"), r.header("request-id"));

    const HttpResponse ok = answer(server, "GET", QStringLiteral("http://127.0.0.1/v1.0/me"),
                                   {{"client-request-id", "6f1e2a3b-0000-4000-8000-000000000001"}});
    EXPECT_EQ(ok.header("client-request-id"), "6f1e2a3b-0000-4000-8000-000000000001");
}
