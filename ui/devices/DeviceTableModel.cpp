// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/devices/DeviceTableModel.h"

#include "core/actions/ActionTracker.h"
#include "core/actions/EligibilityContext.h"
#include "core/common/Clock.h"
#include "core/devices/DeviceDirectory.h"
#include "ui/common/Icons.h"
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

/** The cell of a device read without the console's tracker (the static, per-device functions). */
PasscodeCell cellWithoutTracker(const Device &d)
{
    return PasscodeCells::compute(d, eligibility::EvaluationContext{});
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
    connect(&directory, &DeviceDirectory::resetDone, this, [this] {
        m_passcode.clear();
        computeCells(0, m_directory.count() - 1);
        endResetModel();
    });
    connect(&directory, &DeviceDirectory::aboutToAppend, this,
            [this](int first, int last) { beginInsertRows({}, first, last); });
    connect(&directory, &DeviceDirectory::appended, this, [this](int first, int last) {
        computeCells(first, last); // before the views (and the filter model) see the rows
        endInsertRows();
    });
    connect(&directory, &DeviceDirectory::deviceChanged, this, [this](int row) {
        updateCell(row);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    });
    computeCells(0, m_directory.count() - 1);
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

void DeviceTableModel::setTracker(const actions::ActionTracker *tracker)
{
    if (m_tracker)
        disconnect(m_tracker, nullptr, this, nullptr);
    m_tracker = tracker;
    m_inFlightDevices.clear();
    if (m_tracker) {
        for (const actions::TrackedAction &a : m_tracker->inFlight())
            m_inFlightDevices.insert(a.key.deviceId);
        connect(m_tracker, &actions::ActionTracker::stateChanged, this,
                [this](const actions::ActionKey &key) { onTrackerChanged(key.deviceId); });
    }
    // Rows whose cell changed (only devices with an action in flight can): one dataChanged each.
    for (int row = 0; row < rowCount(); ++row) {
        if (updateCell(row))
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

eligibility::EvaluationContext DeviceTableModel::evaluationContext(const Device &d) const
{
    // Building the context reads the tracker's list of actions in flight: only for the devices in it.
    if (m_tracker && m_inFlightDevices.contains(d.id))
        return actions::eligibilityContext(*m_tracker, d.id, m_clock.now());
    eligibility::EvaluationContext context;
    context.now = m_clock.now();
    return context;
}

void DeviceTableModel::computeCells(int first, int last)
{
    if (last < first)
        return;
    m_passcode.resize(static_cast<std::size_t>(last) + 1);
    eligibility::EvaluationContext plain; // the cell does not depend on the time
    for (int row = first; row <= last; ++row) {
        const Device &d = m_directory.at(row);
        m_passcode[static_cast<std::size_t>(row)] = m_inFlightDevices.contains(d.id)
                                                        ? PasscodeCells::compute(d, evaluationContext(d))
                                                        : PasscodeCells::compute(d, plain);
    }
}

bool DeviceTableModel::updateCell(int row)
{
    if (row < 0 || static_cast<std::size_t>(row) >= m_passcode.size())
        return false;
    const Device &d = m_directory.at(row);
    const PasscodeCell cell = PasscodeCells::compute(d, evaluationContext(d));
    PasscodeCell &cached = m_passcode[static_cast<std::size_t>(row)];
    if (cached == cell)
        return false;
    cached = cell;
    return true;
}

void DeviceTableModel::onTrackerChanged(const QString &deviceId)
{
    m_inFlightDevices.clear();
    for (const actions::TrackedAction &a : m_tracker->inFlight())
        m_inFlightDevices.insert(a.key.deviceId);
    const int row = m_directory.rowOf(deviceId);
    if (updateCell(row))
        Q_EMIT dataChanged(index(row, 0),
                           index(row, ColumnCount - 1)); // the filter re-sorts and re-filters it
}

qint64 DeviceTableModel::sortNumberAt(int row, int column) const
{
    if (column == PasscodeAction)
        return static_cast<qint64>(passcodeCell(row));
    return sortNumber(device(row), column);
}

QVariant DeviceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Device &d = device(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == PasscodeAction)
            return PasscodeCells::text(passcodeCell(index.row()));
        return displayText(d, index.column());
    case Qt::DecorationRole:
        if (index.column() == DeviceName && m_directory.isFoundOnServer(index.row()))
            return Icons::search();
        return {};
    case Qt::AccessibleTextRole:
        if (index.column() == DeviceName && m_directory.isFoundOnServer(index.row()))
            return tr("%1 (found on the server)", "device name (marker)").arg(d.deviceName);
        return {};
    case FoundOnServerRole:
        return m_directory.isFoundOnServer(index.row());
    case Qt::ToolTipRole:
        if (index.column() == DeviceName && m_directory.isFoundOnServer(index.row()))
            return tr("Found on the server: the device list is still loading, so this device was asked of "
                      "Intune directly. It joins the list when the list reaches it.");
        if (index.column() == PasscodeAction)
            return PasscodeCells::toolTip(d, evaluationContext(d));
        if (index.column() == LastCheckIn)
            return TimeFormat::ago(d.lastSyncDateTime, m_clock.now());
        if (index.column() == DeviceName && !d.model.isEmpty())
            return tr("%1 — %2 %3", "device name — manufacturer model")
                .arg(d.deviceName, d.manufacturer, d.model)
                .trimmed();
        return {};
    case SortRole:
        if (index.column() == PasscodeAction)
            return static_cast<int>(passcodeCell(index.row()));
        return sortValue(d, index.column());
    case DeviceIdRole:
        return d.id;
    case PlatformRole:
        return static_cast<int>(eligibility::classify(d).platform);
    case PasscodeCellRole:
        return static_cast<int>(passcodeCell(index.row()));
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
    names.insert(PasscodeCellRole, QByteArrayLiteral("passcodeCell"));
    names.insert(FoundOnServerRole, QByteArrayLiteral("foundOnServer"));
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
    case PasscodeAction:
        return tr("Passcode action");
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
    case PasscodeAction:
        return PasscodeCells::text(cellWithoutTracker(d));
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
    case PasscodeAction:
        return static_cast<int>(cellWithoutTracker(d));
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
    case PasscodeAction:
        return static_cast<qint64>(cellWithoutTracker(d));
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
    case PasscodeAction:
        return compareValues(static_cast<int>(cellWithoutTracker(a)),
                             static_cast<int>(cellWithoutTracker(b)));
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
