// SPDX-License-Identifier: GPL-3.0-or-later
// Fault switches, from the command line and the control endpoint: latency, 5xx answers, Intune-wrapped
// errors, dropped connections, truncated and malformed bodies, 429 storms, early token expiry; targeting and
// determinism; what the sandbox counts (requests, faults by kind) and records (the actions it received).
#include "SandboxTestSupport.h"

#include "sandbox/graph/FaultInjector.h"
#include "sandbox/http/HttpRequest.h"
#include "sandbox/http/HttpResponse.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QNetworkRequest>
#include <QSignalSpy>

using namespace passcode::sandbox;
using namespace passcode::sandbox::testing;

namespace {

class sandbox_faults : public SandboxFixture
{
protected:
    void SetUp() override { startServer(testOptions(40)); }
    void faults(const QJsonObject &config)
    {
        QJsonObject c = config;
        c.insert(QStringLiteral("reset"), true);
        control(QStringLiteral("faults"), c);
    }
    QString deviceId(int index) { return showcase()[index].toObject().value(QLatin1String("id")).toString(); }
    Reply list() { return get(QStringLiteral("/v1.0/deviceManagement/managedDevices?$top=5")); }
    int auditCount()
    {
        return controlGet(QStringLiteral("state"))
            .value(QLatin1String("actions"))
            .toObject()
            .value(QLatin1String("audits"))
            .toInt();
    }
};

} // namespace

TEST_F(sandbox_faults, ServiceErrors)
{
    faults({{QStringLiteral("errorRate"), 1.0},
            {QStringLiteral("errorStatuses"), QJsonArray{503}},
            {QStringLiteral("retryAfterSeconds"), 2.5}});
    const Reply unavailable = list();
    EXPECT_EQ(unavailable.status, 503);
    EXPECT_EQ(unavailable.header("Retry-After"), "2.5");
    EXPECT_EQ(
        unavailable.json().value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString(),
        QLatin1String("serviceNotAvailable"));
    for (int status : {500, 502, 504}) {
        faults({{QStringLiteral("errorRate"), 1.0}, {QStringLiteral("errorStatuses"), QJsonArray{status}}});
        const Reply r = list();
        EXPECT_EQ(r.status, status);
        EXPECT_TRUE(r.json().contains(QLatin1String("error")));
    }
    // Control endpoints are never faulted.
    EXPECT_EQ(get(QStringLiteral("/sandbox/state"), QString()).status, 200);
}

TEST_F(sandbox_faults, WhetherAFaultedActionWasProcessed)
{
    const int before = auditCount();
    const QString path =
        QStringLiteral("/v1.0/deviceManagement/managedDevices/%1/resetPasscode").arg(deviceId(10));
    faults({{QStringLiteral("errorRate"), 1.0}, {QStringLiteral("errorStatuses"), QJsonArray{503}}});
    EXPECT_EQ(post(path, {}).status, 503);
    EXPECT_EQ(auditCount(), before); // 503: not processed
    faults({{QStringLiteral("errorRate"), 1.0}, {QStringLiteral("errorStatuses"), QJsonArray{504}}});
    EXPECT_EQ(post(path, {}).status, 504);
    EXPECT_EQ(auditCount(), before + 1); // 504: processed, the gateway gave up
    faults({{QStringLiteral("dropRate"), 1.0}});
    const Reply dropped = post(path, {});
    EXPECT_EQ(dropped.status, 0);
    EXPECT_NE(dropped.error, QNetworkReply::NoError);
    // Dropped after processing: the outcome is unknown to the client. QNetworkAccessManager itself resends a
    // request once when a connection closes without an answer, so the action may even run twice.
    EXPECT_GE(auditCount(), before + 2);
}

TEST_F(sandbox_faults, IntuneWrappedErrors)
{
    faults({{QStringLiteral("intuneErrorRate"), 1.0}});
    const Reply r = list();
    EXPECT_EQ(r.status, 500);
    const QJsonObject error = r.json().value(QLatin1String("error")).toObject();
    EXPECT_EQ(error.value(QLatin1String("code")).toString(), QLatin1String("InternalServerError"));
    const QJsonObject inner =
        QJsonDocument::fromJson(error.value(QLatin1String("message")).toString().toUtf8()).object();
    for (const char *key :
         {"_version", "Message", "CustomApiErrorPhrase", "RetryAfter", "ErrorSourceService", "HttpHeaders"}) {
        EXPECT_TRUE(inner.contains(QLatin1String(key))) << key;
    }
    EXPECT_TRUE(inner.value(QLatin1String("Message")).toString().contains(QLatin1String("Operation ID")));
}

TEST_F(sandbox_faults, BrokenBodies)
{
    faults({{QStringLiteral("truncateRate"), 1.0}});
    const Reply truncated = list();
    EXPECT_FALSE(truncated.jsonValid());
    EXPECT_NE(truncated.error,
              QNetworkReply::NoError); // the connection closed before Content-Length was reached
    faults({{QStringLiteral("malformedRate"), 1.0}});
    const Reply malformed = list();
    EXPECT_EQ(malformed.status, 200);
    EXPECT_EQ(malformed.error, QNetworkReply::NoError);
    EXPECT_FALSE(malformed.body.isEmpty());
    EXPECT_FALSE(malformed.jsonValid());
    faults({});
    EXPECT_TRUE(list().jsonValid());
}

TEST_F(sandbox_faults, Latency)
{
    faults({{QStringLiteral("latencyMs"), 400}});
    QNetworkRequest request(url(QStringLiteral("/v1.0/deviceManagement/managedDevices?$top=5")));
    request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    QNetworkReply *reply = m_nam->get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    // Held back by the server: not answered while the event loop runs for a fraction of the delay...
    EXPECT_FALSE(finished.wait(100));
    // ...then answered in full, saying what was injected.
    ASSERT_TRUE(finished.count() == 1 || finished.wait(20000));
    EXPECT_EQ(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    EXPECT_EQ(reply->rawHeader("x-sandbox-injected-latency-ms"), "400");
    reply->deleteLater();
    // Answers on one connection keep the order of their requests even with jitter.
    faults({{QStringLiteral("latencyMs"), 10}, {QStringLiteral("latencyJitterMs"), 60}});
    for (int k = 0; k < 5; ++k)
        EXPECT_EQ(list().status, 200);
}

TEST_F(sandbox_faults, TargetsAndLimits)
{
    faults({{QStringLiteral("errorRate"), 1.0},
            {QStringLiteral("errorStatuses"), QJsonArray{500}},
            {QStringLiteral("target"), QStringLiteral("actions")}});
    EXPECT_EQ(list().status, 200);
    EXPECT_EQ(
        post(QStringLiteral("/beta/deviceManagement/managedDevices/%1/resetPasscode").arg(deviceId(11)), {})
            .status,
        500);
    faults({{QStringLiteral("errorRate"), 1.0},
            {QStringLiteral("errorStatuses"), QJsonArray{500}},
            {QStringLiteral("target"), QStringLiteral("list")}});
    EXPECT_EQ(list().status, 500);
    EXPECT_EQ(get(QStringLiteral("/v1.0/deviceManagement/managedDevices/") + deviceId(0)).status, 200);
    faults({{QStringLiteral("errorRate"), 1.0},
            {QStringLiteral("errorStatuses"), QJsonArray{500}},
            {QStringLiteral("target"), QStringLiteral("re:^GET /beta/")}});
    EXPECT_EQ(list().status, 200);
    EXPECT_EQ(get(QStringLiteral("/beta/deviceManagement/managedDevices?$top=1")).status, 500);
    faults({{QStringLiteral("errorRate"), 1.0},
            {QStringLiteral("errorStatuses"), QJsonArray{500}},
            {QStringLiteral("maxFaults"), 2}});
    EXPECT_EQ(list().status, 500);
    EXPECT_EQ(list().status, 500);
    EXPECT_EQ(list().status, 200);
    // Bad settings are refused.
    EXPECT_EQ(post(QStringLiteral("/sandbox/faults"), R"({"errorRate":2})", QString()).status, 400);
    EXPECT_EQ(post(QStringLiteral("/sandbox/faults"), R"({"target":"everything"})", QString()).status, 400);
    EXPECT_EQ(
        post(QStringLiteral("/sandbox/faults"), R"({"dropRate":0.6,"errorRate":0.6})", QString()).status,
        400);
    EXPECT_EQ(post(QStringLiteral("/sandbox/faults"), R"({"frobnicate":1})", QString()).status, 400);
}

TEST_F(sandbox_faults, BatchItemsGetTheirOwnFaults)
{
    faults({{QStringLiteral("errorRate"), 1.0},
            {QStringLiteral("errorStatuses"), QJsonArray{503}},
            {QStringLiteral("target"), QStringLiteral("actions")}});
    const QByteArray body =
        QStringLiteral(
            R"({"requests":[{"id":"1","method":"POST","url":"/deviceManagement/managedDevices/%1/resetPasscode"},
                                              {"id":"2","method":"GET","url":"/deviceManagement/managedDevices?$top=1"}]})")
            .arg(deviceId(11))
            .toUtf8();
    const Reply r = post(QStringLiteral("/v1.0/$batch"), body);
    ASSERT_EQ(r.status, 200);
    const QJsonArray items = r.json().value(QLatin1String("responses")).toArray();
    EXPECT_EQ(items[0].toObject().value(QLatin1String("status")).toInt(), 503);
    EXPECT_FALSE(items[0]
                     .toObject()
                     .value(QLatin1String("headers"))
                     .toObject()
                     .value(QLatin1String("Retry-After"))
                     .toString()
                     .isEmpty());
    EXPECT_EQ(items[1].toObject().value(QLatin1String("status")).toInt(), 200);
}

TEST_F(sandbox_faults, TokensThatExpireEarly)
{
    control(QStringLiteral("faults"), {{QStringLiteral("tokenEarlyExpirySeconds"), 60}});
    EXPECT_EQ(list().status, 200);
    advance(61);
    const Reply expired = list();
    EXPECT_EQ(expired.status, 401);
    EXPECT_TRUE(expired.json()
                    .value(QLatin1String("error"))
                    .toObject()
                    .value(QLatin1String("message"))
                    .toString()
                    .contains(QLatin1String("expired")));
    // A fresh token works until it is 60 s old as well.
    EXPECT_EQ(get(QStringLiteral("/v1.0/deviceManagement/managedDevices?$top=1"), token()).status, 200);
    control(QStringLiteral("faults/reset"));
    EXPECT_EQ(list().status, 200);
}

TEST_F(sandbox_faults, StormsAnswer429ToEveryRequestAndBatchItemWhileTheyLast)
{
    const int before = auditCount();
    const QString action =
        QStringLiteral("/v1.0/deviceManagement/managedDevices/%1/resetPasscode").arg(deviceId(10));
    // A storm that never ends: every request, every item, 429 with Retry-After, nothing processed.
    faults({{QStringLiteral("stormEveryMs"), 1000},
            {QStringLiteral("stormMs"), 1000},
            {QStringLiteral("retryAfterSeconds"), 0.75}});
    const Reply throttled = list();
    EXPECT_EQ(throttled.status, 429);
    EXPECT_EQ(throttled.header("Retry-After"), "0.75");
    EXPECT_EQ(throttled.json().value(u"error").toObject().value(u"code").toString(), u"TooManyRequests");
    EXPECT_EQ(post(action, {}).status, 429);
    const QByteArray body =
        QStringLiteral(
            R"({"requests":[{"id":"1","method":"POST","url":"/deviceManagement/managedDevices/%1/resetPasscode"}]})")
            .arg(deviceId(11))
            .toUtf8();
    faults({{QStringLiteral("stormEveryMs"), 1000},
            {QStringLiteral("stormMs"), 1000},
            {QStringLiteral("target"), QStringLiteral("actions")}});
    const Reply batch = post(QStringLiteral("/v1.0/$batch"), body);
    ASSERT_EQ(batch.status, 200);
    EXPECT_EQ(batch.json().value(u"responses").toArray()[0].toObject().value(u"status").toInt(), 429);
    EXPECT_EQ(auditCount(), before);
    const QJsonObject counts =
        controlGet(QStringLiteral("state")).value(u"faults").toObject().value(u"counts").toObject();
    EXPECT_EQ(counts.value(u"storm429").toInteger(), 1); // since the switches last changed: the batch item

    // Storms of 500 ms every second: some requests meet one, some do not.
    faults({{QStringLiteral("stormEveryMs"), 1000}, {QStringLiteral("stormMs"), 500}});
    int refused = 0;
    int served = 0;
    for (int i = 0; i < 30; ++i) {
        const int status = list().status;
        refused += status == 429 ? 1 : 0;
        served += status == 200 ? 1 : 0;
        advance(0.09);
    }
    EXPECT_GT(refused, 5);
    EXPECT_GT(served, 5);
    EXPECT_EQ(refused + served, 30);
    // A storm longer than its period is refused; storms off, the default.
    EXPECT_EQ(
        post(QStringLiteral("/sandbox/faults"), R"({"stormEveryMs":100,"stormMs":200})", QString()).status,
        400);
    control(QStringLiteral("faults/reset"));
    EXPECT_EQ(list().status, 200);
}

TEST_F(sandbox_faults, CountsRequestsAnswersAndFaultsByKind)
{
    const auto counts = [this] {
        return controlGet(QStringLiteral("state")).value(u"faults").toObject().value(u"counts").toObject();
    };
    const QJsonObject before = counts();
    faults({{QStringLiteral("errorRate"), 1.0}, {QStringLiteral("errorStatuses"), QJsonArray{502}}});
    EXPECT_EQ(list().status, 502);
    EXPECT_EQ(list().status, 502);
    faults({{QStringLiteral("intuneErrorRate"), 1.0}, {QStringLiteral("latencyMs"), 1}});
    EXPECT_EQ(list().status, 500);
    control(QStringLiteral("faults/reset"));
    EXPECT_EQ(
        get(QStringLiteral("/v1.0/deviceManagement/managedDevices?$top=1"), QStringLiteral("x.y.z")).status,
        401);
    const QByteArray body =
        R"({"requests":[{"id":"1","method":"GET","url":"/deviceManagement/managedDevices?$top=1"},
                                            {"id":"2","method":"GET","url":"/deviceManagement/managedDevices?$top=2"}]})";
    EXPECT_EQ(post(QStringLiteral("/v1.0/$batch"), body).status, 200);
    const QJsonObject after = counts();
    EXPECT_EQ(after.value(u"graphRequests").toInteger() - before.value(u"graphRequests").toInteger(), 5);
    EXPECT_EQ(after.value(u"batchItems").toInteger() - before.value(u"batchItems").toInteger(), 2);
    EXPECT_EQ(after.value(u"unauthorized").toInteger() - before.value(u"unauthorized").toInteger(), 1);
    // Kinds count since the switches last changed (the reset above): the 502s and the Intune error were
    // counted before it, as the state showed then.
    EXPECT_EQ(after.value(u"error502").toInteger(), 0);
    faults({{QStringLiteral("errorRate"), 1.0}, {QStringLiteral("errorStatuses"), QJsonArray{502}}});
    list();
    faults({{QStringLiteral("truncateRate"), 0.5}, {QStringLiteral("malformedRate"), 0.5}});
    for (int i = 0; i < 6; ++i)
        list();
    const QJsonObject kinds = counts();
    EXPECT_EQ(kinds.value(u"truncate").toInteger() + kinds.value(u"malformed").toInteger(), 6);
    EXPECT_EQ(controlGet(QStringLiteral("state")).value(u"faults").toObject().value(u"injected").toInteger(),
              6);
}

TEST_F(sandbox_faults, TheActionsReceivedSinceServingAreListedWithoutTheHistory)
{
    const QJsonObject none = controlGet(QStringLiteral("actions"));
    EXPECT_EQ(none.value(u"count").toInteger(), 0); // the generated history is left out
    EXPECT_TRUE(none.value(u"value").toArray().isEmpty());
    for (int i : {10, 11})
        EXPECT_EQ(
            post(QStringLiteral("/beta/deviceManagement/managedDevices/%1/resetPasscode").arg(deviceId(i)),
                 {})
                .status,
            204);
    const QJsonObject two = controlGet(QStringLiteral("actions"));
    ASSERT_EQ(two.value(u"count").toInteger(), 2);
    const QJsonObject first = two.value(u"value").toArray()[0].toObject();
    EXPECT_EQ(first.value(u"deviceId").toString(), deviceId(10));
    EXPECT_EQ(first.value(u"action").toString(), u"resetPasscode");
    EXPECT_EQ(first.value(u"initiatedBy").toString(), u"helpdesk@contoso-sandbox.onmicrosoft.com");
    EXPECT_EQ(first.value(u"state").toString(), u"pending");
    EXPECT_FALSE(first.value(u"requestDateTime").toString().isEmpty());
    const QJsonObject paged = controlGet(QStringLiteral("actions?from=1&limit=5"));
    ASSERT_EQ(paged.value(u"value").toArray().size(), 1);
    EXPECT_EQ(paged.value(u"value").toArray()[0].toObject().value(u"deviceId").toString(), deviceId(11));
}

TEST(sandbox_faults_determinism, SameSeedSameFaultSequence)
{
    auto sequence = [](quint64 seed) {
        SandboxOptions o = testOptions(10, seed);
        o.faults.errorRate = 0.5;
        o.faults.errorStatuses = {503};
        SandboxServer server(o);
        const QString t = server.mintAccessToken(o.defaultUpn, SandboxServer::defaultScopes());
        QString pattern;
        for (int k = 0; k < 40; ++k) {
            HttpRequest request;
            request.method = "GET";
            request.path = QStringLiteral("/v1.0/deviceManagement/managedDevices");
            request.headers = {{"Authorization", "Bearer " + t.toLatin1()}};
            request.baseUrl = "http://127.0.0.1:1";
            FaultDecision fault;
            pattern += server.handleLocal(request, &fault).status == 503 ? u'x' : u'.';
        }
        return pattern;
    };
    const QString first = sequence(5);
    EXPECT_EQ(first, sequence(5));
    EXPECT_NE(first, sequence(6));
    EXPECT_TRUE(first.contains(u'x'));
    EXPECT_TRUE(first.contains(u'.'));
}

TEST(sandbox_faults_options, CommandLineSwitches)
{
    QCommandLineParser parser;
    SandboxOptions::addToParser(parser);
    ASSERT_TRUE(parser.parse({QStringLiteral("passcode-sandbox"),
                              QStringLiteral("--fault-latency"),
                              QStringLiteral("250"),
                              QStringLiteral("--fault-error-rate"),
                              QStringLiteral("0.1"),
                              QStringLiteral("--fault-error-statuses"),
                              QStringLiteral("503,504"),
                              QStringLiteral("--fault-drop-rate"),
                              QStringLiteral("0.05"),
                              QStringLiteral("--fault-truncate-rate"),
                              QStringLiteral("0.05"),
                              QStringLiteral("--fault-malformed-rate"),
                              QStringLiteral("0.05"),
                              QStringLiteral("--fault-intune-rate"),
                              QStringLiteral("0.05"),
                              QStringLiteral("--fault-target"),
                              QStringLiteral("list,actions"),
                              QStringLiteral("--fault-token-expiry"),
                              QStringLiteral("120"),
                              QStringLiteral("--throttle-scale"),
                              QStringLiteral("0.1"),
                              QStringLiteral("--seed"),
                              QStringLiteral("training"),
                              QStringLiteral("--devices"),
                              QStringLiteral("100000")}));
    QString error;
    const auto o = SandboxOptions::fromParser(parser, &error);
    ASSERT_TRUE(o.has_value()) << error.toStdString();
    EXPECT_EQ(o->faults.latencyMs, 250);
    EXPECT_DOUBLE_EQ(o->faults.errorRate, 0.1);
    EXPECT_EQ(o->faults.errorStatuses, (QList<int>{503, 504}));
    EXPECT_DOUBLE_EQ(o->faults.dropRate, 0.05);
    EXPECT_EQ(o->faults.target, QLatin1String("list,actions"));
    EXPECT_EQ(o->tokenEarlyExpirySeconds, 120);
    EXPECT_DOUBLE_EQ(o->throttleScale, 0.1);
    EXPECT_EQ(o->seed, SandboxOptions::parseSeed(QStringLiteral("training")));
    EXPECT_EQ(o->devices, 100000);

    QCommandLineParser bad;
    SandboxOptions::addToParser(bad);
    ASSERT_TRUE(
        bad.parse({QStringLiteral("passcode-sandbox"), QStringLiteral("--fault-error-rate"),
                   QStringLiteral("0.7"), QStringLiteral("--fault-drop-rate"), QStringLiteral("0.7")}));
    EXPECT_FALSE(SandboxOptions::fromParser(bad, &error).has_value());
}
