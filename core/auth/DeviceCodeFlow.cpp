// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/auth/DeviceCodeFlow.h"

#include "core/auth/OAuthError.h"
#include "core/auth/Wipe.h"
#include "core/common/Logging.h"

using namespace Qt::StringLiterals;

namespace passcode::auth {

namespace {
constexpr qint64 kSlowDownSeconds = 5; // RFC 8628 §3.5
constexpr int kMaxTransientFailures = 3;
} // namespace

DeviceCodeFlow::DeviceCodeFlow(IdentityClient client, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_client(std::move(client))
    , m_clock(clock)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &DeviceCodeFlow::poll);
}

DeviceCodeFlow::~DeviceCodeFlow()
{
    wipe(m_deviceCode);
}

void DeviceCodeFlow::start()
{
    if (m_running) {
        qCWarning(lcAuth, "device code flow already running");
        return;
    }
    reset();
    m_intervalSeconds = 5;
    m_polls = 0;
    m_running = true;
    qCInfo(lcAuth, "device code flow started");
    m_request = std::make_unique<QObject>();
    m_client.requestDeviceCode(m_request.get(),
                               [this](const Result<DeviceCodeResponse> &result) { onDeviceCode(result); });
}

void DeviceCodeFlow::cancel()
{
    if (!m_running)
        return;
    qCInfo(lcAuth, "device code flow cancelled");
    finishWithError(Error::make(Error::Kind::Cancelled, tr("Sign-in cancelled.")));
}

void DeviceCodeFlow::reset()
{
    m_timer.stop();
    m_request.reset();
    wipe(m_deviceCode);
    m_expiresAt = {};
    m_transientFailures = 0;
}

void DeviceCodeFlow::finishWithError(const Error &error)
{
    reset();
    m_running = false;
    Q_EMIT failed(error);
}

void DeviceCodeFlow::onDeviceCode(const Result<DeviceCodeResponse> &result)
{
    m_request.reset();
    if (!result) {
        finishWithError(result.error());
        return;
    }
    DeviceCodeResponse response = result.value();
    if (auto insecure = CloudEndpoints::checkTransportSecurity(QUrl(response.verificationUri))) {
        wipe(response.deviceCode);
        finishWithError(*insecure);
        return;
    }
    m_deviceCode = response.deviceCode;
    wipe(response.deviceCode);
    m_intervalSeconds = response.interval;
    m_expiresAt = m_clock.now().addSecs(response.expiresIn);

    DeviceCodePrompt prompt;
    prompt.userCode = response.userCode;
    prompt.verificationUri = QUrl(response.verificationUri);
    prompt.message = response.message;
    prompt.expiresAt = m_expiresAt;
    prompt.expiresInSeconds = response.expiresIn;
    qCInfo(lcAuth, "device code received (expires in %lld s, interval %lld s)",
           static_cast<long long>(response.expiresIn), static_cast<long long>(m_intervalSeconds));
    schedulePoll();
    Q_EMIT promptReady(prompt);
}

void DeviceCodeFlow::schedulePoll()
{
    // At most an hour between polls, bounded before multiplying (the interval is the server's).
    m_timer.start(
        static_cast<int>(qMin<qint64>(qMin<qint64>(m_intervalSeconds, 3600) * m_secondMs, 3600 * 1000)));
}

void DeviceCodeFlow::poll()
{
    if (!m_running)
        return;
    if (m_clock.now() >= m_expiresAt) {
        qCInfo(lcAuth, "device code expired before approval");
        finishWithError(OAuthError::fromCode(u"expired_token"_s));
        return;
    }
    ++m_polls;
    m_request = std::make_unique<QObject>();
    m_client.redeemDeviceCode(m_deviceCode, m_request.get(),
                              [this](const Result<TokenResponse> &result) { onToken(result); });
}

void DeviceCodeFlow::onToken(const Result<TokenResponse> &result)
{
    m_request.reset();
    if (result) {
        TokenResponse tokens = result.value();
        reset();
        m_running = false;
        qCInfo(lcAuth, "device code sign-in approved");
        Q_EMIT succeeded(tokens);
        tokens.wipe();
        return;
    }
    const Error &error = result.error();
    if (error.code == "authorization_pending"_L1) {
        m_transientFailures = 0;
        schedulePoll();
        return;
    }
    if (error.code == "slow_down"_L1) {
        m_transientFailures = 0;
        m_intervalSeconds += kSlowDownSeconds;
        qCInfo(lcAuth, "slow_down: polling interval now %lld s", static_cast<long long>(m_intervalSeconds));
        schedulePoll();
        return;
    }
    if (error.isTransient() && ++m_transientFailures <= kMaxTransientFailures) {
        qCInfo(lcAuth, "device code poll failed transiently (%d of %d)", m_transientFailures,
               kMaxTransientFailures);
        schedulePoll();
        return;
    }
    finishWithError(error);
}

} // namespace passcode::auth
