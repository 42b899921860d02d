// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/Headings.h"

#include <QLabel>

namespace passcode::ui {

void makeHeading(QLabel *label, double scale)
{
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(true);
    label->setFont(font);
}

QLabel *newPageTitle(QWidget *parent)
{
    auto *title = new QLabel(parent);
    title->setObjectName(QStringLiteral("pageTitle"));
    makeHeading(title, kPageTitleScale);
    return title;
}

} // namespace passcode::ui
