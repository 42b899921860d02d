// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/devices/CachedTextDelegate.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QStyle>

namespace passcode::ui {

namespace {
/** Enough for several screens of cells; the cache starts over beyond it. */
constexpr qsizetype kMaxTexts = 4096;
} // namespace

CachedTextDelegate::CachedTextDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

CachedTextDelegate::~CachedTextDelegate() = default;

const QStaticText &CachedTextDelegate::layout(const QStyleOptionViewItem &option, int width) const
{
    if (option.font != m_font || option.textElideMode != m_elideMode) {
        m_texts.clear();
        m_font = option.font;
        m_elideMode = option.textElideMode;
    }
    const std::pair<int, QString> key{width, option.text};
    auto it = m_texts.constFind(key);
    if (it != m_texts.cend())
        return *it;
    if (m_texts.size() >= kMaxTexts)
        m_texts.clear();
    const QFontMetricsF metrics(option.font);
    QStaticText text(metrics.elidedText(option.text, option.textElideMode, width));
    text.setTextFormat(Qt::PlainText);
    text.setPerformanceHint(QStaticText::AggressiveCaching);
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::NoWrap);
    text.setTextOption(textOption);
    text.prepare(QTransform(), option.font);
    return *m_texts.insert(key, text);
}

void CachedTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const bool plainText =
        !(opt.features & (QStyleOptionViewItem::HasCheckIndicator | QStyleOptionViewItem::HasDecoration |
                          QStyleOptionViewItem::WrapText)) &&
        opt.direction == Qt::LeftToRight && !(opt.state & QStyle::State_Editing) &&
        !opt.text.contains(QChar::LineSeparator) && !opt.text.contains(u'\n');
    if (!plainText) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();

    // The steps of QCommonStyle's CE_ItemViewItem for a cell with text only.
    painter->save();
    painter->setClipRect(opt.rect);
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);
    if (!opt.text.isEmpty()) {
        QPalette::ColorGroup group =
            opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
        if (group == QPalette::Normal && !(opt.state & QStyle::State_Active))
            group = QPalette::Inactive;
        painter->setPen(opt.palette.color(
            group, opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
        painter->setFont(opt.font);
        const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
        const QRect textRect = opt.rect.adjusted(margin, 0, -margin, 0);
        const QStaticText &text = layout(opt, textRect.width());
        const QSize size = text.size().toSize();
        const QRect at = QStyle::alignedRect(opt.direction, opt.displayAlignment, size, textRect);
        painter->drawStaticText(at.topLeft(), text);
    }
    if (opt.state & QStyle::State_HasFocus) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(opt);
        focus.rect = style->subElementRect(QStyle::SE_ItemViewItemFocusRect, &opt, widget);
        focus.state |= QStyle::State_KeyboardFocusChange | QStyle::State_Item;
        const QPalette::ColorGroup group =
            opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
        focus.backgroundColor = opt.palette.color(
            group, opt.state & QStyle::State_Selected ? QPalette::Highlight : QPalette::Window);
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, widget);
    }
    painter->restore();
}

} // namespace passcode::ui
