// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Error.h"
#include "core/devices/Device.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

namespace passcode::devices {
class DeviceLookup;
}

namespace passcode::ctl {

class CtlSession;

/**
 * Finds the device a command line names (devices show, reset) with devices::DeviceLookup (the documented
 * filters for an id, UPN, IMEI, serial or name, asked at once): among its answers, the device whose id,
 * device name, serial number, IMEI or UPN equals the text (case-insensitive) is the one. When the lookup
 * found none exactly and some query was cut at its limit, or the text has no lookup shape, an exact
 * deviceName, then serialNumber, is asked through $filter as before. Then it reads the device by id through
 * ActionService (with its deviceActionResults) and calls @p found. Every failure calls @p failed exactly
 * once: no match and several matches are Kind::Usage errors (exit 2), the others are the service's errors.
 */
class DeviceResolver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceResolver)

public:
    using Found = std::function<void(const devices::Device &)>;
    using Failed = std::function<void(const Error &)>;

    DeviceResolver(CtlSession &session, Failed failed, QObject *parent = nullptr);
    ~DeviceResolver() override;

    /** Resolves @p text (an id, device name or serial number); @p found or the failure callback follows. */
    void resolve(const QString &text, Found found);

    /** True when @p text has the shape of an Intune device id (a GUID). */
    static bool looksLikeId(const QString &text);
    /** An OData string literal: single quotes doubled. */
    static QString odataString(const QString &text);
    /** The devices of @p found whose id, name, serial, IMEI or UPN is @p text (case-insensitive). */
    static QList<devices::Device> exactMatches(const QList<devices::Device> &found, const QString &text);

private:
    void lookedUp(const QString &text, const Found &found);
    void resolveByFilter(const QString &text, const QStringList &filters, Found found);
    void fetchById(const QString &id, Found found);

    CtlSession &m_session;
    Failed m_failed;
    std::unique_ptr<devices::DeviceLookup> m_lookup;
};

} // namespace passcode::ctl
