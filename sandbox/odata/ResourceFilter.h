// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/odata/FilterParser.h"
#include "sandbox/tenant/DeviceSerializer.h"

#include <functional>
#include <vector>

namespace passcode::sandbox {

class ActionSimulator;

/**
 * The $filter forms each resource accepts, and their evaluation.
 *
 * managedDevices (from the CSDL descriptions, graph-intune.md §1): deviceName eq/contains, operatingSystem
 * eq, serialNumber eq, userPrincipalName eq/ne, lastSyncDateTime and enrolledDateTime lt/gt, model
 * eq/contains, manufacturer eq, imei eq, complianceState eq, managementAgent eq, managementState eq,
 * deviceCategoryDisplayName eq, azureADDeviceId eq, osVersion/emailAddress/phoneNumber contains.
 * remoteActionAudits: action eq, actionState eq, managedDeviceId eq, initiatedByUserPrincipalName eq,
 * requestDateTime lt/gt. String comparisons ignore case.
 */
class ResourceFilter
{
public:
    using Predicate = std::function<bool(qsizetype)>;

    static const std::vector<FilterParser::Capability> &deviceCapabilities();
    static const std::vector<FilterParser::Capability> &auditCapabilities();

    /** A predicate over device indexes; \a ctx must outlive it. */
    static Predicate compileDevice(const FilterNode &node, const DeviceSerializer::Context &ctx);
    /** A predicate over audit row indexes. */
    static Predicate compileAudit(const FilterNode &node, const DeviceStore &store,
                                  const ActionSimulator &actions, qint64 nowMs);
};

} // namespace passcode::sandbox
