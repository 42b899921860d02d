// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The fault-matrix soak's load: a technician signed in through the sandbox's Entra ID (device code, refresh
// token grant: the real SignedInTokenProvider), engines opened on that sign-in one after the other (an
// "epoch" each, with a journal of its own so that no journal outgrows ActionJournal::kMaxEntries), and in
// each epoch rounds of: the full device list (paging), a few single actions (read by id, then sent), a bulk
// run of a few hundred devices (plan on fresh reads, run under the write budget) and the polling of all of
// them, until the time is spent; then the actions are followed until they settle.

#include "SandboxFixture.h"

#include "core/actions/ActionKey.h"
#include "core/auth/AuthSession.h"
#include "core/auth/InMemorySecretStore.h"
#include "core/auth/TenantSettings.h"
#include "core/common/Clock.h"
#include "engine/TenantEngine.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSet>
#include <QSettings>

#include <memory>

namespace passcode::soak {

/** What to run, from the environment (docs/DEVELOPMENT.md, "The fault-matrix soak"). */
struct SoakSettings
{
    quint32 seed = 20260613; ///< PASSCODE_SOAK_SEED: the sandbox's seed (tenant, faults) and the choices
    int seconds = 12;        ///< PASSCODE_SOAK_SECONDS: rounds start until this much time is spent
    int devices = 2000;      ///< PASSCODE_SOAK_DEVICES: tenant size (default grows with the seconds)
    int bulk = 250;          ///< PASSCODE_SOAK_BULK: devices per bulk run
    int singles = 8;         ///< PASSCODE_SOAK_SINGLES: single actions per round
    /** PASSCODE_SOAK_FOLLOW_SECONDS: the most an epoch's actions are followed at its end. */
    int followSeconds = 10;
    int epochActions = 4000; ///< actions per engine and journal (the journal keeps 5,000 entries)
    /** PASSCODE_SOAK_TARGET: the requests the faults hit (the sandbox's fault target; "all" adds Entra ID).
     */
    QString target = QStringLiteral("graph");

    static SoakSettings fromEnvironment();
    QString describe() const;
};

/** What the client side saw (the sandbox's own counts are read from /sandbox/state). */
struct SoakFigures
{
    int epochs = 0;
    int rounds = 0;
    int lists = 0;
    int listsComplete = 0;
    QStringList listFailures;
    int bulkRuns = 0;
    int planned = 0;
    int eligible = 0;
    int singlesSent = 0;
    int singlesRefused = 0;
    int fetchFailures = 0;
    int sendFailures = 0; ///< ActionService::sendFailed (refused, or outcome unknown)
    int pollErrors = 0;
    int journalErrors = 0;
    int tokenRefreshes = 0;
    int tokenRefreshFailures = 0;
    int authenticationFailures = 0;
    int passcodesSeen = 0;
    int pollRequests = 0;
    int sendBatches = 0;
    int unsettled = 0; ///< actions not terminal when the following ended (devices that never checked in)
    QStringList hangs; ///< a wait that never ended: the soak stopped there
    qint64 loadMs = 0;
};

class SoakDriver
{
public:
    SoakDriver(SoakSettings settings, QString folder);
    ~SoakDriver();

    /** Starts the sandbox and signs in; false (with a gtest failure) when that fails. */
    bool start();
    /** Switches every fault on (the fault matrix). */
    bool switchFaultsOn();
    /** Runs the epochs and rounds until the time is spent. */
    void run();

    itest::SandboxFixture &sandbox() { return *m_sandbox; }
    const SoakFigures &figures() const { return m_figures; }
    QString technician() const;
    /** Every journal file the epochs wrote. */
    const QStringList &journals() const { return m_journals; }

private:
    bool openEpoch();
    void closeEpoch();
    bool round();
    bool listDevices();
    QStringList chooseDevices(int count);
    bool waitOrHang(const std::function<bool()> &done, int timeoutMs, const QString &what);

    SoakSettings m_settings;
    QString m_folder;
    QRandomGenerator m_rng;
    std::unique_ptr<itest::SandboxFixture> m_sandbox;
    QNetworkAccessManager m_network;
    SystemClock m_clock;
    std::unique_ptr<QSettings> m_qsettings;
    std::unique_ptr<auth::TenantSettings> m_tenantSettings;
    auth::InMemorySecretStore m_secretStore;
    std::unique_ptr<auth::AuthSession> m_auth;
    std::unique_ptr<engine::TenantEngine> m_engine;
    QSet<actions::ActionKey> m_epochKeys;
    int m_epochActions = 0;
    QSet<QString> m_used;
    QStringList m_journals;
    SoakFigures m_figures;
    QElapsedTimer m_elapsed;
};

} // namespace passcode::soak
