// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/auth/CloudEndpoints.h"

#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace passcode::auth {

namespace {

struct CloudHosts
{
    Cloud cloud;
    QLatin1StringView id;
    QLatin1StringView login;
    QLatin1StringView graph;
};

constexpr CloudHosts kClouds[] = {
    {Cloud::Global, "global"_L1, "https://login.microsoftonline.com"_L1, "https://graph.microsoft.com"_L1},
    {Cloud::UsGov, "usgov"_L1, "https://login.microsoftonline.us"_L1, "https://graph.microsoft.us"_L1},
    {Cloud::UsGovDoD, "usgov-dod"_L1, "https://login.microsoftonline.us"_L1,
     "https://dod-graph.microsoft.us"_L1},
    {Cloud::China, "china"_L1, "https://login.partner.microsoftonline.cn"_L1,
     "https://microsoftgraph.chinacloudapi.cn"_L1},
};

const CloudHosts &hostsOf(Cloud cloud)
{
    for (const CloudHosts &h : kClouds) {
        if (h.cloud == cloud)
            return h;
    }
    Q_UNREACHABLE();
}

QUrl withoutTrailingSlash(QUrl url)
{
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path);
    return url;
}

} // namespace

QList<Cloud> allClouds()
{
    return {Cloud::Global, Cloud::UsGov, Cloud::UsGovDoD, Cloud::China};
}

QString cloudId(Cloud cloud)
{
    return QString(hostsOf(cloud).id);
}

std::optional<Cloud> cloudFromId(QStringView id)
{
    const QString key = id.trimmed().toString().toLower();
    for (const CloudHosts &h : kClouds) {
        if (key == h.id)
            return h.cloud;
    }
    if (key == "public"_L1 || key == "azurecloud"_L1)
        return Cloud::Global;
    if (key == "gcchigh"_L1 || key == "usgovernment"_L1 || key == "usgovhigh"_L1)
        return Cloud::UsGov;
    if (key == "dod"_L1 || key == "usgovdod"_L1 || key == "usgov_dod"_L1)
        return Cloud::UsGovDoD;
    if (key == "21vianet"_L1 || key == "azurechinacloud"_L1)
        return Cloud::China;
    return std::nullopt;
}

CloudEndpoints::CloudEndpoints()
    : m_login(defaultLoginUrl(Cloud::Global))
    , m_graph(defaultGraphUrl(Cloud::Global))
{}

QUrl CloudEndpoints::defaultLoginUrl(Cloud cloud)
{
    return QUrl(QString(hostsOf(cloud).login));
}

QUrl CloudEndpoints::defaultGraphUrl(Cloud cloud)
{
    return QUrl(QString(hostsOf(cloud).graph));
}

bool CloudEndpoints::isLoopbackHost(const QString &host)
{
    if (host.compare("localhost"_L1, Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress address;
    return address.setAddress(host) && address.isLoopback();
}

std::optional<Error> CloudEndpoints::checkTransportSecurity(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if (scheme == "https"_L1 && !url.host().isEmpty())
        return std::nullopt;
    if (scheme == "http"_L1 && isLoopbackHost(url.host()))
        return std::nullopt;
    Error e =
        Error::make(Error::Kind::Security,
                    tr("Refusing to send sign-in data to %1: only https, or plain http to this computer "
                       "(localhost), is allowed.")
                        .arg(url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)));
    e.code = u"insecure_url"_s;
    return e;
}

Result<CloudEndpoints> CloudEndpoints::create(Cloud cloud, const QUrl &loginOverride,
                                              const QUrl &graphOverride)
{
    CloudEndpoints endpoints;
    endpoints.m_cloud = cloud;
    endpoints.m_login = defaultLoginUrl(cloud);
    endpoints.m_graph = defaultGraphUrl(cloud);

    const auto check = [](const QUrl &url) -> std::optional<Error> {
        if (!url.isValid() || url.host().isEmpty() || url.hasQuery() || url.hasFragment() ||
            !url.userInfo().isEmpty()) {
            Error e = Error::make(Error::Kind::Usage, tr("“%1” is not a usable base URL: give scheme, host, "
                                                         "optional port and path, without query or user.")
                                                          .arg(url.toDisplayString(QUrl::RemoveUserInfo)));
            e.code = u"invalid_url"_s;
            return e;
        }
        return checkTransportSecurity(url);
    };
    if (!loginOverride.isEmpty()) {
        if (auto error = check(loginOverride))
            return *error;
        endpoints.m_login = withoutTrailingSlash(loginOverride);
        endpoints.m_loginOverridden = true;
    }
    if (!graphOverride.isEmpty()) {
        if (auto error = check(graphOverride))
            return *error;
        endpoints.m_graph = withoutTrailingSlash(graphOverride);
    }
    return endpoints;
}

QString CloudEndpoints::graphResource() const
{
    return QString(hostsOf(m_cloud).graph);
}

QUrl CloudEndpoints::oauthUrl(const QString &tenant, QStringView leaf) const
{
    QUrl url = m_login;
    url.setPath(url.path() + u'/' + tenant + "/oauth2/v2.0/"_L1 + leaf);
    return url;
}

QUrl CloudEndpoints::authorizeUrl(const QString &tenant) const
{
    return oauthUrl(tenant, u"authorize");
}

QUrl CloudEndpoints::tokenUrl(const QString &tenant) const
{
    return oauthUrl(tenant, u"token");
}

QUrl CloudEndpoints::deviceCodeUrl(const QString &tenant) const
{
    return oauthUrl(tenant, u"devicecode");
}

QStringList CloudEndpoints::scopes() const
{
    const QString resource = graphResource();
    return {resource + "/DeviceManagementManagedDevices.Read.All"_L1,
            resource + "/DeviceManagementManagedDevices.PrivilegedOperations.All"_L1, u"offline_access"_s,
            u"openid"_s, u"profile"_s};
}

QString CloudEndpoints::scopeString() const
{
    return scopes().join(u' ');
}

} // namespace passcode::auth
