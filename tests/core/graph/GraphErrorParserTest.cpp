// SPDX-License-Identifier: GPL-3.0-or-later
#include "GraphTestSupport.h"

#include "core/graph/GraphErrorParser.h"

using namespace passcode::graph;
using namespace passcode::graph::test;

TEST(graph_ErrorParser, NestedInnerErrorKeepsTheInnermostMeaningfulCode)
{
    const GraphErrorInfo info =
        GraphErrorParser::parse(fixture(QStringLiteral("error_nested_innererror.json")));
    EXPECT_TRUE(info.recognised);
    EXPECT_EQ(info.topCode, QStringLiteral("BadRequest"));
    EXPECT_EQ(info.code, QStringLiteral("invalidFilterClause")); // "400" below it is only a number
    EXPECT_EQ(info.message, QStringLiteral("Invalid filter clause"));
    EXPECT_EQ(info.requestId, QStringLiteral("11111111-2222-3333-4444-555555555555"));
    EXPECT_EQ(info.clientRequestId, QStringLiteral("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"));
    ASSERT_EQ(info.details.size(), 1);
    EXPECT_EQ(info.details.first(),
              QStringLiteral("invalidProperty: Property 'nope' does not exist. (nope)"));
    EXPECT_FALSE(info.intuneWrapped);
}

TEST(graph_ErrorParser, IntuneJsonInMessageOneLevel)
{
    const GraphErrorInfo info = GraphErrorParser::parse(fixture(QStringLiteral("error_intune_wrapped.json")));
    EXPECT_TRUE(info.intuneWrapped);
    EXPECT_EQ(info.code, QStringLiteral("Forbidden"));
    EXPECT_EQ(info.message,
              QStringLiteral("Application is not authorized to perform this operation. Application "
                             "must have one of the following scopes: "
                             "DeviceManagementManagedDevices.Read.All, "
                             "DeviceManagementManagedDevices.ReadWrite.All"));
    EXPECT_EQ(info.activityId, QStringLiteral("63425837-1eb9-456b-ac28-6ee81d0627f5"));
    EXPECT_EQ(info.requiredScopes,
              (QStringList{QStringLiteral("DeviceManagementManagedDevices.Read.All"),
                           QStringLiteral("DeviceManagementManagedDevices.ReadWrite.All")}));
    EXPECT_EQ(info.requestId, QStringLiteral("07b03020-fe32-4d2a-9176-e351c39cfcbe"));
    EXPECT_FALSE(info.retryAfterSeconds.has_value()); // "RetryAfter": null
    EXPECT_FALSE(info.supportText().contains(QLatin1String("manage.microsoft.com")));
}

TEST(graph_ErrorParser, IntuneJsonInMessageTwoLevelsWithErrorCode)
{
    const GraphErrorInfo info =
        GraphErrorParser::parse(fixture(QStringLiteral("error_intune_wrapped_forbidden.json")));
    EXPECT_TRUE(info.intuneWrapped);
    EXPECT_EQ(info.topCode, QStringLiteral("UnknownError"));
    EXPECT_EQ(info.code, QStringLiteral("Forbidden"));
    EXPECT_EQ(info.message, QStringLiteral("An error has occurred"));
    EXPECT_EQ(info.activityId, QStringLiteral("ce80e7e8-8a96-4c03-898c-d85f9cdf805a"));
    EXPECT_EQ(info.requestId, QStringLiteral("9c0b4bd1-0c1e-4a8a-8a38-2f2f5b1c0001"));
    EXPECT_TRUE(info.requiredScopes.isEmpty());
}

TEST(graph_ErrorParser, IntuneRetryAfterAndPhrase)
{
    const GraphErrorInfo info =
        GraphErrorParser::parse(fixture(QStringLiteral("error_intune_wrapped_internal.json")));
    EXPECT_EQ(info.code, QStringLiteral("InternalServerError"));
    ASSERT_TRUE(info.retryAfterSeconds.has_value());
    EXPECT_DOUBLE_EQ(*info.retryAfterSeconds, 4.0);
    EXPECT_TRUE(info.details.contains(QStringLiteral("StatefulDevicePolicyProviderValidate")));
    EXPECT_EQ(info.message, QStringLiteral("An internal server error has occurred"));
}

TEST(graph_ErrorParser, MissingScopeMessageNamesThePermission)
{
    const GraphErrorInfo info =
        GraphErrorParser::parse(fixture(QStringLiteral("error_403_missing_scope.json")));
    EXPECT_EQ(info.code, QStringLiteral("accessDenied"));
    EXPECT_EQ(info.requiredScopes,
              QStringList{QStringLiteral("DeviceManagementManagedDevices.PrivilegedOperations.All")});
}

TEST(graph_ErrorParser, RequiredScopesStopAtTheEndOfTheirSentence)
{
    const GraphErrorInfo info = GraphErrorParser::parse(QByteArray(
        R"({"error":{"code":"Forbidden","message":"Application is not authorized to perform this operation. )"
        R"(Application must have one of the following scopes: DeviceManagementManagedDevices.PrivilegedOperations.All. )"
        R"(Scopes on the request: 'DeviceManagementManagedDevices.Read.All' - Operation ID (for customer support): )"
        R"(abc - Url: /beta/x"}})"));
    EXPECT_EQ(info.requiredScopes,
              QStringList{QStringLiteral("DeviceManagementManagedDevices.PrivilegedOperations.All")});
}

TEST(graph_ErrorParser, LegacyODataEnvelope)
{
    const GraphErrorInfo info = GraphErrorParser::parse(fixture(QStringLiteral("error_legacy_odata.json")));
    EXPECT_TRUE(info.recognised);
    EXPECT_EQ(info.code, QStringLiteral("Authorization_RequestDenied"));
    EXPECT_EQ(info.message, QStringLiteral("Insufficient privileges to complete the operation."));
    EXPECT_EQ(info.requestId, QStringLiteral("fe36e250-b195-4663-8d97-7f41161dd500"));
}

TEST(graph_ErrorParser, SharedGenericExample)
{
    const GraphErrorInfo info = GraphErrorParser::parse(
        readFile(sharedExamplePath(QStringLiteral("error-graph-generic.doc-sample.json"))));
    EXPECT_TRUE(info.recognised);
    EXPECT_EQ(info.code, QStringLiteral("invalidRange"));
    EXPECT_EQ(info.message, QStringLiteral("Uploaded fragment overlaps with existing data."));
    EXPECT_EQ(info.requestId, QStringLiteral("request-id")); // innerError.requestId (camelCase form)
    EXPECT_EQ(info.date, QStringLiteral("date-time"));
}

TEST(graph_ErrorParser, SharedThrottledExample)
{
    const GraphErrorInfo info = GraphErrorParser::parse(
        readFile(sharedExamplePath(QStringLiteral("error-429-throttled.doc-sample.json"))));
    EXPECT_EQ(info.code, QStringLiteral("TooManyRequests")); // innerError code "429" is not meaningful
    EXPECT_EQ(info.message, QStringLiteral("Please retry again later."));
    EXPECT_EQ(info.requestId, QStringLiteral("94fb3b52-452a-4535-a601-69e0a90e3aa2"));
}

TEST(graph_ErrorParser, OAuthStyleError)
{
    const GraphErrorInfo info = GraphErrorParser::parse(
        readFile(sharedExamplePath(QStringLiteral("token-endpoint-error.doc-sample.json"))));
    EXPECT_TRUE(info.recognised);
    EXPECT_EQ(info.code, QStringLiteral("invalid_scope"));
    EXPECT_TRUE(info.message.startsWith(QLatin1String("AADSTS70011")));
}

TEST(graph_ErrorParser, UnreadableBodies)
{
    EXPECT_FALSE(GraphErrorParser::parse(QByteArray("<html><body>502 Bad Gateway</body></html>")).recognised);
    EXPECT_FALSE(GraphErrorParser::parse(QByteArray()).recognised);
    EXPECT_FALSE(GraphErrorParser::parse(QByteArray("{\"value\":[]}")).recognised);
    // A message that looks like JSON but is not stays as text.
    const GraphErrorInfo info =
        GraphErrorParser::parse(QByteArray(R"({"error":{"code":"x","message":"{oops"}})"));
    EXPECT_EQ(info.message, QStringLiteral("{oops"));
    EXPECT_FALSE(info.intuneWrapped);
}
