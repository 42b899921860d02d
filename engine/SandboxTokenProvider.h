// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/TokenProvider.h"

#include <QStringList>

namespace passcode::sandbox {
class SandboxHost;
}

namespace passcode::engine {

/**
 * Bearer tokens for the embedded sandbox tenant: minted by the running SandboxHost for the default
 * technician. refresh() mints a new one (tokens last an hour, the console runs longer). The access token
 * lives only here, in memory. The host must outlive the provider.
 */
class SandboxTokenProvider final : public auth::TokenProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxTokenProvider)

public:
    SandboxTokenProvider(const sandbox::SandboxHost &host, QString upn, QObject *parent = nullptr);
    ~SandboxTokenProvider() override;

    QString accessToken() const override;
    void refresh() override;

private:
    const sandbox::SandboxHost &m_host;
    QString m_upn;
    QString m_accessToken;
    bool m_refreshing = false;
};

} // namespace passcode::engine
