// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/QuickSwitcher.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace passcode::ui {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
}

QuickSwitcher::QuickSwitcher(const QList<TenantEntry> &tenants, QWidget *parent)
    : QFrame(parent, Qt::Popup)
{
    setObjectName(QStringLiteral("quickSwitcher"));
    setAttribute(Qt::WA_DeleteOnClose);
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Switch tenant"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("quickSwitcherFilter"));
    m_filter->setPlaceholderText(tr("Type a tenant's name"));
    m_filter->setAccessibleName(tr("Tenant name"));
    m_filter->setClearButtonEnabled(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("quickSwitcherList"));
    m_list->setAccessibleName(tr("Tenants"));
    m_list->setIconSize(QSize(16, 16));
    for (const TenantEntry &tenant : tenants) {
        auto *item =
            new QListWidgetItem(tenantSwatch(tenant.color),
                                tr("%1 — %2", "tenant — state").arg(tenant.name, tenant.state), m_list);
        item->setData(kIdRole, tenant.id);
        item->setData(Qt::AccessibleTextRole, tr("%1, %2", "tenant, state").arg(tenant.name, tenant.state));
        item->setData(Qt::UserRole + 2, tenant.name);
    }
    auto *all = new QListWidgetItem(tr("All tenants"), m_list);
    all->setData(kIdRole, TenantSwitcher::allTenantsId());
    all->setData(Qt::UserRole + 2, all->text());
    m_list->setCurrentRow(0);
    layout->addWidget(m_filter);
    layout->addWidget(m_list);
    setFocusProxy(m_filter);
    m_filter->installEventFilter(this);
    connect(m_filter, &QLineEdit::textChanged, this, &QuickSwitcher::filter);
    connect(m_filter, &QLineEdit::returnPressed, this, &QuickSwitcher::choose);
    connect(m_list, &QListWidget::itemActivated, this, &QuickSwitcher::choose);
    resize(360, 260);
}

QuickSwitcher::~QuickSwitcher() = default;

void QuickSwitcher::popUp(QWidget *over)
{
    const QPoint top = over->mapToGlobal(QPoint((over->width() - width()) / 2, 60));
    move(top);
    show();
    m_filter->setFocus();
}

void QuickSwitcher::filter(const QString &text)
{
    QListWidgetItem *first = nullptr;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const bool shown =
            item->data(Qt::UserRole + 2).toString().contains(text.trimmed(), Qt::CaseInsensitive);
        item->setHidden(!shown);
        if (shown && !first)
            first = item;
    }
    m_list->setCurrentItem(first);
}

void QuickSwitcher::choose()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item || item->isHidden())
        return;
    const QString id = item->data(kIdRole).toString();
    close();
    Q_EMIT chosen(id);
}

bool QuickSwitcher::eventFilter(QObject *watched, QEvent *event)
{
    // Up and Down in the filter move in the list, so typing and choosing need no Tab.
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Up || key == Qt::Key_Down) {
            int row = m_list->currentRow();
            do
                row += key == Qt::Key_Down ? 1 : -1;
            while (row >= 0 && row < m_list->count() && m_list->item(row)->isHidden());
            if (row >= 0 && row < m_list->count())
                m_list->setCurrentRow(row);
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace passcode::ui
