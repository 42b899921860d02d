// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/tenant/GraphEnums.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <bitset>
#include <optional>

namespace passcode::sandbox {

class ActionSimulator;
class DeviceStore;
class JsonWriter;

/** The managedDevice properties a request selected (all of them when there was no $select). */
class DevicePropertySet
{
public:
    static constexpr std::size_t kMax = 128;
    /** All properties of the version (beta or v1.0). */
    static DevicePropertySet all(bool beta);
    /**
     * Parses a $select list. Fails with the name of the first unknown property (Graph answers 400 for it).
     * Navigation properties cannot be selected in the sandbox.
     */
    static std::optional<DevicePropertySet> parse(const QString &select, bool beta, QString *unknown);

    bool explicitSelect() const { return m_explicit; }
    bool contains(std::size_t index) const { return m_bits.test(index); }
    /** The canonical $select text (for @odata.context). */
    QByteArray selectText() const;

private:
    std::bitset<kMax> m_bits;
    bool m_explicit = false;
};

/**
 * Writes managedDevice JSON in Graph's shape for v1.0 or beta.
 *
 * Non-default properties (udid, iccid, notes, activationLockBypassCode, ethernetMacAddress,
 * physicalMemoryInBytes, beta hardwareInformation) carry real values only in a GET by id whose $select names
 * them; elsewhere they are null or 0, as Graph does. A LIST writes deviceActionResults with `passcode` null:
 * the generated passcode is read with a GET by id (graph-intune.md §2).
 */
class DeviceSerializer
{
public:
    struct Context
    {
        const DeviceStore *store = nullptr;
        const ActionSimulator *actions = nullptr;
        qint64 nowMs = 0;
        EnumStyle style;
        bool singleGet = false; ///< GET by id (non-default properties may be real)
    };

    static void write(JsonWriter &json, qsizetype index, const DevicePropertySet &select, const Context &ctx);
    /** The lastSyncDateTime the tenant shows now (periodic sync or a check-in caused by an action). */
    static qint64 lastSyncMs(const Context &ctx, qsizetype index);
};

} // namespace passcode::sandbox
