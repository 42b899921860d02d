// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/FlowLayout.h"

#include <QStyle>
#include <QWidget>

#include <algorithm>

namespace passcode::ui {

FlowLayout::FlowLayout(QWidget *parent, int horizontalSpacing, int verticalSpacing)
    : QLayout(parent)
    , m_horizontalSpacing(horizontalSpacing)
    , m_verticalSpacing(verticalSpacing)
{}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
    invalidate();
}

int FlowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    QLayoutItem *item = m_items.takeAt(index);
    invalidate();
    return item;
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return {};
}

bool FlowLayout::hasHeightForWidth() const
{
    return true;
}

int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    // As narrow as the widest item: everything else wraps.
    QSize size;
    for (const QLayoutItem *item : m_items) {
        if (!item->isEmpty())
            size = size.expandedTo(item->minimumSize());
    }
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

QSize FlowLayout::sizeHint() const
{
    // One row: every item side by side.
    int width = 0;
    int height = 0;
    int visible = 0;
    for (const QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        const QSize hint = item->sizeHint().expandedTo(item->minimumSize());
        width += hint.width();
        height = std::max(height, hint.height());
        ++visible;
    }
    width += std::max(0, visible - 1) * std::max(0, horizontalSpacing());
    const QMargins m = contentsMargins();
    return QSize(width + m.left() + m.right(), height + m.top() + m.bottom());
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::horizontalSpacing() const
{
    return m_horizontalSpacing >= 0 ? m_horizontalSpacing
                                    : spacingFromStyle(QStyle::PM_LayoutHorizontalSpacing);
}

int FlowLayout::verticalSpacing() const
{
    return m_verticalSpacing >= 0 ? m_verticalSpacing : spacingFromStyle(QStyle::PM_LayoutVerticalSpacing);
}

int FlowLayout::spacingFromStyle(QStyle::PixelMetric metric) const
{
    if (const QWidget *widget = parentWidget())
        return widget->style()->pixelMetric(metric, nullptr, widget);
    if (const QLayout *layout = qobject_cast<const QLayout *>(parent()))
        return layout->spacing();
    return 6;
}

int FlowLayout::arrange(const QRect &rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int hSpace = std::max(0, horizontalSpacing());
    const int vSpace = std::max(0, verticalSpacing());
    const bool rightToLeft = parentWidget() ? parentWidget()->isRightToLeft() : false;

    // Rows first (so that each row's items can be centred vertically in it), then their geometries.
    struct Placed
    {
        QLayoutItem *item;
        QSize size;
        int x; ///< from the row's start
    };
    QList<QList<Placed>> rows(1);
    int x = 0;
    for (QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        QSize size = item->sizeHint().expandedTo(item->minimumSize());
        size.setWidth(std::min(size.width(), std::max(item->minimumSize().width(), area.width())));
        if (x > 0 && x + size.width() > area.width()) {
            rows.append(QList<Placed>());
            x = 0;
        }
        rows.last().append({item, size, x});
        x += size.width() + hSpace;
    }

    int y = area.top();
    for (const QList<Placed> &row : rows) {
        int rowHeight = 0;
        for (const Placed &p : row)
            rowHeight = std::max(rowHeight, p.size.height());
        if (apply) {
            for (const Placed &p : row) {
                const int left = rightToLeft ? area.right() + 1 - p.x - p.size.width() : area.left() + p.x;
                p.item->setGeometry(QRect(QPoint(left, y + (rowHeight - p.size.height()) / 2), p.size));
            }
        }
        if (!row.isEmpty())
            y += rowHeight + vSpace;
    }
    if (y > area.top())
        y -= vSpace;
    return y - rect.top() + contentsMargins().bottom();
}

} // namespace passcode::ui
