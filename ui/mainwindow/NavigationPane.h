// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTreeWidget>

namespace passcode::ui {

/** The console's places, as in the portal: Devices ▸ All devices, and Device actions. */
enum class Place
{
    AllDevices,
    DeviceActions,
};

/** The navigation pane on the left of the main window. Keyboard: arrows move, the selection opens the place.
 */
class NavigationPane final : public QTreeWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NavigationPane)

public:
    explicit NavigationPane(QWidget *parent = nullptr);
    ~NavigationPane() override;

    /** Selects the place without emitting placeRequested. */
    void setCurrentPlace(Place place);

Q_SIGNALS:
    void placeRequested(passcode::ui::Place place);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QTreeWidgetItem *itemFor(Place place) const;

    QTreeWidgetItem *m_devices = nullptr;
    QTreeWidgetItem *m_allDevices = nullptr;
    QTreeWidgetItem *m_deviceActions = nullptr;
    bool m_updating = false;
};

} // namespace passcode::ui
