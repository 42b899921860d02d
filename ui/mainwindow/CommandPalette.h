// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/mainwindow/PaletteMatcher.h"

#include <QFrame>

class QLabel;
class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace passcode::devices {
class DeviceDirectory;
}
namespace passcode::graph {
class GraphClient;
}

namespace passcode::ui {

class ServerDeviceSearch;

/**
 * Ctrl+K: a popup to find and go to a page, run a command or open a device of the current tenant by typing
 * (PaletteMatcher says what is listed). Up/Down move, Enter goes, Escape closes; Alt+1 … Alt+0 open the
 * recent devices (listed first while nothing is typed, with their keys). Pasting a serial number, IMEI or UPN
 * (or a device id) that names exactly one loaded device opens it at once. While the tenant's list is not
 * complete, a text Graph can look up is also asked of the server (setServerLookup(), debounced, never
 * blocking): the devices found join the list. Every row has an accessible name (what it is, its details and
 * keys) and description (what Enter does). Deletes itself when closed.
 */
class CommandPalette final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandPalette)

public:
    CommandPalette(PaletteMatcher matcher, QWidget *parent);
    ~CommandPalette() override;

    /** Asks Graph too while @p directory (the matcher's) is not complete; both must outlive the palette. */
    void setServerLookup(graph::GraphClient &client, devices::DeviceDirectory &directory);
    ServerDeviceSearch *serverSearch() const { return m_serverSearch; }

    QLineEdit *filterEdit() const { return m_filter; }
    QTreeWidget *list() const { return m_list; }
    /** "50 of 1,234 matching devices shown…", or the server search's state; empty when there is nothing to
     * say. */
    QString statusText() const;
    /** The rows listed now. */
    const QList<PaletteItem> &items() const { return m_items; }
    /** Shows the popup centred at the top of @p over, the filter focused. */
    void popUp(QWidget *over);

Q_SIGNALS:
    /** A page or command was chosen (its PaletteCommand::key); the palette is closed. */
    void commandChosen(const QString &key);
    /** A device was chosen (its id); the palette is closed. */
    void deviceChosen(const QString &deviceId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();
    void updateStatus();
    void choose();
    void chooseItem(const PaletteItem &item);
    void onPasted(const QString &text);
    void onDevicesFound();
    void fillItem(QTreeWidgetItem *row, const PaletteItem &item) const;

    PaletteMatcher m_matcher;
    QLineEdit *m_filter = nullptr;
    QTreeWidget *m_list = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_hint = nullptr;
    ServerDeviceSearch *m_serverSearch = nullptr;
    QList<PaletteItem> m_items;
    int m_deviceMatches = 0;
    int m_devicesListed = 0;
    QString m_pasted; ///< a pasted text that named no loaded device, waiting for the server's answer
};

} // namespace passcode::ui
