// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/tenant/TenantCatalog.h"

namespace passcode::sandbox::catalog {

namespace {

using K = NameKind;

constexpr ModelInfo kIPhones[] = {
    {"Apple", "iPhone 15 Pro", "iPhone", "AXXXXXXXXXXX", "35391110", 256, 8, K::IPhone},
    {"Apple", "iPhone 15", "iPhone", "AXXXXXXXXXXX", "35325811", 128, 6, K::IPhone},
    {"Apple", "iPhone 14", "iPhone", "AXXXXXXXXXXX", "35384163", 128, 6, K::IPhone},
    {"Apple", "iPhone 13", "iPhone", "AXXXXXXXXXXX", "35349711", 128, 4, K::IPhone},
    {"Apple", "iPhone 12", "iPhone", "AXXXXXXXXXXX", "35307911", 64, 4, K::IPhone},
    {"Apple", "iPhone SE (3rd generation)", "iPhone", "AXXXXXXXXXXX", "35271719", 64, 4, K::IPhone},
    {"Apple", "iPhone 16", "iPhone", "AXXXXXXXXXX", "35629046", 128, 8, K::IPhone},
};
constexpr ModelInfo kIPads[] = {
    {"Apple", "iPad (9th generation)", "iPad", "AXXXXXXXXX", nullptr, 64, 3, K::IPad},
    {"Apple", "iPad (10th generation)", "iPad", "AXXXXXXXXX", "35478211", 64, 4, K::IPad},
    {"Apple", "iPad Air (5th generation)", "iPad", "AXXXXXXXXX", nullptr, 256, 8, K::IPad},
    {"Apple", "iPad Pro (11-inch) (4th generation)", "iPad", "AXXXXXXXXX", "35421934", 256, 8, K::IPad},
};
constexpr ModelInfo kMacs[] = {
    {"Apple", "MacBook Pro (14-inch, 2023)", "MacBook Pro", "AXXXXXXXXX", nullptr, 512, 16, K::Mac},
    {"Apple", "MacBook Air (M2, 2022)", "MacBook Air", "AXXXXXXXXX", nullptr, 256, 8, K::Mac},
    {"Apple", "MacBook Air (15-inch, M3, 2024)", "MacBook Air", "AXXXXXXXXX", nullptr, 512, 16, K::Mac},
    {"Apple", "Mac mini (2023)", "Mac mini", "AXXXXXXXXX", nullptr, 512, 16, K::Mac},
    {"Apple", "iMac (24-inch, 2023)", "iMac", "AXXXXXXXXX", nullptr, 512, 8, K::Mac},
};
constexpr ModelInfo kWindowsPcs[] = {
    {"Dell Inc.", "Latitude 5440", "", "9XX9XX9", nullptr, 512, 16, K::WindowsPc},
    {"Dell Inc.", "Latitude 7420", "", "9XX9XX9", nullptr, 256, 16, K::WindowsPc},
    {"Dell Inc.", "OptiPlex 7010", "", "9XX9XX9", nullptr, 512, 16, K::WindowsPc},
    {"HP", "HP EliteBook 840 G9 Notebook PC", "", "5CG999XXXX", nullptr, 512, 16, K::WindowsPc},
    {"HP", "HP ProBook 450 15.6 inch G10 Notebook PC", "", "5CD999XXXX", nullptr, 256, 8, K::WindowsPc},
    {"LENOVO", "21AH00BUFR", "", "PFXXXXXX", nullptr, 512, 16, K::WindowsPc},
    {"LENOVO", "20XW003JFR", "", "PFXXXXXX", nullptr, 256, 16, K::WindowsPc},
    {"Microsoft Corporation", "Surface Laptop 5", "", "999999999999", nullptr, 256, 16, K::WindowsPc},
    {"Microsoft Corporation", "Surface Pro 9", "", "999999999999", nullptr, 256, 8, K::WindowsPc},
};
constexpr ModelInfo kWindowsPhones[] = {
    {"Microsoft", "Lumia 950", "Lumia950", "999999999999", "35214807", 32, 3, K::WinPhone},
    {"Microsoft", "Lumia 650", "Lumia650", "999999999999", "35411207", 16, 1, K::WinPhone},
    {"NOKIA", "Lumia 930", "Lumia930", "999999999999", "35874406", 32, 2, K::WinPhone},
    {"NOKIA", "Lumia 640 LTE", "Lumia640", "999999999999", "35398706", 8, 1, K::WinPhone},
    {"HP", "HP Elite x3", "Elitex3", "9AA999999A", "35735907", 64, 4, K::WinPhone},
};
constexpr ModelInfo kAndroidLegacy[] = {
    {"samsung", "SM-G920F", "SM-G920F", "R58AXXXXXXX", "35789606", 32, 3, K::AndroidPhone},
    {"samsung", "SM-J500FN", "SM-J500FN", "R58AXXXXXXX", "35754507", 8, 1, K::AndroidPhone},
    {"LGE", "LG-H815", "LG-H815", "999AAAA999999", "35730706", 32, 3, K::AndroidPhone},
    {"motorola", "MotoG3", "MotoG3", "ZY999XXXXX", "35317007", 8, 1, K::AndroidPhone},
    {"Sony", "E6653", "E6653", "AA9999XXXX", "35456707", 32, 3, K::AndroidPhone},
};
constexpr ModelInfo kAndroidAdmin[] = {
    {"samsung", "SM-G950F", "SM-G950F", "R58AXXXXXXX", "35802108", 64, 4, K::AndroidPhone},
    {"samsung", "SM-A520F", "SM-A520F", "R58AXXXXXXX", "35206508", 32, 3, K::AndroidPhone},
    {"samsung", "SM-G960F", "SM-G960F", "R58AXXXXXXX", "35367609", 64, 4, K::AndroidPhone},
    {"HUAWEI", "ANE-LX1", "ANE-LX1", "XXXXX99999999999", "86786503", 64, 4, K::AndroidPhone},
    {"Nokia", "Nokia 7 plus", "Nokia7plus", "AAAXXXXXXXXXXX", "35290409", 64, 4, K::AndroidPhone},
};
constexpr ModelInfo kAndroidRugged[] = {
    {"Zebra Technologies", "TC52", "TC52", "99999999999999", "35917210", 32, 4, K::Rugged},
    {"Zebra Technologies", "TC57", "TC57", "99999999999999", "35917310", 32, 4, K::Rugged},
    {"Zebra Technologies", "ET40", "ET40", "99999999999999", nullptr, 64, 4, K::Rugged},
    {"Honeywell", "CT40", "CT40", "99999A9999", "35468110", 32, 4, K::Rugged},
    {"samsung", "SM-T505", "SM-T505", "R9AAXXXXXXX", "35232812", 32, 3, K::Rugged},
    {"samsung", "SM-G736B", "SM-G736B", "R58AXXXXXXX", "35040364", 128, 4, K::Rugged},
};
constexpr ModelInfo kAosp[] = {
    {"Oculus", "Quest 3", "QUEST3", "2G0YXXXXXXXXXX", nullptr, 128, 8, K::Headset},
    {"Oculus", "Quest Pro", "QUESTPRO", "1WMHXXXXXXXXXX", nullptr, 256, 12, K::Headset},
    {"RealWear", "HMT-1", "HMT1", "999999999999", nullptr, 16, 2, K::Headset},
    {"Zebra Technologies", "TC53", "TC53", "99999999999999", "35602915", 32, 4, K::Rugged},
    {"Vuzix", "M400", "M400", "9999999999", nullptr, 64, 6, K::Headset},
};
constexpr ModelInfo kAndroidBusiness[] = {
    {"samsung", "SM-G991B", "SM-G991B", "R58AXXXXXXX", "35174521", 128, 8, K::AndroidPhone},
    {"samsung", "SM-S911B", "SM-S911B", "R5CAXXXXXXX", "35089836", 256, 8, K::AndroidPhone},
    {"samsung", "SM-A536B", "SM-A536B", "R58AXXXXXXX", "35203774", 128, 6, K::AndroidPhone},
    {"samsung", "SM-A546B", "SM-A546B", "R5CAXXXXXXX", "35023893", 128, 8, K::AndroidPhone},
    {"Google", "Pixel 7", "Pixel7", "99999AAA9999AA", "35568674", 128, 8, K::AndroidPhone},
    {"Google", "Pixel 8", "Pixel8", "99999AAA9999AA", "35714934", 128, 8, K::AndroidPhone},
    {"Google", "Pixel 6a", "Pixel6a", "99999AAA9999AA", "35366112", 128, 6, K::AndroidPhone},
    {"motorola", "moto g54 5G", "motog54", "ZY99XXXXXX", "35264237", 256, 8, K::AndroidPhone},
    {"HMD Global", "Nokia G21", "NokiaG21", "AAAXXXXXXXXXXX", "35100682", 64, 4, K::AndroidPhone},
};
constexpr ModelInfo kAndroid7[] = {
    {"samsung", "SM-G930F", "SM-G930F", "R58AXXXXXXX", "35716207", 32, 4, K::AndroidPhone},
    {"motorola", "Moto G (5)", "MotoG5", "ZY99XXXXXX", "35554408", 16, 2, K::AndroidPhone},
    {"LGE", "Nexus 5X", "Nexus5X", "999AAAA999999", "35373907", 32, 2, K::AndroidPhone},
};
constexpr ModelInfo kLinuxPcs[] = {
    {"Dell Inc.", "Precision 5570", "", "9XX9XX9", nullptr, 1024, 32, K::LinuxPc},
    {"LENOVO", "21D6CTO1WW", "", "PFXXXXXX", nullptr, 512, 32, K::LinuxPc},
};
constexpr ModelInfo kChromebooks[] = {
    {"HP", "HP Chromebook x360 14c", "", "5CD999XXXX", nullptr, 64, 8, K::Chromebook},
    {"Acer", "Chromebook Spin 714", "", "NXAAAAA999999999", nullptr, 128, 8, K::Chromebook},
};
constexpr ModelInfo kWatches[] = {
    {"samsung", "SM-R890", "GalaxyWatch4", "R9AAXXXXXXX", nullptr, 16, 1, K::Watch},
};

constexpr const char *kIos[] = {"17.5.1", "17.6.1", "17.7", "18.0.1", "18.1", "18.2", "18.3.2", "16.7.10"};
constexpr const char *kIpados[] = {"17.6.1", "17.7", "18.1", "18.2", "18.3.1"};
constexpr const char *kMacos[] = {"13.6.9", "14.6.1", "14.7", "15.0.1", "15.1", "15.2"};
constexpr const char *kWin10[] = {"10.0.19045.4651", "10.0.19045.4780", "10.0.19045.5011", "10.0.19045.5131"};
constexpr const char *kWin11[] = {"10.0.22631.3880", "10.0.22631.4037", "10.0.22631.4169", "10.0.22631.4460"};
constexpr const char *kWp81[] = {"8.10.14219.341", "8.10.15148.160", "8.10.14234.375"};
constexpr const char *kW10mPreCu[] = {"10.0.14393.2551", "10.0.10586.1540", "10.0.14393.1198"};
constexpr const char *kW10mCu[] = {"10.0.15063.1805", "10.0.15254.603", "10.0.15063.297"};
constexpr const char *kAndroidLegacyV[] = {"6.0.1", "6.0", "5.1.1", "5.0.2"};
constexpr const char *kAndroidAdminV[] = {"7.0", "8.0.0", "8.1.0", "9", "10"};
constexpr const char *kAndroidEnterpriseV[] = {"11", "12", "13", "14"};
constexpr const char *kAospV[] = {"10", "12", "13"};
constexpr const char *kWp8[] = {"8.0.0", "8.1.0", "9", "10", "11", "12", "13", "14"};
constexpr const char *kWp7[] = {"7.0", "7.1.2", "7.1.1"};
constexpr const char *kLinuxV[] = {"22.04", "24.04", "20.04"};
constexpr const char *kChromeV[] = {"126.0.6478.222", "128.0.6613.133", "130.0.6723.84"};
constexpr const char *kTizenV[] = {"5.5", "4.0.0.8"};

constexpr PersonName kFrenchFirst[] = {
    {"Camille", "camille"}, {"Léa", "lea"},           {"Manon", "manon"},         {"Chloé", "chloe"},
    {"Inès", "ines"},       {"Julie", "julie"},       {"Sarah", "sarah"},         {"Emma", "emma"},
    {"Louise", "louise"},   {"Jade", "jade"},         {"Lucas", "lucas"},         {"Hugo", "hugo"},
    {"Louis", "louis"},     {"Nathan", "nathan"},     {"Thomas", "thomas"},       {"Théo", "theo"},
    {"Julien", "julien"},   {"Maxime", "maxime"},     {"Antoine", "antoine"},     {"Nicolas", "nicolas"},
    {"Mathieu", "mathieu"}, {"Élodie", "elodie"},     {"Sébastien", "sebastien"}, {"François", "francois"},
    {"Hélène", "helene"},   {"Amélie", "amelie"},     {"Gaëlle", "gaelle"},       {"Noémie", "noemie"},
    {"Jérôme", "jerome"},   {"Aurélien", "aurelien"}, {"Marc", "marc"},           {"Céline", "celine"},
};
constexpr PersonName kFrenchLast[] = {
    {"Martin", "martin"},     {"Bernard", "bernard"},     {"Dubois", "dubois"},     {"Thomas", "thomas"},
    {"Robert", "robert"},     {"Richard", "richard"},     {"Petit", "petit"},       {"Durand", "durand"},
    {"Leroy", "leroy"},       {"Moreau", "moreau"},       {"Simon", "simon"},       {"Laurent", "laurent"},
    {"Lefèbvre", "lefebvre"}, {"Michel", "michel"},       {"Garcia", "garcia"},     {"David", "david"},
    {"Bertrand", "bertrand"}, {"Roux", "roux"},           {"Vincent", "vincent"},   {"Fournier", "fournier"},
    {"Morel", "morel"},       {"Girard", "girard"},       {"André", "andre"},       {"Mercier", "mercier"},
    {"Dupont", "dupont"},     {"Lambert", "lambert"},     {"Bonnet", "bonnet"},     {"François", "francois"},
    {"Faure", "faure"},       {"Chevalier", "chevalier"}, {"Gauthier", "gauthier"}, {"Perrin", "perrin"},
};
constexpr PersonName kEnglishFirst[] = {
    {"Olivia", "olivia"},   {"Amelia", "amelia"},   {"Isla", "isla"},       {"Ava", "ava"},
    {"Emily", "emily"},     {"Sophie", "sophie"},   {"Grace", "grace"},     {"Lily", "lily"},
    {"Jack", "jack"},       {"Oliver", "oliver"},   {"Harry", "harry"},     {"George", "george"},
    {"Noah", "noah"},       {"Charlie", "charlie"}, {"James", "james"},     {"William", "william"},
    {"Daniel", "daniel"},   {"Michael", "michael"}, {"Jessica", "jessica"}, {"David", "david"},
    {"Matthew", "matthew"}, {"Ryan", "ryan"},       {"Hannah", "hannah"},   {"Megan", "megan"},
    {"Ethan", "ethan"},     {"Lucy", "lucy"},       {"Ben", "ben"},         {"Chloe", "chloe"},
};
constexpr PersonName kEnglishLast[] = {
    {"Smith", "smith"},       {"Jones", "jones"},   {"Taylor", "taylor"},     {"Brown", "brown"},
    {"Williams", "williams"}, {"Wilson", "wilson"}, {"Johnson", "johnson"},   {"Davies", "davies"},
    {"Robinson", "robinson"}, {"Wright", "wright"}, {"Thompson", "thompson"}, {"Evans", "evans"},
    {"Walker", "walker"},     {"White", "white"},   {"Roberts", "roberts"},   {"Green", "green"},
    {"Hall", "hall"},         {"Wood", "wood"},     {"Jackson", "jackson"},   {"Clarke", "clarke"},
    {"Patel", "patel"},       {"Hughes", "hughes"}, {"Edwards", "edwards"},   {"Turner", "turner"},
    {"Cooper", "cooper"},     {"Harris", "harris"}, {"O'Brien", "obrien"},    {"King", "king"},
};
constexpr PersonName kTechnicians[] = {
    {"Helpdesk Sandbox", "helpdesk"},
    {"Support Niveau 2", "support.n2"},
    {"Admin Intune", "intune.admin"},
};

constexpr const char *kSites[] = {"PAR", "LYO", "MRS", "LIL", "NTE", "LDN", "MAN", "NYC"};
constexpr const char *kFrenchCarriers[] = {"Orange F", "SFR", "Bouygues Telecom", "Free"};
constexpr const char *kEnglishCarriers[] = {"EE", "Vodafone UK", "O2 - UK", "Three"};
constexpr const char *kCategories[] = {"Unknown", "Siège", "Terrain", "Entrepôt", "Direction", "Field staff"};
constexpr const char *kNotes[] = {
    "Prêt salle de réunion B2",
    "Asset tag CTS-004217",
    "Remplacement écran en cours (ticket INC0042137)",
    "Loaner for visiting staff - return to IT desk",
    "VIP: contacter l'assistante avant toute action",
};
constexpr const char *kPatchLevels[] = {"2024-06-01", "2024-08-01", "2024-09-05", "2024-10-01", "2024-11-01"};

} // namespace

std::span<const ModelInfo> iPhones()
{
    return kIPhones;
}
std::span<const ModelInfo> iPads()
{
    return kIPads;
}
std::span<const ModelInfo> macs()
{
    return kMacs;
}
std::span<const ModelInfo> windowsPcs()
{
    return kWindowsPcs;
}
std::span<const ModelInfo> windowsPhones()
{
    return kWindowsPhones;
}
std::span<const ModelInfo> androidLegacyPhones()
{
    return kAndroidLegacy;
}
std::span<const ModelInfo> androidAdminPhones()
{
    return kAndroidAdmin;
}
std::span<const ModelInfo> androidRugged()
{
    return kAndroidRugged;
}
std::span<const ModelInfo> aospDevices()
{
    return kAosp;
}
std::span<const ModelInfo> androidBusinessPhones()
{
    return kAndroidBusiness;
}
std::span<const ModelInfo> android7Phones()
{
    return kAndroid7;
}
std::span<const ModelInfo> linuxPcs()
{
    return kLinuxPcs;
}
std::span<const ModelInfo> chromebooks()
{
    return kChromebooks;
}
std::span<const ModelInfo> watches()
{
    return kWatches;
}

std::span<const char *const> iosVersions()
{
    return kIos;
}
std::span<const char *const> ipadosVersions()
{
    return kIpados;
}
std::span<const char *const> macosVersions()
{
    return kMacos;
}
std::span<const char *const> windows10Versions()
{
    return kWin10;
}
std::span<const char *const> windows11Versions()
{
    return kWin11;
}
std::span<const char *const> windowsPhone81Versions()
{
    return kWp81;
}
std::span<const char *const> windowsMobilePreCuVersions()
{
    return kW10mPreCu;
}
std::span<const char *const> windowsMobileCuVersions()
{
    return kW10mCu;
}
std::span<const char *const> androidLegacyVersions()
{
    return kAndroidLegacyV;
}
std::span<const char *const> androidAdminModernVersions()
{
    return kAndroidAdminV;
}
std::span<const char *const> androidEnterpriseVersions()
{
    return kAndroidEnterpriseV;
}
std::span<const char *const> aospVersions()
{
    return kAospV;
}
std::span<const char *const> workProfile8Versions()
{
    return kWp8;
}
std::span<const char *const> workProfile7Versions()
{
    return kWp7;
}
std::span<const char *const> linuxVersions()
{
    return kLinuxV;
}
std::span<const char *const> chromeOsVersions()
{
    return kChromeV;
}
std::span<const char *const> tizenVersions()
{
    return kTizenV;
}

std::span<const PersonName> frenchFirstNames()
{
    return kFrenchFirst;
}
std::span<const PersonName> frenchLastNames()
{
    return kFrenchLast;
}
std::span<const PersonName> englishFirstNames()
{
    return kEnglishFirst;
}
std::span<const PersonName> englishLastNames()
{
    return kEnglishLast;
}
std::span<const PersonName> technicians()
{
    return kTechnicians;
}

std::span<const char *const> sites()
{
    return kSites;
}
std::span<const char *const> frenchCarriers()
{
    return kFrenchCarriers;
}
std::span<const char *const> englishCarriers()
{
    return kEnglishCarriers;
}
std::span<const char *const> deviceCategories()
{
    return kCategories;
}
std::span<const char *const> adminNotes()
{
    return kNotes;
}
std::span<const char *const> androidPatchLevels()
{
    return kPatchLevels;
}

} // namespace passcode::sandbox::catalog
