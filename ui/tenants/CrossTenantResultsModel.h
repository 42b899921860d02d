// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/devices/Device.h"
#include "ui/tenants/TenantHandle.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QList>
#include <QSet>

namespace passcode::ui {

/**
 * The results of a search over every open tenant: one row per device, with the tenant it belongs to (name
 * and colour swatch) and the All devices page's main columns. Rows stream in (addDevices()) from each
 * tenant's loaded list and from its server lookup; a device already listed for that tenant is not added
 * again (the newer copy replaces it). The tenants are given once per search (setTenants()); rows refer to
 * them by index.
 */
class CrossTenantResultsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CrossTenantResultsModel)

public:
    enum Column
    {
        Tenant,
        DeviceName,
        PrimaryUser,
        OperatingSystem,
        SerialNumber,
        LastCheckIn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        SortRole = Qt::UserRole + 1, ///< raw value (QString, ms since the epoch)
        TenantIdRole,                ///< the tenant's roster id, any column
        DeviceIdRole,                ///< the managedDevice id, any column
        FoundOnServerRole,           ///< bool: from the server lookup (not in the tenant's loaded list)
    };

    explicit CrossTenantResultsModel(QObject *parent = nullptr);
    ~CrossTenantResultsModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** The tenants of the next search (clears the rows). */
    void setTenants(const TenantHandles &tenants);
    /** Empties the rows (a new search). */
    void clear();
    /** Adds a tenant's devices; returns how many were new to the results. */
    int addDevices(int tenant, const QList<devices::Device> &devices, bool foundOnServer);
    /** How many rows a tenant has. */
    int countFor(int tenant) const;

    static QString columnTitle(int column);
    /** A small square of a tenant's colour (the Tenant column, the status strip). */
    static QIcon swatch(const QColor &color);
    void retranslate();

private:
    struct Row
    {
        int tenant = 0;
        devices::Device device;
        bool foundOnServer = false;
    };
    static QString key(int tenant, const QString &deviceId);

    QList<TenantHandle> m_tenants;
    QList<QIcon> m_swatches;
    QList<Row> m_rows;
    QHash<QString, int> m_rowOf; ///< key(tenant, id) → row
};

} // namespace passcode::ui
