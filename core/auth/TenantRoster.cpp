// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/auth/TenantRoster.h"

#include "core/auth/TenantSettings.h"

#include <QRegularExpression>
#include <QSettings>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace passcode::auth {

namespace {

constexpr auto kEntries = "roster/entries"_L1;
/** Name and colour of the legacy tenant (its other fields are its "auth" group's). */
constexpr auto kLegacyName = "roster/default/name"_L1;
constexpr auto kLegacyColor = "roster/default/color"_L1;

bool sameName(const QString &a, const QString &b)
{
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

QString newId(const QList<TenantProfile> &taken)
{
    for (;;) {
        const QString id = QUuid::createUuid().toString(QUuid::Id128).left(8);
        const bool used =
            std::any_of(taken.cbegin(), taken.cend(), [&](const auto &p) { return p.id == id; });
        if (!used && id != TenantRoster::legacyId())
            return id;
    }
}

} // namespace

TenantRoster::TenantRoster(QSettings *settings)
    : m_settings(settings)
{
    Q_ASSERT(m_settings);
}

std::optional<TenantProfile> TenantRoster::legacyProfile() const
{
    const TenantSettings legacy(m_settings);
    if (!legacy.isConfigured())
        return std::nullopt;
    TenantProfile p;
    p.id = legacyId();
    p.tenant = legacy.tenant();
    p.clientId = legacy.clientId();
    p.cloud = legacy.cloud();
    p.graphUrl = legacy.graphUrlOverride();
    p.loginUrl = legacy.loginUrlOverride();
    p.name = m_settings->value(kLegacyName).toString();
    if (p.name.isEmpty())
        p.name = p.tenant;
    p.color = m_settings->value(kLegacyColor).toString();
    if (!isValidColor(p.color))
        p.color = defaultColor(0);
    return p;
}

QList<TenantProfile> TenantRoster::profiles() const
{
    QList<TenantProfile> list;
    if (std::optional<TenantProfile> legacy = legacyProfile())
        list.append(*legacy);
    const int n = m_settings->beginReadArray(kEntries);
    for (int i = 0; i < n; ++i) {
        m_settings->setArrayIndex(i);
        TenantProfile p;
        p.id = m_settings->value("id"_L1).toString();
        p.name = m_settings->value("name"_L1).toString();
        p.tenant = m_settings->value("tenant"_L1).toString();
        p.clientId = m_settings->value("clientId"_L1).toString();
        p.cloud = cloudFromId(m_settings->value("cloud"_L1).toString()).value_or(Cloud::Global);
        p.graphUrl = m_settings->value("graphUrl"_L1).toUrl();
        p.loginUrl = m_settings->value("loginUrl"_L1).toUrl();
        p.color = m_settings->value("color"_L1).toString();
        if (!isValidColor(p.color))
            p.color = defaultColor(int(list.size()));
        // An entry edited by hand into something unusable is left out rather than half-used.
        if (!p.id.isEmpty() && p.id != legacyId() && !validate(p))
            list.append(p);
    }
    m_settings->endArray();
    return list;
}

std::optional<TenantProfile> TenantRoster::find(const QString &nameOrId) const
{
    const QList<TenantProfile> list = profiles();
    for (const TenantProfile &p : list) {
        if (p.id == nameOrId)
            return p;
    }
    for (const TenantProfile &p : list) {
        if (sameName(p.name, nameOrId))
            return p;
    }
    return std::nullopt;
}

Result<TenantProfile> TenantRoster::add(TenantProfile profile)
{
    profile.name = profile.name.trimmed();
    QList<TenantProfile> list = profiles();
    if (profile.color.isEmpty())
        profile.color = defaultColor(int(list.size()));
    if (std::optional<Error> error = validate(profile))
        return *error;
    for (const TenantProfile &p : list) {
        if (sameName(p.name, profile.name))
            return Error::make(Error::Kind::Usage,
                               tr("A tenant named '%1' is already in the list.").arg(profile.name));
    }
    profile.id = newId(list);
    list.append(profile);
    write(list);
    return profile;
}

std::optional<Error> TenantRoster::update(const TenantProfile &profile)
{
    QList<TenantProfile> list = profiles();
    const auto it = std::find_if(list.begin(), list.end(), [&](const auto &p) { return p.id == profile.id; });
    if (it == list.end())
        return Error::make(Error::Kind::NotFound, tr("No tenant '%1' in the list.").arg(profile.name));
    TenantProfile changed = profile;
    changed.name = changed.name.trimmed();
    if (std::optional<Error> error = validate(changed))
        return error;
    for (const TenantProfile &p : list) {
        if (p.id != changed.id && sameName(p.name, changed.name))
            return Error::make(Error::Kind::Usage,
                               tr("A tenant named '%1' is already in the list.").arg(changed.name));
    }
    *it = changed;
    write(list);
    return std::nullopt;
}

bool TenantRoster::remove(const QString &nameOrId)
{
    const std::optional<TenantProfile> found = find(nameOrId);
    if (!found)
        return false;
    QList<TenantProfile> list = profiles();
    list.removeIf([&](const TenantProfile &p) { return p.id == found->id; });
    if (found->id == legacyId()) {
        m_settings->remove(TenantSettings::defaultGroup());
        m_settings->remove("roster/default"_L1);
    } else {
        m_settings->remove(u"roster/"_s + found->id);
    }
    write(list);
    return true;
}

std::unique_ptr<TenantSettings> TenantRoster::settingsFor(const TenantProfile &profile) const
{
    return std::make_unique<TenantSettings>(m_settings, settingsGroup(profile));
}

QString TenantRoster::settingsGroup(const TenantProfile &profile)
{
    if (profile.id == legacyId())
        return TenantSettings::defaultGroup();
    return u"roster/"_s + profile.id + u"/auth"_s;
}

void TenantRoster::write(const QList<TenantProfile> &profiles)
{
    m_settings->remove(kEntries);
    m_settings->beginWriteArray(kEntries);
    int index = 0;
    for (const TenantProfile &p : profiles) {
        if (p.id == legacyId())
            continue;
        m_settings->setArrayIndex(index++);
        m_settings->setValue("id"_L1, p.id);
        m_settings->setValue("name"_L1, p.name);
        m_settings->setValue("tenant"_L1, p.tenant);
        m_settings->setValue("clientId"_L1, p.clientId);
        m_settings->setValue("cloud"_L1, cloudId(p.cloud));
        m_settings->setValue("graphUrl"_L1, p.graphUrl);
        m_settings->setValue("loginUrl"_L1, p.loginUrl);
        m_settings->setValue("color"_L1, p.color);
    }
    m_settings->endArray();
    // The legacy tenant keeps its fields in its own group, so that earlier versions still find it.
    for (const TenantProfile &p : profiles) {
        if (p.id != legacyId())
            continue;
        TenantSettings legacy(m_settings);
        legacy.setTenant(p.tenant);
        legacy.setClientId(p.clientId);
        legacy.setCloud(p.cloud);
        legacy.setGraphUrlOverride(p.graphUrl);
        legacy.setLoginUrlOverride(p.loginUrl);
        m_settings->setValue(kLegacyName, p.name);
        m_settings->setValue(kLegacyColor, p.color);
    }
    m_settings->sync();
}

std::optional<Error> TenantRoster::validate(const TenantProfile &profile)
{
    const auto usage = [](const QString &message) {
        return Error::make(Error::Kind::Usage, message);
    };
    if (profile.name.trimmed().isEmpty())
        return usage(tr("The tenant needs a name."));
    if (profile.name.size() > 64)
        return usage(tr("The tenant's name is longer than 64 characters."));
    if (!profile.color.isEmpty() && !isValidColor(profile.color))
        return usage(tr("'%1' is not a colour: use #RRGGBB.").arg(profile.color));
    if (profile.tenant.isEmpty() && profile.clientId.isEmpty()) {
        if (!profile.graphUrl.isValid() || profile.graphUrl.isEmpty())
            return usage(tr("Give either a tenant and a client id, or a Graph URL."));
    } else {
        if (!TenantSettings::isValidTenant(profile.tenant))
            return usage(tr("'%1' is not a tenant ID or domain.").arg(profile.tenant));
        if (!TenantSettings::isValidClientId(profile.clientId))
            return usage(tr("'%1' is not an application (client) ID.").arg(profile.clientId));
    }
    for (const QUrl &url : {profile.graphUrl, profile.loginUrl}) {
        if (url.isEmpty())
            continue;
        if (std::optional<Error> insecure = CloudEndpoints::checkTransportSecurity(url))
            return Error::make(insecure->kind, insecure->message);
    }
    return std::nullopt;
}

QString TenantRoster::defaultColor(int index)
{
    // Distinct under the common colour-vision deficiencies (Okabe–Ito), darkened to carry white text.
    static const char *const palette[] = {"#0072B2", "#D55E00", "#009E73", "#CC79A7",
                                          "#8F6A00", "#56B4E9", "#6A3D9A", "#444444"};
    const int n = int(std::size(palette));
    return QString::fromLatin1(palette[((index % n) + n) % n]);
}

bool TenantRoster::isValidColor(const QString &color)
{
    static const QRegularExpression rx(u"^#[0-9A-Fa-f]{6}$"_s);
    return rx.match(color).hasMatch();
}

} // namespace passcode::auth
