// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/devices/DeviceDirectory.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <chrono>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSettings;
class QTableView;
class QToolButton;

namespace passcode {
class Clock;
namespace actions {
class ActionTracker;
}
namespace graph {
class GraphClient;
}
} // namespace passcode

namespace passcode::ui {

class DeviceFilterModel;
class DeviceTableModel;
class DialogPresenter;
class DeviceCsvExportJob;
class ServerDeviceSearch;

/**
 * Devices › All devices: the loaded devices in a table with the portal's columns, search as you type,
 * platform, ownership and compliance filters, "N of M devices", load progress with Cancel, Refresh and CSV
 * export of the filtered rows. Rows stream in while pages load. The "Passcode action" column says what the
 * passcode rules allow on each device (with a filter on it); several rows can be selected (Ctrl/Shift+click,
 * Ctrl+A for every row shown) and "Passcode action for N devices…" (bulkAction()) asks for a bulk run on
 * the eligible ones (bulkActionRequested()). The page does not load anything itself: it
 * asks through refreshRequested()/cancelRequested() (the window connects them to the loader) and follows the
 * directory.
 *
 * Given the tenant's client (setServerLookup()), a search typed while the list is still loading (or not
 * loaded, or incomplete) is also asked of Graph (ServerDeviceSearch): the devices found appear at once,
 * marked "found on the server", and merge with the list's rows when it reaches them.
 *
 * Pasting a serial number, IMEI or UPN (or a device id) into the search opens the device when it names
 * exactly one (deviceActivated()), also when the server's answer is what finds it; naming several, it only
 * filters.
 */
class DevicesPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DevicesPage)

public:
    DevicesPage(const devices::DeviceDirectory &directory, const Clock &clock, DialogPresenter &dialogs,
                QWidget *parent = nullptr);
    ~DevicesPage() override;

    DeviceTableModel *tableModel() const { return m_table; }
    DeviceFilterModel *filterModel() const { return m_filter; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *platformFilter() const { return m_platform; }
    QComboBox *ownershipFilter() const { return m_ownership; }
    QComboBox *passcodeFilter() const { return m_passcodeFilter; }
    /** "Passcode action for N devices…" (Ctrl+Shift+P); disabled, with the reason, when none is eligible. */
    QAction *bulkAction() const { return m_bulkAction; }
    /**
     * Searches Graph too while the list is not complete. @p directory must be the page's directory (the
     * found devices are added to it); both must outlive the page.
     */
    void setServerLookup(graph::GraphClient &client, devices::DeviceDirectory &directory);
    /** The server search, once setServerLookup() was called (else null). */
    ServerDeviceSearch *serverSearch() const { return m_serverSearch; }
    /** The server search's status line ("Searching the server…"), empty when none. */
    QString serverStatusText() const;
    /** Follows the console's actions in flight in the Passcode action column (may be null). */
    void setTracker(const actions::ActionTracker *tracker);
    /** The selected devices' ids, in view order. */
    QStringList selectedDeviceIds() const;
    /** The selected devices that have a passcode action available. */
    QStringList eligibleSelectedDeviceIds() const;
    /** Why the bulk command is disabled (empty when it is enabled). */
    QString bulkDisabledReason() const;
    QPushButton *cancelButton() const { return m_cancel; }
    QProgressBar *progressBar() const { return m_progress; }
    /** "N of M devices". */
    QString countText() const;
    /** The load status line (incomplete/cancelled loads), empty when all is well. */
    QString loadStatusText() const;

    /**
     * How long the search waits after a keystroke before filtering. std::nullopt (the default) adapts: at
     * once while a filter pass stays within a frame (16 ms), else 120 ms after the last keystroke, so typing
     * stays fluid on very large tenants. Tests set 0.
     */
    void setSearchDelay(std::optional<std::chrono::milliseconds> delay);

    /** Ctrl+F: focus the search box and select its text. */
    void focusSearch();
    /** Asks for a file name (through the presenter) and exports the filtered rows to it. */
    void exportCsv();
    /** Writes the filtered rows to a file (the export without the dialog). */
    void exportTo(const QString &fileName);

    void saveState(QSettings &settings) const;
    void restoreState(const QSettings &settings);

Q_SIGNALS:
    void deviceActivated(const QString &deviceId);
    /** "Passcode action for N devices…": the selected devices (all of them; the plan skips the others). */
    void bulkActionRequested(const QStringList &deviceIds);
    void refreshRequested();
    void cancelRequested();
    /** A transient message for the status bar. */
    void statusMessage(const QString &message);
    /** An export ended (error empty on success). */
    void exportFinished(const QString &fileName, int rows, const QString &error);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildUi();
    void retranslate();
    void fillFilters();
    void applyFilters();
    void onSearchEdited();
    void onSearchPasted(const QString &text);
    void updateCount();
    void onLoadStarted();
    void onProgress(int loaded, qint64 expected);
    void onLoadFinished(devices::DeviceDirectory::LoadState state);
    void activateRow(const QModelIndex &index);
    void updateBulkAction();
    void requestBulkAction();
    void showContextMenu(const QPoint &pos);
    /** Visits the source rows of the selection (ranges: no index per row at 100,000 selected rows). */
    template<typename Visit>
    void forEachSelectedSourceRow(Visit &&visit) const;
    void openFromSearch();
    /** Keeps the current device current across a filter change (a filter change resets the model). */
    QString currentDeviceId() const;
    void restoreCurrent(const QString &deviceId);

    const devices::DeviceDirectory &m_directory;
    const Clock &m_clock;
    DialogPresenter &m_dialogs;
    DeviceTableModel *m_table = nullptr;
    DeviceFilterModel *m_filter = nullptr;

    QLabel *m_title = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_platform = nullptr;
    QComboBox *m_ownership = nullptr;
    QComboBox *m_compliance = nullptr;
    QComboBox *m_passcodeFilter = nullptr;
    QAction *m_bulkAction = nullptr;
    QToolButton *m_bulkButton = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_export = nullptr;
    QWidget *m_loadBox = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressText = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_loadStatus = nullptr;
    QLabel *m_serverStatus = nullptr;
    ServerDeviceSearch *m_serverSearch = nullptr;
    QTableView *m_view = nullptr;
    QPointer<DeviceCsvExportJob> m_exportJob;
    QTimer m_searchTimer;
    std::optional<std::chrono::milliseconds> m_searchDelay;
    qint64 m_lastFilterNs = 0;
    QString m_pasted; ///< a pasted text that named no loaded device, waiting for the server's answer
};

} // namespace passcode::ui
