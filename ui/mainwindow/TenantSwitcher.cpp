// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/TenantSwitcher.h"

#include "ui/common/Icons.h"

#include <QEvent>
#include <QPainter>
#include <QPixmap>

#include <algorithm>

namespace passcode::ui {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
}

QIcon tenantSwatch(const QColor &color)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(0, 0, 0, 90), 1));
    painter.setBrush(color.isValid() ? color : QColor(Qt::gray));
    painter.drawRoundedRect(QRectF(0.5, 0.5, 15, 15), 3, 3);
    return QIcon(pixmap);
}

TenantSwitcher::TenantSwitcher(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("tenantSwitcher"));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setIconSize(QSize(16, 16));
    setWordWrap(true);
    m_all = new QListWidgetItem(this);
    m_all->setData(kIdRole, allTenantsId());
    m_all->setIcon(Icons::devices());
    retranslate();
    connect(this, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *current) {
        if (!m_updating && current)
            Q_EMIT tenantRequested(current->data(kIdRole).toString());
    });
    setMinimumWidth(180);
    setMaximumWidth(260);
}

TenantSwitcher::~TenantSwitcher() = default;

QListWidgetItem *TenantSwitcher::itemFor(const QString &id) const
{
    for (int row = 0; row < count(); ++row) {
        if (item(row)->data(kIdRole).toString() == id)
            return item(row);
    }
    return nullptr;
}

void TenantSwitcher::render(QListWidgetItem *item, const TenantEntry &entry)
{
    item->setIcon(tenantSwatch(entry.color));
    item->setText(entry.name + QLatin1Char('\n') + entry.state);
    item->setData(Qt::AccessibleTextRole, tr("%1, %2", "tenant, state").arg(entry.name, entry.state));
    item->setToolTip(entry.state);
}

void TenantSwitcher::setTenant(const TenantEntry &entry)
{
    const auto it = std::find_if(m_entries.begin(), m_entries.end(),
                                 [&](const TenantEntry &e) { return e.id == entry.id; });
    if (it != m_entries.end())
        *it = entry;
    else
        m_entries.append(entry);
    QListWidgetItem *item = itemFor(entry.id);
    if (!item) {
        item = new QListWidgetItem;
        item->setData(kIdRole, entry.id);
        m_updating = true;
        insertItem(row(m_all), item);
        m_updating = false;
    }
    render(item, entry);
    updateGeometry();
}

void TenantSwitcher::removeTenant(const QString &id)
{
    m_entries.removeIf([&](const TenantEntry &e) { return e.id == id; });
    m_updating = true;
    delete itemFor(id);
    m_updating = false;
    updateGeometry();
}

QList<TenantEntry> TenantSwitcher::tenants() const
{
    return m_entries;
}

void TenantSwitcher::setCurrentTenant(const QString &id)
{
    m_updating = true;
    setCurrentItem(itemFor(id));
    m_updating = false;
}

QString TenantSwitcher::currentTenant() const
{
    return currentItem() ? currentItem()->data(kIdRole).toString() : QString();
}

QSize TenantSwitcher::sizeHint() const
{
    // As tall as its rows (up to eight tenants without scrolling), so the navigation stays below it.
    int height = 2 * frameWidth();
    for (int row = 0; row < count(); ++row)
        height += sizeHintForRow(row);
    return {QListWidget::sizeHint().width(), std::min(height, 10 * 40)};
}

void TenantSwitcher::retranslate()
{
    m_all->setText(tr("All tenants"));
    m_all->setData(Qt::AccessibleTextRole, tr("All tenants"));
    setAccessibleName(tr("Tenants"));
}

void TenantSwitcher::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QListWidget::changeEvent(event);
}

} // namespace passcode::ui
