// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/MainWindow.h"

#include <QLabel>
#include <QStatusBar>

namespace passcode::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Passcode Console"));
    auto *placeholder = new QLabel(tr("Devices will appear here."), this);
    placeholder->setAlignment(Qt::AlignCenter);
    setCentralWidget(placeholder);
    statusBar()->showMessage(tr("Ready"));
    resize(1100, 700);
}

MainWindow::~MainWindow() = default;

} // namespace passcode::ui
