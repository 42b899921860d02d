// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/devices/Device.h"

#include <QStringView>

#include <optional>

namespace passcode::devices {

/** Graph enum string → enum, case-insensitive. std::nullopt for an empty or unknown string. */
std::optional<Ownership> parseOwnership(QStringView text);
std::optional<ManagementState> parseManagementState(QStringView text);
std::optional<EnrollmentType> parseEnrollmentType(QStringView text);
std::optional<JoinType> parseJoinType(QStringView text);
std::optional<ComplianceState> parseComplianceState(QStringView text);

} // namespace passcode::devices
