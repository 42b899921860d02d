// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/CommandPalette.h"

#include "ui/common/PasteWatcher.h"
#include "ui/devices/DeviceIdentifierMatch.h"
#include "ui/devices/ServerDeviceSearch.h"

#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace passcode::ui {

namespace {

enum Column
{
    TitleColumn,
    DetailColumn,
    ShortcutColumn,
    ColumnCount
};

/** Alt+1 … Alt+9, Alt+0: the recent device's place (0 … 9), else -1. */
int recentPlace(const QKeyEvent *key)
{
    if (key->modifiers() != Qt::AltModifier || key->key() < Qt::Key_0 || key->key() > Qt::Key_9)
        return -1;
    return (key->key() - Qt::Key_0 + 9) % 10;
}

} // namespace

CommandPalette::CommandPalette(PaletteMatcher matcher, QWidget *parent)
    : QFrame(parent, Qt::Popup)
    , m_matcher(std::move(matcher))
{
    setObjectName(QStringLiteral("commandPalette"));
    setAttribute(Qt::WA_DeleteOnClose);
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("commandPaletteFilter"));
    m_filter->setClearButtonEnabled(true);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("commandPaletteList"));
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderHidden(true);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(DetailColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(ShortcutColumn, QHeaderView::ResizeToContents);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("commandPaletteStatus"));
    m_status->setWordWrap(true);
    m_status->setVisible(false);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("commandPaletteHint"));
    m_hint->setEnabled(false); // dimmed: a reminder, not content
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_hint);
    setFocusProxy(m_filter);
    m_filter->installEventFilter(this);
    m_list->installEventFilter(this);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text != m_pasted)
            m_pasted.clear();
        if (m_serverSearch)
            m_serverSearch->setText(text);
        refresh();
    });
    connect(m_filter, &QLineEdit::returnPressed, this, &CommandPalette::choose);
    connect(m_list, &QTreeWidget::itemActivated, this, &CommandPalette::choose);
    connect(new PasteWatcher(m_filter), &PasteWatcher::pasted, this, &CommandPalette::onPasted);
    retranslate();
    resize(620, 400);
}

CommandPalette::~CommandPalette() = default;

void CommandPalette::setServerLookup(graph::GraphClient &client, devices::DeviceDirectory &directory)
{
    delete m_serverSearch;
    m_serverSearch = new ServerDeviceSearch(client, directory, this);
    connect(m_serverSearch, &ServerDeviceSearch::statusChanged, this, &CommandPalette::updateStatus);
    connect(m_serverSearch, &ServerDeviceSearch::devicesFound, this, &CommandPalette::onDevicesFound);
}

void CommandPalette::popUp(QWidget *over)
{
    const QPoint top = over->mapToGlobal(QPoint((over->width() - width()) / 2, 60));
    move(top);
    show();
    m_filter->setFocus();
}

void CommandPalette::retranslate()
{
    setAccessibleName(tr("Command palette"));
    m_filter->setPlaceholderText(
        tr("Type a page, a command, or a device's name, serial number, IMEI or UPN"));
    m_filter->setAccessibleName(tr("Search pages, commands and devices"));
    m_filter->setAccessibleDescription(tr(
        "Up and Down choose a result, Enter goes to it, Escape closes. Pasting a serial number, IMEI or UPN "
        "opens the device it names."));
    m_list->setAccessibleName(tr("Pages, commands and devices"));
    m_list->setAccessibleDescription(tr("Enter goes to the result; Alt+1 to Alt+0 open the recent devices."));
    m_status->setAccessibleName(tr("Command palette status"));
    m_hint->setText(tr("Enter: go · %1 … %2: recent devices · Esc: close")
                        .arg(PaletteMatcher::recentShortcut(0), PaletteMatcher::recentShortcut(9)));
    refresh();
}

void CommandPalette::fillItem(QTreeWidgetItem *row, const PaletteItem &item) const
{
    QString kind;
    QString description;
    switch (item.kind) {
    case PaletteItem::Kind::Page:
        kind = tr("Page");
        description = tr("Enter shows the page.");
        break;
    case PaletteItem::Kind::Command:
        kind = tr("Command");
        description = tr("Enter runs the command.");
        break;
    case PaletteItem::Kind::RecentDevice:
        kind = tr("Recent device");
        description = tr("Enter opens the device.");
        break;
    case PaletteItem::Kind::Device:
        kind = tr("Device");
        description = tr("Enter opens the device.");
        break;
    }
    const bool isDevice =
        item.kind == PaletteItem::Kind::Device || item.kind == PaletteItem::Kind::RecentDevice;
    row->setText(TitleColumn, item.title);
    row->setText(DetailColumn, isDevice ? item.detail : kind);
    row->setText(ShortcutColumn, item.shortcut);
    row->setTextAlignment(ShortcutColumn, Qt::AlignRight | Qt::AlignVCenter);
    row->setToolTip(TitleColumn, item.title);
    row->setToolTip(DetailColumn, row->text(DetailColumn));
    QStringList spoken{item.title, kind};
    if (isDevice && !item.detail.isEmpty())
        spoken.append(item.detail);
    if (!item.shortcut.isEmpty())
        spoken.append(item.shortcut);
    const QString name = spoken.join(tr(", ", "between the parts of a result's accessible name"));
    for (int column = 0; column < ColumnCount; ++column) {
        row->setData(column, Qt::AccessibleTextRole, name);
        row->setData(column, Qt::AccessibleDescriptionRole, description);
    }
}

void CommandPalette::refresh()
{
    const PaletteMatcher::Result result = m_matcher.match(m_filter->text());
    m_items = result.items;
    m_deviceMatches = result.deviceMatches;
    m_devicesListed = result.devicesListed;
    m_list->clear();
    QList<QTreeWidgetItem *> rows;
    rows.reserve(m_items.size());
    for (const PaletteItem &item : std::as_const(m_items)) {
        auto *row = new QTreeWidgetItem;
        fillItem(row, item);
        rows.append(row);
    }
    m_list->addTopLevelItems(rows);
    if (!rows.isEmpty())
        m_list->setCurrentItem(rows.constFirst());
    updateStatus();
}

QString CommandPalette::statusText() const
{
    QStringList parts;
    if (m_deviceMatches > m_devicesListed)
        parts.append(tr("%1 of %Ln matching device(s) shown: type more to narrow the search.", nullptr,
                        m_deviceMatches)
                         .arg(QLocale().toString(m_devicesListed)));
    else if (m_items.isEmpty() && !m_filter->text().trimmed().isEmpty())
        parts.append(tr("Nothing matches “%1”.").arg(m_filter->text().trimmed()));
    if (m_serverSearch && !m_serverSearch->statusText().isEmpty())
        parts.append(m_serverSearch->statusText());
    return parts.join(u' ');
}

void CommandPalette::updateStatus()
{
    const QString text = statusText();
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void CommandPalette::choose()
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    if (row < 0 || row >= m_items.size())
        return;
    chooseItem(m_items.at(row));
}

void CommandPalette::chooseItem(const PaletteItem &item)
{
    const PaletteItem chosen = item; // m_items may change while the palette closes
    close();
    if (chosen.kind == PaletteItem::Kind::Page || chosen.kind == PaletteItem::Kind::Command)
        Q_EMIT commandChosen(chosen.key);
    else
        Q_EMIT deviceChosen(chosen.key);
}

void CommandPalette::onPasted(const QString &text)
{
    const devices::DeviceDirectory *directory = m_matcher.directory();
    if (!directory)
        return;
    const QString id = deviceNamedBy(*directory, text);
    if (!id.isEmpty()) {
        close();
        Q_EMIT deviceChosen(id);
        return;
    }
    // Not loaded yet: the server's answer may name it.
    if (rowsNamedBy(*directory, text).isEmpty() && m_serverSearch && m_serverSearch->wouldAsk(text))
        m_pasted = text;
}

void CommandPalette::onDevicesFound()
{
    refresh();
    if (m_pasted.isEmpty() || m_pasted != m_filter->text() || !m_matcher.directory())
        return;
    const QString id = deviceNamedBy(*m_matcher.directory(), m_pasted);
    if (id.isEmpty())
        return;
    m_pasted.clear();
    close();
    Q_EMIT deviceChosen(id);
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    if ((watched == m_filter || watched == m_list) && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (const int place = recentPlace(key); place >= 0) {
            // A recent device stays one keystroke away, even when the text filtered it out of the list.
            if (place < m_matcher.recents().size()) {
                const QString id = m_matcher.recents().at(place).id;
                close();
                Q_EMIT deviceChosen(id);
            }
            return true;
        }
        // Up and Down in the filter move in the list, so typing and choosing need no Tab.
        if (watched == m_filter && m_list->topLevelItemCount() > 0 &&
            (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down || key->key() == Qt::Key_PageUp ||
             key->key() == Qt::Key_PageDown)) {
            const int step = key->key() == Qt::Key_Up       ? -1
                             : key->key() == Qt::Key_Down   ? 1
                             : key->key() == Qt::Key_PageUp ? -10
                                                            : 10;
            const int row = std::clamp(m_list->indexOfTopLevelItem(m_list->currentItem()) + step, 0,
                                       m_list->topLevelItemCount() - 1);
            m_list->setCurrentItem(m_list->topLevelItem(row));
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}

void CommandPalette::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

} // namespace passcode::ui
