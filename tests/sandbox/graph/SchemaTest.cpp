// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's responses checked against the OpenAPI subsets in ../shared/reference/openapi (strict:
// property names must be declared, types, enums, formats and nullability must match).
#include "SandboxTestSupport.h"
#include "SchemaValidator.h"
#include "YamlSubset.h"

#include <QJsonArray>

using namespace passcode::sandbox;
using namespace passcode::sandbox::testing;

namespace {

const SchemaValidator &validator(const char *version)
{
    auto load = [](const char *file) {
        QString error;
        const QJsonValue doc = YamlSubset::parseFile(
            QStringLiteral(PASSCODE_SHARED_DIR "/reference/openapi/") + QLatin1String(file), &error);
        EXPECT_TRUE(error.isEmpty()) << error.toStdString();
        return SchemaValidator(doc.toObject());
    };
    static const SchemaValidator v1 = load("graph-v1.0-intune-subset.yaml");
    static const SchemaValidator beta = load("graph-beta-intune-subset.yaml");
    return QByteArrayView(version) == "beta" ? beta : v1;
}

std::string joined(const QStringList &errors)
{
    return errors.mid(0, 8).join(QStringLiteral("\n")).toStdString();
}

QJsonObject withoutContext(QJsonObject o)
{
    o.remove(QStringLiteral("@odata.context")); // response envelope metadata, not a property of the entity
    return o;
}

class sandbox_schema : public SandboxFixture
{
protected:
    void SetUp() override { startServer(testOptions(120)); }

    QJsonObject deviceWithRow(int row)
    {
        for (const QJsonValue &f : showcase()) {
            if (f.toObject().value(QLatin1String("row")).toInt() == row)
                return f.toObject();
        }
        return {};
    }
};

} // namespace

TEST(sandbox_schema_validator, ReadsTheReferenceDocumentsAndCatchesMistakes)
{
    const SchemaValidator &v1 = validator("v1.0");
    ASSERT_TRUE(v1.hasSchema(QStringLiteral("microsoft.graph.managedDevice")));
    ASSERT_TRUE(validator("beta").hasSchema(QStringLiteral("microsoft.graph.remoteActionAudit")));
    const QJsonObject good{{QStringLiteral("id"), QStringLiteral("x")},
                           {QStringLiteral("isEncrypted"), true},
                           {QStringLiteral("complianceState"), QStringLiteral("compliant")}};
    EXPECT_TRUE(v1.validate(good, QStringLiteral("microsoft.graph.managedDevice")).isEmpty());
    QJsonObject wrongType = good;
    wrongType.insert(QStringLiteral("isEncrypted"), QStringLiteral("yes"));
    EXPECT_FALSE(v1.validate(wrongType, QStringLiteral("microsoft.graph.managedDevice")).isEmpty());
    QJsonObject unknownName = good;
    unknownName.insert(QStringLiteral("isEncryptd"), true);
    EXPECT_FALSE(v1.validate(unknownName, QStringLiteral("microsoft.graph.managedDevice")).isEmpty());
    QJsonObject badEnum = good;
    badEnum.insert(QStringLiteral("complianceState"), QStringLiteral("fine"));
    EXPECT_FALSE(v1.validate(badEnum, QStringLiteral("microsoft.graph.managedDevice")).isEmpty());
    QJsonObject betaOnly = good;
    betaOnly.insert(QStringLiteral("joinType"), QStringLiteral("azureADJoined"));
    EXPECT_FALSE(v1.validate(betaOnly, QStringLiteral("microsoft.graph.managedDevice")).isEmpty());
    QJsonObject badDate = good;
    badDate.insert(QStringLiteral("lastSyncDateTime"), QStringLiteral("yesterday"));
    EXPECT_FALSE(v1.validate(badDate, QStringLiteral("microsoft.graph.managedDevice")).isEmpty());
    // A resetPasscodeActionResult whose passcode is a number is caught through the oneOf discriminator.
    const QJsonObject result{
        {QStringLiteral("@odata.type"), QStringLiteral("#microsoft.graph.resetPasscodeActionResult")},
        {QStringLiteral("actionName"), QStringLiteral("resetPasscode")},
        {QStringLiteral("actionState"), QStringLiteral("done")},
        {QStringLiteral("startDateTime"), QStringLiteral("2026-11-02T09:00:00Z")},
        {QStringLiteral("lastUpdatedDateTime"), QStringLiteral("2026-11-02T09:01:00Z")},
        {QStringLiteral("passcode"), QStringLiteral("123456")},
        {QStringLiteral("errorCode"), 0}};
    EXPECT_TRUE(v1.validate(result, QStringLiteral("x.deviceActionResultAny")).isEmpty());
    QJsonObject numericPasscode = result;
    numericPasscode.insert(QStringLiteral("passcode"), 123456);
    EXPECT_FALSE(v1.validate(numericPasscode, QStringLiteral("x.deviceActionResultAny")).isEmpty());
}

TEST_F(sandbox_schema, ListPagesOfBothVersions)
{
    for (const char *version : {"v1.0", "beta"}) {
        const Reply r =
            get(QStringLiteral("/%1/deviceManagement/managedDevices?$top=120").arg(QLatin1String(version)));
        ASSERT_EQ(r.status, 200);
        const QStringList errors = validator(version).validate(
            r.json(), QStringLiteral("microsoft.graph.managedDeviceCollectionResponse"));
        EXPECT_TRUE(errors.isEmpty()) << version << ":\n" << joined(errors);
        const Reply paged =
            get(QStringLiteral("/%1/deviceManagement/managedDevices?$top=10&$count=true&$select=id,"
                               "deviceName,operatingSystem,deviceActionResults,lastSyncDateTime")
                    .arg(QLatin1String(version)));
        EXPECT_TRUE(
            validator(version)
                .validate(paged.json(), QStringLiteral("microsoft.graph.managedDeviceCollectionResponse"))
                .isEmpty());
    }
}

TEST_F(sandbox_schema, DeviceWithResetPasscodeAndRemoteLockResults)
{
    const QString cope = deviceWithRow(14).value(QLatin1String("id")).toString();
    const QString mac = deviceWithRow(3).value(QLatin1String("id")).toString();
    ASSERT_EQ(
        post(QStringLiteral("/beta/deviceManagement/managedDevices/%1/resetPasscode").arg(cope), {}).status,
        204);
    ASSERT_EQ(post(QStringLiteral("/v1.0/deviceManagement/managedDevices/%1/remoteLock").arg(mac), {}).status,
              204);
    for (const char *version : {"v1.0", "beta"}) {
        const QJsonObject pending = device(cope, {}, QLatin1String(version));
        EXPECT_TRUE(validator(version)
                        .validate(withoutContext(pending), QStringLiteral("microsoft.graph.managedDevice"))
                        .isEmpty());
    }
    advance(3600);
    for (const char *version : {"v1.0", "beta"}) {
        const QJsonObject done =
            device(cope, QStringLiteral("id,deviceName,deviceActionResults"), QLatin1String(version));
        const QJsonObject result =
            done.value(QLatin1String("deviceActionResults")).toArray().last().toObject();
        EXPECT_EQ(result.value(QLatin1String("@odata.type")).toString(),
                  QLatin1String("#microsoft.graph.resetPasscodeActionResult"));
        EXPECT_FALSE(result.value(QLatin1String("passcode")).toString().isEmpty());
        const QStringList errors = validator(version).validate(
            withoutContext(done), QStringLiteral("microsoft.graph.managedDevice"));
        EXPECT_TRUE(errors.isEmpty()) << joined(errors);
        const QJsonObject full = device(mac, {}, QLatin1String(version));
        EXPECT_EQ(full.value(QLatin1String("deviceActionResults"))
                      .toArray()
                      .last()
                      .toObject()
                      .value(QLatin1String("@odata.type"))
                      .toString(),
                  QLatin1String("#microsoft.graph.remoteLockActionResult"));
        const QStringList lockErrors = validator(version).validate(
            withoutContext(full), QStringLiteral("microsoft.graph.managedDevice"));
        EXPECT_TRUE(lockErrors.isEmpty()) << joined(lockErrors);
        const QJsonObject selected =
            device(mac,
                   QStringLiteral("id,udid,iccid,notes,ethernetMacAddress,physicalMemoryInBytes,"
                                  "activationLockBypassCode"),
                   QLatin1String(version));
        EXPECT_TRUE(validator(version)
                        .validate(withoutContext(selected), QStringLiteral("microsoft.graph.managedDevice"))
                        .isEmpty());
    }
    const QJsonObject hw = device(mac, QStringLiteral("id,hardwareInformation"), QStringLiteral("beta"));
    EXPECT_TRUE(hw.value(QLatin1String("hardwareInformation")).isObject());
    EXPECT_TRUE(validator("beta")
                    .validate(withoutContext(hw), QStringLiteral("microsoft.graph.managedDevice"))
                    .isEmpty());
}

TEST_F(sandbox_schema, RemoteActionAuditsPage)
{
    const QString id = deviceWithRow(11).value(QLatin1String("id")).toString();
    ASSERT_EQ(
        post(QStringLiteral("/beta/deviceManagement/managedDevices/%1/resetPasscode").arg(id), {}).status,
        204);
    const Reply r = get(QStringLiteral("/beta/deviceManagement/remoteActionAudits?$top=3"));
    ASSERT_EQ(r.status, 200);
    const QStringList errors = validator("beta").validate(
        r.json(), QStringLiteral("microsoft.graph.remoteActionAuditCollectionResponse"));
    EXPECT_TRUE(errors.isEmpty()) << joined(errors);
    EXPECT_FALSE(r.json().value(QLatin1String("@odata.nextLink")).toString().isEmpty());
    const QString auditId =
        r.json().value(QLatin1String("value")).toArray()[0].toObject().value(QLatin1String("id")).toString();
    const Reply one = get(QStringLiteral("/beta/deviceManagement/remoteActionAudits/") + auditId);
    EXPECT_TRUE(validator("beta")
                    .validate(withoutContext(one.json()), QStringLiteral("microsoft.graph.remoteActionAudit"))
                    .isEmpty());
}

TEST_F(sandbox_schema, ErrorBodies)
{
    ASSERT_EQ(post(QStringLiteral("/sandbox/throttle"), R"({"scale":0.0005})", QString()).status, 200);
    const QList<Reply> errors = {
        get(QStringLiteral("/v1.0/deviceManagement/managedDevices"), QString()),
        get(QStringLiteral("/v1.0/deviceManagement/managedDevices"), token({QStringLiteral("User.Read")})),
        get(QStringLiteral("/v1.0/deviceManagement/managedDevices/00000000-0000-4000-8000-000000000000")),
        get(QStringLiteral("/v1.0/deviceManagement/managedDevices?$filter=bogus")),
        get(QStringLiteral("/v1.0/deviceManagement/managedDevices")),
        get(QStringLiteral("/v1.0/deviceManagement/managedDevices")), // throttled by now (2 per 20 s per app)
    };
    bool sawThrottle = false;
    for (const Reply &r : errors) {
        if (r.status == 200)
            continue;
        sawThrottle = sawThrottle || r.status == 429;
        const QStringList e =
            validator("v1.0").validate(r.json(), QStringLiteral("microsoft.graph.ODataErrors.ODataError"));
        EXPECT_TRUE(e.isEmpty()) << r.status << ": " << joined(e);
    }
    EXPECT_TRUE(sawThrottle);
}

TEST_F(sandbox_schema, BatchResponseAndItsItems)
{
    const QString id = deviceWithRow(12).value(QLatin1String("id")).toString();
    const QByteArray body = QStringLiteral(R"({"requests":[
        {"id":"1","method":"GET","url":"/deviceManagement/managedDevices/%1?$select=id,deviceName,deviceActionResults"},
        {"id":"2","method":"POST","url":"/deviceManagement/managedDevices/%1/resetPasscode"},
        {"id":"3","method":"GET","url":"/deviceManagement/managedDevices/00000000-0000-4000-8000-000000000000"},
        {"id":"4","method":"GET","url":"/deviceManagement/managedDevices?$top=2"}]})")
                                .arg(id)
                                .toUtf8();
    const Reply r = post(QStringLiteral("/v1.0/$batch"), body);
    ASSERT_EQ(r.status, 200);
    const SchemaValidator &v = validator("v1.0");
    const QStringList errors = v.validate(r.json(), QStringLiteral("x.batchResponse"));
    EXPECT_TRUE(errors.isEmpty()) << joined(errors);
    for (const QJsonValue &item : r.json().value(QLatin1String("responses")).toArray()) {
        const QJsonObject o = item.toObject();
        const int status = o.value(QLatin1String("status")).toInt();
        const QString itemId = o.value(QLatin1String("id")).toString();
        const QJsonObject itemBody = o.value(QLatin1String("body")).toObject();
        QString schema;
        if (itemId == QLatin1String("1"))
            schema = QStringLiteral("microsoft.graph.managedDevice");
        else if (itemId == QLatin1String("4"))
            schema = QStringLiteral("microsoft.graph.managedDeviceCollectionResponse");
        else if (status >= 400)
            schema = QStringLiteral("microsoft.graph.ODataErrors.ODataError");
        if (!schema.isEmpty()) {
            const QStringList e = v.validate(withoutContext(itemBody), schema);
            EXPECT_TRUE(e.isEmpty()) << itemId.toStdString() << ": " << joined(e);
        }
    }
}
