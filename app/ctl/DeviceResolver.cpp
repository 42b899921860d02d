// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeviceResolver.h"

#include "CtlSession.h"

#include "core/actions/ActionService.h"
#include "core/devices/DeviceLookup.h"
#include "core/graph/GraphClient.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <memory>

namespace passcode::ctl {
namespace {

QString devicesPath()
{
    return QStringLiteral("/deviceManagement/managedDevices");
}

} // namespace

DeviceResolver::DeviceResolver(CtlSession &session, Failed failed, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_failed(std::move(failed))
{}

DeviceResolver::~DeviceResolver() = default;

QList<devices::Device> DeviceResolver::exactMatches(const QList<devices::Device> &found, const QString &text)
{
    const auto same = [&text](const QString &value) {
        return !value.isEmpty() && value.compare(text, Qt::CaseInsensitive) == 0;
    };
    QString digits = text;
    digits.remove(u' ').remove(u'-');
    QList<devices::Device> exact;
    for (const devices::Device &d : found) {
        if (same(d.id) || same(d.deviceName) || same(d.serialNumber) || same(d.userPrincipalName) ||
            same(d.imei) || (!d.imei.isEmpty() && d.imei == digits))
            exact.append(d);
    }
    return exact;
}

QString DeviceResolver::odataString(const QString &text)
{
    QString s = text;
    s.replace(QStringLiteral("'"), QStringLiteral("''"));
    return u'\'' + s + u'\'';
}

bool DeviceResolver::looksLikeId(const QString &text)
{
    static const QRegularExpression guid(QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
                                                        "[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return guid.match(text).hasMatch();
}

void DeviceResolver::resolve(const QString &text, Found found)
{
    m_lookup = std::make_unique<devices::DeviceLookup>(m_session.client());
    connect(m_lookup.get(), &devices::DeviceLookup::finished, this,
            [this, text, found](const std::optional<Error> &error) {
                // A read by id that found nothing is an answer (no such device), not a failure.
                if (error && error->kind != Error::Kind::NotFound) {
                    m_failed(*error);
                    return;
                }
                lookedUp(text, found);
            });
    if (!m_lookup->lookup(text))
        lookedUp(text, found);
}

void DeviceResolver::lookedUp(const QString &text, const Found &found)
{
    const QList<devices::Device> exact = exactMatches(m_lookup->results(), text);
    if (exact.size() == 1) {
        fetchById(exact.first().id, found);
        return;
    }
    if (exact.size() > 1) {
        QStringList ids;
        for (const devices::Device &d : exact)
            ids.append(d.id);
        m_failed(Error::make(Error::Kind::Usage, tr("%1 devices match '%2'; name one by its id: %3")
                                                     .arg(exact.size())
                                                     .arg(text, ids.join(QStringLiteral(", ")))));
        return;
    }
    if (m_lookup->truncated() || devices::DeviceLookup::shapeOf(text) == devices::DeviceLookup::Shape::None) {
        // The exact device may be past the lookup's limit (a short name inside many others): ask exactly.
        resolveByFilter(text,
                        {QStringLiteral("deviceName eq ") + odataString(text),
                         QStringLiteral("serialNumber eq ") + odataString(text)},
                        found);
        return;
    }
    m_failed(Error::make(
        Error::Kind::Usage,
        tr("No device matches '%1' (by id, device name, serial number, IMEI or user).").arg(text)));
}

void DeviceResolver::resolveByFilter(const QString &text, const QStringList &filters, Found found)
{
    if (filters.isEmpty()) {
        m_failed(Error::make(Error::Kind::Usage,
                             tr("No device matches '%1' (by id, device name or serial number).").arg(text)));
        return;
    }
    const auto request =
        graph::GraphRequest::get(devicesPath(), graph::ApiVersion::Beta)
            .setFilter(filters.first())
            .setSelect({QStringLiteral("id"), QStringLiteral("deviceName"), QStringLiteral("serialNumber")})
            .setTop(25)
            .setRequiredFields({QStringLiteral("value")});
    const QStringList rest = filters.mid(1);
    m_session.client().call(request, this, [this, text, rest, found](const graph::GraphResult &result) {
        if (!result.ok()) {
            m_failed(*result.error);
            return;
        }
        const QJsonArray value = result.json.value(u"value").toArray();
        if (value.isEmpty()) {
            resolveByFilter(text, rest, found);
            return;
        }
        if (value.size() > 1) {
            QStringList ids;
            for (const QJsonValue &v : value)
                ids.append(v.toObject().value(u"id").toString());
            m_failed(Error::make(Error::Kind::Usage, tr("%1 devices match '%2'; name one by its id: %3")
                                                         .arg(value.size())
                                                         .arg(text, ids.join(QStringLiteral(", ")))));
            return;
        }
        fetchById(value.first().toObject().value(u"id").toString(), found);
    });
}

void DeviceResolver::fetchById(const QString &id, Found found)
{
    actions::ActionService &service = m_session.service();
    // Both connections end at the first answer for this id; their slots (and so these handles) die with them.
    auto ok = std::make_shared<QMetaObject::Connection>();
    auto bad = std::make_shared<QMetaObject::Connection>();
    *ok = connect(&service, &actions::ActionService::deviceFetched, this,
                  [id, found, ok, bad](const devices::Device &device) {
                      if (device.id != id)
                          return;
                      // disconnect() may destroy this lambda: keep what it needs on the stack first.
                      const auto keep = std::make_pair(ok, bad);
                      const Found callback = found;
                      QObject::disconnect(*keep.first);
                      QObject::disconnect(*keep.second);
                      callback(device);
                  });
    *bad = connect(&service, &actions::ActionService::deviceFetchFailed, this,
                   [this, id, ok, bad](const QString &deviceId, const Error &error) {
                       if (deviceId != id)
                           return;
                       DeviceResolver *self = this;
                       const auto keep = std::make_pair(ok, bad);
                       QObject::disconnect(*keep.first);
                       QObject::disconnect(*keep.second);
                       self->m_failed(error);
                   });
    service.fetchDevice(id);
}

} // namespace passcode::ctl
