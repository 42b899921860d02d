// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/devices/DeviceTableModel.h"

#include "core/common/Clock.h"
#include "core/devices/DeviceDirectory.h"
#include "ui/common/TimeFormat.h"
#include "ui/devices/DeviceSorter.h"

#include <QVersionNumber>

namespace passcode::ui {

using devices::Device;

namespace {

int compareText(const QString &a, const QString &b)
{
    return DeviceTableModel::compareTexts(a, b);
}

} // namespace

int DeviceTableModel::compareTexts(const QString &a, const QString &b)
{
    if (a == b) // interned texts: the common case
        return 0;
    return compareTextKeys(foldedText(a), a, foldedText(b), b);
}

namespace {

template<typename T>
int compareValues(const T &a, const T &b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

qint64 msOrMin(const QDateTime &when)
{
    return when.isValid() ? when.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
}

} // namespace

DeviceTableModel::DeviceTableModel(const devices::DeviceDirectory &directory, const Clock &clock,
                                   QObject *parent)
    : QAbstractTableModel(parent)
    , m_directory(directory)
    , m_clock(clock)
{
    using devices::DeviceDirectory;
    connect(&directory, &DeviceDirectory::aboutToReset, this, [this] { beginResetModel(); });
    connect(&directory, &DeviceDirectory::resetDone, this, [this] { endResetModel(); });
    connect(&directory, &DeviceDirectory::aboutToAppend, this,
            [this](int first, int last) { beginInsertRows({}, first, last); });
    connect(&directory, &DeviceDirectory::appended, this, [this](int, int) { endInsertRows(); });
    connect(&directory, &DeviceDirectory::deviceChanged, this,
            [this](int row) { Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1)); });
}

DeviceTableModel::~DeviceTableModel() = default;

int DeviceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_directory.count();
}

int DeviceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Device &DeviceTableModel::device(int row) const
{
    return m_directory.at(row);
}

QVariant DeviceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Device &d = device(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(d, index.column());
    case Qt::ToolTipRole:
        if (index.column() == LastCheckIn)
            return TimeFormat::ago(d.lastSyncDateTime, m_clock.now());
        if (index.column() == DeviceName && !d.model.isEmpty())
            return tr("%1 — %2 %3", "device name — manufacturer model")
                .arg(d.deviceName, d.manufacturer, d.model)
                .trimmed();
        return {};
    case SortRole:
        return sortValue(d, index.column());
    case DeviceIdRole:
        return d.id;
    case PlatformRole:
        return static_cast<int>(eligibility::classify(d).platform);
    default:
        return {};
    }
}

QVariant DeviceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return columnTitle(section);
    return {};
}

QHash<int, QByteArray> DeviceTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SortRole, QByteArrayLiteral("sortValue"));
    names.insert(DeviceIdRole, QByteArrayLiteral("deviceId"));
    names.insert(PlatformRole, QByteArrayLiteral("platform"));
    return names;
}

QString DeviceTableModel::columnTitle(int column)
{
    switch (column) {
    case DeviceName:
        return tr("Device name");
    case ManagedBy:
        return tr("Managed by");
    case Ownership:
        return tr("Ownership", "column: corporate or personal device");
    case Compliance:
        return tr("Compliance");
    case OperatingSystem:
        return tr("OS", "column: operating system");
    case OsVersion:
        return tr("OS version");
    case PrimaryUser:
        return tr("Primary user UPN");
    case LastCheckIn:
        return tr("Last check-in");
    default:
        return {};
    }
}

QString DeviceTableModel::displayText(const Device &d, int column)
{
    switch (column) {
    case DeviceName:
        return d.deviceName;
    case ManagedBy:
        return managedByText(d.managementAgent);
    case Ownership:
        return devices::displayText(d.ownership);
    case Compliance:
        return devices::displayText(d.compliance);
    case OperatingSystem:
        return d.operatingSystem;
    case OsVersion:
        return d.osVersion;
    case PrimaryUser:
        return d.userPrincipalName;
    case LastCheckIn:
        return TimeFormat::dateTime(d.lastSyncDateTime);
    default:
        return {};
    }
}

QVariant DeviceTableModel::sortValue(const Device &d, int column)
{
    switch (column) {
    case DeviceName:
        return d.deviceName;
    case ManagedBy:
        return d.managementAgent;
    case Ownership:
        return static_cast<int>(d.ownership);
    case Compliance:
        return static_cast<int>(d.compliance);
    case OperatingSystem:
        return d.operatingSystem;
    case OsVersion:
        return QVariant::fromValue(QVersionNumber::fromString(d.osVersion));
    case PrimaryUser:
        return d.userPrincipalName;
    case LastCheckIn:
        return msOrMin(d.lastSyncDateTime);
    default:
        return {};
    }
}

const QString &DeviceTableModel::sortText(const Device &d, int column)
{
    switch (column) {
    case ManagedBy:
        return d.managementAgent;
    case OperatingSystem:
        return d.operatingSystem;
    case PrimaryUser:
        return d.userPrincipalName;
    case OsVersion:
        return d.osVersion;
    default:
        return d.deviceName;
    }
}

qint64 DeviceTableModel::sortNumber(const Device &d, int column)
{
    switch (column) {
    case Ownership:
        return static_cast<int>(d.ownership);
    case Compliance:
        return static_cast<int>(d.compliance);
    case LastCheckIn:
        return msOrMin(d.lastSyncDateTime);
    default:
        return 0;
    }
}

int DeviceTableModel::compare(const Device &a, const Device &b, int column)
{
    switch (column) {
    case DeviceName:
        return compareText(a.deviceName, b.deviceName);
    case ManagedBy:
        return compareText(a.managementAgent, b.managementAgent);
    case Ownership:
        return compareValues(static_cast<int>(a.ownership), static_cast<int>(b.ownership));
    case Compliance:
        return compareValues(static_cast<int>(a.compliance), static_cast<int>(b.compliance));
    case OperatingSystem:
        return compareText(a.operatingSystem, b.operatingSystem);
    case OsVersion: {
        if (a.osVersion == b.osVersion) // interned: the common case is the same string
            return 0;
        const int byVersion = QVersionNumber::compare(QVersionNumber::fromString(a.osVersion),
                                                      QVersionNumber::fromString(b.osVersion));
        return byVersion != 0 ? byVersion : compareText(a.osVersion, b.osVersion);
    }
    case PrimaryUser:
        return compareText(a.userPrincipalName, b.userPrincipalName);
    case LastCheckIn:
        return compareValues(msOrMin(a.lastSyncDateTime), msOrMin(b.lastSyncDateTime));
    default:
        return 0;
    }
}

QString DeviceTableModel::managedByText(const QString &agent)
{
    const QString a = agent.toLower();
    if (a.isEmpty() || a == u"unknown")
        return tr("Unknown", "managed by");
    if (a == u"mdm" || a == u"intuneclient" || a == u"intuneaosp" || a == u"microsoft365managedmdm")
        return tr("Intune");
    if (a == u"easmdm" || a == u"easintuneclient")
        return tr("Intune and Exchange ActiveSync");
    if (a == u"eas")
        return tr("Exchange ActiveSync");
    if (a == u"configurationmanagerclient")
        return tr("Configuration Manager");
    if (a.startsWith(u"configurationmanagerclientmdm"))
        return tr("Co-managed");
    if (a == u"jamf")
        return tr("Jamf");
    if (a == u"google" || a == u"googleclouddevicepolicycontroller")
        return tr("Google");
    if (a == u"mssense")
        return tr("Microsoft Defender for Endpoint");
    return agent;
}

QString DeviceTableModel::platformName(eligibility::Platform platform)
{
    switch (platform) {
    case eligibility::Platform::Android:
        return tr("Android");
    case eligibility::Platform::Ios:
        return tr("iOS/iPadOS");
    case eligibility::Platform::MacOS:
        return tr("macOS");
    case eligibility::Platform::WindowsDesktop:
        return tr("Windows");
    case eligibility::Platform::WindowsMobile:
        return tr("Windows Phone / Windows 10 Mobile");
    case eligibility::Platform::Other:
        return tr("Other", "platform");
    }
    return {};
}

void DeviceTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                           {Qt::DisplayRole, Qt::ToolTipRole});
}

} // namespace passcode::ui
