// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/tenant/DeviceStore.h"

#include "sandbox/tenant/FieldSalts.h"
#include "sandbox/tenant/GraphEnums.h"
#include "sandbox/tenant/IsoTime.h"
#include "sandbox/tenant/Rng.h"
#include "sandbox/tenant/TenantCatalog.h"

#include <cstdio>

namespace passcode::sandbox {

namespace {

constexpr char kAlnum[] = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
constexpr char kLetters[] = "ABCDEFGHJKLMNPQRSTUVWXYZ";
constexpr char kHexUpper[] = "0123456789ABCDEF";
constexpr char kHexLower[] = "0123456789abcdef";

void appendDigits(QByteArray &out, Rng &rng, int count)
{
    for (int k = 0; k < count; ++k)
        out.append(char('0' + rng.below(10)));
}

void appendFrom(QByteArray &out, Rng &rng, const char *alphabet, int alphabetSize, int count)
{
    for (int k = 0; k < count; ++k)
        out.append(alphabet[rng.below(quint32(alphabetSize))]);
}

QByteArray fromPattern(const char *pattern, Rng &rng)
{
    QByteArray out;
    for (const char *p = pattern; *p; ++p) {
        switch (*p) {
        case 'A':
            appendFrom(out, rng, kLetters, 24, 1);
            break;
        case '9':
            appendDigits(out, rng, 1);
            break;
        case 'X':
            appendFrom(out, rng, kAlnum, 34, 1);
            break;
        default:
            out.append(*p);
        }
    }
    return out;
}

int luhnCheckDigit(const QByteArray &digits)
{
    // \a digits is the payload: its rightmost digit is the one next to the check digit, so it is doubled.
    int sum = 0;
    bool dbl = true;
    for (qsizetype k = digits.size() - 1; k >= 0; --k) {
        int d = digits[k] - '0';
        if (dbl) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        dbl = !dbl;
    }
    return (10 - sum % 10) % 10;
}

const PersonName &firstName(const UserRecord &u)
{
    const auto names = u.french ? catalog::frenchFirstNames() : catalog::englishFirstNames();
    return names[u.first % names.size()];
}

const PersonName &lastName(const UserRecord &u)
{
    const auto names = u.french ? catalog::frenchLastNames() : catalog::englishLastNames();
    return names[u.last % names.size()];
}

bool isApple(const DeviceRecord &r)
{
    return r.type == DeviceType::IPhone || r.type == DeviceType::IPad || r.type == DeviceType::MacMdm;
}

bool isAndroid(const DeviceRecord &r)
{
    return r.type == DeviceType::Android || r.type == DeviceType::AndroidForWork ||
           r.type == DeviceType::AndroidEnterprise;
}

bool isUserEnrollment(const DeviceRecord &r)
{
    return r.row == PlatformRow::IosUserEnrollment;
}

} // namespace

bool DeviceStore::isFrench(qsizetype i) const
{
    const DeviceRecord &r = record(i);
    if (r.has(FlagUserless))
        return (Rng::hash(m_seed, quint64(i), SaltName) & 1) == 0;
    return m_users[r.userIndex].french != 0;
}

QByteArray DeviceStore::deviceName(qsizetype i) const
{
    if (!m_renamed.isEmpty()) {
        const auto renamed = m_renamed.constFind(i);
        if (renamed != m_renamed.cend())
            return *renamed;
    }
    const DeviceRecord &r = record(i);
    Rng rng = Rng::forField(m_seed, quint64(i), SaltName);
    const bool french = isFrench(i);
    const bool user = !r.has(FlagUserless);
    const QByteArray first = user ? userFirstName(r.userIndex) : QByteArray();
    const QByteArray site = catalog::sites()[rng.below(quint32(catalog::sites().size()))];
    QByteArray out;
    auto possessive = [&](const char *thing) {
        if (french)
            out = QByteArray(thing) + " de " + first;
        else
            out = first + "'s " + thing;
    };
    switch (r.model->kind) {
    case NameKind::WindowsPc:
        if (r.nameStyle == 0) {
            out = "DESKTOP-";
            appendFrom(out, rng, kAlnum, 34, 7);
        } else if (r.nameStyle == 1) {
            out = "LAPTOP-";
            appendFrom(out, rng, kAlnum, 34, 8);
        } else {
            out = "CTS-" + site + "-L";
            appendDigits(out, rng, 5);
        }
        break;
    case NameKind::IPhone:
    case NameKind::IPad:
        if (user) {
            possessive(r.model->kind == NameKind::IPhone ? "iPhone" : "iPad");
        } else {
            out = site + (r.model->kind == NameKind::IPhone ? "-IPHONE-" : "-IPAD-");
            appendDigits(out, rng, 3);
        }
        break;
    case NameKind::Mac:
        if (user)
            possessive(r.model->nameToken);
        else {
            out = "CTS-MAC-";
            appendDigits(out, rng, 4);
        }
        break;
    case NameKind::AndroidPhone:
        out = QByteArray(r.model->nameToken) + '-';
        appendDigits(out, rng, 4);
        break;
    case NameKind::Rugged:
        out = (r.nameStyle == 0 ? "SCAN-" : "KIOSK-") + site + '-';
        appendDigits(out, rng, r.nameStyle == 0 ? 4 : 3);
        break;
    case NameKind::Headset:
        out = QByteArray(r.model->nameToken) + '-';
        appendFrom(out, rng, kHexUpper, 16, 4);
        break;
    case NameKind::WinPhone:
        if (user)
            possessive("Windows Phone");
        else {
            out = QByteArray(r.model->nameToken) + '-';
            appendDigits(out, rng, 4);
        }
        break;
    case NameKind::LinuxPc:
        if (user && r.nameStyle == 0) {
            const UserRecord &u = m_users[r.userIndex];
            out = QByteArray(firstName(u).ascii) + "-ubuntu";
        } else {
            out = "dev-ws-";
            appendDigits(out, rng, 4);
        }
        break;
    case NameKind::Chromebook:
        out = "CHROMEBOOK-";
        appendFrom(out, rng, kHexUpper, 16, 4);
        break;
    case NameKind::Watch:
        if (user)
            possessive("Galaxy Watch4");
        else
            out = "Galaxy Watch4";
        break;
    }
    return out;
}

QByteArray DeviceStore::managedDeviceName(qsizetype i) const
{
    // Intune's auto-generated name: {user}_{platform}_{M/d/yyyy}_{h:mm AP}
    const DeviceRecord &r = record(i);
    QByteArray out;
    if (r.has(FlagUserless)) {
        out = "Userless";
    } else {
        const UserRecord &u = m_users[r.userIndex];
        out = QByteArray(firstName(u).ascii) + '.' + lastName(u).ascii;
        if (u.suffix)
            out += QByteArray::number(u.suffix);
    }
    out += '_';
    out += managedNamePlatform(r.type);
    const IsoTime::Civil c = IsoTime::civil(r.enrolledMs);
    const char *ampm = c.hour < 12 ? "AM" : "PM";
    const unsigned hour = c.hour % 12 == 0 ? 12 : c.hour % 12;
    char buf[48];
    std::snprintf(buf, sizeof buf, "_%u/%u/%d_%u:%02u %s", c.month, c.day, c.year, hour, c.minute, ampm);
    out += buf;
    return out;
}

QByteArray DeviceStore::operatingSystem(qsizetype i) const
{
    const DeviceRecord &r = record(i);
    switch (r.type) {
    case DeviceType::Desktop:
        return "Windows";
    case DeviceType::WindowsPhone:
        return QByteArrayView(r.osVersion).startsWith("8.") ? "Windows Phone" : "Windows Mobile";
    case DeviceType::MacMdm:
        return "macOS";
    case DeviceType::IPhone:
        return "iOS";
    case DeviceType::IPad:
        return "iPadOS";
    case DeviceType::Android:
    case DeviceType::AndroidForWork:
    case DeviceType::AndroidEnterprise:
        return "Android";
    case DeviceType::ChromeOs:
        return "ChromeOS";
    case DeviceType::Linux:
        return "Linux";
    case DeviceType::Unknown:
        return "Tizen";
    }
    return "Unknown";
}

QByteArray DeviceStore::serialNumber(qsizetype i) const
{
    const DeviceRecord &r = record(i);
    if (isUserEnrollment(r))
        return {}; // User Enrollment hides hardware identifiers from the organisation.
    Rng rng = Rng::forField(m_seed, quint64(i), SaltSerial);
    return fromPattern(r.model->serialPattern, rng);
}

QByteArray DeviceStore::imei(qsizetype i) const
{
    const DeviceRecord &r = record(i);
    if (!r.has(FlagCellular) || !r.model->tac || isUserEnrollment(r))
        return {};
    Rng rng = Rng::forField(m_seed, quint64(i), SaltImei);
    QByteArray digits(r.model->tac);
    appendDigits(digits, rng, 6);
    digits.append(char('0' + luhnCheckDigit(digits)));
    return digits;
}

QByteArray DeviceStore::phoneNumber(qsizetype i) const
{
    const DeviceRecord &r = record(i);
    if (!r.has(FlagCellular) || isUserEnrollment(r) || r.type == DeviceType::IPad)
        return {};
    Rng rng = Rng::forField(m_seed, quint64(i), SaltPhone);
    QByteArray out;
    if (isFrench(i)) {
        out = rng.chance(0.8) ? "+336" : "+337";
        appendDigits(out, rng, 8);
    } else {
        out = "+447";
        appendDigits(out, rng, 9);
    }
    return out;
}

QByteArray DeviceStore::subscriberCarrier(qsizetype i) const
{
    if (phoneNumber(i).isEmpty())
        return {};
    Rng rng = Rng::forField(m_seed, quint64(i), SaltCarrier);
    const auto carriers = isFrench(i) ? catalog::frenchCarriers() : catalog::englishCarriers();
    return carriers[rng.below(quint32(carriers.size()))];
}

QByteArray DeviceStore::wifiMacAddress(qsizetype i) const
{
    const DeviceRecord &r = record(i);
    if (isUserEnrollment(r))
        return {};
    Rng rng = Rng::forField(m_seed, quint64(i), SaltWifi);
    QByteArray out;
    appendFrom(out, rng, kHexLower, 16, 12);
    return out;
}

QByteArray DeviceStore::ethernetMacAddress(qsizetype i) const
{
    const DeviceRecord &r = record(i);
    if (r.type != DeviceType::Desktop && r.type != DeviceType::Linux && r.type != DeviceType::MacMdm)
        return {};
    Rng rng = Rng::forField(m_seed, quint64(i), SaltEthernet);
    QByteArray out;
    appendFrom(out, rng, kHexUpper, 16, 12);
    return out;
}

QByteArray DeviceStore::udid(qsizetype i) const
{
    const DeviceRecord &r = record(i);
    if (!isApple(r) || isUserEnrollment(r))
        return {};
    Rng rng = Rng::forField(m_seed, quint64(i), SaltUdid);
    QByteArray out = "0000";
    appendFrom(out, rng, kHexUpper, 16, 4);
    out += '-';
    appendFrom(out, rng, kHexUpper, 16, 16);
    return out;
}

QByteArray DeviceStore::iccid(qsizetype i) const
{
    const DeviceRecord &r = record(i);
    if (!r.has(FlagCellular) || isUserEnrollment(r))
        return {};
    Rng rng = Rng::forField(m_seed, quint64(i), SaltIccid);
    QByteArray out = isFrench(i) ? "893301" : "894410";
    appendDigits(out, rng, 13);
    return out;
}

QByteArray DeviceStore::azureAdDeviceId(qsizetype i) const
{
    const DeviceRecord &r = record(i);
    if (!r.has(FlagAzureAdRegistered))
        return "00000000-0000-0000-0000-000000000000";
    return formatGuid(Rng::hash(m_seed, quint64(i), SaltAadHi), Rng::hash(m_seed, quint64(i), SaltAadLo));
}

QByteArray DeviceStore::activationLockBypassCode(qsizetype i) const
{
    const DeviceRecord &r = record(i);
    if (!r.has(FlagSupervised) || (r.type != DeviceType::IPhone && r.type != DeviceType::IPad))
        return {};
    Rng rng = Rng::forField(m_seed, quint64(i), SaltLock);
    QByteArray out;
    for (int g = 0; g < 6; ++g) {
        if (g)
            out += '-';
        appendFrom(out, rng, kAlnum, 34, 5);
    }
    return out;
}

QByteArray DeviceStore::notes(qsizetype i) const
{
    Rng rng = Rng::forField(m_seed, quint64(i), SaltNotes);
    if (!rng.chance(0.05))
        return {};
    const auto notes = catalog::adminNotes();
    return notes[rng.below(quint32(notes.size()))];
}

QByteArray DeviceStore::deviceCategory(qsizetype i) const
{
    Rng rng = Rng::forField(m_seed, quint64(i), SaltCategory);
    const auto categories = catalog::deviceCategories();
    return rng.chance(0.6) ? QByteArray(categories[0])
                           : QByteArray(categories[rng.below(quint32(categories.size()))]);
}

QByteArray DeviceStore::androidPatchLevel(qsizetype i) const
{
    const DeviceRecord &r = record(i);
    if (!isAndroid(r))
        return {};
    Rng rng = Rng::forField(m_seed, quint64(i), SaltPatch);
    const auto levels = catalog::androidPatchLevels();
    return levels[rng.below(quint32(levels.size()))];
}

QByteArray DeviceStore::enrollmentProfileName(qsizetype i) const
{
    const DeviceRecord &r = record(i);
    switch (r.enrollment) {
    case EnrollmentType::AppleBulkWithUser:
        return r.type == DeviceType::MacMdm ? "ADE macOS Contoso" : "ADE iOS Contoso";
    case EnrollmentType::AppleBulkWithoutUser:
        return "ADE iPad partagé";
    case EnrollmentType::AndroidEnterpriseDedicatedDevice:
        return "Appareils dédiés entrepôt";
    case EnrollmentType::AndroidEnterpriseFullyManaged:
        return "Android Entreprise entièrement géré";
    case EnrollmentType::AndroidEnterpriseCorporateWorkProfile:
        return "Profil professionnel (appartenant à l'entreprise)";
    case EnrollmentType::AndroidAospUserlessDeviceEnrollment:
    case EnrollmentType::AndroidAospUserOwnedDeviceEnrollment:
        return "AOSP casques";
    default:
        return {};
    }
}

qint64 DeviceStore::totalStorageBytes(qsizetype i) const
{
    return qint64(record(i).model->storageGb) * 1024 * 1024 * 1024;
}

qint64 DeviceStore::freeStorageBytes(qsizetype i) const
{
    Rng rng = Rng::forField(m_seed, quint64(i), SaltStorage);
    return totalStorageBytes(i) / 100 * rng.range(8, 72);
}

qint64 DeviceStore::physicalMemoryBytes(qsizetype i) const
{
    return qint64(record(i).model->ramGb) * 1024 * 1024 * 1024;
}

QByteArray DeviceStore::userPrincipalName(quint32 user) const
{
    const UserRecord &u = m_users[user];
    const QByteArrayView first(firstName(u).ascii);
    const QByteArrayView last(lastName(u).ascii);
    static const QByteArray at = '@' + domain();
    QByteArray out;
    out.reserve(first.size() + last.size() + at.size() + 8);
    out.append(first).append('.').append(last);
    if (u.suffix)
        out.append(QByteArray::number(u.suffix));
    out.append(at);
    return out;
}

QByteArray DeviceStore::userDisplayName(quint32 user) const
{
    const UserRecord &u = m_users[user];
    return QByteArray(firstName(u).display) + ' ' + lastName(u).display;
}

QByteArray DeviceStore::userFirstName(quint32 user) const
{
    return firstName(m_users[user]).display;
}

QByteArray DeviceStore::userId(quint32 user) const
{
    return formatGuid(Rng::hash(m_seed, user, SaltUserHi), Rng::hash(m_seed, user, SaltUserLo));
}

} // namespace passcode::sandbox
