// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/devices/DeviceJson.h"
#include "DeviceTestData.h"

#include <gtest/gtest.h>

#include <QJsonArray>

#include <limits>

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

TEST(DeviceJson, AnOutOfRangeCountIsClampedAndANegativeOneIgnored)
{
    // tests/fuzz/device_json/corpus/count_huge.json: converting 1e300 to qint64 was undefined behaviour.
    const auto huge = DeviceJson::parsePage(fromJson(R"({"value":[],"@odata.count":1e300})"));
    ASSERT_TRUE(huge.has_value());
    EXPECT_EQ(huge->totalCount, std::numeric_limits<qint64>::max());
    const auto negative = DeviceJson::parsePage(fromJson(R"({"value":[],"@odata.count":-1e300})"));
    ASSERT_TRUE(negative.has_value());
    EXPECT_EQ(negative->totalCount, -1);
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

// ---- The fast path: parseValueArray reads the value array's text straight into devices. ----

namespace {

/** The value array of @p page as text, as a raw page carries it. */
QByteArray valueText(const QJsonObject &page)
{
    return QJsonDocument(page.value(QStringLiteral("value")).toArray()).toJson(QJsonDocument::Compact);
}

/** Both paths give the same devices, problems and skipped count. */
void expectSameAsParsePage(const QJsonObject &page, const QByteArray &text, const char *what)
{
    const auto slow = DeviceJson::parsePage(page);
    ASSERT_TRUE(slow.has_value()) << what;
    QJsonParseError error{};
    const auto fast = DeviceJson::parseValueArray(text, &error);
    ASSERT_TRUE(fast.has_value()) << what << ": " << error.errorString().toStdString();
    EXPECT_EQ(fast->problems, slow->problems) << what;
    EXPECT_EQ(fast->skipped, slow->skipped) << what;
    ASSERT_EQ(fast->devices.size(), slow->devices.size()) << what;
    for (qsizetype i = 0; i < fast->devices.size(); ++i) {
        const Device &a = fast->devices.at(i);
        const Device &b = slow->devices.at(i);
        EXPECT_EQ(DeviceJson::toJson(a), DeviceJson::toJson(b)) << what << " #" << i;
        EXPECT_EQ(a.lastSyncDateTime, b.lastSyncDateTime) << what;
        EXPECT_EQ(a.lastSyncDateTime.timeSpec(), b.lastSyncDateTime.timeSpec()) << what;
        EXPECT_EQ(a.enrolledDateTime, b.enrolledDateTime) << what;
        EXPECT_EQ(a.managementStateRaw, b.managementStateRaw) << what;
        EXPECT_EQ(a.enrollmentTypeRaw, b.enrollmentTypeRaw) << what;
        ASSERT_EQ(a.actionResults.size(), b.actionResults.size()) << what;
        for (qsizetype r = 0; r < a.actionResults.size(); ++r) {
            EXPECT_EQ(a.actionResults.at(r).type, b.actionResults.at(r).type) << what;
            EXPECT_EQ(a.actionResults.at(r).actionState, b.actionResults.at(r).actionState) << what;
            EXPECT_EQ(a.actionResults.at(r).passcode, b.actionResults.at(r).passcode) << what;
            EXPECT_EQ(a.actionResults.at(r).errorCode, b.actionResults.at(r).errorCode) << what;
            EXPECT_EQ(a.actionResults.at(r).startDateTime, b.actionResults.at(r).startDateTime) << what;
        }
    }
}

} // namespace

TEST_P(DeviceJsonMalformed, FastPathReadsItTheSame)
{
    const MalformedCase &c = GetParam();
    const QByteArray text = QByteArray("[") + c.json + "]";
    const QByteArray page = QByteArray(R"({"value":)") + text + "}";
    expectSameAsParsePage(fromJson(page.constData()), text, c.name);
}

TEST(DeviceJson, FastPathReadsTheSamplesAndFixturesTheSame)
{
    const QJsonObject sample =
        readJsonObject(testdata::sharedData("reference/examples/managedDevices-list-v1.0.doc-sample.json"));
    ASSERT_FALSE(sample.isEmpty());
    expectSameAsParsePage(sample, valueText(sample), "v1.0 list sample");

    const QJsonObject page =
        readJsonObject(testdata::testData("devices/page_two_devices_with_nextlink.json"));
    expectSameAsParsePage(page, valueText(page), "page fixture");

    const QJsonObject beta =
        readJsonObject(testdata::testData("devices/device_beta_android_fully_managed.json"));
    const QJsonObject betaPage{{QStringLiteral("value"), QJsonArray{beta}}};
    expectSameAsParsePage(betaPage, valueText(betaPage), "beta device with passcode results");
}

TEST(DeviceJson, AnObjectWithAHugeNumberOfMembersIsReadInLinearTime)
{
    // 300,000 members: checking each new key against every earlier one (4.5e10 comparisons) would take
    // minutes and time the test out; an index keeps it linear. The last of duplicate keys still wins, on both
    // paths, including duplicates far apart.
    QByteArray text = R"([{"id":"big","deviceName":"first")";
    text.reserve(8 * 1024 * 1024);
    for (int i = 0; i < 300000; ++i)
        text += ",\"member" + QByteArray::number(i) + "\":" + QByteArray::number(i);
    text += R"(,"deviceName":"last","serialNumber":"S1","member7":"x"}])";
    const std::optional<DeviceJson::Page> fast = DeviceJson::parseValueArray(text);
    ASSERT_TRUE(fast);
    ASSERT_EQ(fast->devices.size(), 1);
    EXPECT_EQ(fast->devices.first().deviceName, QStringLiteral("last"));
    EXPECT_EQ(fast->devices.first().serialNumber, QStringLiteral("S1"));
    const QByteArray page = QByteArray(R"({"value":)") + text + "}";
    expectSameAsParsePage(fromJson(page.constData()), text, "huge object");
}

TEST(DeviceJson, FastPathReadsDatesAndEscapesTheSame)
{
    // The fast date forms, the general ones, Graph's "never", invalid dates; escaped and non-ASCII texts;
    // whitespace and a repeated key (the last one wins).
    const QByteArray text = R"( [
        {"id":"a","lastSyncDateTime":"2024-05-01T10:20:30Z","enrolledDateTime":"2024-05-01T10:20:30.123Z"},
        {"id":"b","lastSyncDateTime":"0001-01-01T00:00:00Z","enrolledDateTime":"2017-01-01T00:02:49.3205976-08:00"},
        {"id":"c","lastSyncDateTime":"2024-13-01T10:20:30Z","enrolledDateTime":"2024-02-30T10:20:30.000Z"},
        {"id":"d","lastSyncDateTime":"2024-05-01T24:00:00Z","enrolledDateTime":"2024-05-01 10:20:30Z"},
        {"id":"e","deviceName":"iPhone de L\u00e9a \"pro\"\\\/\n","model":"Pixel\t8","userDisplayName":"Zoë"},
        {"id":"f","deviceName":"first","deviceName":"second","\u006Fs\u0056ersion":"17.4"},
        {"id":"g","operatingSystem":"\ud83d\ude00","azureADRegistered":false,"complianceState":null}
    ] )";
    const QByteArray pageText = QByteArray(R"({"value":)") + text + "}";
    const QJsonObject page = fromJson(pageText.constData());
    ASSERT_FALSE(page.isEmpty());
    expectSameAsParsePage(page, text, "dates and escapes");
    const auto fast = DeviceJson::parseValueArray(text);
    ASSERT_TRUE(fast.has_value());
    EXPECT_EQ(fast->devices.at(0).enrolledDateTime,
              QDateTime(QDate(2024, 5, 1), QTime(10, 20, 30, 123), Qt::UTC));
    EXPECT_FALSE(fast->devices.at(1).lastSyncDateTime.isValid());
    EXPECT_EQ(fast->devices.at(4).deviceName, QStringLiteral("iPhone de Léa \"pro\"\\/\n"));
    EXPECT_EQ(fast->devices.at(5).deviceName, QStringLiteral("second"));
    EXPECT_EQ(fast->devices.at(6).operatingSystem, QString::fromUtf8("\xF0\x9F\x98\x80"));
}

TEST(DeviceJson, FastPathRefusesTextThatIsNotAWellFormedArray)
{
    const QByteArray good = R"([{"id":"1","deviceName":"A","osVersion":"17.4"},{"id":"2","model":"X"}])";
    ASSERT_TRUE(DeviceJson::parseValueArray(good).has_value());
    // Every truncation is caught, with where it stopped.
    for (qsizetype keep = 0; keep < good.size(); ++keep) {
        QJsonParseError error{};
        EXPECT_FALSE(DeviceJson::parseValueArray(good.left(keep), &error).has_value()) << keep;
        EXPECT_NE(error.error, QJsonParseError::NoError) << keep;
        EXPECT_LE(error.offset, keep) << keep;
    }
    // Balanced brackets, broken grammar inside: what the client's structural check lets through.
    for (const char *bad : {R"([{"id":"1",}])", R"([{"id":"1"} {"id":"2"}])", R"([{"id":"1","x":tru}])",
                            R"([{"id":"1","x":01}])", R"([{"id":"1","x":"\q"}])", R"([{"id" "1"}])",
                            R"([{"id":"1"},])", R"([{"id":"1"}]])", R"({"value":[]})", R"([{"id":-}])"}) {
        QJsonParseError error{};
        EXPECT_FALSE(DeviceJson::parseValueArray(QByteArray(bad), &error).has_value()) << bad;
        EXPECT_NE(error.error, QJsonParseError::NoError) << bad;
    }
    const auto empty = DeviceJson::parseValueArray("[ ]");
    ASSERT_TRUE(empty.has_value());
    EXPECT_TRUE(empty->devices.isEmpty());
}

TEST(DeviceJson, FastPathSharesRepeatedTextsThroughThePool)
{
    DeviceJson::TextPool pool;
    const auto one = DeviceJson::parseValueArray(
        R"([{"id":"1","operatingSystem":"iOS","userPrincipalName":"lea@contoso.com"}])", nullptr, &pool);
    const auto two = DeviceJson::parseValueArray(
        R"([{"id":"2","operatingSystem":"iOS","userPrincipalName":"lea@contoso.com"}])", nullptr, &pool);
    ASSERT_TRUE(one && two);
    EXPECT_EQ(one->devices.at(0).operatingSystem.constData(), two->devices.at(0).operatingSystem.constData());
    EXPECT_EQ(one->devices.at(0).userPrincipalName.constData(),
              two->devices.at(0).userPrincipalName.constData());
    EXPECT_NE(one->devices.at(0).id.constData(), two->devices.at(0).id.constData());
}

TEST(DeviceJson, FastDateFormsMatchQDateTime)
{
    // Graph's two usual forms are read without QDateTime::fromString: every result must equal it.
    QStringList texts;
    for (const QDate &day :
         {QDate(2, 1, 1), QDate(1600, 2, 29), QDate(1900, 2, 28), QDate(1970, 1, 1), QDate(1999, 12, 31),
          QDate(2000, 2, 29), QDate(2024, 2, 29), QDate(9999, 12, 31)}) {
        for (const QTime &time : {QTime(0, 0), QTime(23, 59, 59, 999), QTime(12, 30, 5, 7)}) {
            texts.append(QDateTime(day, time, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")));
            texts.append(QDateTime(day, time, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")));
        }
    }
    for (QDate day(1970, 1, 1); day.year() < 2040; day = day.addDays(97))
        texts.append(
            QDateTime(day, QTime(7, 8, 9, 10), Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")));
    // Not dates: the general path reports them.
    const QStringList invalid = {
        QStringLiteral("1900-02-29T00:00:00Z"), QStringLiteral("2023-02-29T00:00:00Z"),
        QStringLiteral("2024-04-31T00:00:00Z"), QStringLiteral("2024-01-01T23:60:00Z"),
        QStringLiteral("2024-01-01T23:59:60Z"), QStringLiteral("0000-01-01T00:00:00Z")};
    for (const QString &text : std::as_const(texts)) {
        const QByteArray json = "[{\"id\":\"1\",\"lastSyncDateTime\":\"" + text.toUtf8() + "\"}]";
        const auto page = DeviceJson::parseValueArray(json);
        ASSERT_TRUE(page.has_value()) << text.toStdString();
        const QDateTime expected = QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
        ASSERT_TRUE(expected.isValid()) << text.toStdString();
        EXPECT_EQ(page->devices.at(0).lastSyncDateTime, expected) << text.toStdString();
        EXPECT_EQ(page->devices.at(0).lastSyncDateTime.timeSpec(), Qt::UTC) << text.toStdString();
        EXPECT_TRUE(page->problems.isEmpty()) << text.toStdString();
    }
    for (const QString &text : invalid) {
        const QByteArray json = "[{\"id\":\"1\",\"lastSyncDateTime\":\"" + text.toUtf8() + "\"}]";
        const auto page = DeviceJson::parseValueArray(json);
        ASSERT_TRUE(page.has_value()) << text.toStdString();
        const QDateTime general = QDateTime::fromString(text, Qt::ISODateWithMs);
        EXPECT_EQ(page->devices.at(0).lastSyncDateTime.isValid(),
                  general.isValid() && general.date().year() > 1)
            << text.toStdString();
        EXPECT_EQ(page->problems.isEmpty(), general.isValid()) << text.toStdString();
    }
}
