// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/auth/AuthSession.h"

#include "core/auth/OAuthError.h"
#include "core/common/Logging.h"

#include <QMetaEnum>
#include <QNetworkAccessManager>

using namespace Qt::StringLiterals;

namespace passcode::auth {

namespace {
const char *stateKey(AuthSession::State state)
{
    return QMetaEnum::fromType<AuthSession::State>().valueToKey(static_cast<int>(state));
}
} // namespace

AuthSession::AuthSession(QNetworkAccessManager &network, TenantSettings &settings, SecretStore &keychain,
                         const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_settings(settings)
    , m_keychain(keychain)
    , m_clock(clock)
    , m_provider(keychain, clock)
{
    connect(&m_provider, &SignedInTokenProvider::refreshStarted, this, &AuthSession::onRefreshStarted);
    connect(&m_provider, &SignedInTokenProvider::tokenRefreshed, this, &AuthSession::onTokenRefreshed);
    connect(&m_provider, &SignedInTokenProvider::refreshFailed, this, &AuthSession::onRefreshFailed);
    connect(&m_provider, &SignedInTokenProvider::sessionStored, this, &AuthSession::onSessionStored);
    connect(&m_provider, &SignedInTokenProvider::secretStoreFailed, this, &AuthSession::onSecretStoreFailed);
    connect(&m_provider, &SignedInTokenProvider::interactiveSignInRequired, this,
            [this](const Error &reason) {
                if (m_state == State::NeedsInteraction)
                    Q_EMIT interactiveSignInRequired(reason);
            });
}

AuthSession::~AuthSession()
{
    m_provider.disconnect(this);
    // Not from inside a flow's signal here: delete them now rather than leave them to an event loop that may
    // never run again.
    for (QObject *flow :
         {static_cast<QObject *>(m_deviceFlow.get()), static_cast<QObject *>(m_browserFlow.get())}) {
        if (flow)
            flow->disconnect(this);
    }
    m_deviceFlow.reset();
    m_browserFlow.reset();
}

QString AuthSession::stateName(State state)
{
    switch (state) {
    case State::SignedOut:
        return tr("Signed out");
    case State::Restoring:
        return tr("Signing in…");
    case State::SigningIn:
        return tr("Signing in…");
    case State::SignedIn:
        return tr("Signed in");
    case State::Refreshing:
        return tr("Renewing sign-in…");
    case State::NeedsInteraction:
        return tr("Sign-in required");
    case State::NeedsStorageChoice:
        return tr("Signed in (not saved)");
    }
    return {};
}

bool AuthSession::transition(State to)
{
    using S = State;
    const S from = m_state;
    if (from == to)
        return true;
    bool allowed = false;
    switch (from) {
    case S::SignedOut:
        allowed = to == S::Restoring || to == S::SigningIn;
        break;
    case S::Restoring:
        allowed = to == S::SignedIn || to == S::NeedsInteraction || to == S::SignedOut;
        break;
    case S::SigningIn:
        allowed = to == S::SignedIn || to == S::NeedsStorageChoice || to == S::SignedOut ||
                  to == S::NeedsInteraction;
        break;
    case S::SignedIn:
        allowed =
            to == S::Refreshing || to == S::SigningIn || to == S::NeedsStorageChoice || to == S::SignedOut;
        break;
    case S::Refreshing:
        allowed = to == S::SignedIn || to == S::NeedsInteraction || to == S::NeedsStorageChoice ||
                  to == S::SigningIn || to == S::SignedOut;
        break;
    case S::NeedsInteraction:
        allowed = to == S::SigningIn || to == S::SignedOut;
        break;
    case S::NeedsStorageChoice:
        allowed = to == S::SignedIn || to == S::SignedOut;
        break;
    }
    if (!allowed) {
        qCWarning(lcAuth, "illegal sign-in state change %s -> %s ignored", stateKey(from), stateKey(to));
        Q_ASSERT_X(false, "AuthSession::transition", "illegal state change");
        return false;
    }
    m_state = to;
    qCInfo(lcAuth, "sign-in state %s -> %s", stateKey(from), stateKey(to));
    Q_EMIT stateChanged(from, to);
    return true;
}

Result<IdentityClient> AuthSession::makeClient() const
{
    Result<CloudEndpoints> endpoints = m_settings.endpoints();
    if (!endpoints)
        return endpoints.error();
    return IdentityClient(&m_network,
                          IdentityConfig{endpoints.value(), m_settings.tenant(), m_settings.clientId()});
}

void AuthSession::setAccount(const AccountInfo &account)
{
    if (m_account == account)
        return;
    m_account = account;
    Q_EMIT accountChanged(m_account);
}

void AuthSession::stopFlows()
{
    // The flows may be the sender of the signal being handled: delete them from the event loop.
    if (m_deviceFlow) {
        m_deviceFlow->disconnect(this);
        m_deviceFlow->cancel();
        m_deviceFlow.release()->deleteLater();
    }
    if (m_browserFlow) {
        m_browserFlow->disconnect(this);
        m_browserFlow->cancel();
        m_browserFlow.release()->deleteLater();
    }
}

bool AuthSession::restoreSession()
{
    if (m_state != State::SignedOut)
        return false;
    const std::optional<AccountInfo> account = m_settings.account();
    const QString key = m_settings.accountSecretKey();
    if (!account || key.isEmpty() || key != m_settings.secretKeyFor(account->homeAccountId)) {
        qCInfo(lcAuth, "no saved sign-in for the configured tenant");
        return false;
    }
    Result<IdentityClient> client = makeClient();
    if (!client) {
        Q_EMIT errorOccurred(client.error());
        return false;
    }
    m_provider.setIdentityClient(client.value());
    setAccount(*account);
    transition(State::Restoring);
    qCInfo(lcAuth, "silent sign-in from the saved refresh token");
    m_provider.restoreSession(key);
    return true;
}

bool AuthSession::beginInteractive()
{
    if (m_state == State::SigningIn || m_state == State::Restoring || m_state == State::NeedsStorageChoice) {
        qCWarning(lcAuth, "sign-in requested while one is already under way");
        return false;
    }
    Result<IdentityClient> client = makeClient();
    if (!client) {
        const Error error = client.error();
        QMetaObject::invokeMethod(
            this, [this, error] { Q_EMIT signInFailed(error); }, Qt::QueuedConnection);
        return false;
    }
    m_flowClient = client.value();
    stopFlows();
    m_resumeState = m_state == State::Refreshing ? State::SignedIn : m_state;
    transition(State::SigningIn);
    return true;
}

void AuthSession::signInWithDeviceCode()
{
    if (!beginInteractive())
        return;
    m_deviceFlow = std::make_unique<DeviceCodeFlow>(m_flowClient, m_clock);
    m_deviceFlow->setSecondMs(m_deviceCodeSecondMs);
    connect(m_deviceFlow.get(), &DeviceCodeFlow::promptReady, this, &AuthSession::deviceCodeReady);
    connect(m_deviceFlow.get(), &DeviceCodeFlow::succeeded, this, &AuthSession::onInteractiveSucceeded);
    connect(m_deviceFlow.get(), &DeviceCodeFlow::failed, this, &AuthSession::onSignInFailed);
    m_deviceFlow->start();
}

void AuthSession::signInWithBrowser()
{
    if (!beginInteractive())
        return;
    BrowserSignInFlow::Options options;
    if (options.loginHint.isEmpty() && m_state == State::SigningIn &&
        m_resumeState == State::NeedsInteraction)
        options.loginHint = m_account.username;
    m_browserFlow = std::make_unique<BrowserSignInFlow>(m_flowClient);
    connect(m_browserFlow.get(), &BrowserSignInFlow::openBrowserRequested, this,
            &AuthSession::openBrowserRequested);
    connect(m_browserFlow.get(), &BrowserSignInFlow::succeeded, this, &AuthSession::onInteractiveSucceeded);
    connect(m_browserFlow.get(), &BrowserSignInFlow::failed, this, &AuthSession::onSignInFailed);
    m_browserFlow->start(options);
}

void AuthSession::cancelSignIn()
{
    if (m_state == State::Restoring) {
        m_provider.clear(); // ends the refresh with Kind::Cancelled → onRefreshFailed
        return;
    }
    if (m_state != State::SigningIn || (!m_deviceFlow && !m_browserFlow))
        return;
    stopFlows();
    onSignInFailed(Error::make(Error::Kind::Cancelled, tr("Sign-in cancelled.")));
}

void AuthSession::onInteractiveSucceeded(const TokenResponse &tokens)
{
    stopFlows();
    if (m_state != State::SigningIn)
        return;
    const AccountInfo account = AccountInfo::fromTokenResponse(tokens);
    const QString key = m_settings.secretKeyFor(account.homeAccountId);
    const QString previousKey =
        m_provider.hasSession() ? m_provider.secretKey() : m_settings.accountSecretKey();
    m_previousSecretKey = previousKey != key ? previousKey : QString();
    m_pendingAccount = account;
    qCInfo(lcAuth, "interactive sign-in succeeded; storing the session");
    m_provider.setIdentityClient(m_flowClient);
    m_provider.startSession(key, tokens);
}

void AuthSession::onSignInFailed(const Error &error)
{
    stopFlows();
    if (m_state != State::SigningIn)
        return;
    qCInfo(lcAuth, "interactive sign-in failed (%s)", qUtf8Printable(error.code));
    transition(m_resumeState);
    Q_EMIT signInFailed(error);
}

void AuthSession::onSessionStored()
{
    if (m_state == State::SigningIn) {
        if (!isSessionOnly()) {
            m_settings.setAccount(m_pendingAccount, m_provider.secretKey());
            if (!m_previousSecretKey.isEmpty()) {
                // The previous account's refresh token is not needed any more.
                m_keychain.remove(m_previousSecretKey, &m_removal, [this](const std::optional<Error> &error) {
                    if (error)
                        Q_EMIT errorOccurred(*error);
                });
            }
        }
        m_previousSecretKey.clear();
        setAccount(m_pendingAccount);
        transition(State::SignedIn);
    } else if (m_state == State::NeedsStorageChoice) {
        transition(State::SignedIn);
    }
}

void AuthSession::onSecretStoreFailed(const Error &error)
{
    if (m_state == State::SigningIn)
        setAccount(m_pendingAccount);
    if (m_state == State::SigningIn || m_state == State::SignedIn || m_state == State::Refreshing) {
        transition(State::NeedsStorageChoice);
        Q_EMIT secretStoreUnavailable(error);
    }
}

void AuthSession::onRefreshStarted()
{
    if (m_state == State::SignedIn)
        transition(State::Refreshing);
}

void AuthSession::onTokenRefreshed()
{
    if (m_state == State::Restoring || m_state == State::Refreshing)
        transition(State::SignedIn);
}

void AuthSession::onRefreshFailed(const Error &error)
{
    const bool interaction = OAuthError::needsInteraction(error);
    switch (m_state) {
    case State::Restoring:
        if (error.kind == Error::Kind::Cancelled) {
            setAccount({});
            transition(State::SignedOut);
            Q_EMIT signInFailed(error);
        } else if (error.code == "no_refresh_token"_L1) {
            // Gone, or hidden: libsecret reports an entry of a locked keyring as missing. The settings keep
            // the account, so nothing is lost if the keyring is unlocked later; a new sign-in replaces it.
            m_provider.clear();
            setAccount({});
            transition(State::SignedOut);
            Q_EMIT signInFailed(error);
        } else if (interaction) {
            transition(State::NeedsInteraction);
        } else if (error.kind == Error::Kind::Keychain) {
            m_provider.clear();
            setAccount({});
            transition(State::SignedOut);
            Q_EMIT secretStoreUnavailable(error);
        } else if (error.isTransient()) {
            // Offline at startup: the saved sign-in is fine, the next refresh retries.
            transition(State::SignedIn);
            Q_EMIT errorOccurred(error);
        } else {
            m_provider.clear();
            setAccount({});
            transition(State::SignedOut);
            Q_EMIT signInFailed(error);
        }
        break;
    case State::Refreshing:
        transition(interaction ? State::NeedsInteraction : State::SignedIn);
        break;
    case State::SigningIn:
        if (interaction && m_resumeState != State::SignedOut)
            m_resumeState = State::NeedsInteraction;
        break;
    default:
        break;
    }
}

void AuthSession::signOut()
{
    stopFlows();
    const QString key =
        m_provider.secretKey().isEmpty() ? m_settings.accountSecretKey() : m_provider.secretKey();
    const QString savedKey = m_settings.accountSecretKey();
    m_provider.clear();
    m_settings.clearAccount();
    m_previousSecretKey.clear();
    m_pendingAccount = {};

    const auto report = [this](const std::optional<Error> &error) {
        if (error) {
            qCWarning(lcAuth, "sign-out could not remove the saved refresh token");
            Q_EMIT errorOccurred(*error);
        }
        if (--m_pendingRemovals == 0)
            Q_EMIT signOutCompleted();
    };
    QList<std::pair<SecretStore *, QString>> removals;
    if (!key.isEmpty())
        removals.append({&m_memoryStore, key});
    if (!key.isEmpty() && !isSessionOnly())
        removals.append({&m_keychain, key});
    if (!savedKey.isEmpty() && (savedKey != key || isSessionOnly()))
        removals.append({&m_keychain, savedKey}); // saved before a switch to session-only mode
    // One count held until every removal has started, released from the event loop: signOutCompleted()
    // always follows, queued, even with nothing to remove.
    ++m_pendingRemovals;
    for (const auto &[store, k] : std::as_const(removals)) {
        ++m_pendingRemovals;
        store->remove(k, &m_removal, report);
    }
    QMetaObject::invokeMethod(
        &m_removal, [report] { report(std::nullopt); }, Qt::QueuedConnection);
    qCInfo(lcAuth, "signed out");
    setAccount({});
    transition(State::SignedOut);
}

void AuthSession::useSessionOnlyStorage()
{
    if (m_state == State::SignedOut) {
        m_provider.setSecretStore(m_memoryStore);
        qCInfo(lcAuth, "session-only mode: nothing will be saved");
    } else if (m_state == State::NeedsStorageChoice) {
        m_provider.setSecretStore(m_memoryStore);
        qCInfo(lcAuth, "session-only mode: nothing will be saved");
        m_provider.persist();
    } else {
        qCWarning(lcAuth, "session-only mode is offered only when signed out or when the keychain failed");
    }
}

void AuthSession::declineSessionOnlyStorage()
{
    if (m_state == State::NeedsStorageChoice)
        signOut();
}

} // namespace passcode::auth
