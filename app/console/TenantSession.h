// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "engine/TenantTarget.h"

#include <QColor>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

class QSettings;
class QTemporaryDir;

namespace passcode {
namespace auth {
class AuthSession;
class SecretStore;
class TenantSettings;
} // namespace auth
namespace engine {
class TenantEngine;
}
namespace sandbox {
class SandboxHost;
}
namespace ui {
class BulkRuns;
struct ConsoleContext;
class DialogPresenter;
struct TenantHandle;
} // namespace ui
} // namespace passcode

namespace passcode::console {

/** How one tenant of the workspace is reached, and what the technician calls it. */
struct TenantSpec
{
    enum class Kind
    {
        EmbeddedSandbox, ///< a sandbox tenant the engine starts (minted token)
        Endpoint,        ///< a Graph-compatible endpoint (tokens from its control endpoint)
        SignIn,          ///< a real tenant through the Entra ID sign-in (its own TenantSettings)
        PracticeSignIn,  ///< the embedded sandbox through the Entra ID sign-in; nothing is saved
    };

    Kind kind = Kind::EmbeddedSandbox;
    /** Roster id (or a generated one for sandboxes): stable for the run. */
    QString id;
    /** Display name: switcher, window title, confirmations, journal. Empty: named from the target. */
    QString name;
    QColor color;
    engine::SandboxSpec sandbox; ///< EmbeddedSandbox, PracticeSignIn
    QUrl graphUrl;               ///< Endpoint
    /** SignIn: the tenant's own settings group (roster entry or the legacy "auth" group). */
    std::function<std::unique_ptr<auth::TenantSettings>()> settings;
};

/** What every tenant of a workspace shares (all referenced objects outlive the tenants). */
struct TenantSessionShared
{
    QSettings *settings = nullptr; ///< preferences (write budget); may be null
    ui::DialogPresenter *dialogs = nullptr;
    std::function<void(const QString &)> applyLanguage;
    auth::SecretStore *secretStore = nullptr; ///< injected (tests); null: the OS keychain
    int deviceCodeSecondMs = 1000;
    int maxWrites = 150;
};

/**
 * One open tenant of the console's workspace: its sign-in (an AuthSession over the tenant's own
 * TenantSettings and keychain entry, for SignIn kinds), its engine::TenantEngine, and the ui::ConsoleContext
 * its pages are built on. No widgets: the workspace (ConsoleSession) shows sign-in dialogs and the window.
 *
 * States: Opening → (SigningIn →) Loading → Ready; SignInNeeded when the sign-in needs the technician
 * (silent sign-in from the keychain failed, signed out, expired); Failed with a reason (the engine or the
 * sandbox could not open). A tenant never waits on another.
 *
 * opened() follows each time the engine is open and context() is valid; aboutToClose() comes before the
 * engine and context go (sign-out), so that the pages built on them are dropped first.
 */
class TenantSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TenantSession)

public:
    enum class State
    {
        Opening,
        SigningIn,
        SignInNeeded,
        Loading,
        Ready,
        Failed,
    };
    Q_ENUM(State)

    TenantSession(TenantSpec spec, const TenantSessionShared &shared, QObject *parent = nullptr);
    ~TenantSession() override;

    /** The engine's journal file (before open()); empty: the target's default (practice: a scratch file). */
    void setJournalPath(const QString &path) { m_journalPath = path; }
    /** Starts the sandbox, the silent sign-in or the engine; returns at once. */
    void open();
    /** Signs out (its keychain entry goes) and closes the engine; the state becomes SignInNeeded. */
    void signOut();

    const TenantSpec &spec() const { return m_spec; }
    QString id() const { return m_spec.id; }
    QString name() const;
    QColor color() const { return m_spec.color; }
    State state() const { return m_state; }
    /** The state for the switcher: "Signed in", "Loading 12,000 of 100,000", "Sign-in needed", "Failed: …".
     */
    QString stateText() const;
    /** Why the tenant failed (translated); empty otherwise. */
    QString failure() const { return m_failure; }
    bool isSandbox() const;
    bool usesSignIn() const;

    /** The sign-in (SignIn, PracticeSignIn kinds); null otherwise. */
    auth::AuthSession *auth() const { return m_auth.get(); }
    /** The engine while open; null before opened() and after a sign-out. */
    engine::TenantEngine *engine() const { return m_engine.get(); }
    ui::ConsoleContext *context() const { return m_context.get(); }
    /** The embedded sandbox (the engine's, or the practice sign-in's). */
    sandbox::SandboxHost *sandboxHost() const;
    /** How the views spanning tenants see this one. */
    ui::TenantHandle handle() const;
    /** A sign-out is still removing the saved sign-in from the keychain. */
    bool isRemovingSecrets() const;
    void setWriteLimit(int writes);

Q_SIGNALS:
    void stateChanged();
    void opened();
    void aboutToClose();
    /** The sign-in exists (auth() is valid) and is about to restore the saved sign-in. */
    void signInStarted();
    /** The sign-in needs the keychain question answered (AuthSession::secretStoreUnavailable). */
    void secretStoreUnavailable(const passcode::Error &error);

private:
    void startPractice();
    void startSignIn();
    void onAuthStateChanged();
    void openEngine(const engine::TenantTarget &target);
    void buildContext();
    void closeEngine();
    void setState(State state);
    void fail(const QString &reason);

    TenantSpec m_spec;
    TenantSessionShared m_shared;
    QString m_journalPath;
    State m_state = State::Opening;
    QString m_failure;
    int m_loaded = 0;
    qint64 m_total = -1;

    SystemClock m_clock;
    QNetworkAccessManager m_network; ///< the sign-in's (the engine has its own)
    std::unique_ptr<sandbox::SandboxHost> m_practiceHost;
    std::unique_ptr<QTemporaryDir> m_scratch;
    std::unique_ptr<QSettings> m_scratchSettings;
    std::unique_ptr<auth::TenantSettings> m_tenant;
    std::unique_ptr<auth::SecretStore> m_ownStore;
    std::unique_ptr<auth::AuthSession> m_auth;
    std::unique_ptr<engine::TenantEngine> m_engine;
    std::unique_ptr<ui::BulkRuns> m_bulkRuns;
    std::unique_ptr<ui::ConsoleContext> m_context;
};

} // namespace passcode::console
