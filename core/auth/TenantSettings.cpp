// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/auth/TenantSettings.h"

#include <QRegularExpression>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace passcode::auth {

namespace {

/** A settings key and the type of its value: each key is declared once, here. */
template<typename T>
struct Key
{
    QLatin1StringView name;
};

constexpr Key<QString> kTenant{"tenant"_L1};
constexpr Key<QString> kClientId{"clientId"_L1};
constexpr Key<QString> kCloud{"cloud"_L1};
constexpr Key<QUrl> kLoginUrl{"loginUrl"_L1};
constexpr Key<QUrl> kGraphUrl{"graphUrl"_L1};
constexpr Key<QString> kAccountUsername{"account/username"_L1};
constexpr Key<QString> kAccountDisplayName{"account/displayName"_L1};
constexpr Key<QString> kAccountTenantId{"account/tenantId"_L1};
constexpr Key<QString> kAccountObjectId{"account/objectId"_L1};
constexpr Key<QString> kAccountHomeId{"account/homeAccountId"_L1};
constexpr Key<QString> kAccountSecretKey{"account/secretKey"_L1};
constexpr QLatin1StringView kAccountGroup{"account"_L1};

/** The group's key: "auth/tenant", "tenants/<id>/auth/tenant". */
QString path(const QString &group, QLatin1StringView name)
{
    return group + u'/' + name;
}

template<typename T>
T get(const QSettings *settings, const QString &group, const Key<T> &key)
{
    return settings->value(path(group, key.name)).template value<T>();
}

template<typename T>
void set(QSettings *settings, const QString &group, const Key<T> &key, const T &value)
{
    if (value == T())
        settings->remove(path(group, key.name));
    else
        settings->setValue(path(group, key.name), QVariant::fromValue(value));
}

} // namespace

TenantSettings::TenantSettings(QSettings *settings, const QString &group)
    : m_settings(settings)
    , m_group(group)
{
    Q_ASSERT(m_settings);
}

QString TenantSettings::tenant() const
{
    return get(m_settings, m_group, kTenant).trimmed();
}

void TenantSettings::setTenant(const QString &tenant)
{
    set(m_settings, m_group, kTenant, tenant.trimmed());
}

QString TenantSettings::clientId() const
{
    return get(m_settings, m_group, kClientId).trimmed();
}

void TenantSettings::setClientId(const QString &clientId)
{
    set(m_settings, m_group, kClientId, clientId.trimmed());
}

Cloud TenantSettings::cloud() const
{
    return cloudFromId(get(m_settings, m_group, kCloud)).value_or(Cloud::Global);
}

void TenantSettings::setCloud(Cloud cloud)
{
    set(m_settings, m_group, kCloud, cloudId(cloud));
}

QUrl TenantSettings::loginUrlOverride() const
{
    return get(m_settings, m_group, kLoginUrl);
}

void TenantSettings::setLoginUrlOverride(const QUrl &url)
{
    set(m_settings, m_group, kLoginUrl, url);
}

QUrl TenantSettings::graphUrlOverride() const
{
    return get(m_settings, m_group, kGraphUrl);
}

void TenantSettings::setGraphUrlOverride(const QUrl &url)
{
    set(m_settings, m_group, kGraphUrl, url);
}

bool TenantSettings::isConfigured() const
{
    return !tenant().isEmpty() && !clientId().isEmpty();
}

bool TenantSettings::isValidTenant(const QString &tenant)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$"_s);
    return pattern.match(tenant).hasMatch();
}

bool TenantSettings::isValidClientId(const QString &clientId)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"_s);
    return pattern.match(clientId).hasMatch();
}

std::optional<Error> TenantSettings::validate() const
{
    const QString t = tenant();
    if (t.isEmpty() || !isValidTenant(t)) {
        Error e = Error::make(Error::Kind::Usage,
                              t.isEmpty() ? tr("No tenant is configured. Enter the tenant ID or a verified "
                                               "domain of your organisation.")
                                          : tr("“%1” is not a tenant ID or domain name.").arg(t.left(80)));
        e.code = u"invalid_tenant"_s;
        return e;
    }
    const QString c = clientId();
    if (c.isEmpty() || !isValidClientId(c)) {
        Error e =
            Error::make(Error::Kind::Usage,
                        c.isEmpty() ? tr("No application (client) ID is configured. Enter the ID of the "
                                         "app registration your administrator created.")
                                    : tr("“%1” is not an application (client) ID.").arg(c.left(80)));
        e.code = u"invalid_client_id"_s;
        return e;
    }
    return std::nullopt;
}

Result<CloudEndpoints> TenantSettings::endpoints() const
{
    if (auto error = validate())
        return *error;
    return CloudEndpoints::create(cloud(), loginUrlOverride(), graphUrlOverride());
}

std::optional<AccountInfo> TenantSettings::account() const
{
    AccountInfo account;
    account.homeAccountId = get(m_settings, m_group, kAccountHomeId);
    if (account.homeAccountId.isEmpty())
        return std::nullopt;
    account.username = get(m_settings, m_group, kAccountUsername);
    account.displayName = get(m_settings, m_group, kAccountDisplayName);
    account.tenantId = get(m_settings, m_group, kAccountTenantId);
    account.objectId = get(m_settings, m_group, kAccountObjectId);
    return account;
}

QString TenantSettings::accountSecretKey() const
{
    return get(m_settings, m_group, kAccountSecretKey);
}

void TenantSettings::setAccount(const AccountInfo &account, const QString &secretKey)
{
    set(m_settings, m_group, kAccountUsername, account.username);
    set(m_settings, m_group, kAccountDisplayName, account.displayName);
    set(m_settings, m_group, kAccountTenantId, account.tenantId);
    set(m_settings, m_group, kAccountObjectId, account.objectId);
    set(m_settings, m_group, kAccountHomeId, account.homeAccountId);
    set(m_settings, m_group, kAccountSecretKey, secretKey);
}

void TenantSettings::clearAccount()
{
    m_settings->remove(path(m_group, kAccountGroup));
}

QString TenantSettings::secretKeyFor(const QString &homeAccountId) const
{
    return refreshTokenKey(cloud(), tenant(), clientId(), homeAccountId);
}

void TenantSettings::sync()
{
    m_settings->sync();
}

} // namespace passcode::auth
