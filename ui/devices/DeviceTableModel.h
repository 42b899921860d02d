// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/devices/Device.h"
#include "core/eligibility/DeviceProfile.h"
#include "ui/devices/PasscodeActionCell.h"

#include <QAbstractTableModel>
#include <QSet>

#include <vector>

namespace passcode {
class Clock;
namespace devices {
class DeviceDirectory;
}
namespace actions {
class ActionTracker;
}
} // namespace passcode

namespace passcode::ui {

/**
 * The All devices table: one row per device of the DeviceDirectory, with the portal's columns. An adapter
 * only: it holds no copy of the devices and maps the directory's signals one to one onto begin/end pairs
 * (aboutToReset/resetDone → model reset, aboutToAppend/appended → row insertion, deviceChanged →
 * dataChanged). SortRole gives raw values (QString, int for enums, QVersionNumber, ms since the epoch), never
 * display text; compare() orders two devices by a column the same way, without QVariant, for the filter
 * model.
 *
 * The "Passcode action" column (PasscodeCells) is the one computed column: its cell is computed once per row
 * when the row arrives or changes, and again when the tracker's in-flight actions of that device change, and
 * kept in one byte per row (passcodeCell()), so that sorting and filtering read a byte.
 *
 * A device found on the server ahead of the list (DeviceDirectory::isFoundOnServer()) shows a marker in its
 * name cell (icon, tooltip, accessible text) until the list delivers it.
 */
class DeviceTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceTableModel)

public:
    enum Column
    {
        DeviceName,
        ManagedBy,
        Ownership,
        Compliance,
        OperatingSystem,
        OsVersion,
        PrimaryUser,
        LastCheckIn,
        PasscodeAction,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        SortRole = Qt::UserRole + 1, ///< raw value of the cell for sorting
        DeviceIdRole,                ///< the managedDevice id (QString), any column
        PlatformRole,                ///< eligibility::Platform as int, any column
        PasscodeCellRole,            ///< PasscodeCell as int, any column
        FoundOnServerRole,           ///< bool: found by a server lookup, not yet delivered by the list
    };

    DeviceTableModel(const devices::DeviceDirectory &directory, const Clock &clock,
                     QObject *parent = nullptr);
    ~DeviceTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const devices::DeviceDirectory &directory() const { return m_directory; }
    const devices::Device &device(int row) const;

    /**
     * Follows the console's in-flight actions (a device with a passcode action under way shows "Pending").
     * May be null (the default): the column then reads only what Graph reports.
     */
    void setTracker(const actions::ActionTracker *tracker);
    /** The cached "Passcode action" cell of a row. */
    PasscodeCell passcodeCell(int row) const { return m_passcode[static_cast<std::size_t>(row)]; }
    /** What the passcode rules are given for a device (now, and this console's action in flight). */
    eligibility::EvaluationContext evaluationContext(const devices::Device &device) const;
    /** The number a row sorts on for a number column (the cached cell for the Passcode action column). */
    qint64 sortNumberAt(int row, int column) const;

    /** Three-way comparison of two devices on a column's raw value (<0, 0, >0). */
    static int compare(const devices::Device &a, const devices::Device &b, int column);
    /** The raw text a text column sorts on (device name, managementAgent, OS, UPN). */
    static const QString &sortText(const devices::Device &device, int column);
    /** The number an enum or date column sorts on (ownership, compliance, ms since the epoch). */
    static qint64 sortNumber(const devices::Device &device, int column);
    /** Three-way comparison of two texts as text columns sort them: case-folded, then raw. */
    static int compareTexts(const QString &a, const QString &b);
    /** The case-folded form texts sort on (ties broken on the raw text). */
    static QString foldedText(const QString &text) { return text.toCaseFolded(); }
    /** The display text of a cell (also what the CSV export writes, except dates). */
    static QString displayText(const devices::Device &device, int column);
    /** The raw value of a cell (SortRole). */
    static QVariant sortValue(const devices::Device &device, int column);
    /** Translated "Managed by" text from the managementAgent member ("Intune", "Co-managed"...). */
    static QString managedByText(const QString &managementAgent);
    /** Translated platform family name ("Android", "iOS/iPadOS"...). */
    static QString platformName(eligibility::Platform platform);
    /** The column's translated header. */
    static QString columnTitle(int column);

    /** Re-emits headerDataChanged (and a display dataChanged) after a language change. */
    void retranslate();

private:
    void computeCells(int first, int last);
    /** Recomputes a row's cell; true when it changed. */
    bool updateCell(int row);
    void onTrackerChanged(const QString &deviceId);

    const devices::DeviceDirectory &m_directory;
    const Clock &m_clock;
    const actions::ActionTracker *m_tracker = nullptr;
    QSet<QString> m_inFlightDevices; ///< devices with an action the tracker holds as in flight
    std::vector<PasscodeCell> m_passcode;
};

} // namespace passcode::ui
