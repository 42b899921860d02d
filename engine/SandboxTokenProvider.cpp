// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/SandboxTokenProvider.h"

#include "sandbox/host/SandboxHost.h"

#include <QTimer>

namespace passcode::engine {

SandboxTokenProvider::SandboxTokenProvider(const sandbox::SandboxHost &host, QString upn, QObject *parent)
    : auth::TokenProvider(parent)
    , m_host(host)
    , m_upn(std::move(upn))
    , m_accessToken(host.mintAccessToken(m_upn, sandbox::SandboxHost::defaultScopes()))
{}

SandboxTokenProvider::~SandboxTokenProvider() = default;

QString SandboxTokenProvider::accessToken() const
{
    return m_accessToken;
}

void SandboxTokenProvider::refresh()
{
    if (m_refreshing)
        return; // joins the refresh already under way
    m_refreshing = true;
    // Finish asynchronously, as a real refresh would: callers connect after calling refresh().
    QTimer::singleShot(0, this, [this] {
        m_refreshing = false;
        m_accessToken = m_host.mintAccessToken(m_upn, sandbox::SandboxHost::defaultScopes());
        if (m_accessToken.isEmpty())
            Q_EMIT refreshFailed(
                Error::make(Error::Kind::Auth, tr("The sandbox tenant has no account %1.").arg(m_upn)));
        else
            Q_EMIT tokenRefreshed();
    });
}

} // namespace passcode::engine
