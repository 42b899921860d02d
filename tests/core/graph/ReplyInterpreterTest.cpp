// SPDX-License-Identifier: GPL-3.0-or-later
#include "GraphTestSupport.h"

#include "core/graph/ReplyInterpreter.h"

using namespace passcode::graph;
using namespace passcode::graph::test;

namespace {

const QUrl Origin(QStringLiteral("https://graph.microsoft.com"));
const QUrl DevicesUrl(QStringLiteral("https://graph.microsoft.com/v1.0/deviceManagement/managedDevices"));

InterpretContext readContext(QStringList required = {})
{
    InterpretContext c;
    c.method = HttpMethod::Get;
    c.kind = RequestKind::Read;
    c.requiredFields = std::move(required);
    c.origin = Origin;
    c.maxRedirects = 3;
    c.now = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
    c.sentClientRequestId = QStringLiteral("sent-id");
    return c;
}

InterpretContext actionContext()
{
    InterpretContext c = readContext();
    c.method = HttpMethod::Post;
    c.kind = RequestKind::Action;
    return c;
}

RawReply answer(int status, QByteArray body = {}, QList<QPair<QByteArray, QByteArray>> headers = {})
{
    RawReply r;
    r.httpStatus = status;
    r.body = std::move(body);
    r.headers = std::move(headers);
    r.url = DevicesUrl;
    return r;
}

RawReply transport(QNetworkReply::NetworkError error, int status = 0)
{
    RawReply r;
    r.networkError = error;
    r.networkErrorString = QStringLiteral("qt text");
    r.httpStatus = status;
    r.url = DevicesUrl;
    return r;
}

} // namespace

// --- 1. Transport
// -------------------------------------------------------------------------------------------

TEST(graph_ReplyInterpreter, TransportErrorOfAReadIsRetriable)
{
    const Interpretation in =
        ReplyInterpreter::interpret(transport(QNetworkReply::RemoteHostClosedError), readContext());
    EXPECT_EQ(in.disposition, Disposition::RetryIfBudget);
    ASSERT_TRUE(in.result.error);
    EXPECT_EQ(in.result.error->kind, Kind::Network);
    EXPECT_EQ(in.result.error->detail, QStringLiteral("qt text"));
    EXPECT_EQ(in.result.error->clientRequestId, QStringLiteral("sent-id"));
}

TEST(graph_ReplyInterpreter, TimeoutOfAReadIsRetriable)
{
    RawReply r = transport(QNetworkReply::OperationCanceledError);
    r.timedOut = true;
    const Interpretation in = ReplyInterpreter::interpret(r, readContext());
    EXPECT_EQ(in.disposition, Disposition::RetryIfBudget);
    EXPECT_EQ(in.result.error->kind, Kind::Timeout);
}

TEST(graph_ReplyInterpreter, TransportErrorWinsOverAStatusAlreadyReceived)
{
    // Status and headers arrived, then the connection dropped mid-body: a transport failure, not a 200.
    const Interpretation in =
        ReplyInterpreter::interpret(transport(QNetworkReply::RemoteHostClosedError, 200), readContext());
    EXPECT_EQ(in.disposition, Disposition::RetryIfBudget);
    EXPECT_EQ(in.result.error->kind, Kind::Network);
}

TEST(graph_ReplyInterpreter, ActionTimeoutOrResetIsOutcomeUnknownAndFinal)
{
    RawReply timeout = transport(QNetworkReply::OperationCanceledError);
    timeout.timedOut = true;
    for (const RawReply &r : {timeout, transport(QNetworkReply::RemoteHostClosedError),
                              transport(QNetworkReply::RemoteHostClosedError, 204),
                              transport(QNetworkReply::TemporaryNetworkFailureError)}) {
        const Interpretation in = ReplyInterpreter::interpret(r, actionContext());
        EXPECT_EQ(in.disposition, Disposition::Fail);
        EXPECT_EQ(in.result.error->kind, Kind::OutcomeUnknown);
    }
}

TEST(graph_ReplyInterpreter, RefusedReSendOfAnActionIsOutcomeUnknown)
{
    // Qt's HTTP layer wanted to send the action again after the server closed the connection;
    // NonReplayableBody refused, so Qt reports ContentReSendError (a "content" error code, but no HTTP
    // answer).
    const Interpretation in =
        ReplyInterpreter::interpret(transport(QNetworkReply::ContentReSendError, 0), actionContext());
    EXPECT_EQ(in.disposition, Disposition::Fail);
    EXPECT_EQ(in.result.error->kind, Kind::OutcomeUnknown);
    const Interpretation withStatus =
        ReplyInterpreter::interpret(transport(QNetworkReply::ContentReSendError, 200), actionContext());
    EXPECT_EQ(withStatus.result.error->kind, Kind::OutcomeUnknown);
}

TEST(graph_ReplyInterpreter, ActionThatProvablyNeverLeftIsANetworkErrorNotUnknown)
{
    for (auto e : {QNetworkReply::ConnectionRefusedError, QNetworkReply::HostNotFoundError,
                   QNetworkReply::SslHandshakeFailedError}) {
        const Interpretation in = ReplyInterpreter::interpret(transport(e), actionContext());
        EXPECT_EQ(in.disposition, Disposition::Fail);
        EXPECT_EQ(in.result.error->kind, Kind::Network);
        EXPECT_TRUE(in.result.error->message.contains(QLatin1String("not sent")));
    }
}

TEST(graph_ReplyInterpreter, TransportMessagesAreMappedOnce)
{
    EXPECT_NE(ReplyInterpreter::transportMessage(QNetworkReply::ConnectionRefusedError),
              ReplyInterpreter::transportMessage(QNetworkReply::HostNotFoundError));
    EXPECT_FALSE(ReplyInterpreter::transportMessage(QNetworkReply::UnknownNetworkError).isEmpty());
}

// --- 2. Status
// ----------------------------------------------------------------------------------------------

TEST(graph_ReplyInterpreter, QtContentErrorsAreReadAsStatuses)
{
    RawReply r = answer(404, fixture(QStringLiteral("error_nested_innererror.json")));
    r.networkError = QNetworkReply::ContentNotFoundError;
    const Interpretation in = ReplyInterpreter::interpret(r, readContext());
    EXPECT_EQ(in.disposition, Disposition::Fail);
    EXPECT_EQ(in.result.error->kind, Kind::NotFound);
    EXPECT_EQ(in.result.error->httpStatus, 404);
    EXPECT_EQ(in.result.error->code, QStringLiteral("invalidFilterClause"));
}

TEST(graph_ReplyInterpreter, BadRequestKeepsGraphMessageInDetail)
{
    const Interpretation in = ReplyInterpreter::interpret(
        answer(400, fixture(QStringLiteral("error_400_invalid_filter.json"))), readContext());
    EXPECT_EQ(in.disposition, Disposition::Fail);
    EXPECT_EQ(in.result.error->kind, Kind::Http);
    EXPECT_EQ(in.result.error->code, QStringLiteral("BadRequest"));
    EXPECT_TRUE(in.result.error->detail.contains(QLatin1String("Invalid filter clause")));
    EXPECT_EQ(in.result.error->requestId, QStringLiteral("0a0a0a0a-1b1b-2c2c-3d3d-4e4e4e4e4e4e"));
    EXPECT_EQ(in.result.error->clientRequestId, QStringLiteral("sent-id")); // what we sent wins for support
}

TEST(graph_ReplyInterpreter, HeaderRequestIdWinsOverBody)
{
    const Interpretation in =
        ReplyInterpreter::interpret(answer(400, fixture(QStringLiteral("error_400_invalid_filter.json")),
                                           {{"request-id", "from-header"}}),
                                    readContext());
    EXPECT_EQ(in.result.requestId, QStringLiteral("from-header"));
    EXPECT_EQ(in.result.error->requestId, QStringLiteral("from-header"));
}

TEST(graph_ReplyInterpreter, UnauthorizedAsksForOneRefresh)
{
    const Interpretation in = ReplyInterpreter::interpret(answer(401), actionContext());
    EXPECT_EQ(in.disposition, Disposition::RefreshToken);
    EXPECT_EQ(in.result.error->kind, Kind::Auth);
}

TEST(graph_ReplyInterpreter, NotFound)
{
    const Interpretation in = ReplyInterpreter::interpret(answer(404), readContext());
    EXPECT_EQ(in.result.error->kind, Kind::NotFound);
}

TEST(graph_ReplyInterpreter, ThrottledWithRetryAfterForReadsAndActions)
{
    for (const InterpretContext &c : {readContext(), actionContext()}) {
        const Interpretation in = ReplyInterpreter::interpret(
            answer(429, readFile(sharedExamplePath(QStringLiteral("error-429-throttled.doc-sample.json"))),
                   {{"Retry-After", "2.128"}}),
            c);
        EXPECT_EQ(in.disposition, Disposition::RetryNotProcessed);
        EXPECT_EQ(in.result.error->kind, Kind::Throttled);
        EXPECT_EQ(in.result.error->code, QStringLiteral("TooManyRequests"));
        ASSERT_TRUE(in.retryAfterMs);
        EXPECT_EQ(*in.retryAfterMs, 2128);
        EXPECT_DOUBLE_EQ(in.result.error->retryAfterSeconds, 2.128);
        EXPECT_DOUBLE_EQ(in.result.retryAfterSeconds, 2.128);
    }
}

TEST(graph_ReplyInterpreter, RetryAfterAsHttpDate)
{
    const Interpretation in = ReplyInterpreter::interpret(
        answer(503, {}, {{"Retry-After", "Sun, 01 Nov 2026 09:00:07 GMT"}}), readContext());
    EXPECT_EQ(in.disposition, Disposition::RetryNotProcessed);
    EXPECT_EQ(in.result.error->kind, Kind::Unavailable);
    EXPECT_EQ(in.retryAfterMs, 7000);
}

TEST(graph_ReplyInterpreter, AbsurdIntuneRetryAfterIsClamped)
{
    // Intune's RetryAfter inside the wrapped message, as a number or a string, far out of any range.
    for (const char *value : {"3e9", "1e16", "1e300", "\\\"1e16\\\""}) {
        QByteArray body = fixture(QStringLiteral("error_intune_wrapped_internal.json"));
        body.replace("\\\"RetryAfter\\\": \\\"4\\\"", QByteArray(QByteArray("\\\"RetryAfter\\\": ") + value));
        ASSERT_FALSE(body.contains("\\\"RetryAfter\\\": \\\"4\\\"")) << body.toStdString();
        const Interpretation in = ReplyInterpreter::interpret(answer(503, body), readContext());
        ASSERT_TRUE(in.retryAfterMs) << value;
        EXPECT_GE(*in.retryAfterMs, 0) << value;
        EXPECT_LE(*in.retryAfterMs, kMaxRetryAfterMs) << value;
    }
}

TEST(graph_ReplyInterpreter, IntuneRetryAfterIsUsedWhenTheHeaderIsMissing)
{
    const Interpretation in = ReplyInterpreter::interpret(
        answer(503, fixture(QStringLiteral("error_intune_wrapped_internal.json"))), readContext());
    EXPECT_EQ(in.retryAfterMs, 4000);
}

TEST(graph_ReplyInterpreter, ServerErrorsAreTransientForReadsAndUnknownForActions)
{
    for (int status : {500, 502, 504}) {
        const Interpretation read = ReplyInterpreter::interpret(answer(status), readContext());
        EXPECT_EQ(read.disposition, Disposition::RetryIfBudget) << status;
        EXPECT_EQ(read.result.error->kind, Kind::Unavailable);
        const Interpretation action = ReplyInterpreter::interpret(answer(status), actionContext());
        EXPECT_EQ(action.disposition, Disposition::Fail) << status;
        EXPECT_EQ(action.result.error->kind, Kind::OutcomeUnknown);
        EXPECT_EQ(action.result.error->httpStatus, status);
    }
    const Interpretation unavailable = ReplyInterpreter::interpret(answer(503), actionContext());
    EXPECT_EQ(unavailable.disposition, Disposition::RetryNotProcessed);
}

TEST(graph_ReplyInterpreter, OtherStatusesAreHttpErrors)
{
    for (int status : {405, 409, 412, 501}) {
        const Interpretation in = ReplyInterpreter::interpret(answer(status), readContext());
        EXPECT_EQ(in.disposition, Disposition::Fail);
        EXPECT_EQ(in.result.error->kind, Kind::Http);
        EXPECT_EQ(in.result.error->httpStatus, status);
    }
}

TEST(graph_ReplyInterpreter, NonJsonErrorBodyKeepsTheStatusKind)
{
    const Interpretation in =
        ReplyInterpreter::interpret(answer(502, "<html>Bad gateway</html>"), readContext());
    EXPECT_EQ(in.result.error->kind, Kind::Unavailable);
    EXPECT_TRUE(in.result.error->code.isEmpty());
}

// --- 403
// ----------------------------------------------------------------------------------------------------

TEST(graph_ReplyInterpreter, ForbiddenReadNamesTheReadPermission)
{
    const Interpretation in = ReplyInterpreter::interpret(
        answer(403,
               R"({"error":{"code":"accessDenied","message":"Missing scope permissions on the request."}})"),
        readContext());
    EXPECT_EQ(in.result.error->kind, Kind::Permission);
    EXPECT_TRUE(in.result.error->message.contains(QLatin1String("DeviceManagementManagedDevices.Read.All")));
    EXPECT_FALSE(in.result.error->message.contains(QLatin1String("Help Desk")));
}

TEST(graph_ReplyInterpreter, ForbiddenActionNamesThePrivilegedPermission)
{
    const Interpretation in = ReplyInterpreter::interpret(
        answer(403, fixture(QStringLiteral("error_403_missing_scope.json"))), actionContext());
    EXPECT_EQ(in.result.error->kind, Kind::Permission);
    EXPECT_TRUE(in.result.error->message.contains(
        QLatin1String("DeviceManagementManagedDevices.PrivilegedOperations.All")));
    EXPECT_FALSE(in.result.error->message.contains(QLatin1String("Help Desk")));
}

TEST(graph_ReplyInterpreter, ForbiddenWithScopesNamedByIntuneUsesThem)
{
    const Interpretation in = ReplyInterpreter::interpret(
        answer(403, fixture(QStringLiteral("error_intune_wrapped.json"))), readContext());
    EXPECT_EQ(in.result.error->kind, Kind::Permission);
    EXPECT_TRUE(in.result.error->message.contains(QLatin1String(
        "DeviceManagementManagedDevices.Read.All or DeviceManagementManagedDevices.ReadWrite.All")));
    EXPECT_TRUE(in.result.error->detail.contains(QLatin1String("63425837-1eb9-456b-ac28-6ee81d0627f5")));
}

TEST(graph_ReplyInterpreter, ForbiddenByIntuneRbacNamesTheRole)
{
    const Interpretation action = ReplyInterpreter::interpret(
        answer(403, fixture(QStringLiteral("error_403_intune_rbac.json"))), actionContext());
    EXPECT_EQ(action.result.error->kind, Kind::Permission);
    EXPECT_TRUE(action.result.error->message.contains(QLatin1String("Help Desk Operator")));
    EXPECT_TRUE(action.result.error->message.contains(QLatin1String("Reset passcode")));
    EXPECT_FALSE(action.result.error->message.contains(QLatin1String("PrivilegedOperations")));

    // Twice-wrapped "ErrorCode":"Forbidden" with no word on scopes comes from Intune's own checks: a role.
    const Interpretation read = ReplyInterpreter::interpret(
        answer(403, fixture(QStringLiteral("error_intune_wrapped_forbidden.json"))), readContext());
    EXPECT_EQ(read.result.error->code, QStringLiteral("Forbidden"));
    EXPECT_TRUE(read.result.error->message.contains(QLatin1String("Read Only Operator")));
}

TEST(graph_ReplyInterpreter, ForbiddenWithoutAnyHintNamesBoth)
{
    const Interpretation in = ReplyInterpreter::interpret(answer(403), actionContext());
    EXPECT_TRUE(in.result.error->message.contains(
        QLatin1String("DeviceManagementManagedDevices.PrivilegedOperations.All")));
    EXPECT_TRUE(in.result.error->message.contains(QLatin1String("Help Desk Operator")));
}

TEST(graph_ReplyInterpreter, ConditionalAccessClaimsNeedASignIn)
{
    const Interpretation in = ReplyInterpreter::interpret(
        answer(403, R"({"error":{"code":"insufficient_claims","message":"Conditional access"}})"),
        readContext());
    EXPECT_EQ(in.result.error->kind, Kind::Auth);
}

// --- Redirects (status, then security)
// ----------------------------------------------------------------------

TEST(graph_ReplyInterpreter, RedirectOnTheSameOriginIsFollowed)
{
    const Interpretation in =
        ReplyInterpreter::interpret(answer(302, {}, {{"Location", "/v1.0/elsewhere?x=1"}}), readContext());
    EXPECT_EQ(in.disposition, Disposition::Redirect);
    EXPECT_EQ(in.redirectTo.toString(), QStringLiteral("https://graph.microsoft.com/v1.0/elsewhere?x=1"));
}

TEST(graph_ReplyInterpreter, RedirectRefusals)
{
    const auto kindOf = [](const RawReply &r, const InterpretContext &c) {
        const Interpretation in = ReplyInterpreter::interpret(r, c);
        EXPECT_EQ(in.disposition, Disposition::Fail);
        return in.result.error ? in.result.error->kind : Kind::Internal;
    };
    EXPECT_EQ(kindOf(answer(302, {}, {{"Location", "https://evil.example.com/v1.0/x"}}), readContext()),
              Kind::Security);
    EXPECT_EQ(kindOf(answer(301, {}, {{"Location", "http://graph.microsoft.com/v1.0/x"}}), readContext()),
              Kind::Security);
    EXPECT_EQ(
        kindOf(answer(307, {}, {{"Location", "https://graph.microsoft.com:8443/v1.0/x"}}), readContext()),
        Kind::Security);
    InterpretContext tooMany = readContext();
    tooMany.redirectHops = 3;
    EXPECT_EQ(kindOf(answer(302, {}, {{"Location", "/v1.0/x"}}), tooMany), Kind::Security);
    EXPECT_EQ(kindOf(answer(302), readContext()), Kind::Http); // no Location
    // A POST is not turned into a GET, nor re-sent on 301/302/303.
    EXPECT_EQ(kindOf(answer(302, {}, {{"Location", "/v1.0/x"}}), actionContext()), Kind::Http);
    InterpretContext batchItem = readContext();
    batchItem.batchItem = true;
    EXPECT_EQ(kindOf(answer(302, {}, {{"Location", "/v1.0/x"}}), batchItem), Kind::Http);
}

TEST(graph_ReplyInterpreter, TemporaryRedirectKeepsThePost)
{
    const Interpretation in =
        ReplyInterpreter::interpret(answer(307, {}, {{"Location", "/v1.0/y"}}), actionContext());
    EXPECT_EQ(in.disposition, Disposition::Redirect);
}

// --- 3. JSON
// ------------------------------------------------------------------------------------------------

TEST(graph_ReplyInterpreter, TruncatedBodyIsParseErrorRetriableForReads)
{
    const QByteArray full = QJsonDocument(page(devices(0, 3))).toJson(QJsonDocument::Compact);
    const Interpretation in =
        ReplyInterpreter::interpret(answer(200, full.left(full.size() / 2)), readContext());
    EXPECT_EQ(in.disposition, Disposition::RetryIfBudget);
    EXPECT_TRUE(in.unreadableBody);
    EXPECT_EQ(in.result.error->kind, Kind::Parse);
    EXPECT_FALSE(in.result.error->detail.contains(QLatin1String("device-0"))); // never the body itself
}

TEST(graph_ReplyInterpreter, UnreadableBodyOfAProcessedActionIsFinal)
{
    const Interpretation in = ReplyInterpreter::interpret(answer(200, "{\"x\":"), actionContext());
    EXPECT_EQ(in.disposition, Disposition::Fail);
    EXPECT_EQ(in.result.error->kind, Kind::Parse);
}

TEST(graph_ReplyInterpreter, EmptyBodies)
{
    EXPECT_EQ(ReplyInterpreter::interpret(answer(204), actionContext()).disposition, Disposition::Success);
    EXPECT_EQ(ReplyInterpreter::interpret(answer(204), readContext()).disposition, Disposition::Success);
    const Interpretation emptyGet = ReplyInterpreter::interpret(answer(200), readContext());
    EXPECT_EQ(emptyGet.disposition, Disposition::RetryIfBudget);
    EXPECT_EQ(emptyGet.result.error->kind, Kind::Parse);
}

TEST(graph_ReplyInterpreter, JsonThatIsNotAnObject)
{
    const Interpretation in = ReplyInterpreter::interpret(answer(200, "[1,2]"), readContext());
    EXPECT_EQ(in.disposition, Disposition::Fail);
    EXPECT_EQ(in.result.error->kind, Kind::Parse);
}

// --- 4. Required fields
// -------------------------------------------------------------------------------------

TEST(graph_ReplyInterpreter, MissingRequiredField)
{
    const Interpretation in =
        ReplyInterpreter::interpret(answer(200, R"({"items":[]})"), readContext({QStringLiteral("value")}));
    EXPECT_EQ(in.disposition, Disposition::Fail);
    EXPECT_EQ(in.result.error->kind, Kind::Parse);
    EXPECT_TRUE(in.result.error->message.contains(QLatin1String("value")));
    const Interpretation ok =
        ReplyInterpreter::interpret(answer(200, R"({"value":[]})"), readContext({QStringLiteral("value")}));
    EXPECT_EQ(ok.disposition, Disposition::Success);
    EXPECT_TRUE(ok.result.json.value(QLatin1String("value")).isArray());
}

// --- 5. Security
// --------------------------------------------------------------------------------------------

TEST(graph_ReplyInterpreter, AnswerFromAnotherOriginIsRefused)
{
    RawReply r = answer(200, R"({"value":[]})");
    r.url = QUrl(QStringLiteral("https://other.example.com/v1.0/x"));
    const Interpretation in = ReplyInterpreter::interpret(r, readContext());
    EXPECT_EQ(in.disposition, Disposition::Fail);
    EXPECT_EQ(in.result.error->kind, Kind::Security);
    EXPECT_TRUE(in.result.json.isEmpty());
}

TEST(graph_ReplyInterpreter, HttpsRequiredExceptLoopback)
{
    const QUrl loopback(QStringLiteral("http://127.0.0.1:8080"));
    EXPECT_FALSE(
        ReplyInterpreter::checkTarget(QUrl(QStringLiteral("http://127.0.0.1:8080/v1.0/x")), loopback));
    EXPECT_FALSE(ReplyInterpreter::checkTarget(QUrl(QStringLiteral("http://[::1]:9/v1.0/x")),
                                               QUrl(QStringLiteral("http://[::1]:9"))));
    EXPECT_FALSE(ReplyInterpreter::checkTarget(QUrl(QStringLiteral("http://localhost:9/x")),
                                               QUrl(QStringLiteral("http://localhost:9"))));
    EXPECT_FALSE(
        ReplyInterpreter::checkTarget(QUrl(QStringLiteral("https://graph.microsoft.com/v1.0/x")), Origin));

    const auto refused = ReplyInterpreter::checkTarget(QUrl(QStringLiteral("http://example.com/v1.0/x")),
                                                       QUrl(QStringLiteral("http://example.com")));
    ASSERT_TRUE(refused);
    EXPECT_EQ(refused->kind, Kind::Security);
    EXPECT_TRUE(ReplyInterpreter::checkTarget(QUrl(QStringLiteral("http://127.0.0.1:8081/x")), loopback));
    EXPECT_TRUE(ReplyInterpreter::checkTarget(QUrl(QStringLiteral("ftp://graph.microsoft.com/x")), Origin));
    EXPECT_TRUE(ReplyInterpreter::isLoopbackHost(QStringLiteral("127.0.0.5")));
    EXPECT_FALSE(ReplyInterpreter::isLoopbackHost(QStringLiteral("127.0.0.1.example.com")));
}
