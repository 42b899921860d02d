// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/auth/BrowserSignInFlow.h"

#include "core/auth/OAuthError.h"
#include "core/auth/Wipe.h"
#include "core/common/Logging.h"

#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace passcode::auth {

namespace {

/** Compares without an early exit, so timing does not tell how much of the state matched. */
bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

} // namespace

BrowserSignInFlow::BrowserSignInFlow(IdentityClient client, QObject *parent)
    : QObject(parent)
    , m_client(std::move(client))
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        if (m_phase == Phase::WaitingForBrowser) {
            qCInfo(lcAuth, "browser sign-in timed out");
            Error e = Error::make(Error::Kind::Timeout,
                                  tr("No answer came from the browser in time. Start the sign-in again."));
            e.code = u"browser_timeout"_s;
            finishWithError(e);
        }
    });
    m_server.setHandler([this](const QString &target) { return onRedirect(target); });
}

BrowserSignInFlow::~BrowserSignInFlow()
{
    reset();
}

void BrowserSignInFlow::reset()
{
    m_timeout.stop();
    m_server.close();
    m_request.reset();
    wipe(m_pkce.verifier);
    m_pkce.challenge.clear();
    m_state.clear();
    m_redirectUri.clear();
    m_phase = Phase::Idle;
}

void BrowserSignInFlow::finishWithError(const Error &error)
{
    reset();
    Q_EMIT failed(error);
}

void BrowserSignInFlow::start(const Options &options)
{
    if (m_phase != Phase::Idle) {
        qCWarning(lcAuth, "browser sign-in already running");
        return;
    }
    if (!m_server.listen()) {
        Error e = Error::make(
            Error::Kind::Internal,
            tr("Could not listen on this computer for the browser's answer: %1").arg(m_server.errorString()));
        QMetaObject::invokeMethod(
            this, [this, e] { Q_EMIT failed(e); }, Qt::QueuedConnection);
        return;
    }
    m_phase = Phase::WaitingForBrowser;
    m_pkce = Pkce::generate();
    m_state = Pkce::randomUrlSafe(32);
    m_redirectUri = QUrl(u"http://localhost/"_s);
    if (options.redirectHost == RedirectHost::Ipv4)
        m_redirectUri.setHost(u"127.0.0.1"_s);
    m_redirectUri.setPort(m_server.port());
    m_timeout.start(std::chrono::duration_cast<std::chrono::milliseconds>(options.timeout));

    const QUrl url =
        m_client.authorizeUrl(m_redirectUri, m_state, m_pkce.challenge, options.loginHint, options.prompt);
    qCInfo(lcAuth, "browser sign-in started");
    if (auto insecure = CloudEndpoints::checkTransportSecurity(url)) {
        reset();
        QMetaObject::invokeMethod(
            this, [this, e = *insecure] { Q_EMIT failed(e); }, Qt::QueuedConnection);
        return;
    }
    QMetaObject::invokeMethod(
        this,
        [this, url] {
            if (m_phase == Phase::WaitingForBrowser)
                Q_EMIT openBrowserRequested(url);
        },
        Qt::QueuedConnection);
}

void BrowserSignInFlow::cancel()
{
    if (m_phase == Phase::Idle)
        return;
    qCInfo(lcAuth, "browser sign-in cancelled");
    finishWithError(Error::make(Error::Kind::Cancelled, tr("Sign-in cancelled.")));
}

LoopbackRedirectServer::Response BrowserSignInFlow::onRedirect(const QString &target)
{
    const QUrl url(u"http://localhost"_s + target);
    if (!url.isValid() || url.path() != m_redirectUri.path())
        return {404, tr("Not found"), {}};
    if (m_phase != Phase::WaitingForBrowser)
        return {
            400, tr("Sign-in not waiting"),
            tr("Passcode Console is not waiting for a sign-in. Start the sign-in again from the console.")};

    const QUrlQuery query(url);
    const QByteArray state = query.queryItemValue(u"state"_s, QUrl::FullyDecoded).toLatin1();
    const bool hasCode = query.hasQueryItem(u"code"_s);
    const bool hasError = query.hasQueryItem(u"error"_s);
    if (!hasCode && !hasError)
        return {400, tr("Bad request"), tr("This address is only for the sign-in's answer.")};

    // Anything that reaches the server from here on ends the flow; signals go out from the event loop, since
    // a receiver may destroy this flow (and the server that is calling us).
    if (!constantTimeEquals(state, m_state)) {
        qCWarning(lcAuth, "browser sign-in: state mismatch, answer rejected");
        Error error = OAuthError::fromCode(u"state_mismatch"_s);
        error.kind = Error::Kind::Security;
        m_phase = Phase::Finishing;
        QMetaObject::invokeMethod(
            this,
            [this, error] {
                if (m_phase == Phase::Finishing)
                    finishWithError(error);
            },
            Qt::QueuedConnection);
        return {400, tr("Sign-in rejected"),
                tr("This answer does not belong to the sign-in Passcode Console started. Start the sign-in "
                   "again.")};
    }
    if (hasError) {
        const Error error = OAuthError::fromAuthorizeRedirect(query);
        qCInfo(lcAuth, "browser sign-in: error redirect (%s)", qUtf8Printable(error.code));
        m_phase = Phase::Finishing;
        QMetaObject::invokeMethod(
            this,
            [this, error] {
                if (m_phase == Phase::Finishing)
                    finishWithError(error);
            },
            Qt::QueuedConnection);
        return {200, tr("Sign-in failed"), error.message};
    }

    QString code = query.queryItemValue(u"code"_s, QUrl::FullyDecoded);
    m_phase = Phase::Redeeming;
    m_timeout.stop();
    QMetaObject::invokeMethod(
        this, [this, code]() mutable { redeem(std::move(code)); }, Qt::QueuedConnection);
    wipe(code);
    return {200, tr("Sign-in received"), tr("You can close this tab and return to Passcode Console.")};
}

void BrowserSignInFlow::redeem(QString code)
{
    if (m_phase != Phase::Redeeming)
        return;
    m_server.close();
    m_request = std::make_unique<QObject>();
    m_client.redeemAuthorizationCode(code, m_redirectUri, m_pkce.verifier, m_request.get(),
                                     [this](const Result<TokenResponse> &result) { onToken(result); });
    wipe(code);
}

void BrowserSignInFlow::onToken(const Result<TokenResponse> &result)
{
    m_request.reset();
    if (!result) {
        finishWithError(result.error());
        return;
    }
    TokenResponse tokens = result.value();
    reset();
    qCInfo(lcAuth, "browser sign-in succeeded");
    Q_EMIT succeeded(tokens);
    tokens.wipe();
}

} // namespace passcode::auth
