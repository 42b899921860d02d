// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <span>

namespace passcode::sandbox {

/** How a device of a model is usually named in Intune. */
enum class NameKind : quint8
{
    WindowsPc,
    IPhone,
    IPad,
    Mac,
    AndroidPhone,
    Rugged,
    Headset,
    WinPhone,
    LinuxPc,
    Chromebook,
    Watch
};

/** One hardware model of the generated tenant. Static data: records point at these. */
struct ModelInfo
{
    const char *manufacturer;
    const char *model;
    const char *nameToken;     ///< used in device names: "SM-G991B", "MacBook Pro", "Lumia950"
    const char *serialPattern; ///< 'A' letter, '9' digit, 'X' letter or digit, anything else literal
    const char *tac;           ///< IMEI type allocation code (8 digits), or nullptr without a modem
    quint16 storageGb;
    quint8 ramGb;
    NameKind kind;
};

/** A person's name with its ASCII form for UPNs. */
struct PersonName
{
    const char *display;
    const char *ascii;
};

/** Static tables the TenantGenerator draws from (models, OS versions, names, sites). */
namespace catalog {

std::span<const ModelInfo> iPhones();
std::span<const ModelInfo> iPads();
std::span<const ModelInfo> macs();
std::span<const ModelInfo> windowsPcs();
std::span<const ModelInfo> windowsPhones();
std::span<const ModelInfo> androidLegacyPhones(); ///< Android 5-6 era (device administrator)
std::span<const ModelInfo> androidAdminPhones();  ///< Android 7-10 era (device administrator)
std::span<const ModelInfo> androidRugged();       ///< dedicated devices
std::span<const ModelInfo> aospDevices();
std::span<const ModelInfo> androidBusinessPhones(); ///< current Android Enterprise phones
std::span<const ModelInfo> android7Phones();        ///< work profile before 8.0
std::span<const ModelInfo> linuxPcs();
std::span<const ModelInfo> chromebooks();
std::span<const ModelInfo> watches();

std::span<const char *const> iosVersions();
std::span<const char *const> ipadosVersions();
std::span<const char *const> macosVersions();
std::span<const char *const> windows10Versions();
std::span<const char *const> windows11Versions();
std::span<const char *const> windowsPhone81Versions();
std::span<const char *const> windowsMobilePreCuVersions();
std::span<const char *const> windowsMobileCuVersions();
std::span<const char *const> androidLegacyVersions();
std::span<const char *const> androidAdminModernVersions();
std::span<const char *const> androidEnterpriseVersions();
std::span<const char *const> aospVersions();
std::span<const char *const> workProfile8Versions();
std::span<const char *const> workProfile7Versions();
std::span<const char *const> linuxVersions();
std::span<const char *const> chromeOsVersions();
std::span<const char *const> tizenVersions();

std::span<const PersonName> frenchFirstNames();
std::span<const PersonName> frenchLastNames();
std::span<const PersonName> englishFirstNames();
std::span<const PersonName> englishLastNames();
/** Technicians of the tenant (they appear as initiators of the generated audit history). */
std::span<const PersonName> technicians();

std::span<const char *const> sites();
std::span<const char *const> frenchCarriers();
std::span<const char *const> englishCarriers();
std::span<const char *const> deviceCategories();
std::span<const char *const> adminNotes();
std::span<const char *const> androidPatchLevels();

} // namespace catalog

} // namespace passcode::sandbox
