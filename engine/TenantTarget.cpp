// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/TenantTarget.h"

#include "core/actions/ActionJournal.h"
#include "core/auth/CloudEndpoints.h"
#include "core/auth/TokenProvider.h"

namespace passcode::engine {

TenantTarget TenantTarget::embeddedSandbox(const SandboxSpec &spec)
{
    TenantTarget t;
    t.m_kind = Kind::EmbeddedSandbox;
    t.m_sandbox = spec;
    return t;
}

Result<QUrl> TenantTarget::graphRoot(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"https" && url.scheme() != u"http"))
        return Error::make(Error::Kind::Usage, tr("%1 is not an http(s) URL.").arg(url.toString()));
    if (url.hasQuery() || url.hasFragment())
        return Error::make(Error::Kind::Usage,
                           tr("%1: a Graph URL has no query or fragment.").arg(url.toString()));
    if (url.scheme() == u"http" && !auth::CloudEndpoints::isLoopbackHost(url.host()))
        return Error::make(
            Error::Kind::Security,
            tr("%1: plain http is allowed only to this computer (127.0.0.1, localhost); use https.")
                .arg(url.toString()));
    QUrl root = url;
    QString path = root.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    if (path.endsWith(u"/v1.0") || path.endsWith(u"/beta"))
        path.truncate(path.lastIndexOf(u'/'));
    root.setPath(path);
    return root;
}

Result<TenantTarget> TenantTarget::endpoint(const QUrl &graphUrl, const QString &accessToken,
                                            const QString &tenant)
{
    Result<QUrl> root = graphRoot(graphUrl);
    if (!root)
        return root.error();
    if (accessToken.isEmpty() && !auth::CloudEndpoints::isLoopbackHost(root->host()))
        return Error::make(Error::Kind::Auth,
                           tr("No access token for %1: sign in to its tenant, or give an access token.")
                               .arg(root->toString()));
    TenantTarget t;
    t.m_kind = Kind::Endpoint;
    t.m_graphBase = *root;
    t.m_accessToken = accessToken;
    t.m_tenant = tenant;
    return t;
}

Result<TenantTarget> TenantTarget::signedIn(const auth::CloudEndpoints &endpoints, const QString &tenant,
                                            auth::TokenProvider &tokens, const QString &account)
{
    Result<QUrl> root = graphRoot(endpoints.graphBaseUrl());
    if (!root)
        return root.error();
    TenantTarget t;
    t.m_kind = Kind::Tenant;
    t.m_graphBase = *root;
    t.m_tenant = tenant;
    t.m_account = account;
    t.m_tokens = &tokens;
    return t;
}

QString TenantTarget::journalProfile() const
{
    // Each sandbox tenant (seed, size) keeps its own journal, apart from real tenants'.
    if (m_kind == Kind::EmbeddedSandbox)
        return QStringLiteral("sandbox-%1-%2").arg(m_sandbox.seed).arg(m_sandbox.devices);
    return actions::ActionJournal::tenantProfile(m_graphBase, m_tenant);
}

bool TenantTarget::isSandbox() const
{
    return m_kind == Kind::EmbeddedSandbox || (m_kind == Kind::Endpoint && m_accessToken.isEmpty());
}

} // namespace passcode::engine
