// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/devices/Device.h"

#include <QByteArrayView>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonParseError>
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

    /**
     * Texts that repeat across devices (OS, version, model, manufacturer, agent, device type, user, enum
     * members), by their JSON bytes: parseValueArray() decodes each once and gives every device the same
     * QString, as DeviceDirectory's interning would. Pass one pool to every page of a load; one thread at a
     * time.
     */
    using TextPool = QHash<QByteArray, QString>;

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

    /**
     * Parses the JSON text of a collection page's value array ("[{...},{...}]") straight into devices,
     * without building a QJsonDocument: the fast path of DeviceDirectoryLoader's worker thread. Each device
     * is read exactly as parseDevice() reads it (same fields, problems and skipped elements as parsePage());
     * nextLink and totalCount stay empty. Repeated texts are shared through @p texts (a pool for this page
     * only when null). The whole text is checked as JSON: when it is not a well-formed
     * array (truncated, malformed), returns std::nullopt and sets @p error (offset into @p json).
     */
    static std::optional<Page> parseValueArray(QByteArrayView json, QJsonParseError *error = nullptr,
                                               TextPool *texts = nullptr);

    /** Writes a device back as Graph JSON (Graph property names; for --json output and fixtures). */
    static QJsonObject toJson(const Device &device);

private:
    /** parseDevice() over QJsonObject or the fast path's lightweight object. */
    template<typename Object>
    static Parsed parseDeviceFrom(const Object &object);
    /** Adds one parsed element to a page (problems prefixed, skipped counted). */
    static void addToPage(Page &page, Parsed parsed, int index);
};

} // namespace passcode::devices
