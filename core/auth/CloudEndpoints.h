// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Error.h"
#include "core/common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace passcode::auth {

/** The Microsoft cloud a tenant lives in. Tokens of one cloud are not valid in another. */
enum class Cloud
{
    Global,   ///< login.microsoftonline.com, graph.microsoft.com (also M365 GCC "moderate")
    UsGov,    ///< US Government GCC High: login.microsoftonline.us, graph.microsoft.us (L4)
    UsGovDoD, ///< US Government DoD: login.microsoftonline.us, dod-graph.microsoft.us (L5)
    China,    ///< operated by 21Vianet: login.partner.microsoftonline.cn, microsoftgraph.chinacloudapi.cn
};

/** All clouds, in display order. */
QList<Cloud> allClouds();
/** The stable identifier used in settings, keychain keys and on the command line: "global", "usgov",
 * "usgov-dod", "china". */
QString cloudId(Cloud cloud);
/** Parses cloudId() output, case-insensitively, plus a few aliases ("public", "gcchigh", "dod", "usgovdod",
 * "21vianet"). std::nullopt when unknown. */
std::optional<Cloud> cloudFromId(QStringView id);

/**
 * The login (Entra ID) and Graph base URLs of a cloud, with optional overrides (the sandbox tenant on
 * 127.0.0.1), and the scopes this application requests.
 *
 * A value type. Build it with create(), which refuses insecure overrides: https is required, except for
 * plain http to a loopback host (localhost, 127.0.0.0/8, ::1). The Graph scope resource always stays the
 * cloud's (https://graph.microsoft.com for Global) even when the URLs are overridden, as a real token service
 * would expect.
 */
class CloudEndpoints
{
    Q_DECLARE_TR_FUNCTIONS(CloudEndpoints)

public:
    /** The Global cloud without overrides. */
    CloudEndpoints();

    /**
     * The endpoints of a cloud, with a login and/or Graph base URL replacing the cloud's when non-empty.
     * Returns Kind::Security for plain http to a non-loopback host or a scheme other than http(s), and
     * Kind::Usage for a URL that is not valid or has a query or fragment.
     */
    static Result<CloudEndpoints> create(Cloud cloud, const QUrl &loginOverride = {},
                                         const QUrl &graphOverride = {});

    /** std::nullopt when a request to url may be sent: https, or http to a loopback host; otherwise a
     * Kind::Security error naming the host. */
    static std::optional<Error> checkTransportSecurity(const QUrl &url);
    /** localhost, 127.0.0.0/8 or ::1. */
    static bool isLoopbackHost(const QString &host);

    Cloud cloud() const { return m_cloud; }
    /** e.g. https://login.microsoftonline.com (no trailing slash). */
    QUrl loginBaseUrl() const { return m_login; }
    /** e.g. https://graph.microsoft.com (no version segment; the Graph client appends /v1.0 or /beta). */
    QUrl graphBaseUrl() const { return m_graph; }
    /** The resource prefix of the scopes, e.g. https://graph.microsoft.com. */
    QString graphResource() const;
    bool isLoginOverridden() const { return m_loginOverridden; }

    /** {login}/{tenant}/oauth2/v2.0/authorize (tenant must already be validated). */
    QUrl authorizeUrl(const QString &tenant) const;
    /** {login}/{tenant}/oauth2/v2.0/token */
    QUrl tokenUrl(const QString &tenant) const;
    /** {login}/{tenant}/oauth2/v2.0/devicecode */
    QUrl deviceCodeUrl(const QString &tenant) const;

    /** The delegated Graph scopes (Read.All, PrivilegedOperations.All) on this cloud's resource, then
     * offline_access, openid and profile. */
    QStringList scopes() const;
    /** scopes() joined with spaces, as the token endpoint wants them. */
    QString scopeString() const;

    /** The cloud's own base URLs, without overrides. */
    static QUrl defaultLoginUrl(Cloud cloud);
    static QUrl defaultGraphUrl(Cloud cloud);

private:
    QUrl oauthUrl(const QString &tenant, QStringView leaf) const;

    Cloud m_cloud = Cloud::Global;
    QUrl m_login;
    QUrl m_graph;
    bool m_loginOverridden = false;
};

} // namespace passcode::auth
