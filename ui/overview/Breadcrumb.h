// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace passcode::ui {

/** "Devices › All devices › NAME": the first two parts are links back to the device list (also by keyboard).
 */
class Breadcrumb final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Breadcrumb)

public:
    explicit Breadcrumb(QWidget *parent = nullptr);
    ~Breadcrumb() override;

    void setDeviceName(const QString &name);

Q_SIGNALS:
    void backRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    QString m_deviceName;
};

} // namespace passcode::ui
