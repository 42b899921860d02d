// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QHash>
#include <QStaticText>
#include <QStyledItemDelegate>

#include <utility>

namespace passcode::ui {

/**
 * An item delegate for large tables of plain text cells (the All devices table): it paints what
 * QStyledItemDelegate paints for such a cell (the style's item panel, the elided text in the palette's text
 * colour, the focus frame), but keeps each elided text laid out (QStaticText) by text and width, so that a
 * repaint does not lay out and shape every visible cell twice again. A search keystroke repaints the whole
 * table; the cells shown before and after are mostly the same texts. Cells with a check box, an icon,
 * right-to-left text or rich options are painted by QStyledItemDelegate as before.
 */
class CachedTextDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CachedTextDelegate)

public:
    explicit CachedTextDelegate(QObject *parent = nullptr);
    ~CachedTextDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

private:
    const QStaticText &layout(const QStyleOptionViewItem &option, int width) const;

    /** Laid-out texts by (available width, text); cleared when the font or elide mode changes, or when full.
     */
    mutable QHash<std::pair<int, QString>, QStaticText> m_texts;
    mutable QFont m_font;
    mutable Qt::TextElideMode m_elideMode = Qt::ElideRight;
};

} // namespace passcode::ui
