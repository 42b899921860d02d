// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/devices/DeviceJson.h"
#include "DeviceTestData.h"

#include <gtest/gtest.h>

#include <QJsonArray>

using namespace passcode;
using namespace passcode::devices;
using passcode::testdata::readJsonObject;

namespace {

QJsonObject fromJson(const char *json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(json), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << json;
    return doc.object();
}

} // namespace

TEST(DeviceJson, ParsesTheDocumentedV1ListSample)
{
    const QJsonObject page =
        readJsonObject(testdata::sharedData("reference/examples/managedDevices-list-v1.0.doc-sample.json"));
    ASSERT_FALSE(page.isEmpty());
    const auto parsed = DeviceJson::parsePage(page);
    ASSERT_TRUE(parsed.has_value());
    ASSERT_EQ(parsed->devices.size(), 1);
    const Device &d = parsed->devices.first();
    EXPECT_EQ(d.id, QStringLiteral("705c034c-034c-705c-4c03-5c704c035c70"));
    EXPECT_EQ(d.deviceName, QStringLiteral("Device Name value"));
    EXPECT_EQ(d.ownership, Ownership::Company);
    EXPECT_EQ(d.compliance, ComplianceState::Compliant);
    EXPECT_EQ(d.enrollmentType, EnrollmentType::UserEnrollment);
    EXPECT_EQ(d.joinType, JoinType::NotReported);
    ASSERT_TRUE(d.azureADRegistered.has_value());
    EXPECT_TRUE(*d.azureADRegistered);
    EXPECT_EQ(d.managementAgent, QStringLiteral("mdm"));
    EXPECT_TRUE(d.lastSyncDateTime.isValid());
    EXPECT_EQ(d.lastSyncDateTime.timeSpec(), Qt::UTC);
    // 2017-01-01T00:02:49.3205976-08:00; Qt keeps milliseconds (rounded).
    EXPECT_LE(qAbs(d.lastSyncDateTime.msecsTo(QDateTime(QDate(2017, 1, 1), QTime(8, 2, 49, 320), Qt::UTC))),
              1);
    ASSERT_EQ(d.actionResults.size(), 1);
    EXPECT_EQ(d.actionResults.first().type, ActionResultType::Base);
    EXPECT_EQ(d.actionResults.first().actionState, actions::ActionState::Pending);
    EXPECT_TRUE(parsed->nextLink.isEmpty());
}

TEST(DeviceJson, ParsesTheDocumentedResetPasscodeResultShape)
{
    const QJsonObject sample = readJsonObject(
        testdata::sharedData("reference/examples/resetPasscodeActionResult.doc-representation.json"));
    ASSERT_FALSE(sample.isEmpty());
    QStringList problems;
    const DeviceActionResult r = DeviceJson::parseActionResult(sample, &problems);
    EXPECT_EQ(r.type, ActionResultType::ResetPasscode);
    EXPECT_EQ(r.errorCode, 1024);
    ASSERT_TRUE(r.passcode.has_value());
    // The representation sample holds placeholders ("String"), which are reported, not fatal.
    EXPECT_FALSE(problems.isEmpty());
    EXPECT_FALSE(r.startDateTime.isValid());
}

TEST(DeviceJson, ParsesABetaDeviceWithAPasscodeResult)
{
    const auto parsed = DeviceJson::parseDevice(
        readJsonObject(testdata::testData("devices/device_beta_android_fully_managed.json")));
    ASSERT_TRUE(parsed.device.has_value());
    EXPECT_TRUE(parsed.problems.isEmpty()) << parsed.problems.join(QLatin1Char('\n')).toStdString();
    const Device &d = *parsed.device;
    EXPECT_EQ(d.enrollmentType, EnrollmentType::AndroidEnterpriseFullyManaged);
    EXPECT_EQ(d.joinType, JoinType::AzureADRegistered);
    EXPECT_EQ(d.deviceType, QStringLiteral("androidEnterprise"));
    EXPECT_EQ(d.imei, QStringLiteral("356938035643809"));
    ASSERT_EQ(d.actionResults.size(), 2);
    const auto latest = latestPasscodeResult(d);
    ASSERT_TRUE(latest.has_value());
    EXPECT_EQ(latest->actionState, actions::ActionState::Done);
    EXPECT_EQ(latest->passcode.value_or(QString()), QStringLiteral("582914"));
    EXPECT_EQ(d.actionResults.at(1).type, ActionResultType::RemoteLock);
}

TEST(DeviceJson, PageSkipsNonDevicesAndKeepsTheNextLink)
{
    const auto page = DeviceJson::parsePage(
        readJsonObject(testdata::testData("devices/page_two_devices_with_nextlink.json")));
    ASSERT_TRUE(page.has_value());
    EXPECT_EQ(page->devices.size(), 2);
    EXPECT_EQ(page->skipped, 2);
    EXPECT_EQ(page->problems.size(), 2);
    EXPECT_EQ(page->totalCount, 3);
    EXPECT_EQ(page->nextLink,
              QStringLiteral(
                  "https://graph.microsoft.com/beta/deviceManagement/managedDevices?$skiptoken=abc%3D%3D"));
    EXPECT_EQ(page->devices.at(0).deviceName, QStringLiteral("iPhone de Léa"));
    EXPECT_EQ(page->devices.at(1).joinType, JoinType::HybridAzureADJoined);
}

TEST(DeviceJson, NotACollectionIsRejected)
{
    EXPECT_FALSE(DeviceJson::parsePage(fromJson(R"({"error":{"code":"x","message":"y"}})")).has_value());
    EXPECT_FALSE(DeviceJson::parsePage(fromJson(R"({"value":{"id":"1"}})")).has_value());
    EXPECT_FALSE(DeviceJson::parsePage(QJsonObject()).has_value());
}

struct MalformedCase
{
    const char *name;
    const char *json;
    bool usable;              ///< a device comes out
    const char *problemField; ///< a problem mentions this field ("" = no problem expected)
};

class DeviceJsonMalformed : public ::testing::TestWithParam<MalformedCase>
{
};

TEST_P(DeviceJsonMalformed, IsToleratedAndReported)
{
    const MalformedCase &c = GetParam();
    const auto parsed = DeviceJson::parseDevice(fromJson(c.json));
    EXPECT_EQ(parsed.device.has_value(), c.usable) << c.name;
    const QString field = QString::fromUtf8(c.problemField);
    if (field.isEmpty()) {
        EXPECT_TRUE(parsed.problems.isEmpty()) << c.name << ": " << parsed.problems.join(u'|').toStdString();
    } else {
        bool mentioned = false;
        for (const QString &p : parsed.problems)
            mentioned = mentioned || p.startsWith(field);
        EXPECT_TRUE(mentioned) << c.name << ": " << parsed.problems.join(u'|').toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(
    Cases, DeviceJsonMalformed,
    ::testing::Values(
        MalformedCase{"missing_id", R"({"deviceName":"x"})", false, "id"},
        MalformedCase{"empty_id", R"({"id":"  "})", false, "id"},
        MalformedCase{"numeric_id", R"({"id":42})", false, "id"},
        MalformedCase{"null_fields",
                      R"({"id":"1","deviceName":null,"osVersion":null,"lastSyncDateTime":null})", true, ""},
        MalformedCase{"unknown_owner", R"({"id":"1","managedDeviceOwnerType":"shared"})", true,
                      "managedDeviceOwnerType"},
        MalformedCase{"unknown_enrollment", R"({"id":"1","deviceEnrollmentType":"quantumEnrollment"})", true,
                      "deviceEnrollmentType"},
        MalformedCase{"unknown_future_enrollment_is_silent",
                      R"({"id":"1","deviceEnrollmentType":"unknownFutureValue"})", true, ""},
        MalformedCase{"wrong_type_name", R"({"id":"1","deviceName":["a"]})", true, "deviceName"},
        MalformedCase{"bad_date", R"({"id":"1","lastSyncDateTime":"yesterday"})", true, "lastSyncDateTime"},
        MalformedCase{"date_as_number", R"({"id":"1","enrolledDateTime":1700000000})", true,
                      "enrolledDateTime"},
        MalformedCase{"bool_as_string", R"({"id":"1","azureADRegistered":"yes"})", true, "azureADRegistered"},
        MalformedCase{"results_not_array", R"({"id":"1","deviceActionResults":{"actionState":"done"}})", true,
                      "deviceActionResults"},
        MalformedCase{"result_not_object", R"({"id":"1","deviceActionResults":[7]})", true,
                      "deviceActionResults"},
        MalformedCase{
            "result_unknown_state",
            R"({"id":"1","deviceActionResults":[{"actionName":"resetPasscode","actionState":"exploded"}]})",
            true, "actionState"},
        MalformedCase{
            "errorcode_not_integer",
            R"({"id":"1","deviceActionResults":[{"@odata.type":"#microsoft.graph.resetPasscodeActionResult","errorCode":"E1"}]})",
            true, "errorCode"},
        MalformedCase{
            "passcode_number",
            R"({"id":"1","deviceActionResults":[{"@odata.type":"#microsoft.graph.resetPasscodeActionResult","passcode":1234}]})",
            true, "passcode"},
        MalformedCase{"unknown_join", R"({"id":"1","joinType":"moonJoined"})", true, "joinType"},
        MalformedCase{"unknown_compliance", R"({"id":"1","complianceState":"sortOf"})", true,
                      "complianceState"}),
    [](const ::testing::TestParamInfo<MalformedCase> &info) { return std::string(info.param.name); });

TEST(DeviceJson, UnknownEnumValuesAreKeptRaw)
{
    const auto parsed = DeviceJson::parseDevice(
        fromJson(R"({"id":"1","managementState":"frozen","deviceEnrollmentType":"quantumEnrollment"})"));
    ASSERT_TRUE(parsed.device.has_value());
    EXPECT_EQ(parsed.device->managementState, ManagementState::Other);
    EXPECT_EQ(parsed.device->managementStateRaw, QStringLiteral("frozen"));
    EXPECT_EQ(parsed.device->enrollmentType, EnrollmentType::Other);
    EXPECT_EQ(parsed.device->enrollmentTypeRaw, QStringLiteral("quantumEnrollment"));
    // Written back as it came.
    const QJsonObject back = DeviceJson::toJson(*parsed.device);
    EXPECT_EQ(back.value(u"managementState").toString(), QStringLiteral("frozen"));
}

TEST(DeviceJson, BaseTypedResetResultIsRecognisedByName)
{
    const auto parsed = DeviceJson::parseDevice(fromJson(
        R"({"id":"1","deviceActionResults":[{"actionName":"resetPasscode","actionState":"active","startDateTime":"2026-11-01T10:00:00Z"}]})"));
    ASSERT_TRUE(parsed.device.has_value());
    ASSERT_EQ(parsed.device->actionResults.size(), 1);
    EXPECT_EQ(parsed.device->actionResults.first().type, ActionResultType::ResetPasscode);
    EXPECT_EQ(parsed.device->actionResults.first().actionState, actions::ActionState::Active);
}

TEST(DeviceJson, NeverDateIsEmpty)
{
    const auto parsed =
        DeviceJson::parseDevice(fromJson(R"({"id":"1","lastSyncDateTime":"0001-01-01T00:00:00Z"})"));
    ASSERT_TRUE(parsed.device.has_value());
    EXPECT_FALSE(parsed.device->lastSyncDateTime.isValid());
    EXPECT_TRUE(parsed.problems.isEmpty());
}

TEST(DeviceJson, ToJsonNeverCarriesThePasscode)
{
    const auto parsed = DeviceJson::parseDevice(
        readJsonObject(testdata::testData("devices/device_beta_android_fully_managed.json")));
    ASSERT_TRUE(parsed.device.has_value());
    const QByteArray json = QJsonDocument(DeviceJson::toJson(*parsed.device)).toJson();
    EXPECT_FALSE(json.contains("582914"));
    EXPECT_TRUE(json.contains("SM-G991B-4821"));
}
