// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace passcode::ui {

/** Preferences: the interface language ("" = the system's, "en", "fr"). */
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(const QString &language, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    /** The chosen language code; empty for the system language. */
    QString language() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillLanguages();

    std::unique_ptr<::Ui::SettingsDialog> m_ui;
};

} // namespace passcode::ui
