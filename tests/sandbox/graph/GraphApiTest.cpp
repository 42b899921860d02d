// SPDX-License-Identifier: GPL-3.0-or-later
// managedDevices over real HTTP: paging, $select, $filter, GET by id, v1.0 vs beta, headers, errors, auth.
#include "SandboxTestSupport.h"

#include "sandbox/tenant/IsoTime.h"

#include <QJsonArray>
#include <QSet>
#include <QSignalSpy>
#include <QTcpSocket>

using namespace passcode::sandbox;
using namespace passcode::sandbox::testing;

using sandbox_graph = SandboxFixture;

namespace {

QString filterPath(const QString &filter, const QString &extra = {})
{
    return QStringLiteral("/beta/deviceManagement/managedDevices?$filter=") +
           QString::fromLatin1(encodeQuery(filter)) + extra;
}

void expectGraphError(const Reply &r, int status, const char *code)
{
    EXPECT_EQ(r.status, status) << r.body.toStdString();
    const QJsonObject error = r.json().value(QLatin1String("error")).toObject();
    EXPECT_EQ(error.value(QLatin1String("code")).toString(), QLatin1String(code)) << r.body.toStdString();
    EXPECT_FALSE(error.value(QLatin1String("message")).toString().isEmpty());
    const QJsonObject inner = error.value(QLatin1String("innerError")).toObject();
    EXPECT_FALSE(inner.value(QLatin1String("date")).toString().isEmpty());
    EXPECT_EQ(inner.value(QLatin1String("request-id")).toString().toLatin1(), r.header("request-id"));
    EXPECT_EQ(inner.value(QLatin1String("client-request-id")).toString().toLatin1(),
              r.header("client-request-id"));
}

} // namespace

TEST_F(sandbox_graph, DefaultPagingCoversEveryDeviceExactlyOnce)
{
    startServer(testOptions(2500));
    QList<int> pages;
    const QJsonArray all =
        listAll(QStringLiteral("/v1.0/deviceManagement/managedDevices?$select=id,deviceName"), &pages);
    EXPECT_EQ(pages, (QList<int>{1000, 1000, 500}));
    QSet<QString> ids;
    for (const QJsonValue &v : all)
        ids.insert(v.toObject().value(QLatin1String("id")).toString());
    EXPECT_EQ(ids.size(), 2500);
    EXPECT_EQ(all.size(), 2500);
}

TEST_F(sandbox_graph, TopSetsThePageSizeAndSkipTokenIsOpaque)
{
    startServer(testOptions(20));
    QList<int> pages;
    const QJsonArray all = listAll(QStringLiteral("/beta/deviceManagement/managedDevices?$top=7"), &pages);
    EXPECT_EQ(pages, (QList<int>{7, 7, 6}));
    const Reply first = get(QStringLiteral("/beta/deviceManagement/managedDevices?$top=7"));
    const QString next = first.json().value(QLatin1String("@odata.nextLink")).toString();
    EXPECT_TRUE(next.contains(QLatin1String("$skiptoken="))) << next.toStdString();
    EXPECT_FALSE(next.contains(QLatin1String("skip=7")));
    // A token for another query, or a forged one, is refused.
    const QString token = next.mid(next.indexOf(QLatin1String("$skiptoken=")) + 11);
    expectGraphError(
        get(QStringLiteral("/beta/deviceManagement/managedDevices?$top=7&$select=id&$skiptoken=") + token),
        400, "BadRequest");
    expectGraphError(get(QStringLiteral("/beta/deviceManagement/managedDevices?$skiptoken=bm9wZQ")), 400,
                     "BadRequest");
    EXPECT_EQ(get(QStringLiteral("/beta/deviceManagement/managedDevices?$top=0"))
                  .json()
                  .value(QLatin1String("value"))
                  .toArray()
                  .size(),
              0);
    EXPECT_EQ(get(QStringLiteral("/beta/deviceManagement/managedDevices?$top=5000"))
                  .json()
                  .value(QLatin1String("value"))
                  .toArray()
                  .size(),
              20);
    const Reply counted = get(QStringLiteral("/beta/deviceManagement/managedDevices?$top=3&$count=true"));
    EXPECT_EQ(counted.json().value(QLatin1String("@odata.count")).toInt(), 20);
}

TEST_F(sandbox_graph, NextLinkUsesTheHostTheClientUsed)
{
    startServer(testOptions(5));
    QUrl u = url(QStringLiteral("/v1.0/deviceManagement/managedDevices?$top=2"));
    u.setHost(QStringLiteral("localhost"));
    const Reply r = send("GET", u, {}, {{"Authorization", "Bearer " + m_token.toLatin1()}});
    ASSERT_EQ(r.status, 200);
    const QString next = r.json().value(QLatin1String("@odata.nextLink")).toString();
    EXPECT_TRUE(next.startsWith(QStringLiteral("http://localhost:%1/v1.0/").arg(m_server->port())))
        << next.toStdString();
    EXPECT_TRUE(r.json()
                    .value(QLatin1String("@odata.context"))
                    .toString()
                    .startsWith(QLatin1String("http://localhost:")));
}

TEST_F(sandbox_graph, SelectWritesOnlyTheNamedProperties)
{
    startServer(testOptions(10));
    const Reply r =
        get(QStringLiteral("/beta/deviceManagement/managedDevices?$select=deviceName,joinType,id"));
    ASSERT_EQ(r.status, 200);
    EXPECT_TRUE(r.json()
                    .value(QLatin1String("@odata.context"))
                    .toString()
                    .endsWith(QLatin1String("managedDevices(id,deviceName,joinType)")));
    for (const QJsonValue &v : r.json().value(QLatin1String("value")).toArray()) {
        QStringList keys = v.toObject().keys();
        keys.sort();
        EXPECT_EQ(keys, (QStringList{QStringLiteral("@odata.type"), QStringLiteral("deviceName"),
                                     QStringLiteral("id"), QStringLiteral("joinType")}));
    }
    expectGraphError(get(QStringLiteral("/beta/deviceManagement/managedDevices?$select=deviceName,bogus")),
                     400, "BadRequest");
    // joinType and deviceType are beta-only properties.
    expectGraphError(get(QStringLiteral("/v1.0/deviceManagement/managedDevices?$select=joinType")), 400,
                     "BadRequest");
}

TEST_F(sandbox_graph, DocumentedFiltersMatchWhatTheListShows)
{
    startServer(testOptions(400));
    const QJsonArray all = listAll(QStringLiteral("/beta/deviceManagement/managedDevices"));
    ASSERT_EQ(all.size(), 400);
    const QJsonObject sample = all[7].toObject();
    auto ids = [this](const QString &filter) {
        QSet<QString> out;
        for (const QJsonValue &v : listAll(filterPath(filter, QStringLiteral("&$top=50"))))
            out.insert(v.toObject().value(QLatin1String("id")).toString());
        return out;
    };
    auto expected = [&](const std::function<bool(const QJsonObject &)> &pred) {
        QSet<QString> out;
        for (const QJsonValue &v : all) {
            if (pred(v.toObject()))
                out.insert(v.toObject().value(QLatin1String("id")).toString());
        }
        return out;
    };
    auto str = [](const QJsonObject &o, const char *k) {
        return o.value(QLatin1String(k)).toString();
    };
    auto quoted = [](QString s) -> QString {
        return u'\'' + s.replace(u'\'', QLatin1String("''")) + u'\'';
    };

    const QString name = str(sample, "deviceName");
    EXPECT_EQ(ids(QStringLiteral("deviceName eq ") + quoted(name)), expected([&](const QJsonObject &o) {
                  return str(o, "deviceName").compare(name, Qt::CaseInsensitive) == 0;
              }));
    EXPECT_EQ(ids(QStringLiteral("deviceName eq ") + quoted(name.toUpper())).size(),
              ids(QStringLiteral("deviceName eq ") + quoted(name)).size());
    EXPECT_EQ(ids(QStringLiteral("contains(deviceName,'iphone')")), expected([&](const QJsonObject &o) {
                  return str(o, "deviceName").contains(QLatin1String("iphone"), Qt::CaseInsensitive);
              }));
    EXPECT_FALSE(ids(QStringLiteral("contains(deviceName,'iphone')")).isEmpty());
    // Names with an apostrophe ("Camille's iPhone") need the doubled quote.
    for (const QJsonValue &v : all) {
        const QString n = str(v.toObject(), "deviceName");
        if (n.contains(u'\'')) {
            EXPECT_TRUE(ids(QStringLiteral("deviceName eq ") + quoted(n)).contains(str(v.toObject(), "id")));
            break;
        }
    }
    EXPECT_EQ(ids(QStringLiteral("operatingSystem eq 'Android'")), expected([&](const QJsonObject &o) {
                  return str(o, "operatingSystem") == QLatin1String("Android");
              }));
    const QString serial = str(sample, "serialNumber");
    EXPECT_EQ(ids(QStringLiteral("serialNumber eq ") + quoted(serial)),
              expected([&](const QJsonObject &o) { return str(o, "serialNumber") == serial; }));
    const QString upn = str(all[3].toObject(), "userPrincipalName");
    EXPECT_EQ(ids(QStringLiteral("userPrincipalName eq ") + quoted(upn)),
              expected([&](const QJsonObject &o) { return str(o, "userPrincipalName") == upn; }));
    const QString cutoff = QStringLiteral("2026-10-20T00:00:00Z");
    const qint64 cut = *IsoTime::parse(cutoff);
    auto syncMs = [&](const QJsonObject &o) {
        return *IsoTime::parse(str(o, "lastSyncDateTime"));
    };
    const QSet<QString> stale = ids(QStringLiteral("lastSyncDateTime lt ") + cutoff);
    EXPECT_EQ(stale, expected([&](const QJsonObject &o) { return syncMs(o) < cut; }));
    EXPECT_FALSE(stale.isEmpty());
    EXPECT_EQ(ids(QStringLiteral("lastSyncDateTime gt ") + cutoff),
              expected([&](const QJsonObject &o) { return syncMs(o) > cut; }));
    EXPECT_EQ(ids(QStringLiteral("operatingSystem eq 'iOS' and lastSyncDateTime gt ") + cutoff),
              expected([&](const QJsonObject &o) {
                  return str(o, "operatingSystem") == QLatin1String("iOS") && syncMs(o) > cut;
              }));
    EXPECT_EQ(ids(QStringLiteral(
                  "(operatingSystem eq 'iOS' or operatingSystem eq 'iPadOS') and contains(deviceName,'a')")),
              expected([&](const QJsonObject &o) {
                  return (str(o, "operatingSystem") == QLatin1String("iOS") ||
                          str(o, "operatingSystem") == QLatin1String("iPadOS")) &&
                         str(o, "deviceName").contains(u'a', Qt::CaseInsensitive);
              }));
    // $filter combined with paging still covers each match once.
    QList<int> pages;
    const QJsonArray android = listAll(
        filterPath(QStringLiteral("operatingSystem eq 'Android'"), QStringLiteral("&$top=9")), &pages);
    EXPECT_GT(pages.size(), 2);
    EXPECT_EQ(qsizetype(android.size()), ids(QStringLiteral("operatingSystem eq 'Android'")).size());
}

TEST_F(sandbox_graph, ARenamedDeviceHasItsNewNameEverywhereGraphShowsIt)
{
    startServer(testOptions(60));
    const QString id = showcase().at(3).toObject().value(QLatin1String("id")).toString();
    const QString name = QStringLiteral("=HYPERLINK(\"http://x.example\",\"open\")");
    const QJsonObject facts =
        control(QStringLiteral("devices/") + id, QJsonObject{{QStringLiteral("deviceName"), name}});
    EXPECT_EQ(facts.value(QLatin1String("deviceName")).toString(), name);

    EXPECT_EQ(device(id).value(QLatin1String("deviceName")).toString(), name);
    const QJsonArray matches = listAll(filterPath(QStringLiteral("deviceName eq '") + name + u'\''));
    ASSERT_EQ(matches.size(), 1);
    EXPECT_EQ(matches.at(0).toObject().value(QLatin1String("id")).toString(), id);
    int listed = 0;
    for (const QJsonValue &v : listAll(QStringLiteral("/beta/deviceManagement/managedDevices")))
        listed += v.toObject().value(QLatin1String("deviceName")).toString() == name ? 1 : 0;
    EXPECT_EQ(listed, 1);

    EXPECT_EQ(post(QStringLiteral("/sandbox/devices/") + id, R"({"deviceName": ""})", QString()).status, 400);
    EXPECT_EQ(post(QStringLiteral("/sandbox/devices/") + id, R"({"osVersion": "1"})", QString()).status, 400);
    EXPECT_EQ(post(QStringLiteral("/sandbox/devices/00000000-0000-4000-8000-000000000000"),
                   R"({"deviceName": "x"})", QString())
                  .status,
              404);
}

TEST_F(sandbox_graph, UnsupportedQueriesAnswer400WithAGraphError)
{
    startServer(testOptions(10));
    for (const QString &filter :
         {QStringLiteral("startswith(deviceName,'A')"),
          QStringLiteral("deviceName eq 'a' or operatingSystem eq 'iOS'"),
          QStringLiteral("lastSyncDateTime lt '2026-01-01T00:00:00Z'"),
          QStringLiteral("osVersion eq '17.5.1'"), QStringLiteral("jailBroken ne 'False'"),
          QStringLiteral("deviceName eq"), QStringLiteral("deviceName eq 'unterminated"),
          QStringLiteral("not deviceName eq 'x'"), QStringLiteral("bogus eq 'x'"),
          QStringLiteral("operatingSystem in ('iOS','Android')")})
        expectGraphError(get(filterPath(filter)), 400, "BadRequest");
    expectGraphError(get(QStringLiteral("/beta/deviceManagement/managedDevices?$search=iphone")), 400,
                     "BadRequest");
    expectGraphError(get(QStringLiteral("/beta/deviceManagement/managedDevices?$expand=users")), 400,
                     "BadRequest");
    expectGraphError(get(QStringLiteral("/beta/deviceManagement/managedDevices?$top=-1")), 400, "BadRequest");
    expectGraphError(get(QStringLiteral("/beta/deviceManagement/managedDevices?$top=1&$top=2")), 400,
                     "BadRequest");
    expectGraphError(get(QStringLiteral("/beta/deviceManagement/managedDevices?$apply=x")), 400,
                     "BadRequest");
    // $orderby is accepted and ignored, as Intune does.
    EXPECT_EQ(get(QStringLiteral("/beta/deviceManagement/managedDevices?$orderby=deviceName")).status, 200);
}

TEST_F(sandbox_graph, GetByIdFillsNonDefaultPropertiesOnlyWhenSelected)
{
    startServer(testOptions(30));
    // The first showcase device is an ADE (supervised) iPhone.
    const QString id = showcase()[0].toObject().value(QLatin1String("id")).toString();
    const QJsonObject plain = device(id);
    EXPECT_TRUE(plain.value(QLatin1String("@odata.context")).toString().endsWith(QLatin1String("/$entity")));
    for (const char *p : {"udid", "iccid", "notes", "activationLockBypassCode", "ethernetMacAddress"}) {
        EXPECT_TRUE(plain.value(QLatin1String(p)).isNull()) << p;
    }
    EXPECT_EQ(plain.value(QLatin1String("physicalMemoryInBytes")).toInteger(), 0);
    const QJsonObject selected =
        device(id, QStringLiteral("id,udid,iccid,activationLockBypassCode,physicalMemoryInBytes"));
    EXPECT_FALSE(selected.value(QLatin1String("udid")).toString().isEmpty());
    EXPECT_FALSE(selected.value(QLatin1String("iccid")).toString().isEmpty());
    EXPECT_EQ(selected.value(QLatin1String("activationLockBypassCode")).toString().size(), 35);
    EXPECT_GT(selected.value(QLatin1String("physicalMemoryInBytes")).toInteger(), 0);
    EXPECT_FALSE(selected.contains(QLatin1String("deviceName")));
    // The list never fills them, even when selected.
    const QJsonArray list =
        listAll(QStringLiteral("/beta/deviceManagement/managedDevices?$select=id,udid&$top=30"));
    EXPECT_TRUE(list[0].toObject().value(QLatin1String("udid")).isNull());
    // Both key syntaxes; unknown ids.
    EXPECT_EQ(get(QStringLiteral("/v1.0/deviceManagement/managedDevices('%1')").arg(id)).status, 200);
    expectGraphError(
        get(QStringLiteral("/v1.0/deviceManagement/managedDevices/00000000-0000-4000-8000-000000000000")),
        404, "itemNotFound");
    expectGraphError(get(QStringLiteral("/v1.0/deviceManagement/managedDevices/not-a-guid")), 404,
                     "itemNotFound");
}

TEST_F(sandbox_graph, VersionsDifferAsGraphDoes)
{
    startServer(testOptions(30));
    const QJsonArray facts = showcase();
    const QString dedicated = facts[10].toObject().value(QLatin1String("id")).toString(); // row 11
    ASSERT_EQ(facts[10].toObject().value(QLatin1String("row")).toInt(), 11);
    const QJsonObject beta = device(dedicated, {}, QStringLiteral("beta"));
    EXPECT_EQ(beta.value(QLatin1String("deviceEnrollmentType")).toString(),
              QLatin1String("androidEnterpriseDedicatedDevice"));
    EXPECT_EQ(beta.value(QLatin1String("deviceType")).toString(), QLatin1String("androidEnterprise"));
    EXPECT_TRUE(beta.contains(QLatin1String("joinType")));
    const QJsonObject v1 = device(dedicated, {}, QStringLiteral("v1.0"));
    EXPECT_EQ(v1.value(QLatin1String("deviceEnrollmentType")).toString(),
              QLatin1String("unknownFutureValue"));
    EXPECT_FALSE(v1.contains(QLatin1String("joinType")));
    EXPECT_FALSE(v1.contains(QLatin1String("deviceType")));
    EXPECT_EQ(v1.value(QLatin1String("managementAgent")).toString(),
              QLatin1String("googleCloudDevicePolicyController"));
    const Reply preferred = get(QStringLiteral("/v1.0/deviceManagement/managedDevices/") + dedicated,
                                QStringLiteral("default"), {{"Prefer", "include-unknown-enum-members"}});
    EXPECT_EQ(preferred.json().value(QLatin1String("deviceEnrollmentType")).toString(),
              QLatin1String("androidEnterpriseDedicatedDevice"));
    EXPECT_EQ(preferred.header("Preference-Applied"), "include-unknown-enum-members");
    // remoteActionAudits exists only in beta.
    expectGraphError(get(QStringLiteral("/v1.0/deviceManagement/remoteActionAudits")), 400, "BadRequest");
    EXPECT_EQ(get(QStringLiteral("/beta/deviceManagement/remoteActionAudits")).status, 200);
}

TEST_F(sandbox_graph, EveryResponseCarriesRequestIds)
{
    startServer(testOptions(5));
    const Reply mine = get(QStringLiteral("/v1.0/deviceManagement/managedDevices"), QStringLiteral("default"),
                           {{"client-request-id", "11111111-2222-3333-4444-555555555555"}});
    EXPECT_EQ(mine.header("client-request-id"), "11111111-2222-3333-4444-555555555555");
    EXPECT_EQ(mine.header("request-id").size(), 36);
    const Reply theirs = get(QStringLiteral("/v1.0/deviceManagement/managedDevices"));
    EXPECT_EQ(theirs.header("client-request-id"), theirs.header("request-id"));
    EXPECT_NE(theirs.header("request-id"), mine.header("request-id"));
    EXPECT_EQ(theirs.header("OData-Version"), "4.0");
    EXPECT_FALSE(get(QStringLiteral("/sandbox/state"), QString()).header("request-id").isEmpty());
}

TEST_F(sandbox_graph, TokensAreCheckedAndScopesEnforced)
{
    startServer(testOptions(20));
    const QString path = QStringLiteral("/v1.0/deviceManagement/managedDevices");
    const Reply none = get(path, QString());
    expectGraphError(none, 401, "InvalidAuthenticationToken");
    EXPECT_TRUE(none.header("WWW-Authenticate").startsWith("Bearer "));
    expectGraphError(get(path, QStringLiteral("garbage")), 401, "InvalidAuthenticationToken");
    QString forged = m_token;
    forged[forged.size() - 3] = forged[forged.size() - 3] == u'A' ? u'B' : u'A';
    expectGraphError(get(path, forged), 401, "InvalidAuthenticationToken");

    const QString userRead = token({QStringLiteral("User.Read")});
    const Reply forbidden = get(path, userRead);
    expectGraphError(forbidden, 403, "Forbidden");
    EXPECT_TRUE(forbidden.json()
                    .value(QLatin1String("error"))
                    .toObject()
                    .value(QLatin1String("message"))
                    .toString()
                    .contains(QLatin1String("DeviceManagementManagedDevices.Read.All")));

    const QString readOnly = token({QStringLiteral("DeviceManagementManagedDevices.Read.All")});
    EXPECT_EQ(get(path, readOnly).status, 200);
    const QString id = showcase()[10].toObject().value(QLatin1String("id")).toString();
    const Reply denied = post(path + u'/' + id + QStringLiteral("/resetPasscode"), {}, readOnly, {});
    expectGraphError(denied, 403, "Forbidden");
    EXPECT_TRUE(denied.json()
                    .value(QLatin1String("error"))
                    .toObject()
                    .value(QLatin1String("message"))
                    .toString()
                    .contains(QLatin1String("DeviceManagementManagedDevices.PrivilegedOperations.All")));
    EXPECT_EQ(
        post(path + u'/' + id + QStringLiteral("/resetPasscode"), {}, QStringLiteral("default"), {}).status,
        204);
    // /me reflects the token's user.
    const QJsonObject me = get(QStringLiteral("/v1.0/me")).json();
    EXPECT_EQ(me.value(QLatin1String("userPrincipalName")).toString(),
              QLatin1String("helpdesk@contoso-sandbox.onmicrosoft.com"));
}

TEST_F(sandbox_graph, AnswersOnlyItsOwnHostName)
{
    startServer();
    const QString devices = QStringLiteral("/v1.0/deviceManagement/managedDevices?$top=1");
    const QByteArray port = QByteArray::number(m_server->port());
    const QByteArray bearer = "Bearer " + m_token.toLatin1();
    // A page of evil.example rebound to 127.0.0.1 (DNS rebinding) still sends its own name.
    const QList<QByteArray> foreign{"evil.example:" + port, "127.0.0.1:1", "127.0.0.1.evil.example:" + port};
    for (const QByteArray &host : foreign) {
        const Reply r = send("GET", url(devices), {}, {{"Host", host}, {"Authorization", bearer}});
        EXPECT_EQ(r.status, 421) << host.toStdString();
        EXPECT_FALSE(r.body.contains("\"value\"")) << host.toStdString();
        EXPECT_EQ(send("POST", url(QStringLiteral("/sandbox/faults/reset")), "{}",
                       {{"Host", host}, {"Content-Type", "application/json"}})
                      .status,
                  421);
    }
    const QList<QByteArray> own{"127.0.0.1:" + port, "localhost:" + port, "LOCALHOST:" + port};
    for (const QByteArray &host : own) {
        EXPECT_EQ(send("GET", url(devices), {}, {{"Host", host}, {"Authorization", bearer}}).status, 200)
            << host.toStdString();
    }
}

TEST_F(sandbox_graph, BadRequestsNeverBringItDown)
{
    startServer(testOptions(5));
    const QList<QString> paths = {
        QStringLiteral("/v1.0/"),
        QStringLiteral("/v1.0/deviceManagement"),
        QStringLiteral("/v1.0/users"),
        QStringLiteral("/beta/deviceManagement/managedDevices/x/y/z"),
        QStringLiteral("/v2.0/x"),
        QStringLiteral("/beta/deviceManagement/managedDevices('')"),
        QStringLiteral("/beta/deviceManagement/managedDevices(')"),
        QStringLiteral("/%00%ff"),
        QStringLiteral("/common/oauth2/v2.0/nothing"),
        QStringLiteral("/sandbox/nothing"),
        QStringLiteral("/beta/deviceManagement/managedDevices?$filter=((((((("),
        QStringLiteral("/beta/deviceManagement/managedDevices?$filter=%27%27%27"),
    };
    for (const QString &p : paths) {
        const Reply r = get(p);
        EXPECT_GE(r.status, 400) << p.toStdString();
        EXPECT_LT(r.status, 600) << p.toStdString();
    }
    EXPECT_EQ(post(QStringLiteral("/v1.0/$batch"), "{not json").status, 400);
    // Deeply nested filters are refused with 400 before they can exhaust the parser's stack, directly and
    // inside a $batch item.
    const QString deep = QString(200000, u'(') + QStringLiteral("deviceName eq 'x'") + QString(200000, u')');
    const Reply nested = get(QStringLiteral("/beta/deviceManagement/managedDevices?$filter=") + deep);
    EXPECT_EQ(nested.status, 400);
    EXPECT_TRUE(nested.body.contains("nested")) << nested.body.left(300).toStdString();
    const QJsonObject item{
        {QStringLiteral("id"), QStringLiteral("1")},
        {QStringLiteral("method"), QStringLiteral("GET")},
        {QStringLiteral("url"), QString(QStringLiteral("/deviceManagement/managedDevices?$filter=") + deep)}};
    const Reply batch =
        post(QStringLiteral("/beta/$batch"),
             QJsonDocument(QJsonObject{{QStringLiteral("requests"), QJsonArray{item}}}).toJson());
    ASSERT_EQ(batch.status, 200) << batch.body.left(300).toStdString();
    EXPECT_EQ(batch.json().value(u"responses").toArray().first().toObject().value(u"status").toInt(), 400);
    // A flat filter of more than 100 nodes is refused too (OData's node count limit).
    QStringList many;
    for (int i = 0; i < 150; ++i)
        many << QStringLiteral("serialNumber eq 'S%1'").arg(i);
    EXPECT_EQ(
        get(QStringLiteral("/beta/deviceManagement/managedDevices?$filter=") + many.join(u" or ")).status,
        400);
    EXPECT_EQ(post(QStringLiteral("/sandbox/faults"), "[1,2]", QString()).status, 400);
    EXPECT_EQ(send("DELETE", url(QStringLiteral("/v1.0/deviceManagement/managedDevices")), {},
                   {{"Authorization", "Bearer " + m_token.toLatin1()}})
                  .status,
              405);
    // Raw garbage on the socket.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    ASSERT_TRUE(socket.waitForConnected(5000));
    socket.write("THIS IS NOT HTTP\r\n\r\n\x01\x02\x03");
    socket.flush();
    QSignalSpy closed(&socket, &QTcpSocket::disconnected);
    closed.wait(200);
    // Still serving.
    EXPECT_EQ(get(QStringLiteral("/v1.0/deviceManagement/managedDevices")).status, 200);
}
