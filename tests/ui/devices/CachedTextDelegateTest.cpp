// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/devices/CachedTextDelegate.h"

#include <gtest/gtest.h>

#include <QHeaderView>
#include <QImage>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTableView>

using passcode::ui::CachedTextDelegate;

namespace {

/** A table with plain, elided, aligned, selected, empty and decorated cells, rendered to an image. */
QImage render(QAbstractItemDelegate *delegate, Qt::TextElideMode elide = Qt::ElideRight)
{
    QStandardItemModel model(6, 3);
    for (int row = 0; row < 6; ++row) {
        model.setItem(row, 0, new QStandardItem(QStringLiteral("Device-%1").arg(row)));
        model.setItem(
            row, 1,
            new QStandardItem(QStringLiteral("user%1@a-very-long-tenant-name.onmicrosoft.com").arg(row)));
        auto *right = new QStandardItem(row == 4 ? QString() : QStringLiteral("%1.0").arg(10 + row));
        right->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        model.setItem(row, 2, right);
    }
    model.item(5, 0)->setCheckable(true); // painted by QStyledItemDelegate
    QTableView view;
    view.setModel(&model);
    view.setItemDelegate(delegate);
    view.setTextElideMode(elide);
    view.setAlternatingRowColors(true);
    view.setSelectionBehavior(QAbstractItemView::SelectRows);
    view.horizontalHeader()->resizeSection(1, 150);
    view.resize(420, 220);
    view.selectRow(2);
    view.setCurrentIndex(model.index(2, 1));
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    view.render(&image);
    return image;
}

TEST(ui_CachedTextDelegate, PaintsWhatTheStyledDelegatePaints)
{
    QStyledItemDelegate styled;
    CachedTextDelegate cached;
    const QImage expected = render(&styled);
    EXPECT_EQ(render(&cached), expected);
    EXPECT_EQ(render(&cached), expected); // from its cache this time
    EXPECT_EQ(render(&cached, Qt::ElideMiddle), render(&styled, Qt::ElideMiddle));
}

} // namespace
