// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/CloudEndpoints.h"
#include "core/common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

class QSettings;

namespace passcode::auth {

class TenantSettings;

/**
 * One tenant of the roster: what a technician names it and how it is reached. Either a tenant signed in to
 * through Entra ID (tenant and client id, a cloud, optional URL overrides), or a Graph-compatible endpoint
 * without a tenant (a standalone passcode-sandbox: graphUrl only). Never a secret.
 */
struct TenantProfile
{
    /** Stable key, assigned by the roster: names its settings group and never changes with the name. */
    QString id;
    /** Display name, unique in the roster (case-insensitive); shown in the switcher, titles, confirmations.
     */
    QString name;
    /** Tenant GUID or verified domain; empty for an endpoint. */
    QString tenant;
    QString clientId;
    Cloud cloud = Cloud::Global;
    /** An endpoint's Graph URL (no tenant), or an override of the cloud's Graph URL (with a tenant). */
    QUrl graphUrl;
    /** Override of the cloud's login URL (the sandbox's Entra ID on loopback); empty when none. */
    QUrl loginUrl;
    /** "#RRGGBB": the tenant's band in the console. */
    QString color;

    /** A Graph-compatible endpoint reached without sign-in (no tenant). */
    bool isEndpoint() const { return tenant.isEmpty() && graphUrl.isValid(); }
};

/**
 * The tenants a technician works with, kept in the application's settings (group "tenants"): the list of
 * profiles and, per profile, its own TenantSettings group (its signed-in account and the name of its keychain
 * entry), so that each tenant signs in, keeps its sign-in and signs out on its own. The single tenant of
 * earlier versions (group "auth") shows as a roster entry with id "default" until it is removed.
 *
 * A value over a QSettings the caller owns; every change is written (and synced) at once, so that the
 * console and passcodectl see each other's changes at their next read.
 */
class TenantRoster
{
    Q_DECLARE_TR_FUNCTIONS(TenantRoster)

public:
    /** The id of the single tenant of earlier versions (settings group "auth"). */
    static QString legacyId() { return QStringLiteral("default"); }

    /** @p settings must outlive the roster. */
    explicit TenantRoster(QSettings *settings);

    /** Every profile, in the order they were added. */
    QList<TenantProfile> profiles() const;
    /** A profile by id, or by name (case-insensitive); std::nullopt when none. */
    std::optional<TenantProfile> find(const QString &nameOrId) const;

    /**
     * Adds a profile: checked (validate()), given an id and, without one, a colour of the default palette.
     * Kind::Usage for an invalid profile or a name already used.
     */
    Result<TenantProfile> add(TenantProfile profile);
    /** Replaces the profile with the same id. Kind::NotFound for an unknown id, Kind::Usage as add(). */
    std::optional<Error> update(const TenantProfile &profile);
    /**
     * Removes the profile @p nameOrId and its settings group (its account). The keychain entry is the
     * caller's to remove first (AuthSession::signOut()). False when there is no such profile.
     */
    bool remove(const QString &nameOrId);

    /** The tenant settings of @p profile (its own group), over the roster's QSettings. */
    std::unique_ptr<TenantSettings> settingsFor(const TenantProfile &profile) const;
    /** The settings group of @p profile's TenantSettings. */
    static QString settingsGroup(const TenantProfile &profile);

    /**
     * Kind::Usage with a translated message when @p profile cannot be used: no name, a tenant without a
     * client id (or the reverse), neither a tenant nor an endpoint, a malformed tenant, client id, URL or
     * colour.
     */
    static std::optional<Error> validate(const TenantProfile &profile);
    /** The @p index-th colour of the default palette (distinct for the first eight tenants). */
    static QString defaultColor(int index);
    /** "#RRGGBB" (case-insensitive). */
    static bool isValidColor(const QString &color);

private:
    void write(const QList<TenantProfile> &profiles);
    std::optional<TenantProfile> legacyProfile() const;

    QSettings *m_settings;
};

} // namespace passcode::auth
