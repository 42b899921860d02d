// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/devices/Device.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace passcode::devices {

/**
 * Graph JSON → Device, for v1.0 and beta shapes. Tolerant by design: unknown enum strings, missing or null
 * fields and values of the wrong type never stop the parse; each one that could not be read is reported in
 * `problems` (one translated line per field). Only a missing or empty `id` makes a device unusable.
 */
class DeviceJson
{
    Q_DECLARE_TR_FUNCTIONS(DeviceJson)

public:
    struct Parsed
    {
        std::optional<Device> device; ///< empty when the object has no usable id
        QStringList problems;
    };

    struct Page
    {
        QList<Device> devices;
        QStringList problems;   ///< per-device problems, prefixed with the device id or index
        int skipped = 0;        ///< objects that were not devices (no id, not an object)
        QString nextLink;       ///< @odata.nextLink, empty on the last page
        qint64 totalCount = -1; ///< @odata.count when present
    };

    /** Parses one managedDevice object. */
    static Parsed parseDevice(const QJsonObject &object);

    /** Parses one element of deviceActionResults; problems are appended to `problems`. */
    static DeviceActionResult parseActionResult(const QJsonObject &object, QStringList *problems);

    /**
     * Parses a collection page ({"value":[...], "@odata.nextLink": ...}). Returns std::nullopt when the
     * object is not a collection page at all (no "value" array); single bad elements are skipped and
     * reported.
     */
    static std::optional<Page> parsePage(const QJsonObject &page);

    /** Writes a device back as Graph JSON (Graph property names; for --json output and fixtures). */
    static QJsonObject toJson(const Device &device);
};

} // namespace passcode::devices
