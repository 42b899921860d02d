// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/Logging.h"

Q_LOGGING_CATEGORY(lcGraph, "passcode.graph.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDevices, "passcode.devices", QtInfoMsg)
Q_LOGGING_CATEGORY(lcActions, "passcode.actions", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "passcode.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcKeychain, "passcode.auth.keychain", QtInfoMsg)
