// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rbac/IntunePermissions.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace passcode::rbac {

namespace {

// Directory role template ids (Entra built-in roles): both hold every Intune permission.
constexpr QLatin1StringView kIntuneAdministrator{"3a2c62db-5318-420d-8d74-23affee5d9d5"};
constexpr QLatin1StringView kGlobalAdministrator{"62e90394-69f5-4237-9190-012177145e10"};

bool matches(const QString &pattern, QStringView action)
{
    if (pattern.endsWith(u'*'))
        return action.startsWith(QStringView(pattern).chopped(1), Qt::CaseInsensitive);
    return action.compare(pattern, Qt::CaseInsensitive) == 0;
}

bool readStrings(const QJsonValue &value, QSet<QString> *into)
{
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isArray())
        return false;
    for (const QJsonValue &v : value.toArray()) {
        if (!v.isString())
            return false;
        into->insert(v.toString());
    }
    return true;
}

} // namespace

QString resourceActionFor(actions::RemoteAction)
{
    return QString(kResetPasscode);
}

Result<IntunePermissions> IntunePermissions::fromGraph(const QJsonObject &answer)
{
    const auto unreadable = [] {
        return Error::make(Error::Kind::Parse, tr("Microsoft Graph's list of your Intune permissions could "
                                                  "not be read."));
    };
    const QJsonValue value = answer.value(QLatin1String("value"));
    if (!value.isArray())
        return unreadable();
    IntunePermissions p;
    for (const QJsonValue &permission : value.toArray()) {
        if (!permission.isObject())
            return unreadable();
        const QJsonObject o = permission.toObject();
        if (!readStrings(o.value(QLatin1String("actions")), &p.m_allowed))
            return unreadable();
        const QJsonValue resourceActions = o.value(QLatin1String("resourceActions"));
        if (!resourceActions.isArray() && !resourceActions.isUndefined())
            return unreadable();
        for (const QJsonValue &ra : resourceActions.toArray()) {
            if (!ra.isObject() ||
                !readStrings(ra.toObject().value(QLatin1String("allowedResourceActions")), &p.m_allowed) ||
                !readStrings(ra.toObject().value(QLatin1String("notAllowedResourceActions")),
                             &p.m_notAllowed))
                return unreadable();
        }
    }
    if (p.m_allowed.isEmpty())
        return Error::make(Error::Kind::Parse, tr("Microsoft Graph listed no Intune permission for your "
                                                  "account."));
    return p;
}

IntunePermissions IntunePermissions::everything()
{
    IntunePermissions p;
    p.m_everything = true;
    return p;
}

bool IntunePermissions::allows(QStringView resourceAction) const
{
    if (m_everything)
        return true;
    for (const QString &refused : m_notAllowed) {
        if (matches(refused, resourceAction))
            return false;
    }
    for (const QString &granted : m_allowed) {
        if (matches(granted, resourceAction))
            return true;
    }
    return false;
}

std::optional<QString> IntunePermissions::refusalOf(const QString &needed) const
{
    if (allows(needed))
        return std::nullopt;
    return tr("Your Intune role does not include %1.").arg(displayName(needed));
}

QString IntunePermissions::forbiddenHintOf(const QString &needed) const
{
    if (!allows(needed))
        return *refusalOf(needed);
    return tr("Your Intune role includes %1: the device is probably outside your role's scope tags, or your "
              "role changed since you signed in.")
        .arg(displayName(needed));
}

std::optional<QString> IntunePermissions::refusal(actions::RemoteAction action) const
{
    return refusalOf(resourceActionFor(action));
}

QString IntunePermissions::forbiddenHint(actions::RemoteAction action) const
{
    return forbiddenHintOf(resourceActionFor(action));
}

std::optional<QString> IntunePermissions::syncRefusal() const
{
    return refusalOf(QString(kSyncDevice));
}

QString IntunePermissions::syncForbiddenHint() const
{
    return forbiddenHintOf(QString(kSyncDevice));
}

QStringList IntunePermissions::allowed() const
{
    QStringList out(m_allowed.cbegin(), m_allowed.cend());
    out.sort(Qt::CaseInsensitive);
    return out;
}

QString IntunePermissions::displayName(const QString &resourceAction)
{
    if (resourceAction.compare(kResetPasscode, Qt::CaseInsensitive) == 0)
        return tr("Remote tasks › Reset passcode");
    if (resourceAction.compare(kSyncDevice, Qt::CaseInsensitive) == 0)
        return tr("Remote tasks › Sync devices");
    if (resourceAction.compare(kReadDevices, Qt::CaseInsensitive) == 0)
        return tr("Managed devices › Read");
    if (resourceAction.compare(QLatin1String("Microsoft.Intune_RemoteTasks_RemoteLock"),
                               Qt::CaseInsensitive) == 0)
        return tr("Remote tasks › Remote lock");
    // "Microsoft.Intune_RemoteTasks_RebootNow" → "RemoteTasks › RebootNow"
    QString name = resourceAction;
    if (name.startsWith(QLatin1String("Microsoft.Intune_")))
        name = name.mid(17);
    const qsizetype underscore = name.indexOf(u'_');
    if (underscore > 0)
        name = name.left(underscore) + QStringLiteral(" › ") + name.mid(underscore + 1);
    return name;
}

bool IntunePermissions::tokenHasIntuneAdminRole(const QString &accessToken)
{
    const QStringList parts = accessToken.split(u'.');
    if (parts.size() < 2)
        return false;
    const QByteArray payload = QByteArray::fromBase64(
        parts[1].toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QJsonDocument doc = QJsonDocument::fromJson(payload);
    for (const QJsonValue &role : doc.object().value(QLatin1String("wids")).toArray()) {
        const QString id = role.toString();
        if (id.compare(kIntuneAdministrator, Qt::CaseInsensitive) == 0 ||
            id.compare(kGlobalAdministrator, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace passcode::rbac
