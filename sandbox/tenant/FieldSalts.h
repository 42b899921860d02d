// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace passcode::sandbox {

/**
 * The salts of the values DeviceStore derives from (seed, index) with Rng::forField() and Rng::hash(): one
 * per field, so that fields are independent. Changing a value changes every generated tenant. Private to
 * DeviceStore.cpp and DeviceProperties.cpp.
 */
enum DeviceStoreSalt : quint64
{
    SaltIdHi = 101,
    SaltIdLo = 102,
    SaltName = 103,
    SaltSerial = 104,
    SaltImei = 105,
    SaltPhone = 106,
    SaltWifi = 107,
    SaltEthernet = 108,
    SaltUdid = 109,
    SaltIccid = 110,
    SaltAadHi = 111,
    SaltAadLo = 112,
    SaltLock = 113,
    SaltNotes = 114,
    SaltCategory = 115,
    SaltStorage = 116,
    SaltPatch = 117,
    SaltCarrier = 118,
    SaltUserHi = 201,
    SaltUserLo = 202,
    SaltTenant = 301,
};

} // namespace passcode::sandbox
