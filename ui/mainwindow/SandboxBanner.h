// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace passcode::ui {

/** The coloured strip shown across the window while the console talks to the sandbox tenant. */
class SandboxBanner final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxBanner)

public:
    explicit SandboxBanner(QWidget *parent = nullptr);
    ~SandboxBanner() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
};

} // namespace passcode::ui
