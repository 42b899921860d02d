// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/SandboxBanner.h"

#include <QEvent>

namespace passcode::ui {

SandboxBanner::SandboxBanner(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("sandboxBanner"));
    setAlignment(Qt::AlignCenter);
    setMargin(6);
    // Striped amber with black text reads as "not production" in any theme, light or dark.
    setStyleSheet(QStringLiteral(
        "QLabel#sandboxBanner { color: #1a1a1a; font-weight: bold; border-bottom: 2px solid #1a1a1a;"
        " background: qlineargradient(x1:0, y1:0, x2:1, y2:0, stop:0 #ffb300, stop:0.5 #ffd54f, stop:1 "
        "#ffb300); }"));
    retranslate();
}

SandboxBanner::~SandboxBanner() = default;

void SandboxBanner::retranslate()
{
    setText(tr("Sandbox tenant — training data, no real devices"));
    setAccessibleName(text());
}

void SandboxBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QLabel::changeEvent(event);
}

} // namespace passcode::ui
