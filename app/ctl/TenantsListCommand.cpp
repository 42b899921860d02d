// SPDX-License-Identifier: GPL-3.0-or-later
#include "TenantsListCommand.h"

#include "CtlSession.h"
#include "ExitCode.h"
#include "Output.h"

#include "core/auth/TenantRoster.h"
#include "core/auth/TenantSettings.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSettings>

namespace passcode::ctl {
namespace {

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue urlOrNull(const QUrl &url)
{
    return url.isValid() ? QJsonValue(url.toString()) : QJsonValue(QJsonValue::Null);
}

} // namespace

void TenantsListCommand::execute()
{
    const std::unique_ptr<QSettings> settings = CtlSession::consoleSettings();
    const auth::TenantRoster roster(settings.get());
    const QList<auth::TenantProfile> profiles = roster.profiles();
    QJsonArray array;
    QString text;
    for (const auth::TenantProfile &p : profiles) {
        const std::optional<auth::AccountInfo> account = roster.settingsFor(p)->account();
        const QString username = account ? account->username : QString();
        if (options().json) {
            array.append(QJsonObject{
                {QStringLiteral("id"), p.id},
                {QStringLiteral("name"), p.name},
                {QStringLiteral("kind"),
                 p.isEndpoint() ? QStringLiteral("endpoint") : QStringLiteral("tenant")},
                {QStringLiteral("tenant"), textOrNull(p.tenant)},
                {QStringLiteral("clientId"), textOrNull(p.clientId)},
                {QStringLiteral("cloud"),
                 p.isEndpoint() ? QJsonValue(QJsonValue::Null) : QJsonValue(auth::cloudId(p.cloud))},
                {QStringLiteral("graphUrl"), urlOrNull(p.graphUrl)},
                {QStringLiteral("loginUrl"), urlOrNull(p.loginUrl)},
                {QStringLiteral("color"), p.color},
                {QStringLiteral("account"), textOrNull(username)},
            });
            continue;
        }
        const QStringList cells{p.name,
                                p.isEndpoint() ? p.graphUrl.toString() : p.tenant,
                                p.isEndpoint() ? QStringLiteral("-") : p.clientId,
                                p.isEndpoint() ? QStringLiteral("-") : auth::cloudId(p.cloud),
                                username.isEmpty() ? QStringLiteral("-") : username,
                                p.color,
                                p.id};
        for (qsizetype i = 0; i < cells.size(); ++i)
            text += (i ? QStringLiteral("\t") : QString()) + neutralised(cells.at(i), Controls::ReplaceAll);
        text += u'\n';
    }
    if (options().json)
        printJson(array);
    else
        out() << text;
    finish(ExitSuccess);
}

} // namespace passcode::ctl
