// SPDX-License-Identifier: GPL-3.0-or-later
// passcodectl's tenant roster (tenants add/list/remove, --tenant NAME) and `devices find` on one tenant and
// across the roster: the real binary against sandbox tenants over 127.0.0.1 (distinct seeds, so distinct
// devices), one of them down.

#include "CtlEndToEndFixture.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>
#include <vector>

namespace passcode::itest {
namespace {

class ctl_Tenants : public ctl_EndToEnd
{
protected:
    /** Another sandbox tenant (its own seed) on 127.0.0.1, for this test. */
    SandboxFixture *addSandbox(int seed, qsizetype devices = 300)
    {
        passcode::sandbox::SandboxOptions o;
        o.devices = devices;
        o.seed = seed;
        o.throttleScale = 0;
        auto sandbox = std::make_unique<SandboxFixture>(o);
        QString error;
        EXPECT_TRUE(sandbox->start(&error)) << error.toStdString();
        m_sandboxes.push_back(std::move(sandbox));
        return m_sandboxes.back().get();
    }

    /** The first @p n devices of @p sandbox's list (id, deviceName, serialNumber). */
    static QJsonArray firstDevices(SandboxFixture &sandbox, int n)
    {
        return sandbox
            .call("GET",
                  QStringLiteral("/beta/deviceManagement/managedDevices?$top=%1&$select=id,deviceName,"
                                 "serialNumber")
                      .arg(n),
                  {}, nullptr, sandbox.token())
            .value(u"value")
            .toArray();
    }

    /** Whether @p sandbox has a device with @p id. */
    static bool hasDevice(SandboxFixture &sandbox, const QString &id)
    {
        int status = 0;
        sandbox.call("GET", QStringLiteral("/beta/deviceManagement/managedDevices/%1?$select=id").arg(id), {},
                     &status, sandbox.token());
        return status == 200;
    }

    void addEndpoint(const QString &name, const QUrl &url)
    {
        const CtlRun r = run({QStringLiteral("tenants"), QStringLiteral("add"), name,
                              QStringLiteral("--graph-url"), url.toString()});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    }

    std::vector<std::unique_ptr<SandboxFixture>> m_sandboxes;
};

TEST_F(ctl_Tenants, AddListRemoveArePersistentInTheConsoleSettings)
{
    addEndpoint(QStringLiteral("Lab A"), s_sandbox->baseUrl());
    CtlRun r = run({QStringLiteral("tenants"), QStringLiteral("add"), QStringLiteral("Contoso"),
                    QStringLiteral("--tenant"), QStringLiteral("contoso.onmicrosoft.com"),
                    QStringLiteral("--client-id"), QStringLiteral("11111111-2222-3333-4444-555555555555"),
                    QStringLiteral("--cloud"), QStringLiteral("usgov"), QStringLiteral("--color"),
                    QStringLiteral("#12AB34")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    // The console's settings file holds the roster (one roster for both front ends).
    EXPECT_TRUE(
        QFileInfo::exists(home.filePath(QStringLiteral("config/PasscodeConsole/passcode-console.conf"))));

    r = run({QStringLiteral("tenants"), QStringLiteral("list")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 2) << r.out.toStdString();
    EXPECT_EQ(lines.at(0).section(u'\t', 0, 0), QStringLiteral("Lab A"));
    EXPECT_EQ(lines.at(1).section(u'\t', 0, 0), QStringLiteral("Contoso"));

    r = run({QStringLiteral("tenants"), QStringLiteral("list"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonArray list = r.json().array();
    ASSERT_EQ(list.size(), 2);
    EXPECT_EQ(list.at(0)[u"kind"].toString(), QStringLiteral("endpoint"));
    EXPECT_EQ(list.at(0)[u"graphUrl"].toString(), s_sandbox->baseUrl().toString());
    EXPECT_EQ(list.at(1)[u"tenant"].toString(), QStringLiteral("contoso.onmicrosoft.com"));
    EXPECT_EQ(list.at(1)[u"cloud"].toString(), QStringLiteral("usgov"));
    EXPECT_EQ(list.at(1)[u"color"].toString().toUpper(), QStringLiteral("#12AB34"));

    // Refused: a name already used (case-insensitive), a tenant without its client id, a bad colour.
    for (const QStringList &bad :
         {QStringList{QStringLiteral("CONTOSO"), QStringLiteral("--graph-url"),
                      s_sandbox->baseUrl().toString()},
          QStringList{QStringLiteral("Fabrikam"), QStringLiteral("--tenant"), QStringLiteral("fabrikam.com")},
          QStringList{QStringLiteral("Fabrikam"), QStringLiteral("--graph-url"),
                      s_sandbox->baseUrl().toString(), QStringLiteral("--color"), QStringLiteral("red")},
          QStringList{QStringLiteral("Fabrikam")}}) {
        r = run(QStringList{QStringLiteral("tenants"), QStringLiteral("add")} + bad);
        EXPECT_EQ(r.exitCode, 2) << bad.join(u' ').toStdString();
        expectOneErrorLine(r);
    }
    EXPECT_TRUE(run({QStringLiteral("tenants"), QStringLiteral("add"), QStringLiteral("contoso"),
                     QStringLiteral("--graph-url"), s_sandbox->baseUrl().toString()})
                    .err.contains(QStringLiteral("already")));

    r = run({QStringLiteral("tenants"), QStringLiteral("remove"), QStringLiteral("lab a")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = run({QStringLiteral("tenants"), QStringLiteral("remove"), QStringLiteral("Contoso")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = run({QStringLiteral("tenants"), QStringLiteral("list")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.isEmpty()) << r.out.toStdString();
    r = run({QStringLiteral("tenants"), QStringLiteral("remove"), QStringLiteral("Contoso")});
    EXPECT_EQ(r.exitCode, 2);
    expectOneErrorLine(r);
}

TEST_F(ctl_Tenants, TenantNamePicksARosterEndpoint)
{
    SandboxFixture *other = addSandbox(71);
    addEndpoint(QStringLiteral("Lab"), other->baseUrl());
    const QJsonObject device = firstDevices(*other, 1).at(0).toObject();
    ASSERT_FALSE(hasDevice(*s_sandbox, device[u"id"].toString())); // only the roster entry's tenant has it

    CtlRun r = run({QStringLiteral("--tenant"), QStringLiteral("LAB"), QStringLiteral("devices"),
                    QStringLiteral("show"), device[u"serialNumber"].toString(), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.json().object()[u"id"].toString(), device[u"id"].toString());

    r = run({QStringLiteral("--tenant"), QStringLiteral("lab"), QStringLiteral("devices"),
             QStringLiteral("find"), device[u"serialNumber"].toString(), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QList<QJsonObject> found = jsonLines(r);
    ASSERT_EQ(found.size(), 1) << r.out.toStdString();
    EXPECT_EQ(found.first()[u"id"].toString(), device[u"id"].toString());
    EXPECT_EQ(found.first()[u"tenant"].toString(), QStringLiteral("Lab"));

    // A roster entry already says how it is reached.
    r = run({QStringLiteral("--tenant"), QStringLiteral("Lab"), QStringLiteral("--client-id"),
             QStringLiteral("x"), QStringLiteral("devices"), QStringLiteral("list")});
    EXPECT_EQ(r.exitCode, 2);
    expectOneErrorLine(r);
}

TEST_F(ctl_Tenants, FindOnOneTenant)
{
    const QJsonObject device = firstDevices(*s_sandbox, 3).at(2).toObject();
    CtlRun r = run(hosted({QStringLiteral("devices"), QStringLiteral("find"),
                           device[u"serialNumber"].toString(), QStringLiteral("--json")}));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QList<QJsonObject> found = jsonLines(r);
    ASSERT_EQ(found.size(), 1) << r.out.toStdString();
    EXPECT_EQ(found.first()[u"id"].toString(), device[u"id"].toString());
    EXPECT_EQ(found.first()[u"tenant"].toString(),
              QStringLiteral("127.0.0.1:%1").arg(s_sandbox->baseUrl().port()));

    // The table has a Tenant column, and the device's row.
    r = run(hosted({QStringLiteral("devices"), QStringLiteral("find"), device[u"deviceName"].toString()}));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.startsWith(QStringLiteral("TENANT"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(device[u"id"].toString()));

    // Nothing found: exit 2, as `devices show` for a device that does not exist; stdout stays empty.
    r = run(hosted({QStringLiteral("devices"), QStringLiteral("find"), QStringLiteral("NO-SUCH-DEVICE-42")}));
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.out.isEmpty()) << r.out.toStdString();
    expectOneErrorLine(r);
}

TEST_F(ctl_Tenants, FindAcrossTwoAndThreeTenants)
{
    SandboxFixture *b = addSandbox(31);
    SandboxFixture *c = addSandbox(47);
    addEndpoint(QStringLiteral("Alpha"), s_sandbox->baseUrl());
    addEndpoint(QStringLiteral("Beta"), b->baseUrl());
    const std::map<QString, SandboxFixture *> byName{
        {QStringLiteral("Alpha"), s_sandbox}, {QStringLiteral("Beta"), b}, {QStringLiteral("Gamma"), c}};

    const auto findAll = [this](const QString &text) {
        return run({QStringLiteral("devices"), QStringLiteral("find"), text, QStringLiteral("--all-tenants"),
                    QStringLiteral("--json")});
    };
    // Two tenants: Beta's serial is found in Beta only.
    const QJsonObject inB = firstDevices(*b, 5).at(4).toObject();
    CtlRun r = findAll(inB[u"serialNumber"].toString());
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QList<QJsonObject> found = jsonLines(r);
    ASSERT_EQ(found.size(), 1) << r.out.toStdString();
    EXPECT_EQ(found.first()[u"tenant"].toString(), QStringLiteral("Beta"));
    EXPECT_EQ(found.first()[u"id"].toString(), inB[u"id"].toString());

    // Three tenants: a word that names devices in several of them; each result is its tenant's device.
    addEndpoint(QStringLiteral("Gamma"), c->baseUrl());
    const QString word = firstDevices(*c, 1).at(0)[u"deviceName"].toString().section(u'-', 0, 0);
    ASSERT_GE(word.size(), 2);
    r = findAll(word);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    found = jsonLines(r);
    QSet<QString> tenants;
    for (const QJsonObject &d : found) {
        const QString tenant = d[u"tenant"].toString();
        ASSERT_TRUE(byName.count(tenant)) << tenant.toStdString();
        EXPECT_TRUE(hasDevice(*byName.at(tenant), d[u"id"].toString())) << tenant.toStdString();
        EXPECT_TRUE(d[u"deviceName"].toString().contains(word, Qt::CaseInsensitive));
        tenants.insert(tenant);
    }
    EXPECT_GE(tenants.size(), 2) << r.out.toStdString();
    EXPECT_TRUE(tenants.contains(QStringLiteral("Gamma")));

    // The table names each row's tenant.
    r = run({QStringLiteral("devices"), QStringLiteral("find"), inB[u"deviceName"].toString(),
             QStringLiteral("--all-tenants")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.startsWith(QStringLiteral("TENANT")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("\nBeta "))) << r.out.toStdString();
}

TEST_F(ctl_Tenants, OneTenantDownReportsItAndPrintsTheOthers)
{
    SandboxFixture *failing = addSandbox(53);
    addEndpoint(QStringLiteral("Alpha"), s_sandbox->baseUrl());
    addEndpoint(QStringLiteral("Failing"), failing->baseUrl());
    addEndpoint(QStringLiteral("Offline"), QUrl(QStringLiteral("http://127.0.0.1:1")));
    CtlRun r = run({QStringLiteral("tenants"), QStringLiteral("add"), QStringLiteral("Contoso"),
                    QStringLiteral("--tenant"), QStringLiteral("contoso.onmicrosoft.com"),
                    QStringLiteral("--client-id"), QStringLiteral("11111111-2222-3333-4444-555555555555")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    ASSERT_TRUE(failing->setFaults(
        QJsonObject{{QStringLiteral("errorRate"), 1.0}, {QStringLiteral("errorStatuses"), QJsonArray{500}}}));

    const QJsonObject device = firstDevices(*s_sandbox, 8).at(7).toObject();
    r = run({QStringLiteral("devices"), QStringLiteral("find"), device[u"serialNumber"].toString(),
             QStringLiteral("--all-tenants"), QStringLiteral("--json")});
    EXPECT_EQ(r.exitCode, 6) << r.err.toStdString();
    const QList<QJsonObject> found = jsonLines(r);
    ASSERT_EQ(found.size(), 1) << r.out.toStdString();
    EXPECT_EQ(found.first()[u"tenant"].toString(), QStringLiteral("Alpha"));
    EXPECT_EQ(found.first()[u"id"].toString(), device[u"id"].toString());

    const QStringList lines = r.errLines();
    const auto lineOf = [&lines](const QString &tenant) {
        for (const QString &l : lines) {
            if (l.startsWith(QStringLiteral("passcodectl: ") + tenant + u' '))
                return l;
        }
        return QString();
    };
    EXPECT_FALSE(lineOf(QStringLiteral("Failing")).isEmpty()) << r.err.toStdString();
    EXPECT_FALSE(lineOf(QStringLiteral("Offline")).isEmpty()) << r.err.toStdString();
    // A tenant that needs an interactive sign-in says which command signs in.
    EXPECT_TRUE(lineOf(QStringLiteral("Contoso")).contains(QStringLiteral("--tenant \"Contoso\" login")))
        << r.err.toStdString();
    EXPECT_TRUE(lineOf(QStringLiteral("Alpha")).isEmpty()) << r.err.toStdString();
    failing->resetFaults();
}

} // namespace
} // namespace passcode::itest
