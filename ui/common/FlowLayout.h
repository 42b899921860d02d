// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLayout>
#include <QList>
#include <QStyle>

namespace passcode::ui {

/**
 * Lays widgets out left to right and wraps onto a new row when the width runs out, like words in a paragraph:
 * a tool row (search field, filters, buttons) that fits on one line in a wide window takes two in a
 * 1024-pixel one instead of widening the window. Each item gets its size hint (never less than its minimum
 * size); an item wider than the whole width gets the width. Height follows width (heightForWidth), so the
 * layout above it gives the wrapped row the height it needs. Right-to-left languages flow from the right.
 */
class FlowLayout final : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr, int horizontalSpacing = -1, int verticalSpacing = -1);
    ~FlowLayout() override;
    Q_DISABLE_COPY_MOVE(FlowLayout)

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;

    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

    int horizontalSpacing() const;
    int verticalSpacing() const;

private:
    /** Places the items in @p rect (only measures when @p apply is false); returns the height used. */
    int arrange(const QRect &rect, bool apply) const;
    int spacingFromStyle(QStyle::PixelMetric metric) const;

    QList<QLayoutItem *> m_items;
    int m_horizontalSpacing;
    int m_verticalSpacing;
};

} // namespace passcode::ui
