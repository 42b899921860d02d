// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Error.h"
#include "core/devices/Device.h"

#include <QObject>
#include <QStringList>

#include <functional>

namespace passcode::ctl {

class CtlSession;

/**
 * Finds the device a command line names (devices show, reset): an id is read directly; otherwise an exact
 * deviceName, then serialNumber, through $filter. Then it reads the device by id through ActionService
 * (with its deviceActionResults) and calls @p found. Every failure calls @p failed exactly once: no match and
 * several matches are Kind::Usage errors (exit 2), the others are the service's errors.
 */
class DeviceResolver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceResolver)

public:
    using Found = std::function<void(const devices::Device &)>;
    using Failed = std::function<void(const Error &)>;

    DeviceResolver(CtlSession &session, Failed failed, QObject *parent = nullptr);

    /** Resolves @p text (an id, device name or serial number); @p found or the failure callback follows. */
    void resolve(const QString &text, Found found);

    /** True when @p text has the shape of an Intune device id (a GUID). */
    static bool looksLikeId(const QString &text);
    /** An OData string literal: single quotes doubled. */
    static QString odataString(const QString &text);

private:
    void resolveByFilter(const QString &text, const QStringList &filters, Found found);
    void fetchById(const QString &id, Found found);

    CtlSession &m_session;
    Failed m_failed;
};

} // namespace passcode::ctl
