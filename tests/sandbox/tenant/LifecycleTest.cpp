// SPDX-License-Identifier: GPL-3.0-or-later
// The remote action lifecycle (pending -> active -> done/failed/notSupported/canceled) for every platform
// row, with simulated time moved by the control endpoint (the clock is frozen otherwise), and its audit
// trail.
#include "SandboxTestSupport.h"

#include "sandbox/tenant/ActionSimulator.h"
#include "sandbox/tenant/IsoTime.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace passcode::sandbox;
using namespace passcode::sandbox::testing;

namespace {

class sandbox_lifecycle : public SandboxFixture
{
protected:
    void SetUp() override
    {
        startServer(testOptions(60));
        m_facts = showcase();
    }

    /** The first showcase device matching \a pred. */
    QJsonObject find(const std::function<bool(const QJsonObject &)> &pred) const
    {
        for (const QJsonValue &v : m_facts) {
            if (pred(v.toObject()))
                return v.toObject();
        }
        ADD_FAILURE() << "no such showcase device";
        return {};
    }
    QJsonObject plain(int row) const
    {
        return find([row](const QJsonObject &f) {
            return f.value(QLatin1String("row")).toInt() == row &&
                   f.value(QLatin1String("managementState")).toString() == QLatin1String("managed") &&
                   f.value(QLatin1String("connectivity")).toString() == QLatin1String("online") &&
                   !f.value(QLatin1String("noPasscodePolicy")).toBool() &&
                   !f.value(QLatin1String("resetTokenInactive")).toBool() &&
                   !f.value(QLatin1String("wrongUnlockToken")).toBool();
        });
    }
    int send(const QString &id, const QString &action, const QString &bearer = QStringLiteral("default"),
             const QByteArray &body = {})
    {
        return post(QStringLiteral("/beta/deviceManagement/managedDevices/%1/%2").arg(id, action), body,
                    bearer, body.isEmpty() ? QByteArray() : QByteArray("application/json"))
            .status;
    }
    /** The device's result for \a action (GET by id, beta). */
    QJsonObject result(const QString &id, const QString &action = QStringLiteral("resetPasscode"))
    {
        const QJsonObject d =
            device(id, QStringLiteral("id,deviceName,deviceActionResults,lastSyncDateTime"));
        for (const QJsonValue &v : d.value(QLatin1String("deviceActionResults")).toArray()) {
            if (v.toObject().value(QLatin1String("actionName")).toString() == action)
                return v.toObject();
        }
        return {};
    }
    static QString state(const QJsonObject &r) { return r.value(QLatin1String("actionState")).toString(); }
    static QString id(const QJsonObject &f) { return f.value(QLatin1String("id")).toString(); }

    QJsonArray m_facts;
};

const QRegularExpression kNumeric(QStringLiteral("^[0-9]{6}$"));
const QRegularExpression kAlphanumeric(QStringLiteral("^(?=.*[0-9])(?=.*[A-Za-z])[A-Za-z0-9]{8}$"));

} // namespace

TEST_F(sandbox_lifecycle, EveryRowEndsAsDocumented)
{
    QHash<int, QString> ids;
    for (int row = 1; row <= 17; ++row) {
        ids[row] = id(plain(row));
        ASSERT_EQ(send(ids[row], QStringLiteral("resetPasscode")), 204) << row;
        const QJsonObject r = result(ids[row]);
        EXPECT_EQ(state(r), QLatin1String("pending")) << row;
        EXPECT_EQ(r.value(QLatin1String("@odata.type")).toString(),
                  QLatin1String("#microsoft.graph.resetPasscodeActionResult"));
        EXPECT_EQ(r.value(QLatin1String("startDateTime")).toString(), QLatin1String("2026-11-02T09:00:00Z"));
        EXPECT_TRUE(r.value(QLatin1String("passcode")).isNull());
    }
    ASSERT_EQ(send(ids[6], QStringLiteral("recoverPasscode")), 204);
    advance(400); // online devices check in within 5 minutes and finish within a minute
    const QList<int> numeric = {5, 7, 9, 11, 12};
    const QList<int> alphanumeric = {13, 14, 15};
    const QList<int> unsupported = {2, 3, 4, 6, 8, 10, 16, 17};
    for (int row = 1; row <= 17; ++row) {
        const QJsonObject r = result(ids[row]);
        const QString passcode = r.value(QLatin1String("passcode")).toString();
        if (row == 1) {
            EXPECT_EQ(state(r), QLatin1String("done"));
            EXPECT_TRUE(r.value(QLatin1String("passcode")).isNull()) << "an iOS removal has no passcode";
        } else if (numeric.contains(row)) {
            EXPECT_EQ(state(r), QLatin1String("done")) << row;
            EXPECT_TRUE(kNumeric.match(passcode).hasMatch()) << row << ": " << passcode.toStdString();
        } else if (alphanumeric.contains(row)) {
            EXPECT_EQ(state(r), QLatin1String("done")) << row;
            EXPECT_TRUE(kAlphanumeric.match(passcode).hasMatch()) << row << ": " << passcode.toStdString();
        } else {
            EXPECT_TRUE(unsupported.contains(row));
            EXPECT_EQ(state(r), QLatin1String("notSupported")) << row;
            EXPECT_EQ(r.value(QLatin1String("errorCode")).toInt(), 1004) << row;
        }
        if (state(r) == QLatin1String("done")) {
            EXPECT_EQ(r.value(QLatin1String("errorCode")).toInt(), 0);
        }
    }
    // Windows 10 Mobile with the Creators Update, Azure AD joined: the PIN reset is recoverPasscode.
    const QJsonObject pin = result(ids[6], QStringLiteral("recoverPasscode"));
    EXPECT_EQ(state(pin), QLatin1String("done"));
    EXPECT_TRUE(kNumeric.match(pin.value(QLatin1String("passcode")).toString()).hasMatch());
    // A list never shows the passcode; a GET by id does.
    const QJsonArray list = listAll(
        QStringLiteral("/beta/deviceManagement/managedDevices?$select=id,deviceActionResults&$top=60"));
    for (const QJsonValue &v : list) {
        for (const QJsonValue &r : v.toObject().value(QLatin1String("deviceActionResults")).toArray()) {
            EXPECT_TRUE(r.toObject().value(QLatin1String("passcode")).isNull());
        }
    }
    // Passcodes are kept for 7 days of tenant time.
    advance(6 * 86400);
    EXPECT_FALSE(result(ids[11]).value(QLatin1String("passcode")).isNull());
    advance(86400);
    EXPECT_TRUE(result(ids[11]).value(QLatin1String("passcode")).isNull());
    EXPECT_EQ(state(result(ids[11])), QLatin1String("done"));
}

TEST_F(sandbox_lifecycle, PendingThenActiveThenDone)
{
    const QString dedicated = id(plain(11));
    ASSERT_EQ(send(dedicated, QStringLiteral("microsoft.graph.resetPasscode")),
              204); // namespace-qualified form
    const QString syncBefore = device(dedicated, QStringLiteral("id,lastSyncDateTime"))
                                   .value(QLatin1String("lastSyncDateTime"))
                                   .toString();
    QStringList seen;
    for (int step = 0; step <= 80; ++step) {
        const QString s = state(result(dedicated));
        if (seen.isEmpty() || seen.last() != s)
            seen.append(s);
        advance(5);
    }
    EXPECT_EQ(seen,
              (QStringList{QStringLiteral("pending"), QStringLiteral("active"), QStringLiteral("done")}));
    const QJsonObject r = result(dedicated);
    EXPECT_GT(*IsoTime::parse(r.value(QLatin1String("lastUpdatedDateTime")).toString()),
              *IsoTime::parse(r.value(QLatin1String("startDateTime")).toString()));
    // The check-in shows as the device's last sync.
    const QString syncAfter = device(dedicated, QStringLiteral("id,lastSyncDateTime"))
                                  .value(QLatin1String("lastSyncDateTime"))
                                  .toString();
    EXPECT_GT(*IsoTime::parse(syncAfter), *IsoTime::parse(syncBefore));
}

TEST_F(sandbox_lifecycle, FailuresAndDevicesThatNeverAnswer)
{
    auto flagged = [this](int row, const char *flag) {
        return id(find([row, flag](const QJsonObject &f) {
            return f.value(QLatin1String("row")).toInt() == row && f.value(QLatin1String(flag)).toBool();
        }));
    };
    auto withConnectivity = [this](int row, const char *c) {
        return id(find([row, c](const QJsonObject &f) {
            return f.value(QLatin1String("row")).toInt() == row &&
                   f.value(QLatin1String("connectivity")).toString() == QLatin1String(c) &&
                   f.value(QLatin1String("managementState")).toString() == QLatin1String("managed");
        }));
    };
    const QString inactiveToken = flagged(15, "resetTokenInactive");
    const QString noPolicy = flagged(13, "noPasscodePolicy");
    const QString wrongToken = flagged(1, "wrongUnlockToken");
    const QString neverSynced = withConnectivity(1, "neverSynced");
    const QString stale = withConnectivity(12, "stale");
    const QString slow = withConnectivity(5, "slow");
    for (const QString &d : {inactiveToken, noPolicy, wrongToken, neverSynced, stale, slow}) {
        ASSERT_EQ(send(d, QStringLiteral("resetPasscode")), 204);
    }
    advance(400);
    EXPECT_EQ(state(result(inactiveToken)), QLatin1String("notSupported"));
    EXPECT_EQ(result(inactiveToken).value(QLatin1String("errorCode")).toInt(), 1003);
    EXPECT_EQ(state(result(noPolicy)), QLatin1String("failed"));
    EXPECT_EQ(result(noPolicy).value(QLatin1String("errorCode")).toInt(), 1001);
    EXPECT_EQ(state(result(wrongToken)), QLatin1String("failed"));
    EXPECT_EQ(result(wrongToken).value(QLatin1String("errorCode")).toInt(), 1002);
    EXPECT_EQ(state(result(slow)), QLatin1String("pending")); // waits for its next periodic sync
    advance(30 * 86400);
    EXPECT_EQ(state(result(neverSynced)), QLatin1String("pending"));
    EXPECT_EQ(device(neverSynced, QStringLiteral("id,lastSyncDateTime"))
                  .value(QLatin1String("lastSyncDateTime"))
                  .toString(),
              QLatin1String("0001-01-01T00:00:00Z"));
    EXPECT_EQ(state(result(stale)), QLatin1String("pending"));
    EXPECT_EQ(state(result(slow)), QLatin1String("done"));
}

TEST_F(sandbox_lifecycle, BlockingManagementStatesCancelTheAction)
{
    for (const char *blocking :
         {"retirePending", "retireIssued", "wipePending", "wipeIssued", "deletePending"}) {
        const QString d = id(find([blocking](const QJsonObject &f) {
            return f.value(QLatin1String("managementState")).toString() == QLatin1String(blocking);
        }));
        EXPECT_EQ(device(d, QStringLiteral("id,managementState"))
                      .value(QLatin1String("managementState"))
                      .toString(),
                  QLatin1String(blocking));
        ASSERT_EQ(send(d, QStringLiteral("resetPasscode")), 204);
        advance(400);
        EXPECT_EQ(state(result(d)), QLatin1String("canceled")) << blocking;
    }
}

TEST_F(sandbox_lifecycle, ASecondResetReplacesThePendingOne)
{
    const QString d = id(plain(13));
    ASSERT_EQ(send(d, QStringLiteral("resetPasscode")), 204);
    advance(10);
    ASSERT_EQ(send(d, QStringLiteral("resetPasscode"), QStringLiteral("default"), "{}"), 204);
    const QJsonObject r = result(d);
    EXPECT_EQ(r.value(QLatin1String("startDateTime")).toString(), QLatin1String("2026-11-02T09:00:10Z"));
    EXPECT_EQ(device(d).value(QLatin1String("deviceActionResults")).toArray().size(), 1);
    const QString filter = QString::fromLatin1(encodeQuery(QStringLiteral("managedDeviceId eq '%1'").arg(d)));
    const QJsonArray audits =
        listAll(QStringLiteral("/beta/deviceManagement/remoteActionAudits?$filter=") + filter);
    ASSERT_EQ(audits.size(), 2);
    EXPECT_EQ(audits[0].toObject().value(QLatin1String("actionState")).toString(), QLatin1String("canceled"));
    EXPECT_EQ(audits[1].toObject().value(QLatin1String("actionState")).toString(), QLatin1String("pending"));
    advance(400);
    EXPECT_EQ(state(result(d)), QLatin1String("done"));
}

TEST_F(sandbox_lifecycle, AuditsFollowTheActionsAndNameTheInitiator)
{
    const QString d = id(plain(11));
    const QString technician =
        token(SandboxServer::defaultScopes(), QStringLiteral("support.n2@contoso-sandbox.onmicrosoft.com"));
    ASSERT_EQ(send(d, QStringLiteral("resetPasscode"), technician), 204);
    const QJsonObject dev = device(d);
    const QString filter = QString::fromLatin1(encodeQuery(
        QStringLiteral("action eq 'resetPasscode' and managedDeviceId eq '%1' and actionState eq 'pending'")
            .arg(d)));
    QJsonArray audits =
        listAll(QStringLiteral("/beta/deviceManagement/remoteActionAudits?$filter=") + filter);
    ASSERT_EQ(audits.size(), 1);
    const QJsonObject a = audits[0].toObject();
    EXPECT_EQ(a.value(QLatin1String("initiatedByUserPrincipalName")).toString(),
              QLatin1String("support.n2@contoso-sandbox.onmicrosoft.com"));
    EXPECT_EQ(a.value(QLatin1String("deviceDisplayName")).toString(),
              dev.value(QLatin1String("deviceName")).toString());
    EXPECT_EQ(a.value(QLatin1String("deviceOwnerUserPrincipalName")).toString(),
              dev.value(QLatin1String("userPrincipalName")).toString());
    EXPECT_EQ(a.value(QLatin1String("deviceIMEI")).toString(), dev.value(QLatin1String("imei")).toString());
    EXPECT_EQ(a.value(QLatin1String("managedDeviceId")).toString(), d);
    EXPECT_EQ(a.value(QLatin1String("action")).toString(), QLatin1String("resetPasscode"));
    EXPECT_EQ(a.value(QLatin1String("requestDateTime")).toString(), QLatin1String("2026-11-02T09:00:00Z"));
    advance(400);
    const QString done = QString::fromLatin1(
        encodeQuery(QStringLiteral("actionState eq 'done' and managedDeviceId eq '%1'").arg(d)));
    audits = listAll(QStringLiteral("/beta/deviceManagement/remoteActionAudits?$filter=") + done);
    ASSERT_EQ(audits.size(), 1);
    EXPECT_EQ(audits[0].toObject().value(QLatin1String("id")).toString(),
              a.value(QLatin1String("id")).toString());
    // Paging the whole trail covers each row once.
    QList<int> pages;
    const QJsonArray all =
        listAll(QStringLiteral("/beta/deviceManagement/remoteActionAudits?$top=2"), &pages);
    QSet<QString> ids;
    for (const QJsonValue &v : all)
        ids.insert(v.toObject().value(QLatin1String("id")).toString());
    EXPECT_EQ(ids.size(), all.size());
    EXPECT_GT(pages.size(), 1);
    const QJsonObject state = controlGet(QStringLiteral("state"));
    EXPECT_EQ(state.value(QLatin1String("actions")).toObject().value(QLatin1String("audits")).toInt(),
              all.size());
}

TEST_F(sandbox_lifecycle, TheTenantHasAHistory)
{
    // A stale dedicated device with a reset pending since before the sandbox started.
    const QString pendingDevice = id(find([](const QJsonObject &f) {
        return f.value(QLatin1String("row")).toInt() == 11 &&
               f.value(QLatin1String("connectivity")).toString() == QLatin1String("stale");
    }));
    const QJsonObject r = result(pendingDevice);
    EXPECT_EQ(state(r), QLatin1String("pending"));
    EXPECT_LT(*IsoTime::parse(r.value(QLatin1String("startDateTime")).toString()),
              *IsoTime::parse(u"2026-11-02T09:00:00Z"));
    // A COPE device whose passcode was reset in the last days still shows it.
    bool found = false;
    for (const QJsonValue &v : m_facts) {
        if (v.toObject().value(QLatin1String("row")).toInt() != 14)
            continue;
        const QJsonObject done = result(id(v.toObject()));
        if (state(done) == QLatin1String("done")) {
            EXPECT_TRUE(kAlphanumeric.match(done.value(QLatin1String("passcode")).toString()).hasMatch());
            found = true;
        }
    }
    EXPECT_TRUE(found);
    const QJsonArray history = listAll(QStringLiteral("/beta/deviceManagement/remoteActionAudits"));
    EXPECT_GE(history.size(), 2);
}

TEST_F(sandbox_lifecycle, RemoteLockAndRequestRules)
{
    const QString mac = id(plain(3));
    const QString windows = id(plain(4));
    ASSERT_EQ(send(mac, QStringLiteral("remoteLock")), 204);
    ASSERT_EQ(send(windows, QStringLiteral("remoteLock")), 204);
    advance(400);
    const QJsonObject lock = result(mac, QStringLiteral("remoteLock"));
    EXPECT_EQ(lock.value(QLatin1String("@odata.type")).toString(),
              QLatin1String("#microsoft.graph.remoteLockActionResult"));
    EXPECT_EQ(state(lock), QLatin1String("done"));
    EXPECT_TRUE(kNumeric.match(lock.value(QLatin1String("unlockPin")).toString()).hasMatch());
    EXPECT_EQ(state(result(windows, QStringLiteral("remoteLock"))), QLatin1String("notSupported"));
    // Actions take no parameters; an empty body or {} is fine.
    EXPECT_EQ(
        send(mac, QStringLiteral("resetPasscode"), QStringLiteral("default"), R"({"newPasscode":"1234"})"),
        400);
    EXPECT_EQ(send(QStringLiteral("00000000-0000-4000-8000-000000000000"), QStringLiteral("resetPasscode")),
              404);
    EXPECT_EQ(send(mac, QStringLiteral("wipe")), 501);
    EXPECT_EQ(get(QStringLiteral("/beta/deviceManagement/managedDevices/%1/resetPasscode").arg(mac)).status,
              405);
    // The v1.0 path works the same.
    EXPECT_EQ(post(QStringLiteral("/v1.0/deviceManagement/managedDevices/%1/resetPasscode").arg(windows), {})
                  .status,
              204);
}

TEST_F(sandbox_lifecycle, SyncMakesAnOnlineDeviceCheckInShortlyAndStartsWhatWaits)
{
    const auto tenantNow = [this] {
        return *IsoTime::parse(
            controlGet(QStringLiteral("state")).value(QLatin1String("tenantTime")).toString());
    };
    const auto lastSync = [this](const QString &device) {
        return *IsoTime::parse(this->device(device, QStringLiteral("id,lastSyncDateTime"))
                                   .value(QLatin1String("lastSyncDateTime"))
                                   .toString());
    };
    const QString dedicated = id(plain(11));
    ASSERT_EQ(send(dedicated, QStringLiteral("resetPasscode")), 204);
    const qint64 before = lastSync(dedicated);
    const qint64 sentAt = tenantNow();
    // The v1.0 action Graph documents; the namespace-qualified form too.
    EXPECT_EQ(
        post(QStringLiteral("/v1.0/deviceManagement/managedDevices/%1/syncDevice").arg(dedicated), {}).status,
        204);
    EXPECT_EQ(lastSync(dedicated), before); // not yet: the device answers after a short delay
    EXPECT_EQ(state(result(dedicated)), QLatin1String("pending"));
    advance(ActionSimulator::kSyncMaxSeconds);
    const qint64 after = lastSync(dedicated);
    EXPECT_GE(after - sentAt, ActionSimulator::kSyncMinSeconds * 1000LL);
    EXPECT_LE(after - sentAt, ActionSimulator::kSyncMaxSeconds * 1000LL);
    // The check-in delivered the pending reset: it started then, not at its own later check-in.
    EXPECT_NE(state(result(dedicated)), QLatin1String("pending"));
    EXPECT_EQ(send(dedicated, QStringLiteral("microsoft.graph.syncDevice")), 204);
    EXPECT_EQ(send(QStringLiteral("00000000-0000-4000-8000-000000000000"), QStringLiteral("syncDevice")),
              404);
    EXPECT_EQ(send(dedicated, QStringLiteral("syncDevice"), QStringLiteral("default"), R"({"x":1})"), 400);
}

TEST_F(sandbox_lifecycle, SyncLeavesOfflineDevicesAsTheyWere)
{
    const auto withConnectivity = [this](int row, const char *c) {
        return id(find([row, c](const QJsonObject &f) {
            return f.value(QLatin1String("row")).toInt() == row &&
                   f.value(QLatin1String("connectivity")).toString() == QLatin1String(c);
        }));
    };
    const auto lastSync = [this](const QString &device) {
        return device.isEmpty() ? QString()
                                : this->device(device, QStringLiteral("id,lastSyncDateTime"))
                                      .value(QLatin1String("lastSyncDateTime"))
                                      .toString();
    };
    const QString neverSynced = withConnectivity(1, "neverSynced");
    const QString stale = withConnectivity(12, "stale");
    ASSERT_FALSE(neverSynced.isEmpty());
    ASSERT_FALSE(stale.isEmpty());
    const QString neverBefore = lastSync(neverSynced);
    const QString staleBefore = lastSync(stale);
    ASSERT_EQ(send(stale, QStringLiteral("resetPasscode")), 204);
    EXPECT_EQ(send(neverSynced, QStringLiteral("syncDevice")), 204); // accepted: Intune cannot know
    EXPECT_EQ(send(stale, QStringLiteral("syncDevice")), 204);
    advance(3600);
    EXPECT_EQ(lastSync(neverSynced), neverBefore);
    EXPECT_EQ(lastSync(stale), staleBefore);
    EXPECT_EQ(state(result(stale)), QLatin1String("pending"));
}
