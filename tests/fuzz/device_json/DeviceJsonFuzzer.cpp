// SPDX-License-Identifier: GPL-3.0-or-later
// DeviceJson (core/devices/DeviceJson.h) over any bytes: a whole page through Qt's parser and parsePage(),
// its value array through the fast path parseValueArray(). When both read the array they must agree (devices,
// skipped elements, problems), and a device written back with toJson() must read back the same.
#include "FuzzSupport.h"

#include "core/devices/DeviceJson.h"

#include <QJsonDocument>

using passcode::devices::DeviceJson;
using passcode::fuzz::check;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input = passcode::fuzz::bytes(data, size);
    const QJsonDocument doc = QJsonDocument::fromJson(input);

    // The input as a whole page ({"value": [...], "@odata.count": ..., "@odata.nextLink": ...}).
    if (doc.isObject()) {
        if (const auto page = DeviceJson::parsePage(doc.object())) {
            for (const auto &device : page->devices) {
                const QJsonObject written = DeviceJson::toJson(device);
                const DeviceJson::Parsed again = DeviceJson::parseDevice(written);
                check(again.device.has_value() && again.device->id == device.id);
                check(DeviceJson::toJson(*again.device) == written);
            }
        }
        DeviceJson::parseDevice(doc.object());
    }

    // The input as a value array, both ways.
    QJsonParseError error{};
    DeviceJson::TextPool pool;
    const auto fast = DeviceJson::parseValueArray(input, &error, &pool);
    check(fast.has_value() == (error.error == QJsonParseError::NoError));
    if (fast && doc.isArray()) {
        const auto slow = DeviceJson::parsePage(QJsonObject{{QStringLiteral("value"), doc.array()}});
        check(slow.has_value());
        check(slow->devices.size() == fast->devices.size());
        check(slow->skipped == fast->skipped);
        check(slow->problems == fast->problems);
        for (qsizetype i = 0; i < fast->devices.size(); ++i)
            check(DeviceJson::toJson(fast->devices.at(i)) == DeviceJson::toJson(slow->devices.at(i)));
    }
    return 0;
}
