// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/auth/SignedInTokenProvider.h"

#include "core/auth/OAuthError.h"
#include "core/auth/Wipe.h"
#include "core/common/Logging.h"

using namespace Qt::StringLiterals;

namespace passcode::auth {

namespace {
/** An access token this close to expiry (or within a quarter of its lifetime of it) is not handed out: it
 * could expire on the way to Graph. */
constexpr qint64 kExpirySkewSeconds = 60;
} // namespace

SignedInTokenProvider::SignedInTokenProvider(SecretStore &store, const Clock &clock, QObject *parent)
    : TokenProvider(parent)
    , m_store(&store)
    , m_clock(clock)
{
    m_refreshTimer.setSingleShot(true);
    connect(&m_refreshTimer, &QTimer::timeout, this, [this] {
        if (m_step == Step::Idle && !m_refreshToken.isEmpty())
            refresh();
    });
}

SignedInTokenProvider::~SignedInTokenProvider()
{
    m_operation.reset();
    wipe(m_accessToken);
    wipe(m_refreshToken);
}

bool SignedInTokenProvider::isRefreshing() const
{
    return m_step == Step::ReadingSecret || m_step == Step::Redeeming || m_step == Step::WritingSecret;
}

QString SignedInTokenProvider::accessToken() const
{
    if (m_accessToken.isEmpty())
        return {};
    const QDateTime now = m_clock.now();
    if (now >= m_refreshAt && m_step == Step::Idle && !m_refreshToken.isEmpty() &&
        !(m_refreshTimer.isActive() && m_refreshTimer.interval() == 0))
        m_refreshTimer.start(0);
    if (now >= m_usableUntil)
        return {};
    return m_accessToken;
}

void SignedInTokenProvider::refresh()
{
    switch (m_step) {
    case Step::ReadingSecret:
    case Step::Redeeming:
    case Step::WritingSecret:
        return; // joins the running refresh
    case Step::Storing:
        // A session has just been adopted: its access token is as fresh as a refresh would make it.
        QMetaObject::invokeMethod(this, &TokenProvider::tokenRefreshed, Qt::QueuedConnection);
        return;
    case Step::Idle:
        break;
    }

    if (!m_client.isValid() || (m_refreshToken.isEmpty() && m_secretKey.isEmpty())) {
        Error e = Error::make(Error::Kind::Auth, tr("Sign in to continue."));
        e.code = u"interaction_required"_s;
        QMetaObject::invokeMethod(
            this, [this, e] { Q_EMIT refreshFailed(e); }, Qt::QueuedConnection);
        return;
    }

    m_refreshTimer.stop();
    m_operation = std::make_unique<QObject>();
    if (!m_refreshToken.isEmpty()) {
        m_step = Step::Redeeming;
        Q_EMIT refreshStarted();
        redeem();
        return;
    }
    m_step = Step::ReadingSecret;
    Q_EMIT refreshStarted();
    m_store->read(m_secretKey, m_operation.get(), [this](const Result<std::optional<QString>> &result) {
        if (!result) {
            failRefresh(result.error());
            return;
        }
        if (!result.value()) {
            qCInfo(lcAuth, "no saved sign-in for this account");
            Error e = Error::make(
                Error::Kind::Auth,
                tr("No saved sign-in was found in the keychain. If the keychain is locked, unlock it and "
                   "try again; otherwise sign in again."));
            e.code = u"no_refresh_token"_s;
            failRefresh(e);
            return;
        }
        m_refreshToken = *result.value();
        m_step = Step::Redeeming;
        redeem();
    });
}

void SignedInTokenProvider::redeem()
{
    m_operation = std::make_unique<QObject>();
    m_client.redeemRefreshToken(m_refreshToken, m_operation.get(),
                                [this](const Result<TokenResponse> &result) { onRedeemed(result); });
}

void SignedInTokenProvider::onRedeemed(const Result<TokenResponse> &result)
{
    if (!result) {
        failRefresh(result.error());
        return;
    }
    TokenResponse tokens = result.value();
    adoptAccessToken(tokens);
    if (tokens.refreshToken.isEmpty() || tokens.refreshToken == m_refreshToken) {
        tokens.wipe();
        m_operation.reset();
        m_step = Step::Idle;
        Q_EMIT tokenRefreshed();
        return;
    }
    wipe(m_refreshToken);
    m_refreshToken = tokens.refreshToken;
    tokens.wipe();
    qCInfo(lcAuth, "refresh token rotated");
    store(true);
}

void SignedInTokenProvider::adoptAccessToken(const TokenResponse &tokens)
{
    wipe(m_accessToken);
    m_accessToken = tokens.accessToken;
    const QDateTime now = m_clock.now();
    m_expiresAt = now.addSecs(tokens.expiresIn);
    m_usableUntil = m_expiresAt.addSecs(-qMin<qint64>(kExpirySkewSeconds, tokens.expiresIn / 4));
    const qint64 margin = qMin<qint64>(m_refreshMargin.count(), tokens.expiresIn / 2);
    m_refreshAt = m_expiresAt.addSecs(-margin);
    scheduleRefresh();
}

void SignedInTokenProvider::scheduleRefresh()
{
    if (m_refreshToken.isEmpty() && m_secretKey.isEmpty())
        return;
    const qint64 ms = qBound<qint64>(1000, m_clock.now().msecsTo(m_refreshAt), 24LL * 3600 * 1000);
    m_refreshTimer.start(static_cast<int>(ms));
}

void SignedInTokenProvider::store(bool fromRefresh)
{
    m_step = fromRefresh ? Step::WritingSecret : Step::Storing;
    m_operation = std::make_unique<QObject>();
    const auto done = [this, fromRefresh](const std::optional<Error> &error) {
        m_operation.reset();
        m_step = Step::Idle;
        if (fromRefresh)
            Q_EMIT tokenRefreshed();
        else if (!error)
            Q_EMIT sessionStored();
        if (error) {
            qCWarning(lcAuth, "could not store the refresh token; the session continues from memory");
            Q_EMIT secretStoreFailed(*error);
        }
    };
    if (m_refreshToken.isEmpty())
        m_store->remove(m_secretKey, m_operation.get(), done);
    else
        m_store->write(m_secretKey, m_refreshToken, m_operation.get(), done);
}

void SignedInTokenProvider::failRefresh(const Error &error)
{
    m_operation.reset();
    m_step = Step::Idle;
    const bool interaction = OAuthError::needsInteraction(error);
    if (interaction) {
        qCInfo(lcAuth, "silent sign-in impossible (%s): interaction required", qUtf8Printable(error.code));
        wipe(m_refreshToken);
        m_secretKey.clear();
        m_refreshTimer.stop();
    } else if (!m_refreshToken.isEmpty()) {
        // Try again later on our own; GraphClient will also ask on its next 401.
        m_refreshTimer.start(60 * 1000);
    }
    Q_EMIT refreshFailed(error);
    if (interaction)
        Q_EMIT interactiveSignInRequired(error);
}

void SignedInTokenProvider::startSession(const QString &secretKey, const TokenResponse &tokens)
{
    const bool wasRefreshing = isRefreshing();
    m_operation.reset();
    m_step = Step::Idle;
    wipe(m_refreshToken);
    m_secretKey = secretKey;
    m_refreshToken = tokens.refreshToken;
    adoptAccessToken(tokens);
    store(false);
    if (wasRefreshing)
        Q_EMIT tokenRefreshed();
}

void SignedInTokenProvider::restoreSession(const QString &secretKey)
{
    clear();
    m_secretKey = secretKey;
    refresh();
}

void SignedInTokenProvider::persist()
{
    if (m_secretKey.isEmpty() || isRefreshing()) {
        QMetaObject::invokeMethod(this, &SignedInTokenProvider::sessionStored, Qt::QueuedConnection);
        return;
    }
    store(false);
}

void SignedInTokenProvider::clear()
{
    const bool wasRefreshing = isRefreshing();
    m_operation.reset();
    m_step = Step::Idle;
    m_refreshTimer.stop();
    wipe(m_accessToken);
    wipe(m_refreshToken);
    m_secretKey.clear();
    m_expiresAt = {};
    m_usableUntil = {};
    m_refreshAt = {};
    if (wasRefreshing)
        Q_EMIT refreshFailed(Error::make(Error::Kind::Cancelled, tr("Signed out.")));
}

} // namespace passcode::auth
