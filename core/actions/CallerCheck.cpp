// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/actions/CallerCheck.h"

namespace passcode::actions {

QJsonObject CallerCheck::toJson() const
{
    QJsonObject o{
        {QStringLiteral("deviceId"), deviceId},
        {QStringLiteral("deviceName"), deviceName},
        {QStringLiteral("verifiedBy"), verifiedBy},
        {QStringLiteral("verifiedAt"), verifiedAt.toUTC().toString(Qt::ISODate)},
    };
    if (!tenantName.isEmpty())
        o.insert(QStringLiteral("tenantName"), tenantName);
    return o;
}

std::optional<CallerCheck> CallerCheck::fromJson(const QJsonObject &object)
{
    CallerCheck c;
    c.deviceId = object.value(u"deviceId").toString();
    c.verifiedAt = QDateTime::fromString(object.value(u"verifiedAt").toString(), Qt::ISODate);
    if (c.deviceId.isEmpty() || !c.verifiedAt.isValid())
        return std::nullopt;
    c.verifiedAt = c.verifiedAt.toUTC();
    c.deviceName = object.value(u"deviceName").toString();
    c.verifiedBy = object.value(u"verifiedBy").toString();
    c.tenantName = object.value(u"tenantName").toString();
    return c;
}

} // namespace passcode::actions
