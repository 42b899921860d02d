// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/NavigationPane.h"

#include "ui/common/Icons.h"

#include <QEvent>
#include <QHeaderView>

namespace passcode::ui {

namespace {
constexpr int kPlaceRole = Qt::UserRole + 1;
}

NavigationPane::NavigationPane(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("navigationPane"));
    setHeaderHidden(true);
    setColumnCount(1);
    setRootIsDecorated(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setUniformRowHeights(true);
    setIconSize(QSize(20, 20));

    m_devices = new QTreeWidgetItem(this);
    m_devices->setIcon(0, Icons::devices());
    // "Devices" is a heading: selecting it opens its only page.
    m_devices->setData(0, kPlaceRole, static_cast<int>(Place::AllDevices));
    m_allDevices = new QTreeWidgetItem(m_devices);
    m_allDevices->setData(0, kPlaceRole, static_cast<int>(Place::AllDevices));
    m_deviceActions = new QTreeWidgetItem(this);
    m_deviceActions->setIcon(0, Icons::deviceActions());
    m_deviceActions->setData(0, kPlaceRole, static_cast<int>(Place::DeviceActions));
    expandAll();
    retranslate();

    connect(this, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *current) {
        if (m_updating || !current)
            return;
        Q_EMIT placeRequested(static_cast<Place>(current->data(0, kPlaceRole).toInt()));
    });
    // Clicking the current item again (e.g. to go back to the list from a device) opens it again.
    connect(this, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        if (item == currentItem())
            Q_EMIT placeRequested(static_cast<Place>(item->data(0, kPlaceRole).toInt()));
    });
    setMinimumWidth(180);
    setMaximumWidth(260);
}

NavigationPane::~NavigationPane() = default;

QTreeWidgetItem *NavigationPane::itemFor(Place place) const
{
    return place == Place::DeviceActions ? m_deviceActions : m_allDevices;
}

void NavigationPane::setCurrentPlace(Place place)
{
    m_updating = true;
    setCurrentItem(itemFor(place));
    m_updating = false;
}

void NavigationPane::retranslate()
{
    m_devices->setText(0, tr("Devices"));
    m_allDevices->setText(0, tr("All devices"));
    m_deviceActions->setText(0, tr("Device actions"));
    setAccessibleName(tr("Navigation"));
}

void NavigationPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QTreeWidget::changeEvent(event);
}

} // namespace passcode::ui
