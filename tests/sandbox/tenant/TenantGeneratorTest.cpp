// SPDX-License-Identifier: GPL-3.0-or-later
// The generated tenant: determinism, coverage of every platform row and blocking state, the exact field
// shapes the client classifies devices from, realistic identifiers.
#include "SandboxTestSupport.h"

#include "sandbox/http/JsonWriter.h"
#include "sandbox/tenant/ActionSimulator.h"
#include "sandbox/tenant/DeviceSerializer.h"
#include "sandbox/tenant/TenantGenerator.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

using namespace passcode::sandbox;
using namespace passcode::sandbox::testing;

namespace {

constexpr qint64 kStart = 1793610000000; // 2026-11-02T09:00:00Z

/** The platform row of passcode-support.md, read from a beta device the way a client must. */
int classify(const QJsonObject &o)
{
    const QString os = o.value(QLatin1String("operatingSystem")).toString();
    const QString type = o.value(QLatin1String("deviceType")).toString();
    const QString enrollment = o.value(QLatin1String("deviceEnrollmentType")).toString();
    const QString version = o.value(QLatin1String("osVersion")).toString();
    const bool joined = o.value(QLatin1String("joinType")).toString() == QLatin1String("azureADJoined") &&
                        o.value(QLatin1String("azureADRegistered")).toBool();
    const int major = version.section(u'.', 0, 0).toInt();
    if (os == QLatin1String("iOS") || os == QLatin1String("iPadOS")) {
        static const QStringList ue = {QStringLiteral("appleUserEnrollment"),
                                       QStringLiteral("appleUserEnrollmentWithServiceAccount"),
                                       QStringLiteral("appleAccountDrivenUserEnrollment")};
        return ue.contains(enrollment) ? 2 : 1;
    }
    if (os == QLatin1String("macOS"))
        return 3;
    if (os == QLatin1String("Windows") && type == QLatin1String("desktop"))
        return 4;
    if (os == QLatin1String("Windows Phone") || os == QLatin1String("Windows Mobile")) {
        const bool creatorsUpdate =
            os == QLatin1String("Windows Mobile") && version.section(u'.', 2, 2).toInt() >= 15063;
        if (creatorsUpdate)
            return joined ? 6 : 7;
        return joined ? 8 : 5;
    }
    if (os == QLatin1String("Android")) {
        if (enrollment == QLatin1String("androidEnterpriseDedicatedDevice"))
            return 11;
        if (enrollment.startsWith(QLatin1String("androidAOSP")))
            return 12;
        if (enrollment == QLatin1String("androidEnterpriseFullyManaged"))
            return 13;
        if (enrollment == QLatin1String("androidEnterpriseCorporateWorkProfile"))
            return 14;
        if (type == QLatin1String("androidForWork"))
            return major >= 8 ? 15 : 16;
        if (type == QLatin1String("android"))
            return major < 7 ? 9 : 10;
    }
    return 17;
}

bool luhnValid(const QString &digits)
{
    int sum = 0;
    bool dbl = false;
    for (qsizetype k = digits.size() - 1; k >= 0; --k) {
        int d = digits[k].digitValue();
        if (d < 0)
            return false;
        if (dbl) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        dbl = !dbl;
    }
    return sum % 10 == 0;
}

struct Tenant
{
    GeneratedTenant generated;
    std::unique_ptr<ActionSimulator> actions;
};

std::unique_ptr<Tenant> makeTenant(quint64 seed, qsizetype count)
{
    auto t = std::make_unique<Tenant>(Tenant{TenantGenerator::generate(seed, count, kStart), nullptr});
    t->actions = std::make_unique<ActionSimulator>(t->generated.store, seed);
    t->actions->loadHistory(t->generated.history);
    return t;
}

QJsonObject beta(const Tenant &t, qsizetype i)
{
    DeviceSerializer::Context ctx;
    ctx.store = &t.generated.store;
    ctx.actions = t.actions.get();
    ctx.nowMs = kStart;
    ctx.style = EnumStyle{true, false};
    JsonWriter w;
    DeviceSerializer::write(w, i, DevicePropertySet::all(true), ctx);
    return QJsonDocument::fromJson(w.toByteArray()).object();
}

} // namespace

TEST(sandbox_generator, RecordsStayCompact)
{
    static_assert(sizeof(DeviceRecord) <= 64, "a device record should stay within a cache line");
    SUCCEED();
}

TEST(sandbox_generator, SmallTenantsShowEveryRowThenTheBlockingStates)
{
    const auto t = makeTenant(5, 20);
    const DeviceStore &s = t->generated.store;
    ASSERT_EQ(s.size(), 20);
    for (int row = 1; row <= 17; ++row) {
        EXPECT_EQ(int(s.record(row - 1).row), row);
    }
    EXPECT_EQ(s.record(17).state, ManagementState::RetirePending);
    EXPECT_EQ(s.record(18).state, ManagementState::RetireIssued);
    EXPECT_EQ(s.record(19).state, ManagementState::WipePending);
    const auto big = makeTenant(5, 60);
    QSet<int> states;
    for (qsizetype i = 0; i < big->generated.store.size(); ++i)
        states.insert(int(big->generated.store.record(i).state));
    EXPECT_EQ(states.size(), 6); // managed + the five blocking states
}

TEST(sandbox_generator, EveryDeviceHasTheShapeOfItsRow)
{
    const auto t = makeTenant(77, 20000);
    const DeviceStore &s = t->generated.store;
    QSet<int> rows;
    static const QRegularExpression win10(QStringLiteral(R"(^10\.0\.(19045|22631)\.\d+$)"));
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QJsonObject o = beta(*t, i);
        const int row = int(s.record(i).row);
        rows.insert(row);
        ASSERT_EQ(classify(o), row)
            << i << ": " << QJsonDocument(o).toJson(QJsonDocument::Compact).left(600).toStdString();
        const QString type = o.value(QLatin1String("deviceType")).toString();
        const QString enrollment = o.value(QLatin1String("deviceEnrollmentType")).toString();
        const QString owner = o.value(QLatin1String("managedDeviceOwnerType")).toString();
        const QString agent = o.value(QLatin1String("managementAgent")).toString();
        const QString join = o.value(QLatin1String("joinType")).toString();
        const bool registered = o.value(QLatin1String("azureADRegistered")).toBool();
        switch (row) {
        case 1:
            EXPECT_TRUE(type == QLatin1String("iPhone") || type == QLatin1String("iPad"));
            EXPECT_TRUE(
                (QStringList{QStringLiteral("appleBulkWithUser"), QStringLiteral("appleBulkWithoutUser"),
                             QStringLiteral("userEnrollment"), QStringLiteral("deviceEnrollmentManager")})
                    .contains(enrollment));
            break;
        case 2:
            EXPECT_EQ(owner, QLatin1String("personal"));
            break;
        case 3:
            EXPECT_EQ(type, QLatin1String("macMDM"));
            break;
        case 4:
            EXPECT_EQ(type, QLatin1String("desktop"));
            EXPECT_TRUE(win10.match(o.value(QLatin1String("osVersion")).toString()).hasMatch());
            EXPECT_TRUE((QStringList{QStringLiteral("azureADJoined"), QStringLiteral("hybridAzureADJoined"),
                                     QStringLiteral("azureADRegistered")})
                            .contains(join));
            break;
        case 5:
        case 7:
            EXPECT_EQ(type, QLatin1String("windowsPhone"));
            EXPECT_EQ(join, QLatin1String("unknown"));
            EXPECT_FALSE(registered);
            break;
        case 6:
        case 8:
            EXPECT_EQ(type, QLatin1String("windowsPhone"));
            EXPECT_EQ(join, QLatin1String("azureADJoined"));
            EXPECT_TRUE(registered);
            break;
        case 9:
        case 10:
            EXPECT_EQ(type, QLatin1String("android"));
            EXPECT_EQ(enrollment, QLatin1String("userEnrollment"));
            EXPECT_EQ(agent, QLatin1String("mdm"));
            break;
        case 11:
            EXPECT_EQ(agent, QLatin1String("googleCloudDevicePolicyController"));
            [[fallthrough]];
        case 12:
        case 13:
        case 14:
            EXPECT_EQ(type, QLatin1String("androidEnterprise"));
            EXPECT_EQ(owner, QLatin1String("company"));
            break;
        case 15:
        case 16:
            EXPECT_EQ(type, QLatin1String("androidForWork"));
            EXPECT_EQ(enrollment, QLatin1String("userEnrollment"));
            EXPECT_EQ(owner, QLatin1String("personal"));
            break;
        case 17: {
            const QString os = o.value(QLatin1String("operatingSystem")).toString();
            EXPECT_TRUE((os == QLatin1String("Linux") && type == QLatin1String("linux")) ||
                        (os == QLatin1String("ChromeOS") && type == QLatin1String("chromeOS")) ||
                        (os == QLatin1String("Tizen") && type == QLatin1String("unknown")))
                << os.toStdString();
            break;
        }
        default:
            break;
        }
        const QString imei = o.value(QLatin1String("imei")).toString();
        if (!imei.isEmpty()) {
            EXPECT_EQ(imei.size(), 15);
            EXPECT_TRUE(luhnValid(imei)) << imei.toStdString();
        }
        if (row != 2) {
            EXPECT_FALSE(o.value(QLatin1String("serialNumber")).toString().isEmpty());
        }
        const QString upn = o.value(QLatin1String("userPrincipalName")).toString();
        if (!upn.isEmpty()) {
            EXPECT_TRUE(upn.endsWith(QLatin1String("@contoso-sandbox.onmicrosoft.com")));
        }
    }
    EXPECT_EQ(rows.size(), 17);
}

TEST(sandbox_generator, TheMixHasEveryCaseAtScale)
{
    const auto t = makeTenant(2024, 100000);
    const DeviceStore &s = t->generated.store;
    ASSERT_EQ(s.size(), 100000);
    QHash<int, int> rows;
    QSet<int> connectivity;
    int noPolicy = 0;
    int inactiveToken = 0;
    int wrongToken = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const DeviceRecord &d = s.record(i);
        ++rows[int(d.row)];
        connectivity.insert(int(d.connectivity));
        noPolicy += d.has(FlagNoPasscodePolicy);
        inactiveToken += d.has(FlagResetTokenInactive);
        wrongToken += d.has(FlagWrongUnlockToken);
    }
    EXPECT_EQ(rows.size(), 17);
    EXPECT_GT(rows[4], rows[1]); // Windows desktops are the largest group
    EXPECT_GT(rows[1], rows[15]);
    EXPECT_EQ(connectivity.size(), 4);
    EXPECT_GT(noPolicy, 100);
    EXPECT_GT(inactiveToken, 100);
    EXPECT_GT(wrongToken, 100);
    // Some devices carry a pending reset from before the sandbox started, and older finished ones.
    int pending = 0;
    int done = 0;
    for (qsizetype a = 0; a < t->actions->audits().size(); ++a) {
        const ActionState st = t->actions->auditState(t->actions->audits().entry(a), kStart);
        pending += st == ActionState::Pending;
        done += st == ActionState::Done;
    }
    EXPECT_GT(pending, 100);
    EXPECT_GT(done, 100);
    // Names look like real ones.
    QSet<QString> prefixes;
    static const QRegularExpression windows(
        QStringLiteral(R"(^(DESKTOP-[A-Z0-9]{7}|LAPTOP-[A-Z0-9]{8}|CTS-[A-Z]{3}-L\d{5})$)"));
    for (qsizetype i = 0; i < 2000; ++i) {
        const QString name = QString::fromUtf8(s.deviceName(i));
        if (s.record(i).row == PlatformRow::WindowsDesktop) {
            EXPECT_TRUE(windows.match(name).hasMatch()) << name.toStdString();
        }
        prefixes.insert(name.left(6));
    }
    EXPECT_GT(prefixes.size(), 50);
}

TEST(sandbox_generator, SameSeedSameTenantByteForByte)
{
    auto page = [](quint64 seed, bool betaVersion) {
        const auto t = makeTenant(seed, 3000);
        DeviceSerializer::Context ctx;
        ctx.store = &t->generated.store;
        ctx.actions = t->actions.get();
        ctx.nowMs = kStart;
        ctx.style = EnumStyle{betaVersion, false};
        JsonWriter w;
        w.beginArray();
        for (qsizetype i = 0; i < t->generated.store.size(); ++i)
            DeviceSerializer::write(w, i, DevicePropertySet::all(betaVersion), ctx);
        w.endArray();
        return w.toByteArray();
    };
    EXPECT_EQ(page(9, true), page(9, true));
    EXPECT_EQ(page(9, false), page(9, false));
    EXPECT_NE(page(9, true), page(10, true));
    QJsonParseError error;
    QJsonDocument::fromJson(page(9, true), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError);
}

using sandbox_determinism = SandboxFixture;

TEST_F(sandbox_determinism, TwoServersWithTheSameSeedServeTheSameBytes)
{
    auto fetch = [this](quint64 seed) {
        startServer(testOptions(1500, seed));
        QByteArray all;
        for (const char *path :
             {"/beta/deviceManagement/managedDevices", "/v1.0/deviceManagement/managedDevices",
              "/beta/deviceManagement/remoteActionAudits"}) {
            QString next = QLatin1String(path);
            while (!next.isEmpty()) {
                const Reply r = get(next);
                EXPECT_EQ(r.status, 200);
                QByteArray body = r.body;
                // The host part of absolute links holds the port, which differs between servers.
                body.replace(m_server->baseUrl().toEncoded(), "BASE");
                all += body;
                next = r.json().value(QLatin1String("@odata.nextLink")).toString();
                if (!next.isEmpty())
                    next = next.mid(m_server->baseUrl().toEncoded().size());
            }
        }
        TearDown();
        return all;
    };
    const QByteArray first = fetch(31337);
    const QByteArray second = fetch(31337);
    EXPECT_GT(first.size(), 1000000);
    EXPECT_EQ(first, second);
    EXPECT_NE(first, fetch(31338));
}
