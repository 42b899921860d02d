// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/tenants/CrossTenantResultsModel.h"

#include "ui/common/TimeFormat.h"

#include <QPainter>
#include <QPixmap>

namespace passcode::ui {

CrossTenantResultsModel::CrossTenantResultsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

CrossTenantResultsModel::~CrossTenantResultsModel() = default;

int CrossTenantResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CrossTenantResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CrossTenantResultsModel::key(int tenant, const QString &deviceId)
{
    return QString::number(tenant) + u'/' + deviceId;
}

QIcon CrossTenantResultsModel::swatch(const QColor &color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setPen(QColor(0, 0, 0, 90));
    painter.setBrush(color.isValid() ? color : QColor(Qt::gray));
    painter.drawRect(0, 0, 11, 11);
    return QIcon(pixmap);
}

void CrossTenantResultsModel::setTenants(const TenantHandles &tenants)
{
    beginResetModel();
    m_tenants = tenants;
    m_swatches.clear();
    for (const TenantHandle &t : tenants)
        m_swatches.append(swatch(t.color));
    m_rows.clear();
    m_rowOf.clear();
    endResetModel();
}

void CrossTenantResultsModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    m_rowOf.clear();
    endResetModel();
}

int CrossTenantResultsModel::addDevices(int tenant, const QList<devices::Device> &devices, bool foundOnServer)
{
    QList<Row> fresh;
    for (const devices::Device &d : devices) {
        const QString k = key(tenant, d.id);
        const auto it = m_rowOf.constFind(k);
        if (it != m_rowOf.cend()) {
            // Already listed (the loaded list and the server both had it): keep one row, the list's flag
            // wins.
            Row &row = m_rows[*it];
            row.device = d;
            row.foundOnServer = row.foundOnServer && foundOnServer;
            Q_EMIT dataChanged(index(*it, 0), index(*it, ColumnCount - 1));
            continue;
        }
        bool repeated = false;
        for (const Row &r : std::as_const(fresh))
            repeated = repeated || r.device.id == d.id;
        if (!repeated)
            fresh.append(Row{tenant, d, foundOnServer});
    }
    if (fresh.isEmpty())
        return 0;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(fresh.size()) - 1);
    for (Row &r : fresh) {
        m_rowOf.insert(key(r.tenant, r.device.id), static_cast<int>(m_rows.size()));
        m_rows.append(std::move(r));
    }
    endInsertRows();
    return static_cast<int>(fresh.size());
}

int CrossTenantResultsModel::countFor(int tenant) const
{
    return static_cast<int>(
        std::count_if(m_rows.cbegin(), m_rows.cend(), [tenant](const Row &r) { return r.tenant == tenant; }));
}

QVariant CrossTenantResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const devices::Device &d = r.device;
    const TenantHandle &t = m_tenants.at(r.tenant);
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case Tenant:
            return t.name;
        case DeviceName:
            return d.deviceName;
        case PrimaryUser:
            return d.userPrincipalName;
        case OperatingSystem:
            return d.osVersion.isEmpty() ? d.operatingSystem : d.operatingSystem + u' ' + d.osVersion;
        case SerialNumber:
            return d.serialNumber;
        case LastCheckIn:
            if (role == SortRole)
                return d.lastSyncDateTime.isValid() ? d.lastSyncDateTime.toMSecsSinceEpoch() : 0;
            return TimeFormat::dateTime(d.lastSyncDateTime);
        default:
            return {};
        }
    case Qt::DecorationRole:
        return index.column() == Tenant ? QVariant(m_swatches.at(r.tenant)) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == DeviceName && r.foundOnServer)
            return tr("Found on the server: not in %1's loaded device list yet.").arg(t.name);
        return {};
    case Qt::AccessibleTextRole:
        if (index.column() == Tenant)
            return tr("Tenant %1").arg(t.name);
        if (index.column() == DeviceName && r.foundOnServer)
            return tr("%1 (found on the server)", "device name (marker)").arg(d.deviceName);
        return {};
    case TenantIdRole:
        return t.id;
    case DeviceIdRole:
        return d.id;
    case FoundOnServerRole:
        return r.foundOnServer;
    default:
        return {};
    }
}

QVariant CrossTenantResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < ColumnCount)
        return columnTitle(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

QString CrossTenantResultsModel::columnTitle(int column)
{
    switch (column) {
    case Tenant:
        return tr("Tenant");
    case DeviceName:
        return tr("Device name");
    case PrimaryUser:
        return tr("Primary user UPN");
    case OperatingSystem:
        return tr("OS", "column: operating system and version");
    case SerialNumber:
        return tr("Serial number");
    case LastCheckIn:
        return tr("Last check-in");
    default:
        return {};
    }
}

void CrossTenantResultsModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                           {Qt::DisplayRole, Qt::ToolTipRole, Qt::AccessibleTextRole});
}

} // namespace passcode::ui
