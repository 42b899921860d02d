// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace passcode::sandbox {

class DeviceStore;

/** A sign-in identity of the sandbox tenant. */
struct SignInAccount
{
    QString upn;
    QString name;
    QString objectId;
};

/**
 * Who may sign in to the sandbox tenant: its technicians (catalog::technicians()), the accounts that exist
 * for their Intune role (IntuneRoles::roleAccounts()) and its generated users. Thread-safe once the store is
 * built (SandboxServer::mintAccessToken() calls it from another thread).
 */
class TenantAccounts
{
public:
    explicit TenantAccounts(const DeviceStore &store);

    /** The account of \a upn (trimmed, any case), or nullopt when the UPN is not in the tenant. */
    std::optional<SignInAccount> find(const QString &upn) const;

private:
    const DeviceStore &m_store;
};

} // namespace passcode::sandbox
