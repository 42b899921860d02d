// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/SettingsDialog.h"

#include "core/common/Translations.h"
#include "ui_SettingsDialog.h"

#include <QEvent>

namespace passcode::ui {

SettingsDialog::SettingsDialog(const QString &language, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<::Ui::SettingsDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("settingsDialog"));
    fillLanguages();
    const int at = m_ui->languageCombo->findData(language);
    m_ui->languageCombo->setCurrentIndex(at >= 0 ? at : 0);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

SettingsDialog::~SettingsDialog() = default;

QString SettingsDialog::language() const
{
    return m_ui->languageCombo->currentData().toString();
}

void SettingsDialog::fillLanguages()
{
    const QString current = m_ui->languageCombo->count() > 0 ? language() : QString();
    m_ui->languageCombo->clear();
    m_ui->languageCombo->addItem(tr("System default"), QString());
    for (const QString &code : availableLanguages()) {
        // Each language is named in itself, so that anyone can find their own.
        const QLocale locale(code);
        QString name = locale.nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        m_ui->languageCombo->addItem(name, code);
    }
    const int at = m_ui->languageCombo->findData(current);
    m_ui->languageCombo->setCurrentIndex(at >= 0 ? at : 0);
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillLanguages();
    }
    QDialog::changeEvent(event);
}

} // namespace passcode::ui
